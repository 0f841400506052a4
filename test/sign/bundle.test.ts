/**
 * The result bundle (SPEC R1–R5): the chair signs the whole result, each reviewer each of their
 * own reviews; one altered score, a review signed with another panel's certificate, a review
 * signed after its author was removed, a missing signature or an added field are all rejected.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../lib/crypto/bytes';
import type { ReviewPart } from '../../lib/export/results-model';
import {
  createResultBundle,
  type ResultBundle,
  signReviewPart,
  verifyResultBundle,
} from '../../lib/sign/bundle';
import { buildPanelCrl, createRevocation } from '../../lib/sign/revocation';
import { verifyFile } from '../../lib/sign/verify';
import type { VerifyReport } from '../../lib/sign/verify-report';
import { MEMBERS, sampleResults } from '../export/fixtures';
import { makePanel, signerOf, T0, type TestPanel } from './fixtures';

let panel: TestPanel;
let bundle: ResultBundle;
const AT = T0 + 7_200_000;

function memberOf(p: TestPanel, id: string) {
  return [p.chair, ...p.reviewers].find((m) => m.info.id === id)!;
}

async function makeBundle(
  p: TestPanel,
  opts: {
    crl?: Uint8Array | null;
    signReview?: (part: ReviewPart) => Promise<string | null>;
    mutate?: (r: ReturnType<typeof sampleResults>) => void;
  } = {},
): Promise<ResultBundle> {
  const results = sampleResults({
    panelId: p.id,
    panelName: p.name,
    apps: 3,
    members: MEMBERS.slice(0, 3),
    at: AT,
  });
  opts.mutate?.(results);
  const reviewSignatures = [];
  for (const part of results.reviews) {
    const cms = opts.signReview
      ? await opts.signReview(part)
      : await signReviewPart(part, signerOf(p, memberOf(p, part.member)), part.submittedAt);
    if (cms) reviewSignatures.push({ application: part.application, member: part.member, cms });
  }
  return createResultBundle({
    results,
    ca: p.ca,
    memberCertificates: [p.chair, ...p.reviewers].map((m) => ({ member: m.info.id, der: m.cert })),
    crl: opts.crl ?? null,
    reviewSignatures,
    chair: signerOf(p, p.chair),
    signedAt: AT,
  });
}

const failed = (r: VerifyReport) =>
  [...r.checks, ...r.signers.flatMap((s) => s.checks)].filter((c) => !c.ok).map((c) => c.id);

beforeAll(async () => {
  panel = await makePanel();
  bundle = await makeBundle(panel);
}, 60_000);

describe('result bundle', () => {
  it('R1: verifies: the chair over the result, each reviewer over each of their reviews', async () => {
    const report = await verifyResultBundle(JSON.parse(JSON.stringify(bundle)));
    expect(failed(report)).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.panel).toEqual({ id: panel.id, name: panel.name });
    expect(report.signers[0]).toMatchObject({
      part: { kind: 'result' },
      memberId: 'chair',
      role: 'chair',
      signedAt: AT,
    });
    const reviews = report.signers.filter((s) => s.part.kind === 'review');
    expect(reviews).toHaveLength(bundle.result.reviews.length);
    for (const s of reviews) expect(s.memberId).toBe((s.part as { member: string }).member);
  });

  it('the file as written (pretty JSON) verifies through verifyFile', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(bundle, null, 2));
    expect((await verifyFile(bytes)).valid).toBe(true);
  });

  it('R2: one altered score breaks the reviewer’s and the chair’s signatures', async () => {
    const altered = structuredClone(bundle);
    const review = altered.result.reviews[1]!;
    const criterion = Object.keys(review.scores)[0]!;
    review.scores[criterion] = (review.scores[criterion] ?? 0) + 1;
    const report = await verifyResultBundle(altered);
    expect(report.valid).toBe(false);
    const broken = report.signers.filter((s) =>
      s.checks.some((c) => c.id === 'signature' && !c.ok),
    );
    expect(broken.map((s) => s.part.kind).sort()).toEqual(['result', 'review']);
  });

  it('R2: an added field is caught although the schema would ignore it', async () => {
    const added = structuredClone(bundle) as unknown as { result: Record<string, unknown> };
    added.result.note = '追加的说明';
    const report = await verifyResultBundle(added);
    expect(report.valid).toBe(false);
    expect(failed(report)).toContain('signature');
  });

  it('R3: a review signed with a certificate from another panel is rejected', async () => {
    const other = await makePanel('另一个评审组');
    const forged = await makeBundle(panel, {
      signReview: async (part) =>
        part.member === 'r2'
          ? signReviewPart(
              part,
              { ...signerOf(other, other.reviewers[1]!), chain: [panel.ca] },
              part.submittedAt,
            )
          : signReviewPart(part, signerOf(panel, memberOf(panel, part.member)), part.submittedAt),
    });
    const report = await verifyResultBundle(forged);
    expect(report.valid).toBe(false);
    const r2 = report.signers.filter((s) => s.part.kind === 'review' && s.memberId === 'r2');
    expect(r2.length).toBeGreaterThan(0);
    for (const s of r2)
      expect(s.checks).toContainEqual({
        id: 'chain',
        ok: false,
        params: { reason: 'wrongIssuer' },
      });
  });

  it('R3: a bundle whose CA is another panel’s than the result names is rejected', async () => {
    const other = await makePanel('另一个评审组');
    const swapped = {
      ...bundle,
      certificates: { ...bundle.certificates, ca: (await makeBundle(other)).certificates.ca },
    };
    const report = await verifyResultBundle(swapped);
    expect(report.valid).toBe(false);
    expect(report.checks).toContainEqual({
      id: 'panelCa',
      ok: false,
      params: { reason: 'otherPanel' },
    });
  });

  it('V4: pinned to another panel, the bundle is rejected; pinned to its own, it verifies', async () => {
    const other = await makePanel('另一个评审组');
    const wrong = await verifyResultBundle(bundle, { ca: other.ca });
    expect(wrong.valid).toBe(false);
    expect(failed(wrong)).toContain('pinnedCa');
    expect((await verifyResultBundle(bundle, { ca: panel.ca })).valid).toBe(true);
  });

  it('R4: a review signed after its author was removed is rejected; before, it stands', async () => {
    const r1 = memberOf(panel, 'r1');
    const crlRemovedAt = (at: number) =>
      buildPanelCrl({
        ca: panel.ca,
        chairKey: panel.chairKey,
        revocations: [createRevocation(r1.info.id, at)],
        issued: [{ member: r1.info.id, der: r1.cert }],
        now: AT,
      });
    const reviewsSignedAt = AT - 3_600_000;
    const removedEarlier = await makeBundle(panel, {
      crl: await crlRemovedAt(reviewsSignedAt - 60_000),
    });
    const report = await verifyResultBundle(removedEarlier);
    expect(report.valid).toBe(false);
    const revoked = report.signers.filter((s) =>
      s.checks.some((c) => c.id === 'revocation' && !c.ok),
    );
    expect(revoked.length).toBeGreaterThan(0);
    expect(revoked.every((s) => s.memberId === 'r1')).toBe(true);
    const removedLater = await makeBundle(panel, { crl: await crlRemovedAt(AT - 60_000) });
    expect((await verifyResultBundle(removedLater)).valid).toBe(true);
  });

  it('R5: a review without its author’s signature, or signed by someone else, is rejected', async () => {
    const missing = await makeBundle(panel, {
      signReview: async (part) =>
        part.member === 'r1' && part.application === 'app-002'
          ? null
          : signReviewPart(part, signerOf(panel, memberOf(panel, part.member)), part.submittedAt),
    });
    const a = await verifyResultBundle(missing);
    expect(a.valid).toBe(false);
    expect(a.checks).toContainEqual({ id: 'partCovered', ok: false, params: { count: 1 } });
    const impersonated = await makeBundle(panel, {
      signReview: async (part) =>
        signReviewPart(part, signerOf(panel, panel.reviewers[0]!), part.submittedAt),
    });
    const b = await verifyResultBundle(impersonated);
    expect(b.valid).toBe(false);
    expect(failed(b)).toContain('chain');
  });

  it('a malformed bundle is invalid with the field named; not a bundle is unreadable', async () => {
    const bad = { ...structuredClone(bundle), crl: 42 };
    const report = await verifyResultBundle(bad);
    expect(report.valid).toBe(false);
    expect(report.checks[0]).toEqual({ id: 'bundleShape', ok: false, params: { field: 'crl' } });
    await expect(
      verifyFile(new TextEncoder().encode('{"kind":"other"}'), {}, 'x.json'),
    ).rejects.toMatchObject({
      code: 'sign/unreadable',
    });
    await expect(verifyFile(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({
      code: 'sign/unreadable',
    });
  });

  it('the signed bytes are the canonical JSON anyone can recompute', () => {
    const text = canonicalJson(bundle.result);
    expect(JSON.parse(text)).toEqual(bundle.result);
  });
});
