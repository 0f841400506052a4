/**
 * The chair invites a member from the app, as `review-desk panel create` does from the CLI: a
 * signed member record in the panel, and an invitation file for that member alone, carrying the
 * relay URL, their token, the key that registers their devices, and `initial` — the panel's full
 * state as a signed `.rdsync` — so they can start even with no relay at all.
 */
import { z } from 'zod';
import { toBase64 } from '../crypto/bytes';
import { ReviewDeskError } from '../errors';
import type { Invitation } from '../identity/invitation';
import { inviteMember } from '../panel/create';
import { internalsOf, type Panel } from '../panel/panel';
import { exportRdsync } from '../sync/rdsync';

const inviteInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  unit: z.string().trim().max(200),
  role: z.enum(['reviewer', 'observer']),
});
export type InviteInput = z.input<typeof inviteInputSchema>;

export interface InvitationFile {
  invitation: Invitation & { initial: string };
  /** A file name from the member's name, safe on every system. */
  fileName: string;
  text: string;
}

/** Letters (any script), digits, `-` and `_` survive; the rest becomes `_`. */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
  return cleaned || fallback;
}

export async function inviteToPanel(panel: Panel, input: InviteInput): Promise<InvitationFile> {
  const parsed = inviteInputSchema.safeParse(input);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'name');
    throw new ReviewDeskError('syncUi/badInvite', { field });
  }
  const chair = internalsOf(panel).identity;
  if (chair.role !== 'chair' || panel.me().role !== 'chair')
    throw new ReviewDeskError('panel/chairOnly');
  const invitation = await inviteMember(panel, chair, parsed.data);
  // After the member record is written, so the new member finds themselves in it.
  const initial = toBase64(await exportRdsync(panel, { kind: 'full' }));
  const full = { ...invitation, initial };
  return {
    invitation: full,
    fileName: `${safeFileName(invitation.name, 'member')}.json`,
    text: `${JSON.stringify(full, null, 2)}\n`,
  };
}
