/**
 * The chair invites a member from the app: the invitation carries a relay token signed by the
 * chair and the panel's full state, so the new member has the panel at once, online or not.
 */
import { toBase64 } from '../crypto/bytes';
import { safeFileName } from '../file-name';
import type { Invitation } from '../identity/invitation';
import { inviteMember, type NewMember } from '../panel/create';
import { internalsOf, type Panel } from '../panel/panel';
import { exportRdsync } from '../sync/rdsync';

export async function createInvitation(
  panel: Panel,
  member: NewMember,
): Promise<Invitation & { initial: string }> {
  const invitation = await inviteMember(panel, internalsOf(panel).identity, member);
  await panel.settled();
  const initial = await exportRdsync(panel, { kind: 'full' });
  return { ...invitation, initial: toBase64(initial) };
}

/** A file name for the invitation: the member's name, safe on every file system. */
export function invitationFileName(invitation: { name?: string; member: string }): string {
  return `${safeFileName(invitation.name ?? invitation.member, 60, invitation.member)}.invitation.json`;
}
