/**
 * Ed25519 session keys (SPEC A3): a device makes one per writing session, delegates it with its
 * non-extractable ECDSA device key, and signs every batch it writes with it — synchronously, so a
 * write through the panel's API lands in the document in the same turn, signed. The secret half
 * lives in memory only and dies with the session. Signing is noble's (WebCrypto is async only);
 * verification uses the platform's native WebCrypto Ed25519 where it exists, noble otherwise.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { toBase64 } from './bytes';

export interface SessionKey {
  secret: Uint8Array;
  publicKey: Uint8Array;
}

export function generateSessionKey(): SessionKey {
  const secret = ed25519.utils.randomSecretKey();
  return { secret, publicKey: ed25519.getPublicKey(secret) };
}

export function signWithSession(key: SessionKey, message: Uint8Array): Uint8Array {
  return ed25519.sign(message, key.secret);
}

let nativeAvailable: boolean | null = null;
const nativeKeys = new Map<string, Promise<CryptoKey>>();
const MAX_CACHED_KEYS = 10_000;

function nativeKey(publicKey: Uint8Array): Promise<CryptoKey> {
  const id = toBase64(publicKey);
  let key = nativeKeys.get(id);
  if (!key) {
    if (nativeKeys.size >= MAX_CACHED_KEYS) nativeKeys.clear();
    key = crypto.subtle.importKey(
      'raw',
      publicKey as Uint8Array<ArrayBuffer>,
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    nativeKeys.set(id, key);
  }
  return key;
}

async function verifyNative(pub: Uint8Array, sig: Uint8Array, msg: Uint8Array): Promise<boolean> {
  return crypto.subtle.verify(
    { name: 'Ed25519' },
    await nativeKey(pub),
    sig as Uint8Array<ArrayBuffer>,
    msg as Uint8Array<ArrayBuffer>,
  );
}

/** False (never a throw) for a malformed key or signature: a bad signature is data, not a crash. */
export async function verifyEd25519(
  publicKey: Uint8Array,
  signature: Uint8Array,
  message: Uint8Array,
): Promise<boolean> {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  if (nativeAvailable !== false) {
    try {
      const ok = await verifyNative(publicKey, signature, message);
      nativeAvailable = true;
      return ok;
    } catch (error) {
      // A platform without WebCrypto Ed25519 throws NotSupportedError on import: fall back for
      // good. Any other failure (an invalid point) is a bad signature.
      if (nativeAvailable === null && (error as { name?: string })?.name === 'NotSupportedError') {
        nativeAvailable = false;
      } else {
        return false;
      }
    }
  }
  try {
    return ed25519.verify(signature, message, publicKey);
  } catch {
    return false;
  }
}
