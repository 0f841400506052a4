/**
 * Signed opinion PDFs (SPEC P1–P4, V1–V5) checked by Debian's tools as an outside reader would:
 * pdfsig (valid, whole document, trusted with the panel CA in an NSS database), qpdf --check,
 * pdftotext (the Chinese text exactly) and pdftoppm (every character drawn with ink); then the
 * tampering cases: one flipped byte, bytes appended after signing, another panel, a revocation.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKey } from '../../lib/crypto/ecdsa';
import type { MemberId } from '../../lib/ids';
import { certificateToPem, issueMemberCertificate } from '../../lib/sign/certificates';
import { buildPanelCrl, createRevocation } from '../../lib/sign/revocation';
import { signOpinion } from '../../lib/sign/sign-opinion';
import { verifyOpinionPdf } from '../../lib/sign/verify-pdf';
import {
  makePanel,
  OPINION_TEXT,
  sampleOpinion,
  signerOf,
  T0,
  type TestPanel,
  testFonts,
} from './fixtures';
import {
  charactersWithoutInk,
  nssDbTrusting,
  pdfsig,
  pdftotext,
  run,
  tmpDir,
  writeTmp,
} from './pdf-tools';

const SIGNED_AT = T0 + 3_600_000;
let panel: TestPanel;
let pdf: Uint8Array;
let dir: string;
let file: string;

const squash = (s: string) => s.replace(/\s+/g, '');
const failedChecks = (r: Awaited<ReturnType<typeof verifyOpinionPdf>>) =>
  [...r.checks, ...r.signers.flatMap((s) => s.checks)].filter((c) => !c.ok).map((c) => c.id);

beforeAll(async () => {
  panel = await makePanel();
  const signed = await signOpinion({
    opinion: sampleOpinion(panel),
    fonts: await testFonts(),
    signer: signerOf(panel, panel.reviewers[0]!),
    signedAt: SIGNED_AT,
  });
  expect(signed.missingGlyphs).toEqual([]);
  pdf = signed.pdf;
  dir = tmpDir('rd-opinion-');
  file = writeTmp(dir, 'opinion.pdf', pdf);
}, 60_000);

describe('a signed opinion, read by Debian tools', () => {
  it('P1: pdfsig reports a valid signature over the total document, trusted with the panel CA', () => {
    const plain = pdfsig(file);
    expect(plain).toContain('Signature is Valid.');
    expect(plain).toContain('Total document signed');
    expect(plain).toContain('ETSI.CAdES.detached');
    expect(plain).not.toContain('Certificate is Trusted.');
    const trusted = pdfsig(file, nssDbTrusting(dir, certificateToPem(panel.ca)));
    expect(trusted).toContain('Signature is Valid.');
    expect(trusted).toContain('Certificate is Trusted.');
    expect(trusted).toContain('李晓梅');
  });

  it('qpdf --check finds no error', () => {
    const r = run('qpdf', ['--check', file]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('No syntax or stream encoding errors');
  });

  it('pdftotext returns the Chinese text exactly', () => {
    const text = squash(pdftotext(file));
    for (const expected of [
      OPINION_TEXT,
      '专家评审意见',
      '基于人工智能的初中信息科技项目式学习联盟',
      '岳阳楼区教育局',
      '每年原创或深度二次加工的教学资源不少于200条',
      '评价指标可再细化。',
      '评审结论：推荐立项',
      '李晓梅',
      '评审专家',
      '2026-10-20',
      'SHA-256',
    ]) {
      expect(text).toContain(squash(expected));
    }
  });

  it('every character is drawn with ink (rendered by pdftoppm)', () => {
    expect(charactersWithoutInk(file)).toEqual([]);
  });

  it('the ink check catches what text extraction misses: pdf-lib subsetting the CJK font itself', async () => {
    const bad = await PDFDocument.create();
    bad.registerFontkit(fontkit);
    const font = await bad.embedFont((await testFonts()).font, { subset: true });
    bad.addPage().drawText(OPINION_TEXT.slice(0, 30), { x: 50, y: 700, size: 12, font });
    const badFile = writeTmp(dir, 'pdf-lib-subset.pdf', await bad.save());
    expect(squash(pdftotext(badFile))).toContain(OPINION_TEXT.slice(0, 30));
    expect(charactersWithoutInk(badFile).length).toBeGreaterThan(5);
  });
});

describe('verify: a signed opinion', () => {
  it('V1: is valid, names the signer, the panel and the signing time', async () => {
    const report = await verifyOpinionPdf(pdf);
    expect(failedChecks(report)).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.panel).toEqual({ id: panel.id, name: panel.name });
    const [signer] = report.signers;
    expect(signer).toMatchObject({
      name: '李晓梅',
      memberId: 'r1',
      role: 'reviewer',
      signedAt: SIGNED_AT,
    });
  });

  it('V2: one flipped byte makes pdfsig and verify fail', async () => {
    const flipped = pdf.slice();
    const at = Math.floor(pdf.length * 0.7);
    flipped[at] = flipped[at]! ^ 0x01;
    const out = pdfsig(writeTmp(dir, 'flipped.pdf', flipped));
    expect(out).not.toContain('Signature is Valid.');
    const report = await verifyOpinionPdf(flipped);
    expect(report.valid).toBe(false);
    expect(failedChecks(report)).toContain('signature');
  });

  it('V3: bytes appended after signing fail verify, though pdfsig still calls the signature valid', async () => {
    const update = new TextEncoder().encode('\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
    const appended = new Uint8Array(pdf.length + update.length);
    appended.set(pdf);
    appended.set(update, pdf.length);
    const out = pdfsig(writeTmp(dir, 'appended.pdf', appended));
    expect(out).toContain('Signature is Valid.');
    expect(out).not.toContain('Total document signed');
    const report = await verifyOpinionPdf(appended);
    expect(report.valid).toBe(false);
    expect(report.checks).toContainEqual({
      id: 'wholeFile',
      ok: false,
      params: { bytes: update.length },
    });
  });

  it('V4: pinned to another panel CA, the same file is not valid', async () => {
    const other = await makePanel('另一个评审组');
    const report = await verifyOpinionPdf(pdf, { ca: other.ca });
    expect(report.valid).toBe(false);
    expect(failedChecks(report)).toContain('pinnedCa');
    expect((await verifyOpinionPdf(pdf, { ca: panel.ca })).valid).toBe(true);
  });

  it('V4: a certificate issued by another panel does not chain to the CA the file carries', async () => {
    const other = await makePanel('另一个评审组');
    const stranger = other.reviewers[0]!;
    const signed = await signOpinion({
      opinion: sampleOpinion(panel),
      fonts: await testFonts(),
      // Another panel's member certificate, with this panel's CA put beside it.
      signer: {
        privateKey: stranger.key.privateKey,
        certificate: stranger.cert,
        chain: [panel.ca],
      },
      signedAt: SIGNED_AT,
    });
    const report = await verifyOpinionPdf(signed.pdf);
    expect(report.valid).toBe(false);
    expect(report.signers[0]!.checks).toContainEqual({
      id: 'chain',
      ok: false,
      params: { reason: 'wrongIssuer' },
    });
  });

  it('V5: a member removed before signing is rejected; removed after signing, the signature stands', async () => {
    const member = panel.reviewers[1]!;
    const crlAt = (at: number) =>
      buildPanelCrl({
        ca: panel.ca,
        chairKey: panel.chairKey,
        revocations: [createRevocation(member.info.id, at)],
        issued: [{ member: member.info.id, der: member.cert }],
        now: at + 1000,
      });
    const sign = async (crls: Uint8Array[]) =>
      (
        await signOpinion({
          opinion: sampleOpinion(panel, member),
          fonts: await testFonts(),
          signer: signerOf(panel, member, crls),
          signedAt: SIGNED_AT,
        })
      ).pdf;
    const withCrl = await sign([await crlAt(SIGNED_AT - 60_000)]);
    // The CRL rides in a signed attribute: poppler's NSS refuses a CMS with SignedData.crls.
    expect(pdfsig(writeTmp(dir, 'with-crl.pdf', withCrl))).toContain('Signature is Valid.');
    const removedBefore = await verifyOpinionPdf(withCrl);
    expect(removedBefore.valid).toBe(false);
    expect(failedChecks(removedBefore)).toEqual(['revocation']);
    // The signed file carries no revocation; a newer CRL handed to the verifier still counts.
    const clean = await sign([]);
    expect((await verifyOpinionPdf(clean)).valid).toBe(true);
    const later = await verifyOpinionPdf(clean, { crls: [await crlAt(SIGNED_AT + 60_000)] });
    expect(later.valid).toBe(true);
    expect(later.signers[0]!.checks).toContainEqual(
      expect.objectContaining({ id: 'revocation', ok: true, variant: 'okLater' }),
    );
    const earlier = await verifyOpinionPdf(clean, { crls: [await crlAt(SIGNED_AT - 1000)] });
    expect(earlier.valid).toBe(false);
  });

  it('a CRL not signed by the panel is reported and not trusted', async () => {
    const other = await makePanel('另一个评审组');
    const forged = await buildPanelCrl({
      ca: other.ca,
      chairKey: other.chairKey,
      revocations: [],
      issued: [],
      now: SIGNED_AT,
    });
    const report = await verifyOpinionPdf(pdf, { crls: [forged] });
    expect(failedChecks(report)).toEqual(['crl']);
  });

  it('refuses to sign with a key that does not match the certificate', async () => {
    const wrongKey = await generateSigningKey(false);
    await expect(
      signOpinion({
        opinion: sampleOpinion(panel),
        fonts: await testFonts(),
        signer: {
          privateKey: wrongKey.privateKey,
          certificate: panel.reviewers[0]!.cert,
          chain: [panel.ca],
        },
      }),
    ).rejects.toMatchObject({ code: 'sign/keyCertificateMismatch' });
  });

  it('a bad opinion model names the field', async () => {
    const bad = { ...sampleOpinion(panel), panel: { id: 'nope', name: 'x' } };
    await expect(
      signOpinion({
        opinion: bad,
        fonts: await testFonts(),
        signer: signerOf(panel, panel.reviewers[0]!),
      }),
    ).rejects.toMatchObject({ code: 'sign/badOpinion', params: { field: 'panel.id' } });
  });

  it('an English opinion typesets its labels in English', async () => {
    const signed = await signOpinion({
      opinion: { ...sampleOpinion(panel), language: 'en' },
      fonts: await testFonts(),
      signer: signerOf(panel, panel.reviewers[0]!),
      signedAt: SIGNED_AT,
    });
    const text = pdftotext(writeTmp(dir, 'en.pdf', signed.pdf));
    expect(text).toContain('Expert review opinion');
    expect(text).toContain('Eligibility');
  });

  it('issues certificates only with the chair key of the CA', async () => {
    const stranger = await generateSigningKey(false);
    await expect(
      issueMemberCertificate({
        ca: panel.ca,
        chairKey: stranger,
        member: { id: 'x' as MemberId, name: '某人', role: 'reviewer', unit: '' },
        deviceKey: stranger.publicJwk,
      }),
    ).rejects.toMatchObject({ code: 'sign/wrongChairKey' });
  });
});
