/**
 * Reading an open panel into an `ExportSource` for `review-desk export` and the app's export: the
 * panel CA and the member certificates the chair's device issued (checked, panel SPEC K1–K2), the
 * revocations of removed members as a CRL signed by the chair key (lib/sign SPEC C5), each
 * reviewer's own signature over their submitted review where it still covers the review as
 * submitted (K3), the panel's result (panel-results.ts) and the panel's opinion per application
 * (opinion-source.ts). Only the chair can: the chair key signs the CRL, the opinions and the bundle.
 */
import { ReviewDeskError } from '../errors';
import { createI18n } from '../i18n';
import type { MemberIdentity } from '../identity/identity';
import type { MemberId } from '../ids';
import type { Panel, PanelCertificate } from '../panel/panel';
import type { RankStatistic } from '../reconcile';
import { signedBytesOf } from '../sign/bundle';
import { checkMemberCertificate } from '../sign/certificates';
import { checkDetached } from '../sign/cms';
import { fromBase64Std } from '../sign/pki';
import { buildPanelCrl, createRevocation } from '../sign/revocation';
import type { ExportSource } from './export-set';
import { type OpinionContext, panelOpinion } from './opinion-source';
import { buildResults, panelScore, readPanel } from './panel-results';
import type { ReviewPart } from './results-model';
import { reviewPartOf, samePart } from './review-part';

export interface PanelExportOptions {
  language: 'zh-CN' | 'en';
  /** The export's time (the bundle's `exportedAt`, the CRL's thisUpdate, the signing date). */
  now?: number;
  rankBy?: RankStatistic;
}

/** YYYY-MM-DD in this device's time zone: the date people write under their signature. */
export function localDay(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The chair's checked certificate for the chair key, which signs everything exported. */
async function chairCertificate(
  panel: Panel,
  identity: MemberIdentity,
): Promise<{ ca: Uint8Array; certificates: PanelCertificate[]; chair: PanelCertificate }> {
  const ca = await panel.panelCa();
  const certificates = ca ? await panel.certificates() : [];
  const chair = certificates.find(
    (c) => c.member === identity.memberId && c.fingerprint === identity.signing.fingerprint,
  );
  if (!ca || !chair) throw new ReviewDeskError('export/panelWithoutCertificates');
  return { ca, certificates, chair };
}

/**
 * A stored review signature counts when its CMS holds over the part and its certificate is one
 * this panel's CA issued to the part's member (a certificate issued twice still counts).
 */
async function signatureHolds(cms: string, part: ReviewPart, ca: Uint8Array): Promise<boolean> {
  try {
    const check = await checkDetached(fromBase64Std(cms), signedBytesOf(part));
    if (!check.signatureValid || !check.signingCertificateBound || !check.signer) return false;
    const chain = await checkMemberCertificate(check.signer, ca);
    return chain.ok && chain.facts.memberId === part.member;
  } catch {
    return false;
  }
}

export async function readPanelForExport(
  panel: Panel,
  identity: MemberIdentity,
  opts: PanelExportOptions,
): Promise<ExportSource> {
  if (identity.role !== 'chair' || panel.meta()?.chair !== identity.memberId) {
    throw new ReviewDeskError('export/notChair');
  }
  const now = opts.now ?? Date.now();
  const i18n = createI18n(opts.language);
  const { ca, certificates, chair } = await chairCertificate(panel, identity);
  const reading = readPanel(panel, { rankBy: opts.rankBy });

  const reviews: ReviewPart[] = [];
  const reviewSignatures: ExportSource['reviewSignatures'] = [];
  const unsignedReviews: { application: string; member: string }[] = [];
  for (const { app, result } of reading.applications) {
    for (const r of result.reviews) {
      if (r.status !== 'submitted') continue;
      const part = reviewPartOf(panel, reading.pack, app.id, r.reviewer as MemberId);
      if (!part) continue;
      const stored = panel.reviewSignature(app.id, r.reviewer as MemberId);
      if (stored && samePart(stored.part, part) && (await signatureHolds(stored.cms, part, ca))) {
        reviews.push(part);
        reviewSignatures.push({ application: app.id, member: r.reviewer, cms: stored.cms });
      } else {
        unsignedReviews.push({ application: app.id, member: r.reviewer });
      }
    }
  }

  // SPEC C5: a removed member's certificates are revoked from the removal on. A member removed
  // before removals carried their time is revoked from now: their later writes never counted (M4).
  const revocations = reading.members
    .filter((m) => m.removed)
    .map((m) => createRevocation(m.id, m.removedAt ?? now));
  const crl = await buildPanelCrl({
    ca,
    chairKey: identity.signing,
    revocations,
    issued: certificates.map((c) => ({ member: c.member, der: c.der })),
    now,
  });

  const results = buildResults(reading, {
    i18n,
    language: opts.language,
    exportedAt: now,
    panelId: panel.id,
    reviews,
    unsignedReviews,
  });
  const chairMember = reading.members.find((m) => m.id === identity.memberId);
  const names = new Map(reading.members.map((m) => [m.id as string, m.name]));
  const ctx: OpinionContext = {
    pack: reading.pack,
    i18n,
    language: opts.language,
    panel: { id: panel.id, name: reading.meta.name },
    rubricSha256: reading.rubricSha256,
    date: localDay(now),
  };
  // A panel opinion speaks from a decision or from counted reviews; with neither (never
  // reviewed, or a locked file nobody could read yet) there is nothing to sign, and the chair
  // is told which applications were left out.
  const hasOpinion = ({ app, result }: (typeof reading.applications)[number]) =>
    reading.decisions[app.id] !== undefined || result.reviews.some((r) => r.counted);
  const withoutOpinion = reading.applications
    .filter((entry) => !hasOpinion(entry))
    .map(({ app, number }) => ({
      application: app.id as string,
      number,
      title: app.title,
      reason: 'noDecisionNoReview' as const,
    }));
  const opinions = reading.applications.filter(hasOpinion).map(({ app, number, result }) => {
    const decision = reading.decisions[app.id] ?? null;
    const comments = { criteria: {} as Record<string, string[]>, overall: [] as string[] };
    for (const r of result.reviews) {
      if (!r.counted) continue;
      const values = panel.review(app.id, r.reviewer as MemberId).values;
      for (const [id, text] of Object.entries(values.comments)) {
        comments.criteria[id] = [...(comments.criteria[id] ?? []), text];
      }
      if (values.overallComment) comments.overall.push(values.overallComment);
    }
    return panelOpinion(ctx, {
      comments,
      app,
      number,
      result,
      decision,
      score: panelScore(reading.pack, result, decision, reading.rankBy),
      names,
      chair: {
        memberId: identity.memberId,
        name: chairMember?.name ?? identity.name,
        unit: chairMember?.unit ?? '',
        role: 'chair',
      },
    });
  });

  return {
    results,
    opinions,
    ca,
    chairCertificate: chair.der,
    memberCertificates: certificates.map((c) => ({ member: c.member, der: c.der })),
    crl,
    reviewSignatures,
    withoutOpinion,
  };
}
