/**
 * Reissuing a member's relay token (SPEC M3) end to end over real parts: two devices, a real relay
 * on 127.0.0.1. The chair reissues; the relay refuses the member's old token; the member opens the
 * token file and syncs again with their reviews intact. Bad token files change nothing.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKey } from '../../lib/crypto/ecdsa';
import { loadIdentity } from '../../lib/identity/store';
import { readTokenClaims, signToken } from '../../lib/identity/token';
import type { CriterionId, MemberId } from '../../lib/ids';
import { internalsOf } from '../../lib/panel/panel';
import { acceptTokenFile, reissueToken } from '../../lib/workspace/token-reissue';
import { type RunningRelay, startRelay } from '../../server/relay';
import { refusalCode } from '../panel/helpers';
import { chairWithReviewer, devices, eventually } from './devices';

let relay: RunningRelay;
const { device, closeAll } = devices();
const code = refusalCode;

beforeAll(async () => {
  relay = await startRelay({
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'rd-tr-relay-')),
    port: 0,
  });
});

afterAll(async () => {
  await closeAll();
  await relay?.stop();
});

async function panelWithReviewer() {
  const made = await chairWithReviewer(device, relay.url);
  const { reviewerDevice, reviewer } = made;
  await eventually(
    () => reviewerDevice.relays.get(reviewer.id)?.status().state.kind === 'connected',
  );
  return made;
}

describe('reissuing a member token', () => {
  it('M3: the old token is refused, the token file brings the member back with their scores', async () => {
    const { chairDevice, panel, app, reviewerDevice, reviewer } = await panelWithReviewer();
    const me = reviewer.me().id as MemberId;
    reviewer.setScore(app, 'composition' as CriterionId, 15);
    await reviewerDevice.relays.get(reviewer.id)!.synced();

    const file = JSON.parse(JSON.stringify(await reissueToken(panel, me)));
    expect(file.kind).toBe('review-desk-token');
    expect(readTokenClaims(file.token)?.epoch).toBe(1);
    await chairDevice.relays.get(panel.id)!.synced();
    // The old token no longer admits this device.
    await reviewerDevice.reconnect(reviewer);
    await eventually(
      () => reviewerDevice.relays.get(reviewer.id)?.status().state.kind === 'refused',
    );

    await acceptTokenFile(reviewerDevice, file);
    await eventually(
      () => reviewerDevice.relays.get(reviewer.id)?.status().state.kind === 'connected',
    );
    // The new token is kept on the device, and the reviewer's work goes on where it was.
    expect((await loadIdentity(reviewerDevice.db, reviewer.id))?.token).toBe(file.token);
    reviewer.setScore(app, 'composition' as CriterionId, 18);
    await reviewerDevice.relays.get(reviewer.id)!.synced();
    await eventually(() =>
      panel.progress(app).some((p) => p.reviewer === me && p.filled.scores.includes('composition')),
    );
    expect(reviewer.myReview(app).values.scores.composition).toBe(18);
  });

  it('refuses bad token files and keeps the token it has', async () => {
    const { panel, reviewerDevice, reviewer } = await panelWithReviewer();
    const me = reviewer.me().id as MemberId;
    const before = (await loadIdentity(reviewerDevice.db, reviewer.id))?.token;
    const good = await reissueToken(panel, me);

    expect(await code(acceptTokenFile(reviewerDevice, { kind: 'review-desk-token' }))).toBe(
      'workspace/badTokenFile',
    );
    // Signed by a key that is not the chair's.
    const stranger = await generateSigningKey(false);
    const forged = await signToken(stranger.privateKey, {
      panel: reviewer.id,
      member: me,
      role: 'reviewer',
      chair: stranger.publicJwk,
      epoch: 5,
    });
    expect(await code(acceptTokenFile(reviewerDevice, { ...good, token: forged }))).toBe(
      'workspace/tokenInvalid',
    );
    // Signed by the chair, but long expired.
    const chairKey = internalsOf(panel).identity.signing;
    const expired = await signToken(chairKey.privateKey, {
      panel: panel.id,
      member: me,
      role: 'reviewer',
      chair: chairKey.publicJwk,
      epoch: 9,
      iat: 1,
      exp: 2,
    });
    expect(await code(acceptTokenFile(reviewerDevice, { ...good, token: expired }))).toBe(
      'workspace/tokenExpired',
    );
    // A real token of this panel, but for the chair, handed to the reviewer.
    const chairFile = { ...good, member: panel.me().id, name: '王组长' };
    expect(await code(acceptTokenFile(reviewerDevice, chairFile))).toBe('workspace/tokenInvalid');
    expect(
      await code(acceptTokenFile(reviewerDevice, { ...good, panelId: `p${'0'.repeat(32)}` })),
    ).toBe('workspace/tokenInvalid');
    expect((await loadIdentity(reviewerDevice.db, reviewer.id))?.token).toBe(before);

    // A newer file, then the older one again: the older is refused.
    const newer = await reissueToken(panel, me);
    await acceptTokenFile(reviewerDevice, newer);
    expect(await code(acceptTokenFile(reviewerDevice, good))).toBe('workspace/tokenOlder');
    expect((await loadIdentity(reviewerDevice.db, reviewer.id))?.token).toBe(newer.token);
  });

  it('a token file for a panel this device has not joined says so', async () => {
    const { panel, reviewer } = await panelWithReviewer();
    const file = await reissueToken(panel, reviewer.me().id as MemberId);
    expect(await code(acceptTokenFile(device('other'), file))).toBe('workspace/tokenNotHere');
  });

  it('only the chair reissues', async () => {
    const { reviewer } = await panelWithReviewer();
    expect(await code(reissueToken(reviewer, reviewer.me().id as MemberId))).not.toBe('accepted');
  });
});
