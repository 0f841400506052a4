/**
 * Keeping identities on this device (Dexie `identities`, one per panel). The private signing key
 * is stored as a CryptoKey object, so a non-extractable browser key stays non-extractable.
 */
import { keyFingerprint, minimalPublicJwk, privateJwkSchema } from '../crypto/ecdsa';
import type { MemberId, PanelId } from '../ids';
import type { ReviewDeskDb, StoredIdentity } from '../store/db';
import type { MemberIdentity } from './identity';
import { roleSchema } from './role';

export async function saveIdentity(db: ReviewDeskDb, identity: MemberIdentity): Promise<void> {
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
  };
  await db.identities.put(record);
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
