/**
 * Small shared pieces for certificates and CMS over pkijs/asn1js: distinguished names with one
 * attribute per RDN, key conversions between our JWKs and WebCrypto/X.509, serial numbers, times,
 * DER ⇄ PEM. Everything goes through WebCrypto (`crypto.subtle`), so it runs in browsers and Node
 * alike and private keys may stay non-extractable.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { keyFingerprint, minimalPublicJwk, type PublicJwk } from '../crypto/ecdsa';

export const OID = {
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  title: '2.5.4.12',
  pseudonym: '2.5.4.65',
  userId: '0.9.2342.19200300.100.1.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  revocationInfoArchival: '1.2.840.113583.1.1.8',
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  crlNumber: '2.5.29.20',
  crlReason: '2.5.29.21',
} as const;

const EC_IMPORT = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export type NameAttribute = { type: string; value: string };

/**
 * A Name with each attribute in its own RDN (`C=CN, O=…, CN=…`), as most tools expect. pkijs,
 * left alone, puts all attributes in one multi-valued RDN (`C=CN+O=…+CN=…`): the sequence is built
 * with asn1js and handed to pkijs as parsed, so it keeps this exact encoding.
 */
export function distinguishedName(attributes: NameAttribute[]): pkijs.RelativeDistinguishedNames {
  const sequence = new asn1js.Sequence({
    value: attributes.map(
      (a) =>
        new asn1js.Set({
          value: [
            new pkijs.AttributeTypeAndValue({
              type: a.type,
              value:
                a.type === OID.country || a.type === OID.serialNumber
                  ? new asn1js.PrintableString({ value: a.value })
                  : new asn1js.Utf8String({ value: a.value }),
            }).toSchema(),
          ],
        }),
    ),
  });
  return pkijs.RelativeDistinguishedNames.fromBER(sequence.toBER(false));
}

/** The attributes of a name, in order, with their text values. */
export function nameAttributes(name: pkijs.RelativeDistinguishedNames): NameAttribute[] {
  return name.typesAndValues.map((tv) => ({
    type: tv.type,
    value: String((tv.value as { valueBlock?: { value?: unknown } }).valueBlock?.value ?? ''),
  }));
}

export function nameValue(name: pkijs.RelativeDistinguishedNames, type: string): string | null {
  return nameAttributes(name).find((a) => a.type === type)?.value ?? null;
}

export function publicKeyFromJwk(jwk: PublicJwk): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', { ...minimalPublicJwk(jwk), ext: true }, EC_IMPORT, true, [
    'verify',
  ]);
}

/** The subject public key of a certificate as our minimal JWK (null for anything but P-256). */
export async function certificatePublicJwk(cert: pkijs.Certificate): Promise<PublicJwk | null> {
  try {
    const spki = cert.subjectPublicKeyInfo.toSchema().toBER(false);
    const key = await crypto.subtle.importKey('spki', spki, EC_IMPORT, true, ['verify']);
    return minimalPublicJwk(await crypto.subtle.exportKey('jwk', key));
  } catch {
    return null;
  }
}

export function jwkFingerprint(jwk: PublicJwk): string {
  return keyFingerprint(jwk);
}

/** A positive 128-bit serial number (RFC 5280 allows up to 20 octets; the top bit stays 0). */
export function randomSerial(): asn1js.Integer {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x01;
  return new asn1js.Integer({ valueHex: bytes });
}

export function serialHex(serial: asn1js.Integer): string {
  return [...serial.valueBlock.valueHexView].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** UTCTime until 2049, GeneralizedTime after (RFC 5280 §4.1.2.5). Whole seconds. */
export function x509Time(at: number): pkijs.Time {
  const value = new Date(Math.floor(at / 1000) * 1000);
  return new pkijs.Time({ type: value.getUTCFullYear() < 2050 ? 0 : 1, value });
}

export function toDer(object: { toSchema(): { toBER(sizeOnly?: boolean): ArrayBuffer } }) {
  return new Uint8Array(object.toSchema().toBER(false));
}

export function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return crypto.subtle
    .digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
    .then((d) => new Uint8Array(d));
}

const STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding (PEM, and what `base64 -d` and `openssl` read). */
export function toBase64Std(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += STD[n >> 18]! + STD[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? STD[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? STD[n & 63]! : '=';
  }
  return out;
}

/** Accepts standard or url-safe base64, with or without padding and line breaks. */
export function fromBase64Std(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/_-]*$/.test(clean) || clean.length % 4 === 1) {
    throw new Error('bad base64');
  }
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const c of clean) {
    const v = c === '-' ? 62 : c === '_' ? 63 : STD.indexOf(c);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out;
}

export function toPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const lines = toBase64Std(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Every PEM block with this label, as DER (empty when there is none). */
export function fromPem(text: string, label = 'CERTIFICATE'): Uint8Array[] {
  const re = new RegExp(`-----BEGIN ${label}-----([^-]*)-----END ${label}-----`, 'g');
  return [...text.matchAll(re)].map((m) => fromBase64Std(m[1]!));
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
