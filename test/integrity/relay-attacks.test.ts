/**
 * Issue "integrity of the panel", attacks through a real Hocuspocus relay on 127.0.0.1: a member
 * with a valid invitation sends raw Yjs through a provider of their own. Each test shows the attack
 * refused by the relay (SPEC C3, Q1–Q7) and the victim's data intact on every honest replica.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createChairIdentity } from '../../lib/identity/identity';
import { signToken } from '../../lib/identity/token';
import type { MemberId, PanelId } from '../../lib/ids';
import { keys } from '../../lib/panel/keys';
import { internalsOf } from '../../lib/panel/panel';
import { forge, openSession, updateAs } from '../panel/forge';
import { eventually } from '../relay/helpers';
import {
  attempt,
  c1,
  chairSees,
  type LoggedRelay,
  loggedRelay,
  panelOnRelay,
  rawClient,
  refusals,
  sendRaw,
} from './hostile';

describe('integrity through the relay', () => {
  let relay: LoggedRelay;
  beforeAll(async () => {
    relay = await loggedRelay();
  });
  afterAll(async () => {
    await relay.stop();
  });

  it('C3, A4, D5: entries forged in every kind (as the victim, as the chair) are refused and change nothing', async () => {
    const { chair, victim, hostile, app, made } = await panelOnRelay(relay);
    const v = victim.identity.memberId;
    const ch = made.chair.memberId;
    const member = chair.panel.member(v)!;
    const forgedEntries: unknown[] = [
      { k: keys.cell(app, v, { type: 'score', criterion: c1 }), s: 5, v: 2 },
      { k: keys.submission(app, v), s: 1, v: { at: 1, keys: {}, manifest: {} } },
      {
        k: keys.annotation(app, v, 'an-x'),
        s: 1,
        v: {
          id: 'an-x',
          applicationId: app,
          fileHash: 'a'.repeat(64),
          kind: 'note',
          page: 0,
          rects: [],
          quote: { exact: '', prefix: '', suffix: '' },
          position: { start: 0, end: 0 },
          color: '#ffd54f',
          tags: [],
          comment: '冒名',
          author: v,
          createdAt: 1,
          updatedAt: 1,
          deleted: false,
        },
      },
      {
        k: keys.thread(app, ch, 't1'),
        s: 1,
        v: {
          id: 't1',
          applicationId: app,
          title: '组长说',
          subject: null,
          createdBy: ch,
          createdAt: 1,
        },
      },
      {
        k: keys.message(app, 't1', ch, 'g1'),
        s: 1,
        v: { id: 'g1', threadId: 't1', author: ch, text: '冒名', at: 1, deleted: false },
      },
      {
        k: keys.app('a-fake'),
        s: 1,
        v: {
          id: 'a-fake',
          title: '冒名申报',
          applicantUnit: '',
          recommendingBody: '',
          addedBy: ch,
          addedAt: 1,
        },
      },
      { k: keys.file(app, 'b'.repeat(64)), s: 1, v: null },
      {
        k: keys.decision(app),
        s: 1,
        v: { decision: 'notRecommend', rank: null, note: '', by: ch, at: 1 },
      },
      { k: keys.meta(), s: 9, v: { ...chair.panel.meta()!, name: '被改名' } },
      {
        k: keys.member(v),
        s: 9,
        v: { ...member, removed: true },
        sig: 'A'.repeat(86),
        sk: 'f'.repeat(32),
      },
    ];
    const before = {
      apps: chair.panel.applications().map((a) => a.id),
      meta: chair.panel.meta()?.name,
      members: JSON.stringify(chair.panel.members()),
    };
    const h = hostile.identity;
    const reasons: string[] = [];
    // One attempt per entry, each in a session of the hostile member's own (valid) device…
    for (const entry of forgedEntries) {
      reasons.push(
        await attempt(relay, h.token!, h.panelId, h.memberId, async (doc) => {
          const session = await openSession(h);
          return updateAs(doc, session.client, [forge(session, [entry])]);
        }),
      );
    }
    expect(reasons).toEqual(forgedEntries.map(() => 'entry'));
    // …and one as the victim: their member id on the hostile device (no valid delegation).
    const asVictim = await attempt(relay, h.token!, h.panelId, h.memberId, async (doc) => {
      const session = await openSession(h, { by: v });
      return updateAs(doc, session.client, [forge(session, forgedEntries.slice(0, 3))]);
    });
    expect(asVictim).toBe('waiting');
    await chair.panel.settled();
    // Nothing changed for anyone: the victim's own draft, the chair's lists, meta and members.
    expect(victim.panel.myReview(app).values.scores[c1]).toBe(18);
    expect(victim.panel.annotations(app)).toEqual([]);
    expect(chair.panel.applications().map((a) => a.id)).toEqual(before.apps);
    expect(chair.panel.meta()?.name).toBe(before.meta);
    expect(JSON.stringify(chair.panel.members())).toBe(before.members);
    expect(chair.panel.decisions()).toEqual({});
    expect(chair.panel.threads(app)).toEqual([]);
    expect(chair.panel.review(app, v).status).toBe('draft');
    for (const c of [chair, victim]) c.conn.destroy();
  });

  it('C1, C3: squatting the client id of a reviewer who is offline is refused; their later writes reach everyone', async () => {
    const { chair, victim, hostile, app } = await panelOnRelay(relay);
    const session = internalsOf(victim.panel).doc.clientID;
    victim.conn.destroy();
    // Offline: the victim writes on.
    victim.panel.setScore(app, 'c2' as never, 20);
    // The hostile member puts elements under the victim's client id, from the clock the relay saw.
    const h = hostile.identity;
    const reason = await attempt(relay, h.token!, h.panelId, h.memberId, async (doc) => {
      const squatter = await openSession(h, { client: session });
      squatter.next = Y.getState(doc.store, session);
      const fake = forge(squatter, [
        {
          k: keys.cell(app, victim.identity.memberId, { type: 'score', criterion: c1 }),
          s: 9,
          v: 1,
        },
      ]);
      return updateAs(doc, session, [fake]);
    });
    expect(['owner', 'signature']).toContain(reason);
    // The victim comes back: the relay takes the genuine writes at those clocks.
    const { client } = await import('../relay/helpers');
    const back = client(relay.url, victim.identity, { doc: victim.doc });
    await back.conn.synced();
    await back.panel.ensureDevice();
    await back.panel.submitReview(app);
    await back.conn.synced();
    await eventually(
      () => chair.panel.review(app, victim.identity.memberId).values.scores.c2 === 20,
    );
    expect(chair.panel.review(app, victim.identity.memberId).values.scores[c1]).toBe(18);
    expect(chairSees(chair, victim, 2)).toBe(true);
    for (const c of [chair, back]) c.conn.destroy();
  });

  it('Q1, Q5: an element over the batch limit and a member over their share are refused', async () => {
    const { chair, hostile, app } = await panelOnRelay(relay);
    const h = hostile.identity;
    const big = 'x'.repeat(20_000);
    // One element over 2 MiB (the schema check would refuse its entry anyway).
    const oversize = await attempt(relay, h.token!, h.panelId, h.memberId, async (doc) => {
      const s1 = await openSession(h);
      const comment = keys.cell(app, h.memberId, { type: 'comment', criterion: null });
      return updateAs(doc, s1.client, [
        forge(s1, [{ k: comment, s: 1, v: 'x'.repeat(2_200_000) }]),
      ]);
    });
    expect(oversize).toBe('element');
    // Valid batches (long messages) until the member's share is gone: 11 × 1.6 MB > 16 MiB.
    const quota = await attempt(relay, h.token!, h.panelId, h.memberId, async (doc) => {
      const s2 = await openSession(h);
      const elements = [];
      for (let i = 0; i < 11; i++) {
        const thread = {
          id: `t${i}`,
          applicationId: app,
          title: '灌水',
          subject: null,
          createdBy: h.memberId,
          createdAt: 1,
        };
        const messages = Array.from({ length: 80 }, (_, j) => ({
          k: keys.message(app, `t${i}`, h.memberId, `g${j}`),
          s: 1,
          v: {
            id: `g${j}`,
            threadId: `t${i}`,
            author: h.memberId,
            text: big,
            at: 1,
            deleted: false,
          },
        }));
        elements.push(
          forge(s2, [{ k: keys.thread(app, h.memberId, `t${i}`), s: 1, v: thread }, ...messages]),
        );
      }
      return updateAs(doc, s2.client, elements);
    });
    expect(quota).toBe('memberQuota');
    await chair.panel.settled();
    expect(chair.panel.threads(app)).toEqual([]);
    chair.conn.destroy();
  }, 60_000);

  it('Q7: a panel the relay has no verified genesis for gets no room; nothing is stored', async () => {
    // A stranger makes a key pair and a token of their own for a panel the relay never saw.
    const stranger = await createChairIdentity({
      memberId: 'mstranger' as MemberId,
      name: 'x',
      extractable: false,
    });
    const token = await signToken(stranger.signing.privateKey, {
      panel: stranger.panelId,
      member: 'mstranger' as MemberId,
      role: 'reviewer',
      chair: stranger.signing.publicJwk,
    });
    const raw = rawClient(relay.url, token, stranger.panelId);
    try {
      await eventually(() => raw.provider.isSynced);
      // A session with entries but no chair genesis behind it.
      const session = await openSession(stranger, { by: 'mstranger' });
      sendRaw(raw, updateAs(raw.doc, session.client, [forge(session, [])]));
      await eventually(() => refusals(relay).some((r) => r === 'waiting' || r === 'genesis'));
    } finally {
      raw.destroy();
    }
    const { UpdateStore } = await import('../../server/storage');
    const store = new UpdateStore(`${relay.dataDir}/updates.sqlite`);
    expect(store.has(stranger.panelId as PanelId)).toBe(false);
    store.close();
  });
});

describe('integrity: an allow-list of chairs', () => {
  it('Q7: a relay started with --allow-chairs refuses every other panel', async () => {
    const relay = await loggedRelay({ allowPanels: new Set([`p${'0'.repeat(32)}`]) });
    try {
      const { makePanel } = await import('../panel/helpers');
      const { client } = await import('../relay/helpers');
      const made = await makePanel();
      const chair = client(relay.url, made.chair, { doc: made.chairReplica.doc });
      await expect(chair.conn.synced(10_000)).rejects.toMatchObject({
        params: { reason: 'not-allowed' },
      });
      chair.conn.destroy();
    } finally {
      await relay.stop();
    }
  });
});
