/**
 * The panel's certificates (SPEC C1–C5). The chair key, whose hash is the panel id, is the panel's
 * certificate authority: a self-signed X.509 certificate names the panel (its id in the subject's
 * serialNumber), and each member device key gets a certificate issued by it. Anyone can check the
 * CA against the panel id alone, with no list of trusted roots: hash(CA public key) = panel id.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { minimalPublicJwk, type PublicJwk, type SigningKeyPair } from '../crypto/ecdsa';
import { ReviewDeskError } from '../errors';
import { panelIdFromChairKey } from '../identity/panel-id';
import type { Role } from '../identity/role';
import type { MemberId, PanelId } from '../ids';
import {
  certificatePublicJwk,
  distinguishedName,
  fromBase64Std,
  fromPem,
  jwkFingerprint,
  type NameAttribute,
  nameValue,
  OID,
  publicKeyFromJwk,
  randomSerial,
  serialHex,
  sha256,
  toBase64Std,
  toDer,
  toPem,
  x509Time,
} from './pki';

const YEAR = 365 * 24 * 60 * 60 * 1000;
/** Organisation named in every certificate, so a reader sees where it comes from. */
export const ISSUER_ORGANIZATION = '评审台 Review Desk';
const CA_UNIT = 'Panel CA';

export interface PanelInfo {
  id: PanelId;
  name: string;
}

export interface MemberInfo {
  id: MemberId;
  name: string;
  role: Role;
  /** Work unit (工作单位); may be empty. */
  unit: string;
}

/** What a certificate says, read back from its DER (nothing here is trusted by itself). */
export interface CertificateFacts {
  der: Uint8Array;
  serial: string;
  subjectName: string;
  panelId: string | null;
  memberId: string | null;
  role: string | null;
  unit: string | null;
  isCa: boolean;
  notBefore: number;
  notAfter: number;
  publicKey: PublicJwk | null;
  fingerprint: string | null;
}

async function keyIdentifier(jwk: PublicJwk): Promise<Uint8Array> {
  const raw = new Uint8Array(
    await crypto.subtle.exportKey('raw', await publicKeyFromJwk(jwk)),
  ) as Uint8Array<ArrayBuffer>;
  // RFC 7093 method 1: the leftmost 160 bits of the SHA-256 of the subjectPublicKey.
  return (await sha256(raw)).slice(0, 20);
}

function keyUsage(bits: number[]): pkijs.Extension {
  let byte = 0;
  for (const b of bits) byte |= 0x80 >> b;
  const unused = 7 - Math.max(...bits);
  return new pkijs.Extension({
    extnID: OID.keyUsage,
    critical: true,
    extnValue: new asn1js.BitString({ valueHex: new Uint8Array([byte]), unusedBits: unused }).toBER(
      false,
    ),
  });
}

async function extensions(opts: {
  ca: boolean;
  subjectKey: PublicJwk;
  issuerKey: PublicJwk;
}): Promise<pkijs.Extension[]> {
  const ski = await keyIdentifier(opts.subjectKey);
  const aki = await keyIdentifier(opts.issuerKey);
  return [
    new pkijs.Extension({
      extnID: OID.basicConstraints,
      critical: true,
      extnValue: new pkijs.BasicConstraints({ cA: opts.ca }).toSchema().toBER(false),
      parsedValue: new pkijs.BasicConstraints({ cA: opts.ca }),
    }),
    // CA: keyCertSign (5) and cRLSign (6). Members: digitalSignature (0) and nonRepudiation (1).
    keyUsage(opts.ca ? [5, 6] : [0, 1]),
    new pkijs.Extension({
      extnID: OID.subjectKeyIdentifier,
      extnValue: new asn1js.OctetString({ valueHex: ski }).toBER(false),
    }),
    new pkijs.Extension({
      extnID: OID.authorityKeyIdentifier,
      extnValue: new pkijs.AuthorityKeyIdentifier({
        keyIdentifier: new asn1js.OctetString({ valueHex: aki }),
      })
        .toSchema()
        .toBER(false),
    }),
  ];
}

async function buildCertificate(opts: {
  subject: pkijs.RelativeDistinguishedNames;
  issuer: pkijs.RelativeDistinguishedNames;
  subjectKey: PublicJwk;
  issuerKey: PublicJwk;
  signer: CryptoKey;
  ca: boolean;
  notBefore: number;
  notAfter: number;
}): Promise<Uint8Array> {
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = randomSerial();
  cert.subject = opts.subject;
  cert.issuer = opts.issuer;
  cert.notBefore = x509Time(opts.notBefore);
  cert.notAfter = x509Time(opts.notAfter);
  await cert.subjectPublicKeyInfo.importKey(await publicKeyFromJwk(opts.subjectKey));
  cert.extensions = await extensions(opts);
  await cert.sign(opts.signer, 'SHA-256');
  return toDer(cert);
}

function caSubject(panel: PanelInfo): NameAttribute[] {
  return [
    { type: OID.organization, value: ISSUER_ORGANIZATION },
    { type: OID.organizationalUnit, value: CA_UNIT },
    { type: OID.serialNumber, value: panel.id },
    { type: OID.commonName, value: panel.name.slice(0, 64) || panel.id },
  ];
}

/**
 * The panel's CA certificate (SPEC C1), self-signed by the chair key. Refuses a key that does not
 * hash to the panel id: such a CA could never be checked against the panel.
 */
export async function createPanelCa(
  chairKey: SigningKeyPair,
  panel: PanelInfo,
  opts: { now?: number; years?: number } = {},
): Promise<Uint8Array> {
  if (panelIdFromChairKey(chairKey.publicJwk) !== panel.id) {
    throw new ReviewDeskError('sign/wrongChairKey', { panel: panel.id });
  }
  const now = opts.now ?? Date.now();
  const name = distinguishedName(caSubject(panel));
  return buildCertificate({
    subject: name,
    issuer: name,
    subjectKey: chairKey.publicJwk,
    issuerKey: chairKey.publicJwk,
    signer: chairKey.privateKey,
    ca: true,
    notBefore: now - 60_000,
    notAfter: now + (opts.years ?? 20) * YEAR,
  });
}

/**
 * A certificate for one device key of a member (SPEC C2), issued by the chair key. The subject
 * names the member (CN), their unit (O), their id (UID) and role (title) and the panel (OU).
 */
export async function issueMemberCertificate(input: {
  ca: Uint8Array;
  chairKey: SigningKeyPair;
  member: MemberInfo;
  deviceKey: PublicJwk;
  now?: number;
  years?: number;
}): Promise<Uint8Array> {
  const ca = parseCertificate(input.ca);
  const caKey = await certificatePublicJwk(ca);
  if (!caKey || jwkFingerprint(caKey) !== jwkFingerprint(input.chairKey.publicJwk)) {
    throw new ReviewDeskError('sign/wrongChairKey', {
      panel: nameValue(ca.subject, OID.serialNumber) ?? '',
    });
  }
  const panelId = nameValue(ca.subject, OID.serialNumber) ?? '';
  const now = input.now ?? Date.now();
  const attributes: NameAttribute[] = [
    { type: OID.organizationalUnit, value: panelId },
    ...(input.member.unit
      ? [{ type: OID.organization, value: input.member.unit.slice(0, 64) }]
      : []),
    { type: OID.title, value: input.member.role },
    { type: OID.userId, value: input.member.id },
    { type: OID.commonName, value: input.member.name.slice(0, 64) },
  ];
  const caNotAfter = ca.notAfter.value.getTime();
  return buildCertificate({
    subject: distinguishedName(attributes),
    issuer: ca.subject,
    subjectKey: minimalPublicJwk(input.deviceKey),
    issuerKey: input.chairKey.publicJwk,
    signer: input.chairKey.privateKey,
    ca: false,
    notBefore: now - 60_000,
    notAfter: Math.min(caNotAfter, now + (input.years ?? 10) * YEAR),
  });
}

/** DER → pkijs certificate; anything unreadable is `sign/badCertificate`. */
export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  try {
    return pkijs.Certificate.fromBER(der as Uint8Array<ArrayBuffer>);
  } catch (error) {
    throw new ReviewDeskError('sign/badCertificate', {}, { cause: error });
  }
}

/** Certificates from a PEM text (one or several) or a bare base64 DER. */
export function certificatesFromText(text: string): Uint8Array[] {
  const pems = fromPem(text);
  if (pems.length) return pems;
  try {
    return [fromBase64Std(text.trim())];
  } catch (error) {
    throw new ReviewDeskError('sign/badCertificate', {}, { cause: error });
  }
}

export const certificateToPem = (der: Uint8Array) => toPem(der);
export const certificateToBase64 = (der: Uint8Array) => toBase64Std(der);

function isCa(cert: pkijs.Certificate): boolean {
  const ext = cert.extensions?.find((e) => e.extnID === OID.basicConstraints);
  return Boolean((ext?.parsedValue as pkijs.BasicConstraints | undefined)?.cA);
}

export async function certificateFacts(der: Uint8Array): Promise<CertificateFacts> {
  const cert = parseCertificate(der);
  const ca = isCa(cert);
  const publicKey = await certificatePublicJwk(cert);
  return {
    der,
    serial: serialHex(cert.serialNumber),
    subjectName: nameValue(cert.subject, OID.commonName) ?? '',
    panelId: nameValue(cert.subject, ca ? OID.serialNumber : OID.organizationalUnit),
    memberId: ca ? null : nameValue(cert.subject, OID.userId),
    role: ca ? null : nameValue(cert.subject, OID.title),
    unit: ca ? null : nameValue(cert.subject, OID.organization),
    isCa: ca,
    notBefore: cert.notBefore.value.getTime(),
    notAfter: cert.notAfter.value.getTime(),
    publicKey,
    fingerprint: publicKey ? jwkFingerprint(publicKey) : null,
  };
}

export type CaCheck =
  | { ok: true; panelId: PanelId; panelName: string; chairKey: PublicJwk }
  | { ok: false; reason: 'notCa' | 'badSelfSignature' | 'panelIdMismatch' | 'notP256' };

/** SPEC C3: a panel CA is self-signed, a CA, and its key hashes to the panel id it names. */
export async function checkPanelCa(der: Uint8Array): Promise<CaCheck> {
  const cert = parseCertificate(der);
  if (!isCa(cert)) return { ok: false, reason: 'notCa' };
  const key = await certificatePublicJwk(cert);
  if (!key) return { ok: false, reason: 'notP256' };
  if (!(await verifyIssued(cert, cert))) return { ok: false, reason: 'badSelfSignature' };
  const named = nameValue(cert.subject, OID.serialNumber);
  const panelId = panelIdFromChairKey(key);
  if (named !== panelId) return { ok: false, reason: 'panelIdMismatch' };
  return {
    ok: true,
    panelId,
    panelName: nameValue(cert.subject, OID.commonName) ?? '',
    chairKey: key,
  };
}

async function verifyIssued(cert: pkijs.Certificate, issuer: pkijs.Certificate): Promise<boolean> {
  try {
    return await cert.verify(issuer);
  } catch {
    return false;
  }
}

export type MemberCertCheck =
  | { ok: true; facts: CertificateFacts }
  | {
      ok: false;
      reason: 'wrongIssuer' | 'badSignature' | 'isCa' | 'otherPanel';
      facts: CertificateFacts;
    };

/**
 * SPEC C4: the member certificate was issued by this CA: issuer name equals the CA subject, the
 * CA key verifies its signature, and it names the same panel. Validity in time is the caller's
 * (it depends on when something was signed).
 */
export async function checkMemberCertificate(
  member: Uint8Array,
  ca: Uint8Array,
): Promise<MemberCertCheck> {
  const facts = await certificateFacts(member);
  const cert = parseCertificate(member);
  const caCert = parseCertificate(ca);
  if (facts.isCa) return { ok: false, reason: 'isCa', facts };
  if (!cert.issuer.isEqual(caCert.subject)) return { ok: false, reason: 'wrongIssuer', facts };
  if (!(await verifyIssued(cert, caCert))) return { ok: false, reason: 'badSignature', facts };
  if (facts.panelId !== nameValue(caCert.subject, OID.serialNumber)) {
    return { ok: false, reason: 'otherPanel', facts };
  }
  return { ok: true, facts };
}
