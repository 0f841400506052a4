/**
 * Secrets at rest under a passphrase (CLI identity files, identity export between one's own
 * devices): PBKDF2-SHA-256 (600,000 iterations) → AES-256-GCM, through WebCrypto.
 */
import { z } from 'zod';
import { ReviewDeskError } from '../errors';
import { fromBase64, fromUtf8, toBase64, utf8 } from './bytes';

export const passphraseBoxSchema = z.object({
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: z.string().min(16),
  iv: z.string().min(16),
  ct: z.string().min(1),
});
export type PassphraseBox = z.infer<typeof passphraseBoxSchema>;

export const DEFAULT_ITERATIONS = 600_000;

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number) {
  const base = await crypto.subtle.importKey(
    'raw',
    utf8(passphrase.normalize('NFC')) as Uint8Array<ArrayBuffer>,
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptWithPassphrase(
  passphrase: string,
  plaintext: string,
  iterations = DEFAULT_ITERATIONS,
): Promise<PassphraseBox> {
  if (!passphrase) throw new ReviewDeskError('panel/passphraseEmpty');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    utf8(plaintext) as Uint8Array<ArrayBuffer>,
  );
  return {
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    iv: toBase64(iv),
    ct: toBase64(new Uint8Array(ct)),
  };
}

/** A wrong passphrase and a damaged box look the same to AES-GCM: one clear error for both. */
export async function decryptWithPassphrase(
  passphrase: string,
  box: PassphraseBox,
): Promise<string> {
  try {
    const key = await deriveKey(passphrase, fromBase64(box.salt), box.iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(box.iv) as Uint8Array<ArrayBuffer> },
      key,
      fromBase64(box.ct) as Uint8Array<ArrayBuffer>,
    );
    return fromUtf8(new Uint8Array(plain));
  } catch (error) {
    throw new ReviewDeskError('panel/wrongPassphrase', {}, { cause: error });
  }
}
