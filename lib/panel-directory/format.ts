/**
 * The panel directory that `review-desk panel create` writes and `panel add-applications` keeps
 * up to date, and that the app opens to give a CLI-made panel's chair a way in. A public format:
 *
 *   panel.json               what the panel is (schema below), for people and scripts
 *   chair.identity.json      the chair's identity, its private key encrypted with a passphrase
 *   panel.rdsync             the panel's full state, signed (rewritten after every change)
 *   invitations/<姓名>.json   one invitation per member, each carrying the initial state
 *   files/<sha256>.pdf       the application files added with `panel add-applications`
 */
import { z } from 'zod';
import { toBase64 } from '../crypto/bytes';
import { publicJwkSchema } from '../crypto/ecdsa';
import { safeFileName } from '../file-name';
import { type Invitation, invitationSchema } from '../identity/invitation';
import { roleSchema } from '../identity/role';
import type { Panel } from '../panel/panel';

export const PANEL_FILE = 'panel.json';
export const CHAIR_IDENTITY_FILE = 'chair.identity.json';
export const STATE_FILE = 'panel.rdsync';
export const INVITATIONS_DIR = 'invitations';
export const FILES_DIR = 'files';

export const panelSummarySchema = z.object({
  panelId: z.string().regex(/^p[0-9a-f]{32}$/),
  name: z.string().min(1),
  rubricId: z.string().min(1),
  relayUrl: z.string().nullable(),
  chairPublicKey: publicJwkSchema,
  chair: z.object({ id: z.string().min(1), name: z.string() }),
  members: z.array(z.object({ id: z.string().min(1), name: z.string(), role: roleSchema })),
  createdAt: z.number().int().nonnegative(),
});
export type PanelSummary = z.infer<typeof panelSummarySchema>;

/** An invitation file: an invitation with the panel's state when it was made. */
export const invitationFileSchema = invitationSchema.extend({ initial: z.string().min(1) });
export type InvitationFile = z.infer<typeof invitationFileSchema>;

/** panel.json for a panel as it stands. */
export function panelSummary(panel: Panel, rubricId: string): PanelSummary {
  const meta = panel.meta();
  const chair = panel.members().find((m) => m.role === 'chair');
  if (!meta || !chair) throw new Error('panelSummary: the panel has no meta or chair yet');
  return {
    panelId: panel.id,
    name: meta.name,
    rubricId,
    relayUrl: meta.settings.relayUrl,
    chairPublicKey: meta.chairKey as PanelSummary['chairPublicKey'],
    chair: { id: chair.id, name: chair.name },
    members: panel.members().map((m) => ({ id: m.id, name: m.name, role: m.role })),
    createdAt: meta.createdAt,
  };
}

export function invitationFile(invitation: Invitation, initial: Uint8Array): InvitationFile {
  return { ...invitation, initial: toBase64(initial) };
}

/** A file name for a member's invitation, safe on every file system and unique in `taken`. */
export function invitationFileName(name: string, taken: Set<string>): string {
  const base = safeFileName(name, 60, 'member');
  let candidate = `${base}.json`;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base}-${i}.json`;
  taken.add(candidate);
  return candidate;
}

/** Where an application file is kept in the directory. */
export function storedFileName(hash: string): string {
  return `${FILES_DIR}/${hash}.pdf`;
}

/** Parse panel.json; null when it is not one (the caller says which file is wrong). */
export function parsePanelSummary(value: unknown): PanelSummary | null {
  const parsed = panelSummarySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
