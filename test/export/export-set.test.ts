/**
 * The whole export from plain data (what `review-desk export` writes once the panel is read):
 * every file present, every opinion signed by the chair and valid for pdfsig, our verifier and
 * qpdf, the bundle valid with each reviewer's own signatures, progress reported step by step.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExportFiles, type ExportFile, safeFileName } from '../../lib/export/export-set';
import type { Opinion } from '../../lib/export/opinion-model';
import { signReviewPart } from '../../lib/sign/bundle';
import { certificateToPem } from '../../lib/sign/certificates';
import { buildPanelCrl } from '../../lib/sign/revocation';
import { verifyFile } from '../../lib/sign/verify';
import {
  makePanel,
  sampleOpinion,
  signerOf,
  T0,
  type TestPanel,
  testFonts,
} from '../sign/fixtures';
import { nssDbTrusting, pdfsig, run, tmpDir, writeTmp } from '../sign/pdf-tools';
import { MEMBERS, sampleResults } from './fixtures';

let panel: TestPanel;
let files: ExportFile[];
const progress: [number, number][] = [];

beforeAll(async () => {
  panel = await makePanel();
  const results = sampleResults({
    panelId: panel.id,
    panelName: panel.name,
    apps: 3,
    members: MEMBERS.slice(0, 3),
    at: T0 + 7_200_000,
  });
  const members = [panel.chair, ...panel.reviewers];
  const reviewSignatures = await Promise.all(
    results.reviews.map(async (part) => ({
      application: part.application,
      member: part.member,
      cms: await signReviewPart(
        part,
        signerOf(panel, members.find((m) => m.info.id === part.member)!),
        part.submittedAt,
      ),
    })),
  );
  const opinions: Opinion[] = results.applications.map((a) => {
    const base = sampleOpinion(panel, panel.chair);
    return {
      ...base,
      kind: 'panel',
      application: {
        ...base.application,
        id: a.id,
        number: a.number,
        title: a.title,
        applicant: a.applicant,
      },
    };
  });
  files = await buildExportFiles(
    {
      results,
      opinions,
      ca: panel.ca,
      chairCertificate: panel.chair.cert,
      memberCertificates: members.map((m) => ({ member: m.info.id, der: m.cert })),
      crl: await buildPanelCrl({
        ca: panel.ca,
        chairKey: panel.chairKey,
        revocations: [],
        issued: [],
        now: T0,
      }),
      reviewSignatures,
    },
    {
      privateKey: panel.chairKey.privateKey,
      fonts: await testFonts(),
      signedAt: T0 + 60_000,
      onProgress: (d, t) => progress.push([d, t]),
    },
  );
}, 120_000);

describe('export set', () => {
  it('writes the 汇总表, the report, one opinion per application, the bundle and the CA', () => {
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '汇总表.xlsx',
        '汇总表.csv',
        'report.pdf',
        'bundle.json',
        'panel-ca.pem',
      ]),
    );
    const opinions = paths.filter((p) => p.startsWith('opinions/'));
    expect(opinions).toHaveLength(3);
    expect(opinions[0]).toMatch(/^opinions\/1-.+\.pdf$/);
    expect(progress.at(-1)).toEqual([7, 7]);
    expect(progress.map(([d]) => d)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('every opinion: our verifier, pdfsig (valid, total, trusted) and qpdf agree', async () => {
    const dir = tmpDir('rd-export-set-');
    const db = nssDbTrusting(dir, certificateToPem(panel.ca));
    for (const f of files.filter((x) => x.path.startsWith('opinions/'))) {
      const report = await verifyFile(f.bytes);
      expect(report.valid, f.path).toBe(true);
      expect(report.signers[0]).toMatchObject({ role: 'chair', name: '王建国' });
      const file = writeTmp(dir, safeFileName(f.path), f.bytes);
      const out = pdfsig(file, db);
      expect(out).toContain('Signature is Valid.');
      expect(out).toContain('Total document signed');
      expect(out).toContain('Certificate is Trusted.');
      expect(run('qpdf', ['--check', file]).code).toBe(0);
    }
  });

  it('the bundle verifies with the chair and every reviewer', async () => {
    const bundle = files.find((f) => f.path === 'bundle.json')!;
    const report = await verifyFile(bundle.bytes);
    const failed = [...report.checks, ...report.signers.flatMap((s) => s.checks)].filter(
      (c) => !c.ok,
    );
    expect(failed).toEqual([]);
    expect(report.valid).toBe(true);
    expect(new Set(report.signers.map((s) => s.memberId))).toEqual(new Set(['chair', 'r1', 'r2']));
  });

  it('file names stay within what every file system accepts', () => {
    expect(safeFileName('a/b\\c:d*e?"f<g>h|i j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeFileName('...')).toBe('_');
    expect([...safeFileName('长'.repeat(100))]).toHaveLength(60);
  });
});
