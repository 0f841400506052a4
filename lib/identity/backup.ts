/**
 * Identity backup and restore (SPEC B1–B6 in lib/sign/SPEC.md): a passphrase-protected JSON file
 * that moves a member's identity — signing key when it can move, invitation key, seal secret,
 * token, certificates, member and panel facts — to another device or to the CLI. It is also the
 * CLI's identity file. Not PKCS#12: a .p12 cannot carry the seal secret and the invitation key
 * without private bag types no other tool reads, and common PKCS#12 tooling still defaults to weak
 * ciphers; this format uses WebCrypto only (PBKDF2-SHA-256 → AES-256-GCM), in browsers and Node.
 *
 * Wrong passphrase and damage are told apart: a SHA-256 over the whole file catches accidental
 * damage, a key-check value derived with the key says whether the passphrase is right, and the
 * clear header is the AES-GCM additional data, so a changed header fails decryption too.
 */
import { z } from 'zod';
import { canonicalJson, fromBase64, toBase64, utf8 } from '../crypto/bytes';
import {
  exportPrivateJwk,
  generateSigningKey,
  importPrivateJwk,
  keyFingerprint,
  minimalPublicJwk,
  type PrivateJwk,
  privateJwkSchema,
  publicJwkSchema,
} from '../crypto/ecdsa';
import { sha256HexOf } from '../crypto/hash';
import { DEFAULT_ITERATIONS } from '../crypto/passphrase';
import { ReviewDeskError } from '../errors';
import type { MemberId, PanelId } from '../ids';
import { b64, deriveKeys, type KeyEscrow, kdfSchema, open, openEscrow } from './backup-box';
import { identityFileSchema, importIdentity, type MemberIdentity } from './identity';
import { panelIdFromChairKey } from './panel-id';
import { roleSchema } from './role';

export { escrowSigningKey, type KeyEscrow } from './backup-box';

export const BACKUP_KIND = 'review-desk-identity';
export const BACKUP_VERSION = 2;

/** What is readable without the passphrase (and authenticated by it). */
const headerSchema = z.object({
  kind: z.literal(BACKUP_KIND),
  v: z.literal(BACKUP_VERSION),
  panelId: z.string().regex(/^p[0-9a-f]{32}$/),
  panelName: z.string().max(200),
  memberId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string().max(100),
  role: roleSchema,
  unit: z.string().max(200),
  /** The public half of the signing key in this file, or of the old device's key when none. */
  publicKey: publicJwkSchema,
  hasSigningKey: z.boolean(),
  /** DER, base64url: the panel CA and this member's certificates. */
  certificates: z.object({ ca: b64.nullable(), member: z.array(b64) }),
  createdAt: z.number().int().nonnegative(),
  kdf: kdfSchema,
});

export const identityBackupSchema = headerSchema.extend({
  /** SHA-256 of a key derived beside the AES key: tells a wrong passphrase from damage. */
  check: b64.min(40),
  iv: b64.min(16),
  ct: b64.min(1),
  /** Hex SHA-256 of the canonical JSON of every other field. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type IdentityBackup = z.infer<typeof identityBackupSchema>;
type Header = z.infer<typeof headerSchema>;

const secretsSchema = z.object({
  signing: privateJwkSchema.nullable(),
  inviteKey: privateJwkSchema.nullable(),
  sealSecret: b64.min(40),
  token: z.string().nullable(),
  relayUrl: z.string().nullable(),
});

export interface BackupCertificates {
  ca: Uint8Array | null;
  member: Uint8Array[];
}

function fileChecksum(file: Omit<IdentityBackup, 'sha256'>): string {
  return sha256HexOf(canonicalJson(file));
}

/** SPEC B2: which signing key can travel, or why none can. */
async function movableKey(
  identity: MemberIdentity,
  passphrase: string,
  escrow: KeyEscrow | undefined,
): Promise<PrivateJwk | null> {
  if (identity.signing.privateKey.extractable) return exportPrivateJwk(identity.signing.privateKey);
  if (escrow && escrow.fingerprint === identity.signing.fingerprint) {
    return openEscrow(escrow, passphrase);
  }
  if (identity.role === 'chair') throw new ReviewDeskError('sign/chairKeyNotBackedUp');
  if (!identity.inviteKey) throw new ReviewDeskError('sign/nothingToMove');
  return null;
}

export async function exportIdentityBackup(
  identity: MemberIdentity,
  opts: {
    passphrase: string;
    panelName?: string;
    unit?: string;
    certificates?: BackupCertificates;
    escrow?: KeyEscrow;
    iterations?: number;
    now?: number;
  },
): Promise<IdentityBackup> {
  if (!opts.passphrase) throw new ReviewDeskError('panel/passphraseEmpty');
  const signing = await movableKey(identity, opts.passphrase, opts.escrow);
  const header: Header = {
    kind: BACKUP_KIND,
    v: BACKUP_VERSION,
    panelId: identity.panelId,
    panelName: opts.panelName ?? '',
    memberId: identity.memberId,
    name: identity.name,
    role: identity.role,
    unit: opts.unit ?? '',
    publicKey: identity.signing.publicJwk,
    hasSigningKey: signing !== null,
    certificates: {
      ca: opts.certificates?.ca ? toBase64(opts.certificates.ca) : null,
      member: (opts.certificates?.member ?? []).map(toBase64),
    },
    createdAt: opts.now ?? Date.now(),
    kdf: { name: 'PBKDF2-SHA-256', iterations: opts.iterations ?? DEFAULT_ITERATIONS, salt: '' },
  };
  const secrets = secretsSchema.parse({
    signing,
    inviteKey: identity.inviteKey,
    sealSecret: toBase64(identity.sealSecret),
    token: identity.token,
    relayUrl: identity.relayUrl,
  });
  // The salt is part of the header the cipher authenticates: make it first, then seal.
  const salt = toBase64(crypto.getRandomValues(new Uint8Array(16)));
  header.kdf.salt = salt;
  const { aes, check } = await deriveKeys(opts.passphrase, fromBase64(salt), header.kdf.iterations);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(canonicalJson(header)) as Uint8Array<ArrayBuffer> },
    aes,
    utf8(JSON.stringify(secrets)) as Uint8Array<ArrayBuffer>,
  );
  const body = { ...header, check, iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
  return { ...body, sha256: fileChecksum(body) };
}

export interface RestoredIdentity {
  identity: MemberIdentity;
  panelName: string;
  unit: string;
  certificates: BackupCertificates;
  /** True when the file held no signing key: this device made its own, to be registered. */
  newDeviceKey: boolean;
}

/** What `identity show` prints, without the passphrase. Throws like import on a bad file. */
export function readBackupHeader(
  file: unknown,
): Omit<IdentityBackup, 'check' | 'iv' | 'ct' | 'sha256'> {
  const parsed = identityBackupSchema.safeParse(file);
  if (!parsed.success)
    throw new ReviewDeskError(looksLikeIdentity(file) ? 'sign/backupDamaged' : 'sign/notBackup');
  const { check: _c, iv: _i, ct: _t, sha256: _s, ...header } = parsed.data;
  return header;
}

function looksLikeIdentity(file: unknown): boolean {
  return (
    typeof file === 'object' && file !== null && (file as { kind?: unknown }).kind === BACKUP_KIND
  );
}

/**
 * Restore on this device (SPEC B4–B6). Validates everything before returning; the caller stores
 * the identity only on success, so a wrong passphrase or a damaged file changes nothing. Older
 * identity files (v1, written by `panel create`) are read too.
 */
export async function importIdentityBackup(
  file: unknown,
  passphrase: string,
  opts: { extractable?: boolean } = {},
): Promise<RestoredIdentity> {
  if (!looksLikeIdentity(file)) throw new ReviewDeskError('sign/notBackup');
  if ((file as { v?: unknown }).v === 1 && identityFileSchema.safeParse(file).success) {
    // v1 boxes cannot tell a wrong passphrase from damage: their own error says both.
    const identity = await importIdentity(file, passphrase, opts);
    const moved =
      identity.signing.fingerprint === keyFingerprint((file as { publicKey: never }).publicKey);
    return {
      identity,
      panelName: '',
      unit: '',
      certificates: { ca: null, member: [] },
      newDeviceKey: !moved,
    };
  }
  const parsed = identityBackupSchema.safeParse(file);
  if (!parsed.success) throw new ReviewDeskError('sign/backupDamaged');
  const { sha256, check, iv, ct, ...header } = parsed.data;
  if (fileChecksum({ ...header, check, iv, ct }) !== sha256)
    throw new ReviewDeskError('sign/backupDamaged');
  const plain = await open(passphrase, { kdf: header.kdf, check, iv, ct }, canonicalJson(header));
  let secrets: z.infer<typeof secretsSchema>;
  try {
    secrets = secretsSchema.parse(JSON.parse(plain));
  } catch (error) {
    throw new ReviewDeskError('sign/backupDamaged', {}, { cause: error });
  }
  const extractable = opts.extractable ?? false;
  const signing = secrets.signing
    ? await importPrivateJwk(secrets.signing, extractable)
    : await generateSigningKey(extractable);
  const keyMatches = secrets.signing
    ? keyFingerprint(minimalPublicJwk(secrets.signing)) === keyFingerprint(header.publicKey)
    : true;
  const chairOk =
    header.role !== 'chair' ||
    (secrets.signing !== null && panelIdFromChairKey(signing.publicJwk) === header.panelId);
  if (!keyMatches || !chairOk || (secrets.signing === null) !== !header.hasSigningKey) {
    throw new ReviewDeskError('sign/backupDamaged');
  }
  return {
    identity: {
      panelId: header.panelId as PanelId,
      memberId: header.memberId as MemberId,
      name: header.name,
      role: header.role,
      signing,
      inviteKey: secrets.inviteKey,
      sealSecret: fromBase64(secrets.sealSecret),
      token: secrets.token,
      relayUrl: secrets.relayUrl,
    },
    panelName: header.panelName,
    unit: header.unit,
    certificates: {
      ca: header.certificates.ca ? fromBase64(header.certificates.ca) : null,
      member: header.certificates.member.map(fromBase64),
    },
    newDeviceKey: secrets.signing === null,
  };
}
