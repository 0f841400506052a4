/**
 * Sealing of draft review values (SPEC S1): AES-256-GCM with a key derived by HKDF-SHA-256 from the
 * author's seal secret, bound to panel, member and application. Synchronous (noble) so that a
 * score is sealed inside the same call that writes it and a revealed value reads synchronously.
 * Plaintext is padded to a multiple of 16 bytes so a comment's length shows only roughly.
 */
import { gcm } from '@noble/ciphers/aes.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { fromBase64, fromUtf8, toBase64, toHex, utf8 } from './bytes';

export interface SealedValue {
  /** Which key sealed it: a fingerprint of the application key, not the key. */
  kid: string;
  iv: string;
  ct: string;
}

const PAD = 16;

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** The per-application key of one member (SPEC S1). */
export function deriveApplicationKey(
  secret: Uint8Array,
  panelId: string,
  memberId: string,
  applicationId: string,
): Uint8Array {
  return hkdf(
    sha256,
    secret,
    utf8(`rd-seal-v1|${panelId}`),
    utf8(`${memberId}|${applicationId}`),
    32,
  );
}

export function keyId(key: Uint8Array): string {
  return toHex(sha256(key)).slice(0, 16);
}

function pad(bytes: Uint8Array): Uint8Array {
  // A 4-byte length up front, then zeros up to the next multiple of PAD.
  const total = Math.ceil((bytes.length + 4) / PAD) * PAD;
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, bytes.length);
  out.set(bytes, 4);
  return out;
}

function unpad(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 4) throw new Error('sealed value too short');
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  if (length > bytes.length - 4) throw new Error('sealed value length');
  return bytes.subarray(4, 4 + length);
}

export function sealJson(key: Uint8Array, aad: string, value: unknown): SealedValue {
  const iv = randomBytes(12);
  const ct = gcm(key, iv, utf8(aad)).encrypt(pad(utf8(JSON.stringify(value))));
  return { kid: keyId(key), iv: toBase64(iv), ct: toBase64(ct) };
}

/** Throws when the key is wrong or the ciphertext was altered (GCM tag). */
export function openJson(key: Uint8Array, aad: string, sealed: SealedValue): unknown {
  const plain = gcm(key, fromBase64(sealed.iv), utf8(aad)).decrypt(fromBase64(sealed.ct));
  return JSON.parse(fromUtf8(unpad(plain)));
}
