/** The rules of lib/panel/SPEC.md (document, sealing, identity), one `describe` per rule. */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { canonicalJson } from '../../lib/crypto/bytes';
import { isReviewDeskError } from '../../lib/errors';
import type { AnnotationId, CriterionId, FactId, MemberId } from '../../lib/ids';
import { inviteMember } from '../../lib/panel/create';
import { LOG_NAME } from '../../lib/panel/entry';
import { keys } from '../../lib/panel/keys';
import { allEntries, forge, openSession, receive, updateAs } from './forge';
import { join, makePanel, sameMemberDevice, syncAll } from './helpers';

const c1 = 'c1' as CriterionId;
const c2 = 'c2' as CriterionId;

function code(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return isReviewDeskError(error) ? error.code : String(error);
  }
}

async function codeAsync(fn: () => Promise<unknown>): Promise<string | null> {
  try {
    await fn();
    return null;
  } catch (error) {
    return isReviewDeskError(error) ? error.code : String(error);
  }
}

function pushRaw(doc: Y.Doc, entry: unknown) {
  doc.transact(() => doc.getArray(LOG_NAME).push([entry]), 'test-remote');
}

describe('D1 grow-only log, one top-level type', () => {
  it('D1: every write appends to the log and nothing else is created', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const r = await join(invitations[0]!, chair.doc);
    const before = r.doc.getArray(LOG_NAME).length;
    r.panel.setScore(app, c1, 3);
    r.panel.setScore(app, c1, 4);
    expect(r.doc.getArray(LOG_NAME).length).toBe(before + 2);
    expect([...r.doc.share.keys()]).toEqual([LOG_NAME]);
  });
});

describe('D3 deterministic winner', () => {
  it('D3: a later write wins over one it has seen', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const b = await sameMemberDevice(a.identity, a.doc);
    a.panel.setScore(app, c1, 1);
    await syncAll(a, b);
    b.panel.setScore(app, c1, 2);
    await syncAll(a, b);
    expect(a.panel.myReview(app).values.scores[c1]).toBe(2);
    expect(b.panel.myReview(app).values.scores[c1]).toBe(2);
  });

  it('D3: the same cell on two devices of one reviewer resolves the same everywhere, loser in history', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const b = await sameMemberDevice(a.identity, a.doc);
    a.panel.setScore(app, c1, 7);
    b.panel.setScore(app, c1, 9);
    await syncAll(a, b, chair);
    const va = a.panel.myReview(app).values.scores[c1];
    expect(b.panel.myReview(app).values.scores[c1]).toBe(va);
    expect([7, 9]).toContain(va);
    const cell = a.panel.history(app).filter((h) => h.field.kind === 'cell');
    expect(cell.map((h) => h.new).sort()).toEqual([7, 9]);
    expect(cell.filter((h) => h.overwritten).map((h) => h.new)).toEqual([va === 7 ? 9 : 7]);
    expect(canonicalJson(a.panel.canonicalState())).toBe(
      canonicalJson(chair.panel.canonicalState()),
    );
  });

  it('D9: a value changed in order is replaced, not marked as lost to a concurrent edit', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    a.panel.setScore(app, c1, 7);
    a.panel.setScore(app, c1, 8);
    const cell = a.panel.history(app).filter((h) => h.field.kind === 'cell');
    expect(cell.map((h) => [h.old, h.new, h.current, h.overwritten])).toEqual([
      [undefined, 7, false, false],
      [7, 8, true, false],
    ]);
  });

  it('D3: concurrent edits of different cells never interfere', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const b = await sameMemberDevice(a.identity, a.doc);
    a.panel.setScore(app, c1, 1);
    b.panel.setScore(app, c2, 2);
    await syncAll(a, b);
    expect(a.panel.myReview(app).values.scores).toEqual({ c1: 1, c2: 2 });
  });
});

describe('D4 validation on read', () => {
  it('D4: invalid remote entries are ignored and reported, never thrown', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const r = await join(invitations[0]!, chair.doc);
    const garbage = [
      null,
      42,
      'x',
      { k: 'r/zz', s: 1, d: 1, by: 'm', at: 1, v: 1 },
      {
        k: keys.cell(app, r.identity.memberId, { type: 'score', criterion: c1 }),
        s: 1,
        d: 1,
        by: r.identity.memberId,
        at: 1,
        v: 'not a number',
      },
      { k: keys.app('a1'), s: 1, d: 1, by: 'x', at: 1, v: { id: 'a1' } },
      { k: 'meta', s: 99, d: 1, by: 'x', at: 1, v: {}, sig: 'a'.repeat(86), sk: 'b'.repeat(32) },
    ];
    const before = chair.panel.problems().count;
    for (const g of garbage) pushRaw(chair.doc, g);
    await chair.panel.settled();
    expect(chair.panel.problems().count - before).toBe(garbage.length);
    expect(chair.panel.problems().list.every((p) => p.origin === 'remote')).toBe(true);
    expect(chair.panel.applications().map((a) => a.id)).toEqual([app]);
    expect(chair.panel.meta()?.name).toBe('测试评审组');
  });
});

describe('D5 permissions', () => {
  it('D5: the API refuses writes outside one’s role', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const reviewer = await join(invitations[0]!, chair.doc);
    const observer = await join(invitations[2]!, chair.doc);
    expect(code(() => observer.panel.setScore(app, c1, 1))).toBe('panel/readOnly');
    expect(
      code(() =>
        reviewer.panel.addApplication({ title: 'x', applicantUnit: '', recommendingBody: '' }),
      ),
    ).toBe('panel/chairOnly');
    expect(await codeAsync(() => reviewer.panel.decide(app, { decision: 'recommend' }))).toBe(
      'panel/chairOnly',
    );
    expect(await codeAsync(() => reviewer.panel.removeMember(observer.identity.memberId))).toBe(
      'panel/chairOnly',
    );
    expect(code(() => reviewer.panel.setScore('nope' as never, c1, 1))).toBe(
      'panel/unknownApplication',
    );
    expect(code(() => reviewer.panel.setScore(app, c1, Number.NaN))).toBe('panel/invalidValue');
  });

  it('D5: entries written outside the writer’s space are ignored when read', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel({ independent: false });
    const a = await join(invitations[0]!, chair.doc);
    const b = await join(invitations[1]!, chair.doc);
    const observer = await join(invitations[2]!, chair.doc);
    const victim = b.identity.memberId;
    // A forged cell in b's review written by a, an observer's score, an application by a reviewer.
    pushRaw(a.doc, {
      k: keys.cell(app, victim, { type: 'score', criterion: c1 }),
      s: 5,
      d: 1,
      by: a.identity.memberId,
      at: 1,
      v: 1,
    });
    pushRaw(a.doc, {
      k: keys.cell(app, observer.identity.memberId, { type: 'score', criterion: c1 }),
      s: 1,
      d: 1,
      by: observer.identity.memberId,
      at: 1,
      v: 3,
    });
    pushRaw(a.doc, {
      k: keys.app('a2'),
      s: 1,
      d: 1,
      by: a.identity.memberId,
      at: 1,
      v: {
        id: 'a2',
        title: 't',
        applicantUnit: '',
        recommendingBody: '',
        addedBy: a.identity.memberId,
        addedAt: 1,
      },
    });
    await syncAll(a, chair);
    expect(chair.panel.review(app, victim).filled.scores).toEqual([]);
    expect(chair.panel.review(app, observer.identity.memberId).filled.scores).toEqual([]);
    expect(chair.panel.applications().map((x) => x.id)).toEqual([app]);
  });

  it('D5: only the author edits an annotation', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const b = await join(invitations[1]!, chair.doc);
    const id = a.panel.addAnnotation(app, 'f'.repeat(64) as never, {
      kind: 'highlight',
      page: 0,
      rects: [[1, 2, 3, 4]],
      quote: { exact: '成员单位', prefix: '', suffix: '' },
      position: { start: 0, end: 4 },
      color: '#ffd54f',
      tags: [],
      comment: '',
    });
    await syncAll(a, b, chair);
    // The chair sees it (a reviewer only after submitting: test/panel/desk.test.ts).
    expect(chair.panel.annotations(app).map((x) => x.id)).toEqual([id]);
    expect(code(() => b.panel.updateAnnotation(app, id as AnnotationId, { comment: 'x' }))).toBe(
      'panel/notYourAnnotation',
    );
    a.panel.updateAnnotation(app, id, { comment: '见第3页' });
    a.panel.removeAnnotation(app, id);
    await syncAll(a, b, chair);
    expect(chair.panel.annotations(app)).toEqual([]);
  });
});

describe('D6 signatures', () => {
  it('D6: a member record not signed by the chair key does not count', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const forged = { ...chair.panel.member(a.identity.memberId)!, role: 'chair' };
    // The reviewer's own valid session carries a member record with a made-up chair signature.
    const session = await openSession(a.identity);
    const element = forge(session, [
      {
        k: keys.member(a.identity.memberId),
        s: 50,
        v: forged,
        sig: 'A'.repeat(86),
        sk: chair.identity.signing.fingerprint,
      },
    ]);
    receive(a.doc, updateAs(a.doc, session.client, [element]));
    await syncAll(a, chair);
    expect(chair.panel.member(a.identity.memberId)?.role).toBe('reviewer');
    expect(chair.panel.problems().list.some((p) => p.reason === 'signature')).toBe(true);
    expect(app).toBeTruthy();
  });

  it('D6: decisions and removals by the chair are signed and seen by all', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    await chair.panel.decide(app, { decision: 'recommend', rank: 1, note: '优秀' });
    await chair.panel.removeMember(invitations[1]!.member);
    await syncAll(a, chair);
    expect(a.panel.decisions()[app]?.decision).toBe('recommend');
    expect(a.panel.member(invitations[1]!.member)?.removed).toBe(true);
    expect(a.panel.progress(app).map((p) => p.reviewer)).not.toContain(invitations[1]!.member);
  });

  it('D6: a member invited later registers devices with the new invitation', async () => {
    const { chairReplica: chair, chair: chairId, app } = await makePanel();
    const invitation = await inviteMember(chair.panel, chairId, {
      name: '新专家',
      role: 'reviewer',
    });
    const n = await join(invitation, chair.doc);
    n.panel.setScore(app, c1, 6);
    await n.panel.submitReview(app);
    await syncAll(n, chair);
    expect(chair.panel.review(app, invitation.member).values.scores).toEqual({ c1: 6 });
  });
});

describe('D8 no deletions', () => {
  it('D8: a deletion in the log is reported and the view rebuilt', async () => {
    const { chairReplica: chair } = await makePanel();
    chair.doc.transact(() => chair.doc.getArray(LOG_NAME).delete(0, 1), 'test-remote');
    expect(chair.panel.problems().list.some((p) => p.reason === 'deleted')).toBe(true);
  });
});

describe('D9 history', () => {
  it('D9: who changed what and when, old → new', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel({ independent: false });
    const a = await join(invitations[0]!, chair.doc);
    a.panel.setScore(app, c1, 3);
    a.panel.setScore(app, c1, 5);
    a.panel.setFact(app, 'memberUnits' as FactId, { state: 'corrected', value: 5 });
    const h = a.panel.history(app).filter((x) => x.field.kind === 'cell');
    expect(h.map((x) => [x.old, x.new])).toContainEqual([3, 5]);
    expect(h.every((x) => x.by === a.identity.memberId && x.at > 0)).toBe(true);
  });
});

describe('S1–S4 sealing', () => {
  it('S1: draft values are sealed; S3: others see progress, not values', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const b = await join(invitations[1]!, chair.doc);
    a.panel.setScore(app, c1, 8);
    a.panel.setComment(app, c1, '材料翔实');
    a.panel.setOpinion(app, '建议推荐');
    await syncAll(a, b, chair);
    for (const viewer of [b, chair]) {
      const r = viewer.panel.review(app, a.identity.memberId);
      expect(r.visible).toBe(false);
      expect(r.hidden).toBe('notSubmitted');
      expect(r.values.scores).toEqual({});
      expect(r.filled).toMatchObject({ scores: [c1], comments: [c1], opinion: true });
    }
    const opinionKey = keys.cell(app, a.identity.memberId, { type: 'opinion' });
    const entry = allEntries(a.doc).find((e) => e.k === opinionKey)!;
    expect(entry.x).toBeDefined();
    expect(entry.v).toBeUndefined();
  });

  it('S2, S3: submitting reveals to the chair; a reviewer sees others only after submitting', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const b = await join(invitations[1]!, chair.doc);
    a.panel.setScore(app, c1, 8);
    await a.panel.submitReview(app);
    await syncAll(a, b, chair);
    expect(chair.panel.review(app, a.identity.memberId).values.scores).toEqual({ c1: 8 });
    expect(b.panel.review(app, a.identity.memberId).hidden).toBe('submitYoursFirst');
    b.panel.setScore(app, c1, 6);
    await b.panel.submitReview(app);
    expect(b.panel.review(app, a.identity.memberId).values.scores).toEqual({ c1: 8 });
  });

  it('S2: only the manifest counts for a submitted review', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const late = await sameMemberDevice(a.identity, a.doc);
    a.panel.setScore(app, c1, 8);
    await a.panel.submitReview(app);
    // The other device had not seen the submission and wrote on.
    late.panel.setScore(app, c1, 2);
    late.panel.setScore(app, c2, 2);
    await syncAll(a, late, chair);
    expect(chair.panel.review(app, a.identity.memberId).values.scores).toEqual({ c1: 8 });
  });

  it('S4: a submitted review is locked', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    await a.panel.submitReview(app);
    expect(code(() => a.panel.setScore(app, c1, 1))).toBe('panel/reviewSubmitted');
    expect(await codeAsync(() => a.panel.submitReview(app))).toBe('panel/reviewSubmitted');
  });

  it('S6: a device without the seal secret cannot read or submit the draft', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const other = await join(invitations[0]!, a.doc); // opened the invitation again: new secret
    a.panel.setScore(app, c1, 4);
    await syncAll(a, other);
    expect(other.panel.myReview(app).unreadable).toBe(1);
    expect(await codeAsync(() => other.panel.submitReview(app))).toBe('panel/sealedElsewhere');
  });

  it('S1: with independent scoring off, values are plain and visible', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel({ independent: false });
    const a = await join(invitations[0]!, chair.doc);
    a.panel.setScore(app, c1, 8);
    await syncAll(a, chair);
    expect(chair.panel.review(app, a.identity.memberId).values.scores).toEqual({ c1: 8 });
  });
});

describe('Y5 origins', () => {
  it('Y5: local writes and remote updates are told apart', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const seen: string[] = [];
    chair.panel.subscribe((c) => seen.push(c.origin));
    const v0 = chair.panel.version();
    chair.panel.addFile(app, { hash: 'a'.repeat(64) as never, name: '申报书.pdf', size: 10 });
    a.panel.setScore(app, c1, 1);
    await syncAll(a, chair);
    expect(seen).toContain('local');
    expect(seen).toContain('remote');
    expect(chair.panel.version()).toBeGreaterThan(v0);
    expect(chair.panel.application(app)?.files.map((f) => f.name)).toEqual(['申报书.pdf']);
  });
});

describe('reads', () => {
  it('threads and messages', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const t = a.panel.createThread(app, '成员单位数量', 'fact:memberUnits');
    a.panel.postMessage(app, t, '第2页只列了3家');
    await syncAll(a, chair);
    chair.panel.postMessage(app, t, '请核对附件');
    const threads = chair.panel.threads(app);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.messages.map((m) => m.text)).toEqual(['第2页只列了3家', '请核对附件']);
    expect(chair.panel.me().role).toBe('chair');
    expect(
      a.panel
        .members()
        .map((m) => m.role)
        .sort(),
    ).toEqual(['chair', 'observer', 'reviewer', 'reviewer']);
    expect(chair.panel.rubric()).toMatchObject({ id: 'test-rubric' });
    expect((a.panel.me().id as MemberId) === a.identity.memberId).toBe(true);
  });
});
