/**
 * The panel's certificates and signatures (lib/sign SPEC C1–C5, R2; panel SPEC K1–K4): the CA the
 * chair key made for the panel, the member certificates the chair's device issued, each reviewer's
 * signature over their own submitted review, and the device registrations a certificate is issued
 * for. Records are structurally valid and permitted on read like any other (D4, D5); what needs
 * WebCrypto — the CA's self-signature and panel id, each certificate's chain and key — is checked
 * here, asynchronously, and remembered per version.
 */
import { fromBase64, toBase64 } from '../crypto/bytes';
import type { PublicJwk } from '../crypto/ecdsa';
import { ReviewDeskError } from '../errors';
import type { ApplicationId, MemberId } from '../ids';
import type { CertificateFacts } from '../sign/certificates';
import { keys } from './keys';
import type { PanelContext } from './panel-context';
import { requireApp, requireChair, requireReviewer } from './panel-guards';
import { batch, ensureSession, writePlain } from './panel-log';
import type { CertificateRecord } from './records/certificate';
import type { PanelCaRecord } from './records/panel-ca';
import type { ReviewSignatureRecord } from './records/review-signature';
import { submissionOf } from './reviews';
import type { ViewVersion } from './view';

/** The X.509 code (pkijs) loads when a certificate is first checked, not with the panel. */
const x509 = () => import('../sign/certificates');

/** A device key registered for a member (SPEC A5), as the chair's device sees it. */
export interface DeviceRegistration {
  member: MemberId;
  fingerprint: string;
  key: PublicJwk;
  at: number;
}

/** A member certificate that passed K2: issued by this panel's CA, for the key it is filed under. */
export interface PanelCertificate {
  member: MemberId;
  fingerprint: string;
  der: Uint8Array;
  issuedAt: number;
  facts: CertificateFacts;
}

const checkedVersions = new WeakMap<ViewVersion, Promise<unknown>>();

/** One check per stored version: versions never change, so neither does the answer. */
function once<T>(v: ViewVersion, check: () => Promise<T>): Promise<T> {
  let p = checkedVersions.get(v) as Promise<T> | undefined;
  if (!p) {
    p = check();
    checkedVersions.set(v, p);
  }
  return p;
}

/** K1: the panel CA, when its record is present, self-signed, a CA, and names this panel. */
export async function panelCa(ctx: PanelContext): Promise<Uint8Array | null> {
  const v = ctx.view.winner(keys.panelCa());
  if (!v) return null;
  return once(v, async () => {
    const der = fromBase64((v.value as PanelCaRecord).der);
    const check = await (await x509()).checkPanelCa(der).catch(() => null);
    return check?.ok && check.panelId === ctx.id ? der : null;
  });
}

/** Device registrations the registry believes (SPEC A5), in the log's key order. */
export function deviceRegistrations(ctx: PanelContext): DeviceRegistration[] {
  const out: DeviceRegistration[] = [];
  for (const key of ctx.view.keysWithPrefix('k/')) {
    const v = ctx.view.winner(key);
    if (v?.parsed.kind !== 'device') continue;
    const { member, fingerprint } = v.parsed;
    const registered = ctx.view.deviceKey(member, fingerprint);
    if (registered) out.push({ member, fingerprint, key: registered, at: v.entry.at });
  }
  return out;
}

/** Whether a certificate is stored for this key, checked or not (the issuer's "already done"). */
export function hasCertificate(ctx: PanelContext, member: MemberId, fingerprint: string): boolean {
  return ctx.view.winner(keys.certificate(member, fingerprint)) !== null;
}

/** K2: every stored member certificate that chains to the panel CA and matches its key. */
export async function certificates(ctx: PanelContext): Promise<PanelCertificate[]> {
  const ca = await panelCa(ctx);
  if (!ca) return [];
  const out: PanelCertificate[] = [];
  for (const key of ctx.view.keysWithPrefix('c/')) {
    const v = ctx.view.winner(key);
    if (v?.parsed.kind !== 'certificate') continue;
    const { member, fingerprint } = v.parsed;
    const record = v.value as CertificateRecord;
    const facts = await once(v, async () => {
      const der = fromBase64(record.der);
      const chain = await (await x509()).checkMemberCertificate(der, ca).catch(() => null);
      return chain?.ok && chain.facts.memberId === member && chain.facts.fingerprint === fingerprint
        ? chain.facts
        : null;
    });
    if (facts) {
      out.push({ member, fingerprint, der: facts.der, issuedAt: record.issuedAt, facts });
    }
  }
  return out;
}

/** This member's checked certificate for a device key, if the chair's device has issued it. */
export async function certificateFor(
  ctx: PanelContext,
  member: MemberId,
  fingerprint: string,
): Promise<PanelCertificate | null> {
  return (
    (await certificates(ctx)).find((c) => c.member === member && c.fingerprint === fingerprint) ??
    null
  );
}

/** K3: the reviewer's stored signature over their review of an application, if any. */
export function reviewSignature(
  ctx: PanelContext,
  app: ApplicationId,
  member: MemberId,
): ReviewSignatureRecord | null {
  return (
    (ctx.view.winner(keys.reviewSignature(app, member))?.value as
      | ReviewSignatureRecord
      | undefined) ?? null
  );
}

/** K1: the chair stores the panel CA, once it has checked it names this panel. */
export async function putPanelCa(ctx: PanelContext, der: Uint8Array): Promise<void> {
  requireChair(ctx);
  const check = await (await x509()).checkPanelCa(der);
  if (!check.ok || check.panelId !== ctx.id) {
    throw new ReviewDeskError('sign/wrongChairKey', { panel: ctx.id });
  }
  await ensureSession(ctx);
  writePlain(ctx, keys.panelCa(), { v: 1, der: toBase64(der) } satisfies PanelCaRecord);
}

/**
 * K2: the chair stores member certificates, each filed under the member and key it names; one
 * that does not chain to the stored CA is refused before anything is written. One batch.
 */
export async function putCertificates(
  ctx: PanelContext,
  ders: Uint8Array[],
  issuedAt = Date.now(),
): Promise<void> {
  requireChair(ctx);
  const ca = await panelCa(ctx);
  if (!ca) throw new ReviewDeskError('export/panelWithoutCertificates');
  const records: { key: string; value: CertificateRecord }[] = [];
  for (const der of ders) {
    const chain = await (await x509()).checkMemberCertificate(der, ca);
    const { memberId, fingerprint } = chain.facts;
    if (!chain.ok || !memberId || !fingerprint) throw new ReviewDeskError('sign/badCertificate');
    records.push({
      key: keys.certificate(memberId, fingerprint),
      value: { v: 1, member: memberId as MemberId, der: toBase64(der), issuedAt },
    });
  }
  await ensureSession(ctx);
  batch(ctx, () => {
    for (const r of records) writePlain(ctx, r.key, r.value);
  });
}

/**
 * K3: a reviewer stores their signature over their own submitted review. The signing itself is
 * the caller's (lib/workspace/certificates.ts): it needs the rubric pack to build the part.
 */
export async function putReviewSignature(
  ctx: PanelContext,
  app: ApplicationId,
  record: ReviewSignatureRecord,
): Promise<void> {
  requireReviewer(ctx);
  requireApp(ctx, app);
  const me = ctx.identity.memberId;
  if (!submissionOf(ctx.view, app, me)) throw new ReviewDeskError('sign/reviewNotSubmitted');
  if (record.part.application !== app || record.part.member !== me) {
    throw new ReviewDeskError('panel/invalidValue', { field: 'part' });
  }
  await ensureSession(ctx);
  writePlain(ctx, keys.reviewSignature(app, me), record);
}
