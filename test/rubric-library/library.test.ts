import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinPack, parseRubricPack, type RubricPack } from '../../lib/rubric';
import {
  copyPack,
  createPack,
  deletePack,
  discardDraft,
  getDraft,
  getPack,
  listPacks,
  saveDraft,
  savePack,
} from '../../lib/rubric-library';
import { ReviewDeskDb } from '../../lib/store/db';

let db: ReviewDeskDb;
beforeEach(() => {
  db = new ReviewDeskDb(`t-${Math.random()}`);
});
afterEach(async () => {
  await db?.delete();
});

function coreMembersRule(pack: RubricPack) {
  const rule = pack.rules.find((r) => r.id === 'core-members');
  if (rule?.test.kind !== 'count') throw new Error('no core-members rule');
  return rule.test;
}

describe('rubric library', () => {
  it('lists the built-in packs, read-only, with their counts', async () => {
    const entries = await listPacks(db);
    expect(entries.map((e) => [e.kind, e.id])).toEqual([
      ['builtin', 'liaoning-2022-community'],
      ['builtin', 'yueyang-2023-alliance'],
      ['builtin', 'mingshi-2024-studio'],
    ]);
    const yueyang = entries[1]!;
    expect(yueyang.kind === 'builtin' && yueyang.counts.columns).toBe(17);
    await expect(deletePack('yueyang-2023-alliance', db)).rejects.toMatchObject({
      code: 'rubricEditor/builtinReadOnly',
    });
    const save = await savePack(builtinPack('yueyang-2023-alliance'), {}, db);
    expect(save.ok || save.problems.map((p) => [p.code, p.path])).toEqual([['builtinId', '$.id']]);
  });

  it('copies a built-in pack under a new id, then a second copy under another', async () => {
    const copy = await copyPack('yueyang-2023-alliance', {}, db);
    expect(copy.id).toBe('yueyang-2023-alliance-copy');
    expect(copy.revision).toBe(1);
    const again = await copyPack('yueyang-2023-alliance', {}, db);
    expect(again.id).toBe('yueyang-2023-alliance-copy-2');
    const ofCopy = await copyPack(copy.id, {}, db);
    expect(ofCopy.id).toBe('yueyang-2023-alliance-copy-3');
    const entries = await listPacks(db);
    const own = entries.filter((e) => e.kind === 'own');
    expect(own).toHaveLength(3);
    expect(own.find((e) => e.id === copy.id)).toMatchObject({
      copiedFrom: 'yueyang-2023-alliance',
      hasDraft: false,
    });
    expect(await getPack(copy.id, db)).toEqual(copy);
    expect(await getPack('nothing-here', db)).toBeUndefined();
    await expect(copyPack('nothing-here', {}, db)).rejects.toMatchObject({
      code: 'rubricEditor/notFound',
    });
  });

  it('never stores an invalid pack: the previous version stays', async () => {
    const copy = await copyPack('yueyang-2023-alliance', {}, db);
    const bad = structuredClone(copy);
    coreMembersRule(bad).bound = { op: 'between', min: 16, max: 15 };
    const result = await savePack(bad, {}, db);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const at = result.problems.map((p) => p.path);
    expect(at).toContain(
      `$.rules[${bad.rules.findIndex((r) => r.id === 'core-members')}].test.bound`,
    );
    expect(await getPack(copy.id, db)).toEqual(copy);
  });

  it('raises the revision on each change, and not for an unchanged save', async () => {
    const copy = await copyPack('yueyang-2023-alliance', {}, db);
    const changed = structuredClone(copy);
    coreMembersRule(changed).bound = { op: 'between', min: 8, max: 16 };
    const first = await savePack(changed, {}, db);
    expect(first.ok && first.pack.revision).toBe(2);
    const same = await savePack(changed, {}, db);
    expect(same.ok && same.pack.revision).toBe(2);
    const stored = await getPack(copy.id, db);
    expect(stored && coreMembersRule(stored).bound).toEqual({ op: 'between', min: 8, max: 16 });
  });

  it('renames a pack on save when the new id is free, and refuses a taken one', async () => {
    const a = await copyPack('liaoning-2022-community', {}, db);
    const b = await copyPack('yueyang-2023-alliance', {}, db);
    const taken = await savePack({ ...a, id: b.id }, { previousId: a.id }, db);
    expect(taken.ok || taken.problems.map((p) => p.code)).toEqual(['idTaken']);
    const moved = await savePack({ ...a, id: 'ln-2022-mine' }, { previousId: a.id }, db);
    expect(moved.ok).toBe(true);
    expect(await getPack(a.id, db)).toBeUndefined();
    expect((await getPack('ln-2022-mine', db))?.title).toEqual(a.title);
  });

  it('starts a blank pack that is valid, and rejects a bad id with the problem at the field', async () => {
    const blank = await createPack({ title: { zh: '新通知' }, deadline: '2025-06-30' }, db);
    expect(blank.ok && blank.pack.id).toBe('pack');
    const second = await createPack({ title: { zh: '又一个' }, deadline: '2025-06-30' }, db);
    expect(second.ok && second.pack.id).toBe('pack-2');
    const bad = await createPack(
      { id: 'Not An Id', title: { zh: '坏' }, deadline: '2025-02-30' },
      db,
    );
    expect(bad.ok || bad.problems.map((p) => p.path).sort()).toEqual([
      '$.call.deadline',
      '$.call.noticeDate',
      '$.id',
    ]);
    await expect(
      createPack({ id: 'pack', title: { zh: '重' }, deadline: '2025-06-30' }, db),
    ).rejects.toMatchObject({ code: 'rubricEditor/idTaken' });
  });

  it('deletes an own pack and its draft', async () => {
    const copy = await copyPack('yueyang-2023-alliance', {}, db);
    await saveDraft(copy.id, { value: { anything: true }, baseRevision: 1 }, db);
    expect((await listPacks(db)).find((e) => e.id === copy.id)).toMatchObject({ hasDraft: true });
    await deletePack(copy.id, db);
    expect(await getPack(copy.id, db)).toBeUndefined();
    expect(await getDraft(copy.id, db)).toBeUndefined();
  });

  it('keeps an invalid draft as typed, and drops it when the pack is saved', async () => {
    const copy = await copyPack('yueyang-2023-alliance', {}, db);
    const draft = { ...copy, revision: 'not a number' };
    await saveDraft(copy.id, { value: draft, jsonText: '{"id":', baseRevision: 1, now: 5 }, db);
    expect(await getDraft(copy.id, db)).toEqual({
      v: 1,
      draft,
      jsonText: '{"id":',
      baseRevision: 1,
      savedAt: 5,
    });
    await discardDraft(copy.id, db);
    expect(await getDraft(copy.id, db)).toBeUndefined();
    await saveDraft(copy.id, { value: draft, baseRevision: 1 }, db);
    await savePack({ ...copy, title: { zh: '改过的' } }, {}, db);
    expect(await getDraft(copy.id, db)).toBeUndefined();
  });

  it('reports a damaged stored record instead of trusting it, and migrates an old one', async () => {
    await db.settings.put({ key: 'rubric:broken', value: { v: 1, pack: { id: 3 }, savedAt: 1 } });
    await db.settings.put({ key: 'rubric:junk', value: 'junk' });
    const v1 = structuredClone(builtinPack('liaoning-2022-community')) as unknown as Record<
      string,
      unknown
    >;
    v1.id = 'old-format';
    v1.formatVersion = 1;
    delete v1.revision;
    await db.settings.put({ key: 'rubric:old-format', value: { v: 1, pack: v1, savedAt: 2 } });
    const entries = await listPacks(db);
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get('broken')?.kind).toBe('damaged');
    expect(byId.get('junk')).toMatchObject({
      kind: 'damaged',
      problems: [{ code: 'damagedRecord' }],
    });
    expect(byId.get('old-format')).toMatchObject({ kind: 'own', migratedFrom: 1 });
    await expect(getPack('broken', db)).rejects.toMatchObject({ code: 'rubricEditor/damaged' });
    expect(parseRubricPack(await getPack('old-format', db)).ok).toBe(true);
  });
});
