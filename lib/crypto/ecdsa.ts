/**
 * ECDSA P-256 through WebCrypto: the member and chair keys. Private keys can be created
 * non-extractable (browsers keep them in IndexedDB as CryptoKey objects). Signatures are raw r‖s
 * (64 bytes), the WebCrypto form. Public keys travel as minimal JWKs {kty, crv, x, y}.
 */
import { z } from 'zod';
import { canonicalJson, fromBase64, toBase64, utf8 } from './bytes';
import { sha256HexOf } from './hash';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export const publicJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  y: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
export type PublicJwk = z.infer<typeof publicJwkSchema>;

export const privateJwkSchema = publicJwkSchema.extend({
  d: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
export type PrivateJwk = z.infer<typeof privateJwkSchema>;

export function minimalPublicJwk(jwk: JsonWebKey): PublicJwk {
  return publicJwkSchema.parse({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
}

/** A short, stable name for a public key: 32 hex of SHA-256 over its canonical JWK. */
export function keyFingerprint(jwk: PublicJwk): string {
  return sha256HexOf(canonicalJson(minimalPublicJwk(jwk))).slice(0, 32);
}

export interface SigningKeyPair {
  privateKey: CryptoKey;
  publicJwk: PublicJwk;
  fingerprint: string;
}

export async function generateSigningKey(extractable: boolean): Promise<SigningKeyPair> {
  const pair = (await crypto.subtle.generateKey(ALGORITHM, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const publicJwk = minimalPublicJwk(await crypto.subtle.exportKey('jwk', pair.publicKey));
  let privateKey = pair.privateKey;
  if (!extractable) {
    // Re-import so the private key object itself can never be exported again.
    const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    privateKey = await crypto.subtle.importKey('jwk', jwk, ALGORITHM, false, ['sign']);
  }
  return { privateKey, publicJwk, fingerprint: keyFingerprint(publicJwk) };
}

export async function importPrivateJwk(
  jwk: PrivateJwk,
  extractable: boolean,
): Promise<SigningKeyPair> {
  const privateKey = await crypto.subtle.importKey(
    'jwk',
    { ...jwk, ext: true },
    ALGORITHM,
    extractable,
    ['sign'],
  );
  const publicJwk = minimalPublicJwk(jwk);
  return { privateKey, publicJwk, fingerprint: keyFingerprint(publicJwk) };
}

export async function exportPrivateJwk(key: CryptoKey): Promise<PrivateJwk> {
  const jwk = await crypto.subtle.exportKey('jwk', key);
  return privateJwkSchema.parse({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d });
}

export async function sign(privateKey: CryptoKey, data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? utf8(data) : data;
  const sig = await crypto.subtle.sign(SIGN, privateKey, bytes as Uint8Array<ArrayBuffer>);
  return toBase64(new Uint8Array(sig));
}

const publicKeyCache = new Map<string, Promise<CryptoKey>>();

function importPublic(jwk: PublicJwk): Promise<CryptoKey> {
  const fp = keyFingerprint(jwk);
  let key = publicKeyCache.get(fp);
  if (!key) {
    key = crypto.subtle.importKey('jwk', { ...jwk, ext: true }, ALGORITHM, true, ['verify']);
    publicKeyCache.set(fp, key);
  }
  return key;
}

/** False (never a throw) for malformed keys or signatures: a bad signature is data, not a crash. */
export async function verify(
  jwk: PublicJwk,
  signature: string,
  data: Uint8Array | string,
): Promise<boolean> {
  try {
    const sig = fromBase64(signature);
    if (sig.length !== 64) return false;
    const bytes = typeof data === 'string' ? utf8(data) : data;
    return await crypto.subtle.verify(
      SIGN,
      await importPublic(jwk),
      sig as Uint8Array<ArrayBuffer>,
      bytes as Uint8Array<ArrayBuffer>,
    );
  } catch {
    return false;
  }
}
