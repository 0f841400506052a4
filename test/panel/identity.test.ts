/** SPEC I1, I3, S6: tokens, device registration, identity export and storage. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportIdentity, importIdentity } from '../../lib/identity/identity';
import { panelIdFromChairKey } from '../../lib/identity/panel-id';
import { deleteIdentity, loadIdentity, saveIdentity } from '../../lib/identity/store';
import { readTokenClaims, signToken, verifyToken } from '../../lib/identity/token';
import type { CriterionId } from '../../lib/ids';
import { ReviewDeskDb } from '../../lib/store/db';
import { join, makePanel, sameMemberDevice, syncAll } from './helpers';

describe('I1 tokens', () => {
  it('I1: a token verifies against the room alone, and every bad case has its reason', async () => {
    const { chair, invitations } = await makePanel();
    const token = invitations[0]!.token;
    expect(await verifyToken(token, chair.panelId)).toMatchObject({
      ok: true,
      claims: { role: 'reviewer' },
    });
    expect(await verifyToken(token, 'p'.padEnd(33, '0'))).toEqual({
      ok: false,
      reason: 'wrong-panel',
    });
    expect(await verifyToken('garbage', chair.panelId)).toEqual({ ok: false, reason: 'malformed' });
    const [head, body, sig] = token.split('.');
    const flipped = `${head}.${body}.${sig!.startsWith('A') ? 'B' : 'A'}${sig!.slice(1)}`;
    expect(await verifyToken(flipped, chair.panelId)).toEqual({ ok: false, reason: 'forged' });
    const claims = readTokenClaims(token)!;
    expect(panelIdFromChairKey(claims.chair)).toBe(chair.panelId);
    const expired = await signToken(chair.signing.privateKey, { ...claims, iat: 1, exp: 2 });
    expect(await verifyToken(expired, chair.panelId)).toEqual({ ok: false, reason: 'expired' });
  });
});

describe('I3 device keys', () => {
  it('I3: each device registers its own key; a submission from either verifies', async () => {
    const { chairReplica: chair, invitations, app } = await makePanel();
    const a = await join(invitations[0]!, chair.doc);
    const file = await exportIdentity(a.identity, 'pass', 100_000);
    const moved = await importIdentity(JSON.parse(JSON.stringify(file)), 'pass');
    const b = await sameMemberDevice(moved, a.doc);
    expect(await b.panel.ensureDevice()).toBe(false); // the key moved with the identity
    a.panel.setScore(app, 'c1' as CriterionId, 5);
    await syncAll(a, b);
    expect(b.panel.myReview(app).values.scores).toEqual({ c1: 5 }); // S6: same secret
    await b.panel.submitReview(app);
    await syncAll(a, b, chair);
    expect(chair.panel.review(app, a.identity.memberId).values.scores).toEqual({ c1: 5 });
  });

  it('S6: a wrong passphrase is a clear error', async () => {
    const { chair } = await makePanel();
    const file = await exportIdentity(chair, 'right', 100_000);
    await expect(importIdentity(file, 'wrong')).rejects.toMatchObject({
      code: 'panel/wrongPassphrase',
    });
    const back = await importIdentity(file, 'right', { extractable: true });
    expect(back.panelId).toBe(chair.panelId);
    expect(back.signing.fingerprint).toBe(chair.signing.fingerprint);
  });

  it('identities are kept on the device with a non-extractable key', async () => {
    const { invitations, chairReplica: chair } = await makePanel();
    const db = new ReviewDeskDb(`rd-id-${Math.random()}`);
    const a = await join(invitations[0]!, chair.doc);
    const { identityFromInvitation } = await import('../../lib/identity/identity');
    const fresh = await identityFromInvitation(invitations[1]!);
    expect(fresh.signing.privateKey.extractable).toBe(false);
    await saveIdentity(db, fresh);
    const loaded = await loadIdentity(db, fresh.panelId);
    expect(loaded?.signing.fingerprint).toBe(fresh.signing.fingerprint);
    expect(loaded?.sealSecret).toEqual(fresh.sealSecret);
    await deleteIdentity(db, fresh.panelId);
    expect(await loadIdentity(db, fresh.panelId)).toBeNull();
    expect(a.identity.memberId).toBeTruthy();
    db.close();
  });
});
