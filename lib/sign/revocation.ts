/**
 * Revocation (SPEC C5): removing a member from the panel at time T revokes every certificate the
 * panel CA issued to that member from T on. The panel stores one revocation record per removed
 * member; exports carry the state as an X.509 CRL signed by the chair key, which any tool reads.
 * Signatures made before T stay valid (the member was on the panel then); from T on they are not.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { z } from 'zod';
import type { SigningKeyPair } from '../crypto/ecdsa';
import { ReviewDeskError } from '../errors';
import type { MemberId } from '../ids';
import { certificateFacts, parseCertificate } from './certificates';
import { OID, serialHex, toDer, x509Time } from './pki';

export const REVOCATION_VERSION = 1;

/** The record the panel keeps for a removed member (chair-signed like every member entry). */
export const revocationSchema = z.object({
  v: z.literal(REVOCATION_VERSION),
  member: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  /** Milliseconds since the epoch: the member was removed at this moment. */
  at: z.number().int().nonnegative(),
  reason: z.string().max(200).optional(),
});
export type Revocation = z.infer<typeof revocationSchema> & { member: MemberId };

export function createRevocation(member: MemberId, at = Date.now(), reason?: string): Revocation {
  return revocationSchema.parse({ v: REVOCATION_VERSION, member, at, reason }) as Revocation;
}

/** A certificate the CA issued, with the member it names (as the panel stores them). */
export interface IssuedCertificate {
  member: MemberId;
  der: Uint8Array;
}

/**
 * The panel's CRL: one entry per certificate of each revoked member, dated at the removal. An
 * empty list is still a signed statement ("nobody revoked as of thisUpdate").
 */
export async function buildPanelCrl(input: {
  ca: Uint8Array;
  chairKey: SigningKeyPair;
  revocations: Revocation[];
  issued: IssuedCertificate[];
  now?: number;
}): Promise<Uint8Array> {
  const ca = parseCertificate(input.ca);
  const now = input.now ?? Date.now();
  const removedAt = new Map(input.revocations.map((r) => [r.member, r.at]));
  const revoked: pkijs.RevokedCertificate[] = [];
  for (const issued of input.issued) {
    const at = removedAt.get(issued.member);
    if (at === undefined) continue;
    const cert = parseCertificate(issued.der);
    revoked.push(
      new pkijs.RevokedCertificate({
        userCertificate: new asn1js.Integer({
          valueHex: cert.serialNumber.valueBlock.valueHexView,
        }),
        revocationDate: x509Time(at),
      }),
    );
  }
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    issuer: ca.subject,
    thisUpdate: x509Time(now),
    crlExtensions: new pkijs.Extensions({
      extensions: [
        new pkijs.Extension({
          extnID: OID.crlNumber,
          extnValue: new asn1js.Integer({ value: Math.floor(now / 1000) }).toBER(false),
        }),
      ],
    }),
  });
  if (revoked.length) crl.revokedCertificates = revoked;
  await crl.sign(input.chairKey.privateKey, 'SHA-256');
  return toDer(crl);
}

export interface RevocationList {
  /** When the CA signed this list. */
  thisUpdate: number;
  /** Certificate serial (hex) → revoked from (ms). */
  revoked: Map<string, number>;
}

/** Read a CRL and check it was signed by this CA; throws `sign/badCrl` otherwise. */
export async function readPanelCrl(crlDer: Uint8Array, caDer: Uint8Array): Promise<RevocationList> {
  let crl: pkijs.CertificateRevocationList;
  try {
    crl = pkijs.CertificateRevocationList.fromBER(crlDer as Uint8Array<ArrayBuffer>);
  } catch (error) {
    throw new ReviewDeskError('sign/badCrl', {}, { cause: error });
  }
  const ca = parseCertificate(caDer);
  let ok = false;
  try {
    ok = crl.issuer.isEqual(ca.subject) && (await crl.verify({ issuerCertificate: ca }));
  } catch {
    ok = false;
  }
  if (!ok) throw new ReviewDeskError('sign/badCrl');
  const revoked = new Map<string, number>();
  for (const entry of crl.revokedCertificates ?? []) {
    revoked.set(serialHex(entry.userCertificate), entry.revocationDate.value.getTime());
  }
  return { thisUpdate: crl.thisUpdate.value.getTime(), revoked };
}

/** Merge several lists of one CA: the newest list's view wins for each certificate. */
export function mergeRevocations(lists: RevocationList[]): Map<string, number> {
  const merged = new Map<string, number>();
  for (const list of [...lists].sort((a, b) => a.thisUpdate - b.thisUpdate)) {
    for (const [serial, at] of list.revoked) merged.set(serial, at);
  }
  return merged;
}

export type RevocationStatus =
  | { revoked: false }
  | { revoked: true; at: number; beforeSigning: boolean };

/**
 * Whether a certificate counts at a signing time: revoked at or before the signing second means
 * the signature does not count. CRL times have whole seconds, so the signing time is floored too.
 */
export async function revocationStatus(
  certDer: Uint8Array,
  revoked: Map<string, number>,
  signedAt: number,
): Promise<RevocationStatus> {
  const facts = await certificateFacts(certDer);
  const at = revoked.get(facts.serial);
  if (at === undefined) return { revoked: false };
  return { revoked: true, at, beforeSigning: at <= Math.floor(signedAt / 1000) * 1000 };
}
