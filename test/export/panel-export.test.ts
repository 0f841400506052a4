/**
 * The export from a real panel (issue 10, panel SPEC K1–K4, lib/sign SPEC C5, R1–R5): a demo panel
 * whose experts' devices were certified by the chair's and signed their own reviews; the chair
 * decides one application with consensus scores; one expert is removed. Every opinion and the
 * bundle verify; a bundle with one altered score, a review signed with a certificate of another
 * panel, or a member revoked before signing is rejected.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fromUtf8 } from '../../lib/crypto/bytes';
import { demoPanels } from '../../lib/demo';
import { createDemoPanel } from '../../lib/demo/panel';
import { buildExportFiles, type ExportFile } from '../../lib/export/export-set';
import { readPanelForExport } from '../../lib/export/panel-source';
import { reviewPartOf } from '../../lib/export/review-part';
import type { MemberIdentity } from '../../lib/identity/identity';
import type { CriterionId } from '../../lib/ids';
import type { Panel } from '../../lib/panel/panel';
import { panelPack } from '../../lib/reconcile';
import { allCriteria } from '../../lib/rubric';
import { type ResultBundle, signReviewPart } from '../../lib/sign/bundle';
import { fromBase64Std, toBase64Std } from '../../lib/sign/pki';
import { buildPanelCrl, createRevocation, readPanelCrl } from '../../lib/sign/revocation';
import { verifyFile } from '../../lib/sign/verify';
import { makePanel, signerOf, testFonts } from '../sign/fixtures';
import { pdfsig, run, tmpDir, writeTmp } from '../sign/pdf-tools';

let panel: Panel;
let chair: MemberIdentity;
let files: ExportFile[];
let bundle: ResultBundle;
const progress: number[] = [];

const file = (path: string) => files.find((f) => f.path === path)!;
const verifyJson = (value: unknown) => verifyFile(new TextEncoder().encode(JSON.stringify(value)));
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

beforeAll(async () => {
  ({ panel, chair } = await createDemoPanel(demoPanels()[1]!));
  const pack = panelPack(panel);
  const [first] = panel.applications();
  const scores = Object.fromEntries(
    allCriteria(pack.scoring).map((c) => [c.id as CriterionId, c.max - 1]),
  );
  await panel.decide(first!.id, { decision: 'recommend', rank: 1, scores, opinion: '同意推荐。' });
  const expert = panel.members().find((m) => m.role === 'reviewer')!;
  await panel.removeMember(expert.id);
  const source = await readPanelForExport(panel, chair, { language: 'zh-CN' });
  files = await buildExportFiles(source, {
    privateKey: chair.signing.privateKey,
    fonts: await testFonts(),
    onProgress: (done) => progress.push(done),
  });
  bundle = JSON.parse(fromUtf8(file('bundle.json').bytes));
}, 600_000);

describe('export from a real panel', { timeout: 300_000 }, () => {
  it('K1–K3: the panel holds its CA, a certificate per device and every expert’s signatures', async () => {
    const certificates = await panel.certificates();
    const reviewers = panel.members().filter((m) => m.role === 'reviewer');
    expect(await panel.panelCa()).not.toBeNull();
    for (const m of [...reviewers, panel.member(chair.memberId)!]) {
      expect(certificates.some((c) => c.member === m.id)).toBe(true);
    }
    // The removed expert's reviews are out of the result (lib/reconcile); everyone else's are in.
    const apps = panel.applications();
    const active = reviewers.filter((m) => !m.removed);
    expect(bundle.result.reviews).toHaveLength(apps.length * active.length);
    expect(bundle.result.unsignedReviews).toBeUndefined();
    expect(bundle.signatures.reviews).toHaveLength(bundle.result.reviews.length);
  });

  it('writes every file, one signed opinion per application, with progress', async () => {
    const names = files.map((f) => f.path);
    expect(names).toEqual(
      expect.arrayContaining(['汇总表.xlsx', '汇总表.csv', 'report.pdf', 'bundle.json']),
    );
    const opinions = files.filter((f) => f.path.startsWith('opinions/'));
    expect(opinions).toHaveLength(panel.applications().length);
    expect(progress.at(-1)).toBe(progress.length);
    for (const o of opinions) {
      const report = await verifyFile(o.bytes);
      expect(report.valid, JSON.stringify(report)).toBe(true);
      expect(report.signers[0]!.role).toBe('chair');
    }
    const dir = tmpDir('rd-panel-export-');
    const pdf = writeTmp(dir, 'opinion.pdf', opinions[0]!.bytes);
    const sig = pdfsig(pdf);
    expect(sig).toContain('Signature is Valid.');
    expect(sig).toContain('Total document signed');
    expect(run('qpdf', ['--check', pdf]).code).toBe(0);
  });

  it('the decided application carries the chair’s verdict and consensus total', () => {
    const [first] = bundle.result.applications;
    expect(first!.verdict).toBe('推荐');
    expect(first!.decision?.verdict).toBe('推荐');
    expect(first!.score).toBe(
      panelPack(panel).scoring.total.max - allCriteria(panelPack(panel).scoring).length,
    );
    const csv = file('汇总表.csv').bytes;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(fromUtf8(csv)).toContain(first!.title);
  });

  it('C5, K4, R4: the removed expert’s certificate is in the CRL from the removal; the bundle verifies', async () => {
    const removed = bundle.result.members.find((m) => m.removedAt !== null)!;
    expect(removed.removedAt).toBe(panel.member(removed.id as never)!.removedAt);
    const ca = (await panel.panelCa())!;
    const list = await readPanelCrl(fromBase64Std(bundle.crl!), ca);
    const theirs = (await panel.certificates()).filter((c) => c.member === removed.id);
    expect(theirs.length).toBeGreaterThan(0);
    for (const c of theirs) {
      expect(list.revoked.get(c.facts.serial)).toBe(Math.floor(removed.removedAt! / 1000) * 1000);
    }
    expect(list.revoked.size).toBe(theirs.length);
    const report = await verifyJson(bundle);
    expect(report.valid, JSON.stringify(report.checks)).toBe(true);
  });

  it('R2: one altered score is rejected', async () => {
    const altered = clone(bundle);
    const part = altered.result.reviews[0]!;
    const criterion = Object.keys(part.scores)[0]!;
    part.scores[criterion] = (part.scores[criterion] ?? 0) + 1;
    expect((await verifyJson(altered)).valid).toBe(false);
    const panelScore = clone(bundle);
    panelScore.result.applications[1]!.score = 99.5;
    expect((await verifyJson(panelScore)).valid).toBe(false);
  });

  it('R3: a review signed with a certificate of another panel is rejected', async () => {
    const other = await makePanel('另一个评审组');
    const forged = clone(bundle);
    const part = forged.result.reviews[0]!;
    const sig = forged.signatures.reviews.find(
      (s) => s.application === part.application && s.member === part.member,
    )!;
    const stranger = {
      ...other.reviewers[0]!,
      info: { ...other.reviewers[0]!.info, id: part.member as never },
    };
    sig.cms = await signReviewPart(part, signerOf(other, stranger));
    const report = await verifyJson(forged);
    expect(report.valid).toBe(false);
  });

  it('C5, R4: a member revoked before they signed is rejected', async () => {
    const revoked = clone(bundle);
    const part = revoked.result.reviews[0]!;
    const ca = (await panel.panelCa())!;
    const issued = (await panel.certificates()).map((c) => ({ member: c.member, der: c.der }));
    revoked.crl = toBase64Std(
      await buildPanelCrl({
        ca,
        chairKey: chair.signing,
        revocations: [createRevocation(part.member as never, part.submittedAt - 60_000)],
        issued,
      }),
    );
    const report = await verifyJson(revoked);
    expect(report.valid).toBe(false);
    const signer = report.signers.find(
      (s) => s.part.kind === 'review' && s.part.member === part.member,
    )!;
    expect(signer.checks.find((c) => c.id === 'revocation')?.ok).toBe(false);
  });

  it('K3: a resubmitted review is no longer covered by the old signature; the export says so', async () => {
    const [app] = panel.applications();
    const reviewer = panel.members().find((m) => m.role === 'reviewer' && !m.removed)!;
    const before = reviewPartOf(panel, panelPack(panel), app!.id, reviewer.id)!;
    const stored = panel.reviewSignature(app!.id, reviewer.id)!;
    expect(stored.part).toEqual(before);
    await panel.returnReview(app!.id, reviewer.id, '请补充意见');
    const source = await readPanelForExport(panel, chair, { language: 'zh-CN' });
    expect(
      source.results.reviews.some((r) => r.member === reviewer.id && r.application === app!.id),
    ).toBe(false);
  });
});
