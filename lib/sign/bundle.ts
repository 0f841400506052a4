/**
 * The result bundle (SPEC R1–R5): the panel's whole result as JSON, with detached CMS signatures
 * of the chair over the canonical JSON of `result` and of each reviewer over the canonical JSON of
 * each of their own reviews, plus the panel CA, the member certificates and the panel's CRL at
 * export. Verification hashes the `result` exactly as found in the file (canonicalised, before
 * any schema parsing), so no added, removed or changed field goes unnoticed.
 */
import { z } from 'zod';
import { canonicalJson, utf8 } from '../crypto/bytes';
import { ReviewDeskError } from '../errors';
import { type PanelResults, type ReviewPart, resultsSchema } from '../export/results-model';
import { checkPanelCa } from './certificates';
import { type CmsSigner, signDetached } from './cms';
import { fromBase64Std, toBase64Std } from './pki';
import { type Check, finishReport, type SignerReport, type VerifyReport } from './verify-report';
import { checkSignature, type Trust } from './verify-signature';

export const BUNDLE_KIND = 'review-desk-result';
const base64 = z.string().regex(/^[A-Za-z0-9+/=\s]+$/);

export const bundleSchema = z.object({
  kind: z.literal(BUNDLE_KIND),
  v: z.literal(1),
  result: resultsSchema,
  certificates: z.object({
    ca: base64,
    members: z.array(z.object({ member: z.string(), der: base64 })),
  }),
  crl: base64.nullable(),
  signatures: z.object({
    chair: base64,
    reviews: z.array(z.object({ application: z.string(), member: z.string(), cms: base64 })),
  }),
});
export type ResultBundle = z.infer<typeof bundleSchema>;

/** The bytes a signature covers: canonical JSON, UTF-8. */
export function signedBytesOf(value: unknown): Uint8Array {
  return utf8(canonicalJson(value));
}

/** A reviewer signs one submitted review on their own device (the panel keeps the result). */
export async function signReviewPart(
  part: ReviewPart,
  signer: CmsSigner,
  signedAt = Date.now(),
): Promise<string> {
  return toBase64Std(await signDetached(signedBytesOf(part), signer, { signingTime: signedAt }));
}

export async function createResultBundle(input: {
  results: PanelResults;
  ca: Uint8Array;
  memberCertificates: { member: string; der: Uint8Array }[];
  crl: Uint8Array | null;
  /** Each reviewer's signature over each of their reviews (`signReviewPart`). */
  reviewSignatures: { application: string; member: string; cms: string }[];
  chair: CmsSigner;
  signedAt?: number;
}): Promise<ResultBundle> {
  const result = resultsSchema.parse(input.results);
  const chair = await signDetached(signedBytesOf(result), input.chair, {
    signingTime: input.signedAt ?? Date.now(),
  });
  return {
    kind: BUNDLE_KIND,
    v: 1,
    result,
    certificates: {
      ca: toBase64Std(input.ca),
      members: input.memberCertificates.map((c) => ({ member: c.member, der: toBase64Std(c.der) })),
    },
    crl: input.crl ? toBase64Std(input.crl) : null,
    signatures: { chair: toBase64Std(chair), reviews: input.reviewSignatures },
  };
}

function decode(text: unknown): Uint8Array | null {
  try {
    return typeof text === 'string' ? fromBase64Std(text) : null;
  } catch {
    return null;
  }
}

type Raw = Record<string, unknown>;

export function looksLikeBundle(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && (value as Raw).kind === BUNDLE_KIND;
}

export async function verifyResultBundle(raw: unknown, trust: Trust = {}): Promise<VerifyReport> {
  if (!looksLikeBundle(raw)) throw new ReviewDeskError('sign/notBundle');
  const checks: Check[] = [];
  const signers: SignerReport[] = [];
  const shape = bundleSchema.safeParse(raw);
  checks.push(
    shape.success
      ? { id: 'bundleShape', ok: true }
      : {
          id: 'bundleShape',
          ok: false,
          params: { field: shape.error.issues[0]?.path.join('.') ?? '—' },
        },
  );
  const result = (raw.result ?? {}) as Raw;
  const resultPanel = ((result.panel ?? {}) as Raw).id;
  const certificates = (raw.certificates ?? {}) as Raw;
  const ca = trust.ca ?? decode(certificates.ca);
  const crl = decode(raw.crl);
  const signerTrust: Trust = { ca: trust.ca, crls: [...(crl ? [crl] : []), ...(trust.crls ?? [])] };
  const fixedCa = ca ?? undefined;
  let panel: VerifyReport['panel'] = null;
  if (ca) {
    const caCheck = await checkPanelCa(ca).catch(() => null);
    if (caCheck?.ok && caCheck.panelId !== resultPanel) {
      checks.push({ id: 'panelCa', ok: false, params: { reason: 'otherPanel' } });
    }
    if (caCheck?.ok) panel = { id: caCheck.panelId, name: caCheck.panelName };
  }
  const signatures = (raw.signatures ?? {}) as Raw;
  const chairCms = decode(signatures.chair);
  if (chairCms) {
    const chair = await checkSignature(chairCms, signedBytesOf(raw.result), {
      signedAt: null,
      trust: signerTrust,
      ca: fixedCa,
    });
    if (chair.signer.role !== 'chair')
      chair.signer.checks.push({ id: 'chain', ok: false, params: { reason: 'notChair' } });
    signers.push({ part: { kind: 'result' }, ...chair.signer });
  } else {
    checks.push({ id: 'signature', ok: false });
  }
  const reviews = Array.isArray(result.reviews) ? (result.reviews as Raw[]) : [];
  const reviewSigs = Array.isArray(signatures.reviews) ? (signatures.reviews as Raw[]) : [];
  let uncovered = 0;
  for (const review of reviews) {
    const sig = reviewSigs.find(
      (s) => s.application === review.application && s.member === review.member,
    );
    const cms = decode(sig?.cms);
    if (!cms) {
      uncovered++;
      continue;
    }
    const checked = await checkSignature(cms, signedBytesOf(review), {
      signedAt: null,
      trust: signerTrust,
      ca: fixedCa,
    });
    if (checked.signer.memberId !== review.member) {
      uncovered++;
      checked.signer.checks.push({ id: 'chain', ok: false, params: { reason: 'otherMember' } });
    }
    signers.push({
      part: {
        kind: 'review',
        application: String(review.application),
        member: String(review.member),
      },
      ...checked.signer,
    });
  }
  uncovered += reviewSigs.filter(
    (s) => !reviews.some((r) => r.application === s.application && r.member === s.member),
  ).length;
  checks.push(
    uncovered
      ? { id: 'partCovered', ok: false, params: { count: uncovered } }
      : { id: 'partCovered', ok: true },
  );
  return finishReport({ kind: 'bundle', panel, checks, signers });
}
