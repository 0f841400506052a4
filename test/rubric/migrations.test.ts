/** A pack saved in an older format still loads. */
import { describe, expect, it } from 'vitest';
import { builtinPack, migratePack, PACK_FORMAT_VERSION, parseRubricPack } from '../../lib/rubric';
import type { Loose } from './helpers';

/** The built-in pack written the way format 1 wrote packs. */
function asFormat1(): Record<string, unknown> {
  const pack = structuredClone(builtinPack('liaoning-2022-community')) as Loose;
  const flatten = (test: Loose): Loose => {
    if (test.kind === 'allOf' || test.kind === 'anyOf')
      return { ...test, of: test.of.map(flatten) };
    if (test.kind === 'not') return { ...test, of: flatten(test.of) };
    if (!test.bound) return test;
    const { bound, ...rest } = test;
    if (bound.op === 'between') return { ...rest, min: bound.min, max: bound.max };
    if (bound.op === '>=') return { ...rest, min: bound.value };
    if (bound.op === '<=') return { ...rest, max: bound.value };
    return { ...rest, equals: bound.value };
  };
  pack.formatVersion = 1;
  delete pack.revision;
  delete pack.panelRules;
  pack.rules = pack.rules.map((r: Loose) => ({
    ...r,
    severity: r.severity === 'hard' ? 'gate' : r.severity,
    test: flatten(r.test),
  }));
  return pack;
}

describe('pack format migrations', () => {
  it('loads a format 1 pack as the current format, with the same rules', () => {
    const old = asFormat1();
    const before = JSON.stringify(old);
    const result = parseRubricPack(old);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.pack.formatVersion).toBe(PACK_FORMAT_VERSION);
    expect(result.pack.revision).toBe(1);
    expect(result.pack.panelRules).toEqual([]);
    expect(result.pack.rules).toEqual(builtinPack('liaoning-2022-community').rules);
    // The input is not modified.
    expect(JSON.stringify(old)).toBe(before);
  });

  it('reports problems of a migrated pack at their current paths', () => {
    const old = asFormat1() as Loose;
    old.rules[0].test.min = 'four';
    const result = parseRubricPack(old);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('$.rules[0].test.bound');
  });

  it('rejects a pack from a newer version, or one without a version, saying so', () => {
    const newer = {
      ...builtinPack('yueyang-2023-alliance'),
      formatVersion: PACK_FORMAT_VERSION + 1,
    };
    const r1 = parseRubricPack(newer);
    expect(!r1.ok && r1.problems[0]).toMatchObject({ path: '$.formatVersion', code: 'tooNew' });
    const { formatVersion: _, ...unversioned } = builtinPack('yueyang-2023-alliance');
    const r2 = parseRubricPack(unversioned);
    expect(!r2.ok && r2.problems[0]).toMatchObject({ code: 'missingVersion' });
  });

  it('leaves a current pack as it is', () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const migrated = migratePack(pack);
    expect(migrated).toEqual({ ok: true, pack, from: PACK_FORMAT_VERSION });
  });
});
