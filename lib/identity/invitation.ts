/**
 * An invitation: what the chair hands one member (a file, a QR code later). Opening it on a device
 * makes that device's identity (SPEC I3). It is a secret: the token admits its holder to the relay
 * and the invitation key registers devices, so it is sent to the member alone.
 */
import { z } from 'zod';
import { privateJwkSchema, publicJwkSchema } from '../crypto/ecdsa';
import { ReviewDeskError } from '../errors';
import type { MemberId, PanelId } from '../ids';
import { roleSchema } from './role';

export const invitationSchema = z.object({
  kind: z.literal('review-desk-invitation'),
  v: z.literal(1),
  panelId: z.string().regex(/^p[0-9a-f]{32}$/),
  panelName: z.string(),
  relayUrl: z.string().nullable(),
  member: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string(),
  role: roleSchema,
  token: z.string(),
  inviteKey: privateJwkSchema,
  chairKey: publicJwkSchema,
  /** The panel's state when invited, as a base64url `.rdsync` file (for panels without a relay). */
  initial: z.string().optional(),
});
export type Invitation = z.infer<typeof invitationSchema> & { panelId: PanelId; member: MemberId };

export function parseInvitation(value: unknown): Invitation {
  const parsed = invitationSchema.safeParse(value);
  if (!parsed.success) throw new ReviewDeskError('panel/badInvitation');
  return parsed.data as Invitation;
}
