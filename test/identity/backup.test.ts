/**
 * Identity backup and restore (SPEC B1–B6): what travels, what cannot, and how a wrong passphrase
 * and a damaged file are told apart with nothing changed. Ends with the promise of the feature:
 * an identity exported from one device and imported on another signs an opinion that verifies.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toBase64 } from '../../lib/crypto/bytes';
import { exportPrivateJwk, generateSigningKey } from '../../lib/crypto/ecdsa';
import {
  escrowSigningKey,
  exportIdentityBackup,
  type IdentityBackup,
  importIdentityBackup,
  readBackupHeader,
} from '../../lib/identity/backup';
import {
  createChairIdentity,
  exportIdentity,
  type MemberIdentity,
} from '../../lib/identity/identity';
import type { MemberId } from '../../lib/ids';
import { createPanelCa, issueMemberCertificate } from '../../lib/sign/certificates';
import { signOpinion } from '../../lib/sign/sign-opinion';
import { verifyOpinionPdf } from '../../lib/sign/verify-pdf';
import { sampleOpinion, T0, testFonts } from '../sign/fixtures';

const IT = 100_000; // the schema's minimum: keeps the tests quick

async function chairIdentity(extractable: boolean) {
  return createChairIdentity({ memberId: 'chair' as MemberId, name: '王建国', extractable });
}

async function memberIdentity(
  chair: MemberIdentity,
  extractable: boolean,
): Promise<MemberIdentity> {
  const invite = await generateSigningKey(true);
  return {
    panelId: chair.panelId,
    memberId: 'r1' as MemberId,
    name: '李晓梅',
    role: 'reviewer',
    signing: await generateSigningKey(extractable),
    inviteKey: await exportPrivateJwk(invite.privateKey),
    sealSecret: crypto.getRandomValues(new Uint8Array(32)),
    token: 'rdt1.x.y',
    relayUrl: 'ws://127.0.0.1:4321',
  };
}

let chair: MemberIdentity;
let ca: Uint8Array;

beforeAll(async () => {
  chair = await chairIdentity(true);
  ca = await createPanelCa(chair.signing, { id: chair.panelId, name: '评审组' }, { now: T0 });
});

describe('identity backup', () => {
  it('B1: round trip of an extractable identity: same key, seal secret, token, certificates', async () => {
    const cert = await issueMemberCertificate({
      ca,
      chairKey: chair.signing,
      member: { id: chair.memberId, name: chair.name, role: 'chair', unit: '岳阳市教科院' },
      deviceKey: chair.signing.publicJwk,
      now: T0,
    });
    const file = await exportIdentityBackup(chair, {
      passphrase: '口令 demo',
      panelName: '评审组',
      unit: '岳阳市教科院',
      certificates: { ca, member: [cert] },
      iterations: IT,
    });
    expect(JSON.stringify(file)).not.toContain(toBase64(chair.sealSecret));
    const back = await importIdentityBackup(JSON.parse(JSON.stringify(file)), '口令 demo');
    expect(back.newDeviceKey).toBe(false);
    expect(back.identity.signing.fingerprint).toBe(chair.signing.fingerprint);
    expect(back.identity.signing.privateKey.extractable).toBe(false);
    expect(back.identity.sealSecret).toEqual(chair.sealSecret);
    expect(back.identity.panelId).toBe(chair.panelId);
    expect(back.certificates.ca).toEqual(ca);
    expect(back.certificates.member).toEqual([cert]);
    expect(back).toMatchObject({ panelName: '评审组', unit: '岳阳市教科院' });
    expect(readBackupHeader(file)).toMatchObject({
      name: '王建国',
      role: 'chair',
      hasSigningKey: true,
    });
  });

  it('B2: a non-extractable member key stays; the new device makes its own and keeps the invitation key', async () => {
    const member = await memberIdentity(chair, false);
    const file = await exportIdentityBackup(member, { passphrase: 'pw', iterations: IT });
    expect(file.hasSigningKey).toBe(false);
    const back = await importIdentityBackup(file, 'pw');
    expect(back.newDeviceKey).toBe(true);
    expect(back.identity.signing.fingerprint).not.toBe(member.signing.fingerprint);
    expect(back.identity.inviteKey).toEqual(member.inviteKey);
    expect(back.identity.sealSecret).toEqual(member.sealSecret);
  });

  it('B3: a non-extractable chair key cannot be exported without the escrow made at creation', async () => {
    const browserChair = await chairIdentity(false);
    await expect(
      exportIdentityBackup(browserChair, { passphrase: 'pw', iterations: IT }),
    ).rejects.toMatchObject({
      code: 'sign/chairKeyNotBackedUp',
    });
    // At creation the key is still extractable: escrow it, keep a non-extractable key for use.
    const fresh = await chairIdentity(true);
    const { escrow, daily } = await escrowSigningKey(fresh.signing, 'pw', IT);
    expect(daily.privateKey.extractable).toBe(false);
    const inDailyUse = { ...fresh, signing: daily };
    await expect(
      exportIdentityBackup(inDailyUse, { passphrase: 'wrong', escrow, iterations: IT }),
    ).rejects.toMatchObject({ code: 'sign/backupWrongPassphrase' });
    const file = await exportIdentityBackup(inDailyUse, {
      passphrase: 'pw',
      escrow,
      iterations: IT,
    });
    const back = await importIdentityBackup(file, 'pw');
    expect(back.identity.signing.fingerprint).toBe(fresh.signing.fingerprint);
    expect(back.identity.role).toBe('chair');
  });

  describe('B4: wrong passphrase and damage say so, and nothing comes back', () => {
    let file: IdentityBackup;
    beforeAll(async () => {
      file = await exportIdentityBackup(chair, { passphrase: 'right', iterations: IT });
    });

    it('a wrong passphrase', async () => {
      await expect(importIdentityBackup(file, 'wrong')).rejects.toMatchObject({
        code: 'sign/backupWrongPassphrase',
      });
    });

    it('one changed character of the ciphertext', async () => {
      const ct = file.ct;
      const i = Math.floor(ct.length / 2);
      const damaged = {
        ...file,
        ct: ct.slice(0, i) + (ct[i] === 'A' ? 'B' : 'A') + ct.slice(i + 1),
      };
      await expect(importIdentityBackup(damaged, 'right')).rejects.toMatchObject({
        code: 'sign/backupDamaged',
      });
    });

    it('a changed header (even with its checksum recomputed, the cipher authenticates it)', async () => {
      const renamed = { ...file, name: '冒名者' };
      await expect(importIdentityBackup(renamed, 'right')).rejects.toMatchObject({
        code: 'sign/backupDamaged',
      });
      const { sha256HexOf } = await import('../../lib/crypto/hash');
      const { canonicalJson } = await import('../../lib/crypto/bytes');
      const { sha256: _, ...rest } = renamed;
      const resealed = { ...rest, sha256: sha256HexOf(canonicalJson(rest)) };
      await expect(importIdentityBackup(resealed, 'right')).rejects.toMatchObject({
        code: 'sign/backupDamaged',
      });
    });

    it('a truncated or foreign file', async () => {
      const { ct: _, ...truncated } = file;
      await expect(importIdentityBackup(truncated, 'right')).rejects.toMatchObject({
        code: 'sign/backupDamaged',
      });
      await expect(importIdentityBackup({ kind: 'something' }, 'right')).rejects.toMatchObject({
        code: 'sign/notBackup',
      });
      await expect(importIdentityBackup('text', 'right')).rejects.toMatchObject({
        code: 'sign/notBackup',
      });
    });

    it('an empty passphrase is refused on export', async () => {
      await expect(exportIdentityBackup(chair, { passphrase: '' })).rejects.toMatchObject({
        code: 'panel/passphraseEmpty',
      });
    });
  });

  it('B5: the older identity file written by `panel create` (v1) is read too', async () => {
    const v1 = await exportIdentity(chair, 'pw', IT);
    const back = await importIdentityBackup(JSON.parse(JSON.stringify(v1)), 'pw', {
      extractable: true,
    });
    expect(back.identity.signing.fingerprint).toBe(chair.signing.fingerprint);
    expect(back.newDeviceKey).toBe(false);
  });

  it('B6: export on one device, import on another, sign an opinion there: it verifies', async () => {
    const member = await memberIdentity(chair, true);
    const cert = await issueMemberCertificate({
      ca,
      chairKey: chair.signing,
      member: { id: member.memberId, name: member.name, role: 'reviewer', unit: '岳阳市第一中学' },
      deviceKey: member.signing.publicJwk,
      now: T0,
    });
    const file = await exportIdentityBackup(member, {
      passphrase: 'pw',
      certificates: { ca, member: [cert] },
      iterations: IT,
    });
    const moved = await importIdentityBackup(JSON.parse(JSON.stringify(file)), 'pw');
    const opinion = sampleOpinion(
      { id: chair.panelId, name: '评审组' },
      {
        info: { id: member.memberId, name: member.name, role: 'reviewer', unit: '岳阳市第一中学' },
      },
    );
    const signed = await signOpinion({
      opinion,
      fonts: await testFonts(),
      signer: {
        privateKey: moved.identity.signing.privateKey,
        certificate: moved.certificates.member[0]!,
        chain: [moved.certificates.ca!],
      },
      signedAt: T0 + 60_000,
    });
    const report = await verifyOpinionPdf(signed.pdf, { ca });
    expect(report.valid).toBe(true);
    expect(report.signers[0]).toMatchObject({ name: '李晓梅', memberId: 'r1' });
  });
});
