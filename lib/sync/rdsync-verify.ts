/**
 * Checking one `.rdsync` part before anything of it is applied (SPEC Y3): the panel, the payload
 * hash and size, and the signature chain chair key → member record → device registration → header.
 * The chain is inside the header, so a file verifies on its own, against the panel id alone.
 */
import { toBase64 } from '../crypto/bytes';
import { keyFingerprint, type PublicJwk, verify } from '../crypto/ecdsa';
import { sha256HexOf } from '../crypto/hash';
import { ReviewDeskError } from '../errors';
import { panelIdFromChairKey } from '../identity/panel-id';
import type { MemberId, PanelId } from '../ids';
import { entryPayload } from '../panel/batch';
import { parseKey } from '../panel/keys';
import type { DeviceKey } from '../panel/records/device-key';
import type { Member } from '../panel/records/member';
import { checkEntry } from '../panel/validate';
import { type RawPart, signedHeader } from './rdsync-format';

export interface VerifiedPart extends RawPart {
  member: Member;
}

/** A member or device record that proves itself with its entry-level signature (SPEC A5). */
async function verifySignedEntry(raw: unknown, panelId: string, kind: string, key: PublicJwk) {
  const place = { by: '' as MemberId, client: 0, clock: 0, index: 0, at: 0 };
  const parsed = parseKey((raw as { k?: unknown } | null)?.k as string);
  if (parsed?.kind === 'device') place.by = parsed.member;
  const checked = checkEntry(raw, panelId, place);
  if (!checked.ok || checked.version.parsed.kind !== kind) return null;
  const { entry } = checked.version;
  if (entry.sk !== keyFingerprint(key)) return null;
  return (await verify(key, entry.sig!, entryPayload(panelId, entry)))
    ? checked.version.value
    : null;
}

export async function verifyPart(
  part: RawPart,
  expectedPanel: PanelId | null,
): Promise<VerifiedPart> {
  const h = part.header;
  if (expectedPanel && h.panel !== expectedPanel) {
    throw new ReviewDeskError('sync/wrongPanel', { panel: h.panel });
  }
  if (panelIdFromChairKey(h.chairKey) !== h.panel) throw new ReviewDeskError('sync/badSignature');
  if (part.payload.length !== h.payloadSize || sha256HexOf(part.payload) !== h.payloadSha256) {
    throw new ReviewDeskError('sync/hashMismatch');
  }
  const member = (await verifySignedEntry(
    h.proof.member,
    h.panel,
    'member',
    h.chairKey,
  )) as Member | null;
  if (!member || member.id !== h.author)
    throw new ReviewDeskError('sync/notMember', { author: h.author });
  const isChairKey = keyFingerprint(h.deviceKey) === keyFingerprint(h.chairKey);
  if (!(member.role === 'chair' && isChairKey)) {
    const device = (await verifySignedEntry(
      h.proof.device,
      h.panel,
      'device',
      member.inviteKey,
    )) as DeviceKey | null;
    if (
      !device ||
      device.member !== member.id ||
      keyFingerprint(device.key) !== keyFingerprint(h.deviceKey)
    ) {
      throw new ReviewDeskError('sync/notMember', { author: h.author });
    }
  }
  if (!(await verify(h.deviceKey, toBase64(part.signature), signedHeader(part.headerBytes)))) {
    throw new ReviewDeskError('sync/badSignature');
  }
  if (member.removed) throw new ReviewDeskError('sync/removedAuthor', { author: member.name });
  return { ...part, member: { ...member, id: member.id as MemberId } };
}
