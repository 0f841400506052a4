/**
 * Issue "integrity of the panel", attacks through real `.rdsync` files and straight into a replica
 * (what a malicious relay could deliver): forged authors, frozen registers, squatted client ids,
 * oversize and extra-field content, poisoned exports, a file waiting for another and hostile
 * merges. Each is refused or skipped, and the victim's data stays intact on every replica.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CriterionId, FileHash } from '../../lib/ids';
import { LOG_NAME } from '../../lib/panel/entry';
import { keys } from '../../lib/panel/keys';
import { joinFromInvitation } from '../../lib/sync/join';
import { exportRdsync, importRdsync, signedFile } from '../../lib/sync/rdsync';
import { mergeRdsyncChecked } from '../../lib/sync/rdsync-merge';
import { createInvitation } from '../../lib/workspace/invitations';
import { forge, openSession, receive, updateAs } from '../panel/forge';
import { join, makePanel, type Replica, refusalCode } from '../panel/helpers';

const c1 = 'c1' as CriterionId;

const code = refusalCode;

/** A panel where the victim reviewer has scored 18 and submitted, seen by the chair. */
async function setup() {
  const made = await makePanel({ reviewers: 2, observers: 0 });
  const chair = made.chairReplica;
  const victim = await join(made.invitations[0]!, chair.doc);
  const hostile = await join(made.invitations[1]!, chair.doc);
  victim.panel.setScore(made.app, c1, 18);
  await victim.panel.submitReview(made.app);
  await importRdsync(chair.panel, await exportRdsync(victim.panel, { kind: 'full' }));
  // The hostile member has registered their device with the panel, like anyone else.
  await importRdsync(chair.panel, await exportRdsync(hostile.panel, { kind: 'full' }));
  await importRdsync(hostile.panel, await exportRdsync(chair.panel, { kind: 'full' }));
  expect(chair.panel.review(made.app, victim.identity.memberId).values.scores[c1]).toBe(18);
  return { ...made, chair, victim, hostile };
}

/** The victim's submitted 18 as this replica may see it (a reviewer who has not submitted sees
 * that it was filled, not the value: SPEC S3). */
function victimIntact(r: Pick<Replica, 'panel'>, app: string, victim: Replica) {
  const review = r.panel.review(app as never, victim.identity.memberId);
  expect(review.status).toBe('submitted');
  expect(review.filled.scores).toEqual([c1]);
  if (review.visible) expect(review.values.scores[c1]).toBe(18);
}

/** The hostile member's signed file whose payload appends these elements under `client`. */
async function hostileFile(hostile: Replica, client: number, elements: unknown[]) {
  return signedFile(hostile.panel, updateAs(hostile.doc, client, elements), 'changes');
}

describe('integrity through files and straight into a replica', () => {
  it('A1, D5: forged authors in a signed file are skipped; nothing of the victim or the chair changes', async () => {
    const { chair, victim, hostile, app, chair: c } = await setup();
    const v = victim.identity.memberId;
    const session = await openSession(hostile.identity);
    const elements = [
      forge(session, [{ k: keys.cell(app, v, { type: 'score', criterion: c1 }), s: 9, v: 2 }]),
      forge(session, [{ k: keys.submission(app, v), s: 9, v: { at: 1, keys: {}, manifest: {} } }]),
      forge(session, [
        {
          k: keys.decision(app),
          s: 1,
          v: { decision: 'notRecommend', rank: null, note: '', by: c.panel.me().id, at: 1 },
        },
      ]),
      forge(session, [{ k: keys.meta(), s: 9, v: { ...chair.panel.meta()!, name: '被改名' } }]),
    ];
    const asVictim = await openSession(hostile.identity, { by: v });
    const file = await hostileFile(hostile, session.client, elements);
    const result = await importRdsync(chair.panel, file);
    // Authenticated as the hostile member's own batches: applied, and every forged entry skipped.
    expect(result.added).toBe(elements.length);
    expect(chair.panel.problems().list.filter((p) => p.reason === 'value').length).toBeGreaterThan(
      0,
    );
    // A batch claiming to be the victim's has no delegation that holds: refused whole.
    const claim = await hostileFile(hostile, asVictim.client, [
      forge(asVictim, [{ k: keys.cell(app, v, { type: 'score', criterion: c1 }), s: 9, v: 2 }]),
    ]);
    const r2 = await importRdsync(chair.panel, claim);
    expect(r2.added).toBe(0);
    victimIntact(chair, app, victim);
    expect(chair.panel.meta()?.name).toBe('测试评审组');
    expect(chair.panel.decisions()).toEqual({});
  });

  it('O1, A4: a huge sequence (with a garbage or a real signature) freezes nothing', async () => {
    const { chair, victim, hostile, app } = await setup();
    const max = Number.MAX_SAFE_INTEGER;
    // Straight into the chair's replica, as a malicious relay could deliver it.
    const h = await openSession(hostile.identity);
    const members = chair.panel.members();
    const target = members.find((m) => m.id === hostile.identity.memberId)!;
    receive(
      chair.doc,
      updateAs(chair.doc, h.client, [
        forge(h, [
          { k: keys.meta(), s: max, v: { ...chair.panel.meta()!, name: '冻结' } },
          {
            k: keys.member(target.id),
            s: max,
            v: { ...target, role: 'chair' },
            sig: 'A'.repeat(86),
            sk: 'f'.repeat(32),
          },
          {
            k: keys.submission(app, victim.identity.memberId),
            s: max,
            v: { at: 1, keys: {}, manifest: {} },
          },
        ]),
      ]),
    );
    // The victim's own device, honest session but a crafted huge sequence on their own register.
    const own = await openSession(victim.identity);
    receive(
      victim.doc,
      updateAs(victim.doc, own.client, [
        forge(own, [
          {
            k: keys.cell(app, victim.identity.memberId, { type: 'comment', criterion: null }),
            s: max,
            v: '冻结',
          },
        ]),
      ]),
    );
    await chair.panel.settled();
    await victim.panel.settled();
    // The chair still fixes the title, changes settings, removes a member, records a decision.
    await chair.panel.updateSettings({ relayUrl: 'ws://127.0.0.1:1' });
    expect(chair.panel.meta()?.settings.relayUrl).toBe('ws://127.0.0.1:1');
    await chair.panel.removeMember(hostile.identity.memberId);
    expect(chair.panel.member(hostile.identity.memberId)?.removed).toBe(true);
    await chair.panel.decide(app, { decision: 'recommend' });
    expect(chair.panel.decisions()[app]?.decision).toBe('recommend');
    victimIntact(chair, app, victim);
    expect(victim.panel.myReview(app).values.overallComment).toBeNull();
  });

  it('C3: a file squatting a reviewer’s client id is refused; the reviewer’s genuine file still imports', async () => {
    const { chair, victim, hostile, app } = await setup();
    // A second reviewer works offline; the hostile member squats their client id.
    const other = await join(
      (await createInvitation(chair.panel, { name: '乙', role: 'reviewer' })) as never,
      chair.doc,
    );
    other.panel.setScore(app, c1, 12);
    const since = Y.encodeStateVector(chair.doc);
    const genuine = await exportRdsync(other.panel, { kind: 'changes', since });
    const client = other.doc.clientID;
    const squat = await openSession(hostile.identity, { client });
    squat.next = Y.getState(chair.doc.store, client);
    const fake = forge(squat, [
      { k: keys.cell(app, other.identity.memberId, { type: 'score', criterion: c1 }), s: 9, v: 1 },
    ]);
    const before = Y.encodeStateVector(chair.doc);
    expect(await code(importRdsync(chair.panel, await hostileFile(hostile, client, [fake])))).toBe(
      'sync/invalidContent',
    );
    expect(Y.encodeStateVector(chair.doc)).toEqual(before);
    await importRdsync(chair.panel, genuine);
    await other.panel.submitReview(app);
    await importRdsync(chair.panel, await exportRdsync(other.panel, { kind: 'changes', since }));
    expect(chair.panel.review(app, other.identity.memberId).values.scores[c1]).toBe(12);
    victimIntact(chair, app, victim);
  });

  it('Q1–Q3, D4: the API throws on oversize and invalid writes; an oversize file is refused', async () => {
    const { chair, hostile, app } = await setup();
    const a = hostile.panel;
    const note = {
      kind: 'note' as const,
      page: 0,
      rects: [],
      quote: { exact: '', prefix: '', suffix: '' },
      position: { start: 0, end: 0 },
      color: '#ffd54f',
      comment: '',
    };
    const tooLong = () =>
      a.addAnnotation(app, 'a'.repeat(64) as FileHash, { ...note, tags: ['x'.repeat(65)] });
    expect(() => tooLong()).toThrow(/panel\/invalidValue/);
    expect(() => a.setComment(app, c1, 'x'.repeat(20_000_001))).toThrow(/panel\/invalidValue/);
    expect(() => a.createThread(app, 'x'.repeat(301))).toThrow(/panel\/invalidValue/);
    // Extra fields in a peer's record: skipped by readers.
    const h = await openSession(hostile.identity);
    const thread = {
      id: 't1',
      applicationId: app,
      title: '多字段',
      subject: null,
      createdBy: hostile.identity.memberId,
      createdAt: 1,
      extra: 'x',
    };
    await importRdsync(
      chair.panel,
      await hostileFile(hostile, h.client, [
        forge(h, [{ k: keys.thread(app, hostile.identity.memberId, 't1'), s: 1, v: thread }]),
      ]),
    );
    expect(chair.panel.threads(app)).toEqual([]);
    // A payload over 64 MiB, properly signed by a member: refused before anything is decoded.
    const huge = new Uint8Array(64 * 1024 * 1024 + 1);
    expect(
      await code(importRdsync(chair.panel, await signedFile(hostile.panel, huge, 'changes'))),
    ).toBe('sync/tooLarge');
  }, 60_000);

  it('Y7: invalid content held by a replica never poisons its exports or its invitations', async () => {
    const { chair, victim, hostile, app } = await setup();
    // A malicious relay delivers junk: a non-batch element, and a valid batch with a bad entry.
    const h = await openSession(hostile.identity);
    receive(chair.doc, updateAs(chair.doc, 4242, [{ k: 'garbage', v: 1 }]));
    receive(chair.doc, updateAs(chair.doc, h.client, [forge(h, [{ k: 'not/a/key', s: 1, v: 1 }])]));
    await chair.panel.settled();
    expect(chair.panel.problems().count).toBeGreaterThan(0);
    const invitation = await createInvitation(chair.panel, { name: '丙', role: 'reviewer' });
    const joined = await joinFromInvitation(invitation);
    victimIntact(joined, app, victim);
    const fresh = await join(invitation as never, new Y.Doc());
    await importRdsync(fresh.panel, await exportRdsync(chair.panel, { kind: 'full' }));
    victimIntact(fresh, app, victim);
  });

  it('Y3: a part waiting for another file is held, never applied unchecked, and never blocks the genuine file', async () => {
    const { chair, victim, hostile, app } = await setup();
    const other = await join(
      (await createInvitation(chair.panel, { name: '丁', role: 'reviewer' })) as never,
      chair.doc,
    );
    const since = Y.encodeStateVector(chair.doc);
    other.panel.setScore(app, c1, 7);
    const first = await exportRdsync(other.panel, { kind: 'changes', since });
    const mid = Y.encodeStateVector(other.doc);
    other.panel.setScore(app, 'c2' as CriterionId, 8);
    const second = await exportRdsync(other.panel, { kind: 'changes', since: mid });
    // The hostile member makes a file continuing the same chain as `second` (a squat), which also
    // waits for `first`.
    const client = other.doc.clientID;
    const squat = await openSession(hostile.identity, { client });
    squat.next = Y.getState(other.doc.store, client) - 1;
    const fake = forge(squat, [
      { k: keys.cell(app, other.identity.memberId, { type: 'score', criterion: c1 }), s: 9, v: 1 },
    ]);
    const decoy = new Y.Doc();
    Y.applyUpdate(decoy, Y.encodeStateAsUpdate(chair.doc));
    Y.applyUpdate(
      decoy,
      (await import('../../lib/sync/rdsync-format')).decodeContainer(first)[0]!.payload,
    );
    const hostilePayload = updateAs(decoy, client, [fake]);
    const bogus = await signedFile(
      hostile.panel,
      Y.diffUpdate(hostilePayload, Y.encodeStateVector(chair.doc)),
      'changes',
    );
    const r1 = await importRdsync(chair.panel, bogus);
    expect(r1.waiting).toBe(true);
    const log = chair.doc.getArray(LOG_NAME).length;
    expect(chair.doc.store.pendingStructs).toBeNull();
    // The genuine files, in any order: both apply, the held squat never does.
    await importRdsync(chair.panel, second);
    await importRdsync(chair.panel, first);
    expect(chair.doc.getArray(LOG_NAME).length).toBeGreaterThan(log);
    await other.panel.submitReview(chair.panel.applications()[0]!.id);
    await importRdsync(chair.panel, await exportRdsync(other.panel, { kind: 'full' }));
    expect(chair.panel.review(app, other.identity.memberId).values.scores).toEqual({
      c1: 7,
      c2: 8,
    });
    victimIntact(chair, app, victim);
  });

  it('Y8: sync merge refuses hostile files (deletions, foreign types, squatted elements)', async () => {
    const { chair, hostile, victim } = await setup();
    const genuine = await exportRdsync(victim.panel, { kind: 'full' });
    const deleting = new Y.Doc();
    Y.applyUpdate(deleting, Y.encodeStateAsUpdate(hostile.doc));
    const log = deleting.getArray(LOG_NAME);
    deleting.transact(() => log.delete(0, 1));
    const withDeletes = await signedFile(hostile.panel, Y.encodeStateAsUpdate(deleting), 'full');
    const foreignDoc = new Y.Doc();
    foreignDoc.getMap('evil').set('x', 1);
    const foreign = await signedFile(hostile.panel, Y.encodeStateAsUpdate(foreignDoc), 'changes');
    const client = victim.doc.clientID;
    const squat = await openSession(hostile.identity, { client });
    squat.next = Y.getState(chair.doc.store, client);
    const squatted = await hostileFile(hostile, client, [forge(squat, [])]);
    for (const [bad, expected] of [
      [withDeletes, 'sync/deletions'],
      [foreign, 'sync/foreign'],
      [squatted, 'sync/invalidContent'],
    ] as const) {
      expect(await code(mergeRdsyncChecked([genuine, bad]))).toBe(expected);
    }
    expect((await mergeRdsyncChecked([genuine, genuine])).parts).toBe(1);
  });
});
