/**
 * SPEC I2, Y1, Y4, S5 against a real Hocuspocus relay on 127.0.0.1: admission and refusal,
 * observers read-only, convergence, a relay SIGKILLed mid-sync, two nodes over a real Redis,
 * file bytes, and no plaintext of a sealed draft in the relay's SQLite or a peer's replica.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { utf8 } from '../../lib/crypto/bytes';
import { identityFromInvitation, type MemberIdentity } from '../../lib/identity/identity';
import { readTokenClaims, signToken } from '../../lib/identity/token';
import type { CriterionId, FileHash } from '../../lib/ids';
import { LOG_NAME } from '../../lib/panel/entry';
import { keys } from '../../lib/panel/keys';
import { downloadFile, uploadFile } from '../../lib/sync/files';
import { type RunningRelay, startRelay } from '../../server/relay';
import { allEntries } from '../panel/forge';
import { makePanel } from '../panel/helpers';
import {
  type Client,
  client,
  eventually,
  freePort,
  spawnRelay,
  tempDir,
  waitForOutput,
} from './helpers';

const c1 = 'c1' as CriterionId;

async function refusedReason(
  url: string,
  identity: MemberIdentity,
  token?: string,
): Promise<string> {
  const c = client(url, identity, token ? { token } : {});
  try {
    await c.conn.synced(10_000);
    return 'admitted';
  } catch (error) {
    return (error as { params?: { reason?: string } }).params?.reason ?? String(error);
  } finally {
    c.conn.destroy();
  }
}

describe('relay (Hocuspocus on 127.0.0.1)', () => {
  let relay: RunningRelay;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = tempDir('rd-relay-');
    relay = await startRelay({ dataDir, port: 0 });
  });
  afterAll(async () => {
    await relay.stop();
  });

  it('I2: a valid token is admitted; wrong panel, forged and expired are refused', async () => {
    const made = await makePanel();
    const other = await makePanel();
    const reviewer = await identityFromInvitation(made.invitations[0]!);
    expect(await refusedReason(relay.url, reviewer)).toBe('admitted');
    // A token of another panel used for this room.
    expect(await refusedReason(relay.url, reviewer, other.invitations[0]!.token)).toBe(
      'wrong-panel',
    );
    const [h, body, sig] = made.invitations[0]!.token.split('.');
    expect(
      await refusedReason(
        relay.url,
        reviewer,
        `${h}.${body}.${sig!.startsWith('A') ? 'B' : 'A'}${sig!.slice(1)}`,
      ),
    ).toBe('forged');
    const claims = readTokenClaims(made.invitations[0]!.token)!;
    const expired = await signToken(made.chair.signing.privateKey, { ...claims, iat: 1, exp: 2 });
    expect(await refusedReason(relay.url, reviewer, expired)).toBe('expired');
    expect(await refusedReason(relay.url, reviewer, 'not-a-token')).toBe('malformed');
  });

  it('I2: a removed member is disconnected and refused, also by a relay that restarts', async () => {
    const made = await makePanel();
    const chair = client(relay.url, made.chair, { doc: made.chairReplica.doc });
    const reviewer = await identityFromInvitation(made.invitations[0]!);
    const r = client(relay.url, reviewer);
    await Promise.all([chair.conn.synced(), r.conn.synced()]);
    await made.chairReplica.panel.removeMember(reviewer.memberId);
    await eventually(() => r.conn.status().state.kind === 'refused');
    expect(r.conn.status().state).toEqual({ kind: 'refused', reason: 'removed' });
    r.conn.destroy();
    chair.conn.destroy();
    // A second relay process on the same data directory remembers it before loading the document.
    const again = await startRelay({ dataDir, port: 0 });
    try {
      expect(await refusedReason(again.url, reviewer)).toBe('removed');
    } finally {
      await again.stop();
    }
  });

  it('I2: an observer is read-only at the relay', async () => {
    const made = await makePanel();
    const chair = client(relay.url, made.chair, { doc: made.chairReplica.doc });
    const observer = client(relay.url, await identityFromInvitation(made.invitations[2]!));
    await Promise.all([chair.conn.synced(), observer.conn.synced()]);
    // Bypassing the API: an entry pushed straight into the observer's document.
    observer.doc
      .getArray(LOG_NAME)
      .push([{ k: 'a/hack', s: 1, d: 1, by: observer.identity.memberId, at: 1, v: {} }]);
    const probe = made.chairReplica.panel.addApplication({
      title: '探针',
      applicantUnit: '',
      recommendingBody: '',
    });
    await eventually(() => observer.panel.application(probe) !== null);
    // Nothing of an observer's is ever pending: its status settles, its synced() resolves.
    await observer.conn.synced();
    expect(observer.conn.status()).toMatchObject({ state: { kind: 'connected' }, pending: 0 });
    expect(
      made.chairReplica.doc
        .getArray(LOG_NAME)
        .toArray()
        .some((e) => (e as { k: string }).k === 'a/hack'),
    ).toBe(false);
    chair.conn.destroy();
    observer.conn.destroy();
  });

  it('Y1, S5: two clients converge; neither the relay SQLite nor a peer holds a sealed draft in plaintext', async () => {
    const made = await makePanel();
    const chair = client(relay.url, made.chair, { doc: made.chairReplica.doc });
    const a = client(relay.url, await identityFromInvitation(made.invitations[0]!));
    const b = client(relay.url, await identityFromInvitation(made.invitations[1]!));
    await Promise.all([chair.conn.synced(), a.conn.synced(), b.conn.synced()]);
    await knows(a, b);
    await a.panel.ensureDevice();
    const secret = '独一无二的评语-SEALED-7f3a';
    a.panel.setComment(made.app, c1, secret);
    a.panel.setScore(made.app, c1, 8.123456);
    a.panel.setOpinion(made.app, `${secret}-opinion`);
    await a.conn.synced();
    await eventually(
      () => b.panel.review(made.app, a.identity.memberId).filled.comments.length === 1,
    );
    // Wait until the relay has stored the sealed comment (its ciphertext is in the SQLite file).
    const commentKey = keys.cell(made.app, a.identity.memberId, { type: 'comment', criterion: c1 });
    const sealed = allEntries(a.doc).find((e) => e.k === commentKey) as { x: { ct: string } };
    const sqliteBytes = () => {
      const file = path.join(dataDir, 'updates.sqlite');
      const wal = existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0);
      return new Uint8Array(Buffer.concat([readFileSync(file), wal]));
    };
    await eventually(() => contains(sqliteBytes(), utf8(sealed.x.ct)));
    const needles = [utf8(secret), f64(8.123456, false), f64(8.123456, true), utf8('8.123456')];
    const sqlite = sqliteBytes();
    const peer = Y.encodeStateAsUpdate(b.doc);
    for (const needle of needles) {
      expect(contains(sqlite, needle)).toBe(false);
      expect(contains(peer, needle)).toBe(false);
    }
    // The same check finds the text when it is not sealed (the check can fail).
    await b.panel.ensureDevice();
    b.panel.createThread(made.app, secret);
    expect(contains(Y.encodeStateAsUpdate(b.doc), utf8(secret))).toBe(true);
    await a.panel.submitReview(made.app);
    await eventually(
      () => chair.panel.review(made.app, a.identity.memberId).values.comments[c1] === secret,
    );
    for (const c of [chair, a, b]) c.conn.destroy();
  });

  it('Y4: file bytes go through the relay behind the tokens, checked against their hash', async () => {
    const made = await makePanel();
    const reviewer = await identityFromInvitation(made.invitations[0]!);
    const observer = await identityFromInvitation(made.invitations[2]!);
    const bytes = utf8('%PDF-1.7 申报书 …');
    const target = (i: MemberIdentity) => ({
      relayUrl: relay.url,
      panelId: made.chair.panelId,
      token: i.token!,
    });
    const hash = await uploadFile(target(made.chair), bytes);
    expect(await downloadFile(target(reviewer), hash)).toEqual(bytes);
    await expect(uploadFile(target(observer), utf8('x'))).rejects.toMatchObject({
      code: 'sync/refused',
    });
    await expect(downloadFile({ ...target(reviewer), token: 'bad' }, hash)).rejects.toMatchObject({
      code: 'sync/refused',
    });
    await expect(downloadFile(target(reviewer), 'f'.repeat(64) as FileHash)).rejects.toMatchObject({
      code: 'sync/fileMissing',
    });
    // Browsers ask first (the app runs on another origin): the relay answers and allows the
    // token header; the answer itself carries no file.
    const url = `${relay.url.replace('ws://', 'http://')}/files/${made.chair.panelId}/${hash}`;
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:4173', 'access-control-request-method': 'PUT' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    const cross = await fetch(url, { headers: { authorization: `Bearer ${reviewer.token}` } });
    expect(cross.headers.get('access-control-allow-origin')).toBe('*');
    // Damage the stored copy: the client refuses it.
    writeFileSync(path.join(dataDir, 'files', made.chair.panelId, hash), utf8('tampered'));
    await expect(downloadFile(target(reviewer), hash)).rejects.toMatchObject({
      code: 'sync/fileCorrupt',
    });
  });
});

describe('relay restarts and clusters', () => {
  it('Y1: a relay SIGKILLed mid-sync and restarted → clients converge, nothing lost', async () => {
    const port = await freePort();
    const dataDir = tempDir('rd-relay-kill-');
    let child = spawnRelay(port, dataDir);
    await waitForOutput(child, 'Relay started');
    const url = `ws://127.0.0.1:${port}`;
    const made = await makePanel();
    const chair = client(url, made.chair, { doc: made.chairReplica.doc });
    await chair.conn.synced();
    const a = client(url, await identityFromInvitation(made.invitations[0]!));
    await a.conn.synced();
    await eventually(() => a.panel.member(a.identity.memberId) !== null);
    await a.panel.ensureDevice();
    const apps = [made.app];
    for (let i = 0; i < 20; i++) {
      a.panel.setComment(made.app, null, `第${i}稿`);
      if (i % 4 === 0)
        apps.push(
          made.chairReplica.panel.addApplication({
            title: `申报${i}`,
            applicantUnit: '',
            recommendingBody: '',
          }),
        );
      if (i === 10) child.kill('SIGKILL');
    }
    await new Promise((r) => child.once('exit', r));
    // Writes while the relay is down.
    a.panel.setScore(made.app, c1, 6);
    child = spawnRelay(port, dataDir);
    await waitForOutput(child, 'Relay started');
    try {
      await Promise.all([chair.conn.synced(20_000), a.conn.synced(20_000)]);
      await eventually(() => a.panel.applications().length === apps.length);
      await eventually(
        () =>
          made.chairReplica.panel.progress(made.app).find((p) => p.reviewer === a.identity.memberId)
            ?.filled.scores.length === 1,
      );
      expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(chair.doc));
      expect(a.panel.myReview(made.app).values.overallComment).toBe('第19稿');
    } finally {
      chair.conn.destroy();
      a.conn.destroy();
      child.kill('SIGKILL');
    }
  }, 90_000);

  it('Y1: two relay nodes sharing a real redis-server → clients on different nodes converge', async () => {
    const redisPort = await freePort();
    const redisDir = tempDir('rd-redis-');
    const redis = spawn(
      'redis-server',
      [
        '--port',
        String(redisPort),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        redisDir,
      ],
      { stdio: 'ignore' },
    );
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    await new Promise((r) => setTimeout(r, 300));
    const n1 = await startRelay({
      dataDir: tempDir('rd-n1-'),
      port: 0,
      redis: redisUrl,
      name: 'node-1',
    });
    const n2 = await startRelay({
      dataDir: tempDir('rd-n2-'),
      port: 0,
      redis: redisUrl,
      name: 'node-2',
    });
    const made = await makePanel();
    const chair = client(n1.url, made.chair, { doc: made.chairReplica.doc });
    const a = client(n2.url, await identityFromInvitation(made.invitations[0]!));
    try {
      await Promise.all([chair.conn.synced(), a.conn.synced()]);
      await knows(a);
      await eventually(() => a.panel.applications().length === 1);
      await a.panel.ensureDevice();
      a.panel.setScore(made.app, c1, 9);
      await a.panel.submitReview(made.app);
      await eventually(
        () => made.chairReplica.panel.review(made.app, a.identity.memberId).values.scores[c1] === 9,
      );
      const appB = made.chairReplica.panel.addApplication({
        title: '第二项',
        applicantUnit: '',
        recommendingBody: '',
      });
      await eventually(() => a.panel.application(appB) !== null);
    } finally {
      chair.conn.destroy();
      a.conn.destroy();
      await n1.stop();
      await n2.stop();
      redis.kill('SIGKILL');
    }
  }, 60_000);

  it('a Redis that goes away is said once in the log, and the node goes on serving its own clients', async () => {
    const redisPort = await freePort();
    const redis = spawn(
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore', cwd: tempDir('rd-redis-') },
    );
    await new Promise((r) => setTimeout(r, 300));
    const logged: { event: string; message?: string }[] = [];
    const node = await startRelay({
      dataDir: tempDir('rd-n-'),
      port: 0,
      redis: `redis://127.0.0.1:${redisPort}`,
      log: (event, details) => logged.push({ event, message: String(details.message ?? '') }),
    });
    const made = await makePanel();
    const chair = client(node.url, made.chair, { doc: made.chairReplica.doc });
    try {
      await chair.conn.synced();
      redis.kill('SIGKILL');
      await eventually(() => logged.some((l) => l.event === 'redisError'));
      // ioredis retries many times meanwhile; the same failure is logged once, not per retry.
      await new Promise((r) => setTimeout(r, 1500));
      const errors = logged.filter((l) => l.event === 'redisError');
      expect(new Set(errors.map((e) => e.message)).size).toBe(errors.length);
      expect(errors.length).toBeLessThanOrEqual(3);
      // A member connecting to this node is still served from the node's own store.
      const a = client(node.url, await identityFromInvitation(made.invitations[0]!));
      try {
        await a.conn.synced();
        await knows(a);
      } finally {
        a.conn.destroy();
      }
    } finally {
      chair.conn.destroy();
      await node.stop();
      redis.kill('SIGKILL');
    }
  }, 60_000);
});

/** Wait until the chair's genesis (meta, members) has reached these clients. */
async function knows(...clients: Client[]) {
  for (const c of clients) await eventually(() => c.panel.member(c.identity.memberId) !== null);
}

function f64(n: number, littleEndian: boolean): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, n, littleEndian);
  return b;
}

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
