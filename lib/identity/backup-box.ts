/**
 * The passphrase box of identity backups and key escrows: PBKDF2-SHA-256 gives 512 bits, the first
 * half an AES-256-GCM key, the second a key-check value stored as its SHA-256 — so a wrong
 * passphrase is told from a damaged file (B4). WebCrypto only: browsers and Node alike.
 */
import { z } from 'zod';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../crypto/bytes';
import {
  exportPrivateJwk,
  importPrivateJwk,
  keyFingerprint,
  minimalPublicJwk,
  type PrivateJwk,
  privateJwkSchema,
  type SigningKeyPair,
} from '../crypto/ecdsa';
import { sha256HexOf } from '../crypto/hash';
import { DEFAULT_ITERATIONS } from '../crypto/passphrase';
import { ReviewDeskError } from '../errors';

export const b64 = z.string().regex(/^[A-Za-z0-9_-]*$/);

export const kdfSchema = z.object({
  name: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: b64.min(16),
});

export async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number) {
  const base = await crypto.subtle.importKey(
    'raw',
    utf8(passphrase.normalize('NFC')) as Uint8Array<ArrayBuffer>,
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
      base,
      512,
    ),
  );
  const aes = await crypto.subtle.importKey(
    'raw',
    bits.slice(0, 32) as Uint8Array<ArrayBuffer>,
    'AES-GCM',
    false,
    ['encrypt', 'decrypt'],
  );
  return { aes, check: sha256HexOf(bits.slice(32)) };
}

/** A sealed copy of a key made while it could still be exported (SPEC B3): open only with the passphrase. */
export interface KeyEscrow {
  fingerprint: string;
  kdf: z.infer<typeof kdfSchema>;
  check: string;
  iv: string;
  ct: string;
}

export async function seal(passphrase: string, plain: string, aad: string, iterations: number) {
  if (!passphrase) throw new ReviewDeskError('panel/passphraseEmpty');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const { aes, check } = await deriveKeys(passphrase, salt, iterations);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(aad) as Uint8Array<ArrayBuffer> },
    aes,
    utf8(plain) as Uint8Array<ArrayBuffer>,
  );
  return {
    kdf: { name: 'PBKDF2-SHA-256' as const, iterations, salt: toBase64(salt) },
    check,
    iv: toBase64(iv),
    ct: toBase64(new Uint8Array(ct)),
  };
}

export async function open(
  passphrase: string,
  box: { kdf: z.infer<typeof kdfSchema>; check: string; iv: string; ct: string },
  aad: string,
): Promise<string> {
  const { aes, check } = await deriveKeys(passphrase, fromBase64(box.kdf.salt), box.kdf.iterations);
  if (check !== box.check) throw new ReviewDeskError('sign/backupWrongPassphrase');
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(box.iv) as Uint8Array<ArrayBuffer>,
        additionalData: utf8(aad) as Uint8Array<ArrayBuffer>,
      },
      aes,
      fromBase64(box.ct) as Uint8Array<ArrayBuffer>,
    );
    return fromUtf8(new Uint8Array(plain));
  } catch (error) {
    throw new ReviewDeskError('sign/backupDamaged', {}, { cause: error });
  }
}

/**
 * At creation, while the key is still extractable: keep a passphrase-sealed copy and return a
 * non-extractable key for daily use. The chair's key cannot be replaced (the panel id is its
 * hash), so the app makes one for the chair when the panel is created.
 */
export async function escrowSigningKey(
  extractable: SigningKeyPair,
  passphrase: string,
  iterations = DEFAULT_ITERATIONS,
): Promise<{ escrow: KeyEscrow; daily: SigningKeyPair }> {
  const jwk = await exportPrivateJwk(extractable.privateKey);
  const box = await seal(
    passphrase,
    JSON.stringify(jwk),
    `rd-escrow-v1|${extractable.fingerprint}`,
    iterations,
  );
  return {
    escrow: { fingerprint: extractable.fingerprint, ...box },
    daily: await importPrivateJwk(jwk, false),
  };
}

export async function openEscrow(escrow: KeyEscrow, passphrase: string): Promise<PrivateJwk> {
  const jwk = privateJwkSchema.safeParse(
    JSON.parse(await open(passphrase, escrow, `rd-escrow-v1|${escrow.fingerprint}`)),
  );
  if (!jwk.success || keyFingerprint(minimalPublicJwk(jwk.data)) !== escrow.fingerprint) {
    throw new ReviewDeskError('sign/backupDamaged');
  }
  return jwk.data;
}
