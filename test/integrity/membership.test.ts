/**
 * Issue "integrity of the panel", membership and acknowledgement (SPEC M2–M4, Y6): a removed member
 * is refused by a relay node that never loaded the panel (two nodes on a real redis-server),
 * tokens from the future and below the member's epoch are refused, a removed member's later writes
 * never count, and a change the relay acknowledged survives a SIGKILL right after.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { identityFromInvitation } from '../../lib/identity/identity';
import { signToken } from '../../lib/identity/token';
import type { CriterionId } from '../../lib/ids';
import { Panel } from '../../lib/panel/panel';
import { join, makePanel, syncAll } from '../panel/helpers';
import { client, eventually, freePort, spawnRelay, tempDir, waitForOutput } from '../relay/helpers';
import { type LoggedRelay, loggedRelay } from './hostile';

const c1 = 'c1' as CriterionId;
const c2 = 'c2' as CriterionId;

async function refusal(url: string, identity: Parameters<typeof client>[1], token?: string) {
  const c = client(url, identity, token ? { token } : {});
  try {
    await c.conn.synced(15_000);
    return 'admitted';
  } catch (error) {
    return (error as { params?: { reason?: string } }).params?.reason ?? String(error);
  } finally {
    c.conn.destroy();
  }
}

describe('M2, M3 two relay nodes on a real Redis', () => {
  let redis: ChildProcess;
  let n1: LoggedRelay;
  let n2: LoggedRelay;
  beforeAll(async () => {
    const port = await freePort();
    redis = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore', cwd: tempDir('rd-redis-') },
    );
    await new Promise((r) => setTimeout(r, 300));
    n1 = await loggedRelay({ redis: `redis://127.0.0.1:${port}`, name: 'node-1' });
    n2 = await loggedRelay({ redis: `redis://127.0.0.1:${port}`, name: 'node-2' });
  });
  afterAll(async () => {
    await n1.stop();
    await n2.stop();
    redis.kill('SIGKILL');
  });

  it('M2: a node that never loaded the panel refuses a member the chair removed through the other node', async () => {
    const made = await makePanel();
    const chair = client(n1.url, made.chair, { doc: made.chairReplica.doc });
    await chair.conn.synced();
    const removed = await identityFromInvitation(made.invitations[0]!);
    await chair.panel.removeMember(removed.memberId);
    await chair.conn.synced();
    // At once, on the other node, which has never served this panel.
    expect(await refusal(n2.url, removed)).toBe('removed');
    const kept = await identityFromInvitation(made.invitations[1]!);
    expect(await refusal(n2.url, kept)).toBe('admitted');
    chair.conn.destroy();
  });

  it('M3: raising a member’s epoch revokes their old token on every node; a new one is admitted', async () => {
    const made = await makePanel();
    const chair = client(n1.url, made.chair, { doc: made.chairReplica.doc });
    await chair.conn.synced();
    const member = await identityFromInvitation(made.invitations[1]!);
    expect(await refusal(n2.url, member)).toBe('admitted');
    const epoch = await chair.panel.raiseTokenEpoch(member.memberId);
    await chair.conn.synced();
    expect(await refusal(n2.url, member)).toBe('revoked');
    const fresh = await signToken(made.chair.signing.privateKey, {
      panel: made.chair.panelId,
      member: member.memberId,
      role: 'reviewer',
      chair: made.chair.signing.publicJwk,
      epoch,
    });
    expect(await refusal(n2.url, member, fresh)).toBe('admitted');
    chair.conn.destroy();
  });

  it('M2: a token issued in the future is refused', async () => {
    const made = await makePanel();
    const member = await identityFromInvitation(made.invitations[0]!);
    const future = await signToken(made.chair.signing.privateKey, {
      panel: made.chair.panelId,
      member: member.memberId,
      role: 'reviewer',
      chair: made.chair.signing.publicJwk,
      iat: Date.now() + 60 * 60 * 1000,
    });
    expect(await refusal(n1.url, member, future)).toBe('future');
  });
});

describe('M4 removal cuts', () => {
  it('M4: what a removed member wrote before the cut counts; what they write after never does', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const x = await join(invitations[0]!, chair.doc);
    x.panel.setScore(app, c1, 7);
    await syncAll(x, chair);
    await chair.panel.removeMember(x.identity.memberId);
    // x has not heard of the removal and writes on, in the same session and in a new one.
    x.panel.setScore(app, c2, 3);
    const later = new Panel(new Y.Doc(), x.identity);
    Y.applyUpdate(
      (await import('../../lib/panel/panel')).docOf(later),
      Y.encodeStateAsUpdate(x.doc),
    );
    await later.ensureDevice();
    later.setComment(app, null, '移出后写的');
    // Everything reaches the chair (as a relay would deliver it, bypassing any refusal).
    Y.applyUpdate(
      chair.doc,
      Y.encodeStateAsUpdate(x.doc, Y.encodeStateVector(chair.doc)),
      'test-remote',
    );
    const laterDoc = (await import('../../lib/panel/panel')).docOf(later);
    Y.applyUpdate(
      chair.doc,
      Y.encodeStateAsUpdate(laterDoc, Y.encodeStateVector(chair.doc)),
      'test-remote',
    );
    await chair.panel.settled();
    const progress = chair.panel.progress(app);
    expect(progress.find((p) => p.reviewer === x.identity.memberId)).toBeUndefined();
    const filled = chair.panel.review(app, x.identity.memberId).filled;
    expect(filled.scores).toEqual([c1]);
    expect(filled.overallComment).toBe(false);
  });
});

describe('Y6 acknowledged means stored', () => {
  it('Y6: a change the relay acknowledged is there after a SIGKILL right after the acknowledgement (5 rounds)', async () => {
    const port = await freePort();
    const dataDir = tempDir('rd-ack-');
    const made = await makePanel();
    let relay = spawnRelay(port, dataDir);
    await waitForOutput(relay, 'Relay started');
    const url = `ws://127.0.0.1:${port}`;
    const chair = client(url, made.chair, { doc: made.chairReplica.doc });
    await chair.conn.synced(30_000);
    chair.conn.destroy();
    const identity = await identityFromInvitation(made.invitations[0]!);
    const doc = new Y.Doc();
    try {
      for (let round = 1; round <= 5; round++) {
        const reviewer = client(url, identity, { doc });
        await reviewer.conn.synced(30_000);
        await eventually(() => reviewer.panel.member(identity.memberId) !== null);
        await reviewer.panel.ensureDevice();
        reviewer.panel.setComment(made.app, null, `第${round}轮`);
        await reviewer.conn.synced(30_000);
        // Acknowledged: kill the relay at once, and keep the reviewer from sending anything again.
        relay.kill('SIGKILL');
        reviewer.conn.destroy();
        await new Promise((r) => relay.once('exit', r));
        relay = spawnRelay(port, dataDir);
        await waitForOutput(relay, 'Relay started');
        // A replica only the restarted relay can have told: the chair, on a fresh document.
        const fresh = client(url, made.chair);
        try {
          await fresh.conn.synced(30_000);
          const session = reviewer.doc.clientID;
          expect(Y.getState(fresh.doc.store, session)).toBe(Y.getState(doc.store, session));
          await fresh.panel.settled();
          const p = fresh.panel.progress(made.app).find((r) => r.reviewer === identity.memberId);
          expect(p?.filled.overallComment).toBe(true);
        } finally {
          fresh.conn.destroy();
        }
      }
    } finally {
      relay.kill('SIGKILL');
    }
  }, 300_000);
});
