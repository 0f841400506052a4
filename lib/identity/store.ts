/**
 * Keeping identities on this device (Dexie `identities`, one per panel). The private signing key
 * is stored as a CryptoKey object, so a non-extractable browser key stays non-extractable; beside
 * a chair's identity, the chair key's escrow (lib/sign SPEC B3).
 */
import { keyFingerprint, minimalPublicJwk, privateJwkSchema } from '../crypto/ecdsa';
import type { MemberId, PanelId } from '../ids';
import type { ReviewDeskDb, StoredIdentity } from '../store/db';
import type { KeyEscrow } from './backup-box';
import type { MemberIdentity } from './identity';
import { roleSchema } from './role';

export async function saveIdentity(
  db: ReviewDeskDb,
  identity: MemberIdentity,
  opts: { escrow?: KeyEscrow } = {},
): Promise<void> {
  const record: StoredIdentity = {
    panelId: identity.panelId,
    memberId: identity.memberId,
    name: identity.name,
    role: identity.role,
    signingKey: identity.signing.privateKey,
    signingPublic: identity.signing.publicJwk,
    inviteKey: identity.inviteKey,
    sealSecret: identity.sealSecret,
    token: identity.token,
    relayUrl: identity.relayUrl,
    savedAt: Date.now(),
    // Only an escrow of this very key is kept (SPEC B3): a restored key brings its own or none.
    ...(opts.escrow?.fingerprint === identity.signing.fingerprint ? { escrow: opts.escrow } : {}),
  };
  await db.identities.put(record);
}

/** The sealed copy of this device's chair key, if the panel was made here with a passphrase. */
export async function loadEscrow(db: ReviewDeskDb, panelId: PanelId): Promise<KeyEscrow | null> {
  const r = await db.identities.get(panelId);
  const escrow = r?.escrow;
  return escrow && escrow.fingerprint === keyFingerprint(minimalPublicJwk(r.signingPublic))
    ? escrow
    : null;
}

/** Validated on the way out: a damaged record reads as "no identity", never as a half one. */
export async function loadIdentity(
  db: ReviewDeskDb,
  panelId: PanelId,
): Promise<MemberIdentity | null> {
  const r = await db.identities.get(panelId);
  if (!r) return null;
  const role = roleSchema.safeParse(r.role);
  const invite = r.inviteKey === null ? null : privateJwkSchema.safeParse(r.inviteKey);
  if (!role.success || (invite && !invite.success) || !(r.sealSecret instanceof Uint8Array)) {
    return null;
  }
  const publicJwk = minimalPublicJwk(r.signingPublic);
  return {
    panelId: r.panelId,
    memberId: r.memberId as MemberId,
    name: r.name,
    role: role.data,
    signing: { privateKey: r.signingKey, publicJwk, fingerprint: keyFingerprint(publicJwk) },
    inviteKey: invite ? invite.data! : null,
    sealSecret: r.sealSecret,
    token: r.token,
    relayUrl: r.relayUrl,
  };
}

export async function deleteIdentity(db: ReviewDeskDb, panelId: PanelId): Promise<void> {
  await db.identities.delete(panelId);
}
