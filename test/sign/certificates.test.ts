/**
 * The panel's certificates and revocation list (SPEC C1–C5), also read by OpenSSL as an outside
 * tool: the CA is self-signed and named by the panel id its key hashes to, members chain to it,
 * names have one attribute per RDN, and the CRL dates each revocation.
 */

import * as pkijs from 'pkijs';
import { describe, expect, it } from 'vitest';
import { generateSigningKey } from '../../lib/crypto/ecdsa';
import type { MemberId, PanelId } from '../../lib/ids';
import {
  certificateFacts,
  certificatesFromText,
  certificateToPem,
  checkMemberCertificate,
  checkPanelCa,
  createPanelCa,
} from '../../lib/sign/certificates';
import { nameValue, OID, toPem } from '../../lib/sign/pki';
import {
  buildPanelCrl,
  createRevocation,
  readPanelCrl,
  revocationStatus,
} from '../../lib/sign/revocation';
import { makePanel, T0 } from './fixtures';
import { run, tmpDir, writeTmp } from './pdf-tools';

describe('panel CA (C1, C3)', () => {
  it('is self-signed, a CA, and names the panel id its key hashes to', async () => {
    const panel = await makePanel();
    const check = await checkPanelCa(panel.ca);
    expect(check).toMatchObject({ ok: true, panelId: panel.id, panelName: panel.name });
    const facts = await certificateFacts(panel.ca);
    expect(facts.isCa).toBe(true);
    expect(facts.notBefore).toBeLessThanOrEqual(T0);
  });

  it('refuses a chair key that is not the panel id', async () => {
    const key = await generateSigningKey(false);
    await expect(
      createPanelCa(key, { id: `p${'0'.repeat(32)}` as PanelId, name: 'x' }),
    ).rejects.toMatchObject({ code: 'sign/wrongChairKey' });
  });

  it('a CA whose key does not hash to the panel id it names is not a panel CA', async () => {
    const panel = await makePanel();
    const other = await makePanel();
    // Another chair key, self-signing a CA that claims this panel's id.
    const forged = pkijs.Certificate.fromBER(other.ca as Uint8Array<ArrayBuffer>);
    // The very name of this panel's CA, so only the key tells them apart.
    const name = pkijs.Certificate.fromBER(panel.ca as Uint8Array<ArrayBuffer>).subject;
    expect(nameValue(name, OID.serialNumber)).toBe(panel.id);
    forged.subject = name;
    forged.issuer = name;
    await forged.sign(other.chairKey.privateKey, 'SHA-256');
    const der = new Uint8Array(forged.toSchema(true).toBER(false));
    expect(await checkPanelCa(der)).toEqual({ ok: false, reason: 'panelIdMismatch' });
    expect(await checkMemberCertificate(panel.reviewers[0]!.cert, der)).toMatchObject({
      ok: false,
      reason: 'badSignature',
    });
    // A member certificate is not a CA.
    expect(await checkPanelCa(panel.reviewers[0]!.cert)).toEqual({ ok: false, reason: 'notCa' });
  });

  it('OpenSSL reads the names with one attribute per RDN and verifies the chain', () =>
    makePanel().then((panel) => {
      const dir = tmpDir('rd-certs-');
      const ca = writeTmp(dir, 'ca.pem', certificateToPem(panel.ca));
      const member = writeTmp(dir, 'member.pem', certificateToPem(panel.reviewers[0]!.cert));
      const subject = run('openssl', [
        'x509',
        '-in',
        member,
        '-noout',
        '-subject',
        '-nameopt',
        'RFC2253,-esc_msb',
      ]);
      expect(subject.stdout).toContain('CN=李晓梅');
      expect(subject.stdout).not.toContain('+');
      expect(subject.stdout).toContain(`OU=${panel.id}`);
      const verified = run('openssl', ['verify', '-CAfile', ca, member]);
      expect(verified.stdout, verified.stderr).toContain(': OK');
      const text = run('openssl', ['x509', '-in', ca, '-noout', '-text']).stdout;
      expect(text).toContain('CA:TRUE');
      expect(text).toContain('Certificate Sign, CRL Sign');
    }));
});

describe('member certificates (C2, C4)', () => {
  it('name the member, role, unit and panel, and chain to the CA', async () => {
    const panel = await makePanel();
    const r = await checkMemberCertificate(panel.reviewers[1]!.cert, panel.ca);
    expect(r.ok).toBe(true);
    expect(r.facts).toMatchObject({
      subjectName: '张志强',
      memberId: 'r2',
      role: 'reviewer',
      unit: '湖南理工学院',
      panelId: panel.id,
      isCa: false,
      fingerprint: panel.reviewers[1]!.key.fingerprint,
    });
  });

  it('a member certificate of another panel does not chain', async () => {
    const [a, b] = [await makePanel(), await makePanel()];
    expect(await checkMemberCertificate(b.reviewers[0]!.cert, a.ca)).toMatchObject({
      ok: false,
      reason: 'wrongIssuer',
    });
  });

  it('PEM round trip; garbage is sign/badCertificate', async () => {
    const panel = await makePanel();
    const pem = certificateToPem(panel.ca) + certificateToPem(panel.chair.cert);
    const back = certificatesFromText(pem);
    expect(back).toHaveLength(2);
    expect(back[0]).toEqual(panel.ca);
    expect(() => certificatesFromText('not a certificate!')).toThrowError(
      expect.objectContaining({ code: 'sign/badCertificate' }),
    );
    await expect(certificateFacts(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({
      code: 'sign/badCertificate',
    });
  });
});

describe('revocation (C5)', () => {
  it('the CRL lists every certificate of a removed member, dated at the removal', async () => {
    const panel = await makePanel();
    const [r1, r2] = panel.reviewers as [(typeof panel.reviewers)[0], (typeof panel.reviewers)[0]];
    const secondDevice = await generateSigningKey(false);
    const { issueMemberCertificate } = await import('../../lib/sign/certificates');
    const r1b = await issueMemberCertificate({
      ca: panel.ca,
      chairKey: panel.chairKey,
      member: r1.info,
      deviceKey: secondDevice.publicJwk,
      now: T0,
    });
    const removedAt = T0 + 86_400_000;
    const crl = await buildPanelCrl({
      ca: panel.ca,
      chairKey: panel.chairKey,
      revocations: [createRevocation(r1.info.id, removedAt, '回避')],
      issued: [
        { member: r1.info.id, der: r1.cert },
        { member: r1.info.id, der: r1b },
        { member: r2.info.id, der: r2.cert },
      ],
      now: removedAt + 5000,
    });
    const list = await readPanelCrl(crl, panel.ca);
    expect(list.revoked.size).toBe(2);
    expect(await revocationStatus(r1.cert, list.revoked, removedAt - 1000)).toEqual({
      revoked: true,
      at: removedAt,
      beforeSigning: false,
    });
    expect(await revocationStatus(r1b, list.revoked, removedAt)).toMatchObject({
      beforeSigning: true,
    });
    expect(await revocationStatus(r2.cert, list.revoked, removedAt + 1)).toEqual({
      revoked: false,
    });

    const dir = tmpDir('rd-crl-');
    const crlFile = writeTmp(dir, 'panel.crl.pem', toPem(crl, 'X509 CRL'));
    const ca = writeTmp(dir, 'ca.pem', certificateToPem(panel.ca));
    const text = run('openssl', ['crl', '-in', crlFile, '-noout', '-text', '-CAfile', ca]);
    expect(text.stdout + text.stderr).toContain('verify OK');
    expect(text.stdout).toContain('Revoked Certificates');
  });

  it('a CRL of another CA is refused', async () => {
    const [a, b] = [await makePanel(), await makePanel()];
    const crl = await buildPanelCrl({
      ca: b.ca,
      chairKey: b.chairKey,
      revocations: [],
      issued: [],
    });
    await expect(readPanelCrl(crl, a.ca)).rejects.toMatchObject({ code: 'sign/badCrl' });
    await expect(readPanelCrl(new Uint8Array([0x30, 0x03, 1, 2, 3]), a.ca)).rejects.toMatchObject({
      code: 'sign/badCrl',
    });
  });

  it('a revocation record is validated', () => {
    expect(createRevocation('m1' as MemberId, 5)).toEqual({ v: 1, member: 'm1', at: 5 });
    expect(() => createRevocation('bad id!' as MemberId, 5)).toThrow();
  });
});
