/**
 * A member's identity on one device, for one panel: the signing key (the chair key for the chair, a
 * device key of its own for everyone else, SPEC I3), the invitation key that registers devices, the
 * seal secret that seals drafts (SPEC S1), and the relay token. Export/import moves it between a
 * member's own devices under a passphrase (SPEC S6); a non-extractable device key never moves: the
 * other device makes and registers its own.
 */
import { z } from 'zod';
import { fromBase64, toBase64 } from '../crypto/bytes';
import {
  exportPrivateJwk,
  generateSigningKey,
  importPrivateJwk,
  type PrivateJwk,
  privateJwkSchema,
  publicJwkSchema,
  type SigningKeyPair,
} from '../crypto/ecdsa';
import {
  decryptWithPassphrase,
  encryptWithPassphrase,
  passphraseBoxSchema,
} from '../crypto/passphrase';
import { randomBytes } from '../crypto/seal';
import { ReviewDeskError } from '../errors';
import type { MemberId, PanelId } from '../ids';
import type { Invitation } from './invitation';
import { panelIdFromChairKey } from './panel-id';
import { type Role, roleSchema } from './role';

export interface MemberIdentity {
  panelId: PanelId;
  memberId: MemberId;
  name: string;
  role: Role;
  /** Chair: the chair key. Others: this device's own key. */
  signing: SigningKeyPair;
  /** The invitation key (members only): proves membership when a device key is registered. */
  inviteKey: PrivateJwk | null;
  /** 32 random bytes; application keys are derived from it. Never leaves the member's devices. */
  sealSecret: Uint8Array;
  token: string | null;
  relayUrl: string | null;
}

/** The chair of a new panel: the panel id is derived from this key (SPEC D7). */
export async function createChairIdentity(opts: {
  memberId: MemberId;
  name: string;
  extractable: boolean;
}): Promise<MemberIdentity> {
  const signing = await generateSigningKey(opts.extractable);
  return {
    panelId: panelIdFromChairKey(signing.publicJwk),
    memberId: opts.memberId,
    name: opts.name,
    role: 'chair',
    signing,
    inviteKey: null,
    sealSecret: randomBytes(32),
    token: null,
    relayUrl: null,
  };
}

/** Open an invitation on this device: a fresh device key and a fresh seal secret. */
export async function identityFromInvitation(
  invitation: Invitation,
  opts: { extractable?: boolean } = {},
): Promise<MemberIdentity> {
  return {
    panelId: invitation.panelId,
    memberId: invitation.member,
    name: invitation.name,
    role: invitation.role,
    signing: await generateSigningKey(opts.extractable ?? false),
    inviteKey: invitation.inviteKey,
    sealSecret: randomBytes(32),
    token: invitation.token,
    relayUrl: invitation.relayUrl,
  };
}

const secretsSchema = z.object({
  signing: privateJwkSchema.nullable(),
  inviteKey: privateJwkSchema.nullable(),
  sealSecret: z.string().min(40),
  token: z.string().nullable(),
  relayUrl: z.string().nullable(),
});

export const identityFileSchema = z.object({
  kind: z.literal('review-desk-identity'),
  v: z.literal(1),
  panelId: z.string().regex(/^p[0-9a-f]{32}$/),
  memberId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string(),
  role: roleSchema,
  publicKey: publicJwkSchema,
  box: passphraseBoxSchema,
});
export type IdentityFile = z.infer<typeof identityFileSchema>;

async function tryExport(key: CryptoKey): Promise<PrivateJwk | null> {
  if (!key.extractable) return null;
  return exportPrivateJwk(key);
}

export async function exportIdentity(
  identity: MemberIdentity,
  passphrase: string,
  iterations?: number,
): Promise<IdentityFile> {
  const signing = await tryExport(identity.signing.privateKey);
  if (!signing && !identity.inviteKey) throw new ReviewDeskError('panel/identityNotExportable');
  const secrets = {
    signing,
    inviteKey: identity.inviteKey,
    sealSecret: toBase64(identity.sealSecret),
    token: identity.token,
    relayUrl: identity.relayUrl,
  };
  return {
    kind: 'review-desk-identity',
    v: 1,
    panelId: identity.panelId,
    memberId: identity.memberId,
    name: identity.name,
    role: identity.role,
    publicKey: identity.signing.publicJwk,
    box: await encryptWithPassphrase(passphrase, JSON.stringify(secrets), iterations),
  };
}

/**
 * Import on another device (or the CLI). Without the signing key in the file, this device makes
 * its own key, which the panel registers with the invitation key when it opens (SPEC I3).
 */
export async function importIdentity(
  file: unknown,
  passphrase: string,
  opts: { extractable?: boolean } = {},
): Promise<MemberIdentity> {
  const parsed = identityFileSchema.safeParse(file);
  if (!parsed.success) throw new ReviewDeskError('panel/badIdentityFile');
  const head = parsed.data;
  const secrets = secretsSchema.safeParse(
    JSON.parse(await decryptWithPassphrase(passphrase, head.box)),
  );
  if (!secrets.success) throw new ReviewDeskError('panel/badIdentityFile');
  const s = secrets.data;
  const extractable = opts.extractable ?? false;
  const signing = s.signing
    ? await importPrivateJwk(s.signing, extractable)
    : await generateSigningKey(extractable);
  if (
    head.role === 'chair' &&
    (!s.signing || panelIdFromChairKey(signing.publicJwk) !== head.panelId)
  ) {
    throw new ReviewDeskError('panel/badIdentityFile');
  }
  return {
    panelId: head.panelId as PanelId,
    memberId: head.memberId as MemberId,
    name: head.name,
    role: head.role,
    signing,
    inviteKey: s.inviteKey,
    sealSecret: fromBase64(s.sealSecret),
    token: s.token,
    relayUrl: s.relayUrl,
  };
}
