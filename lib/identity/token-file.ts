/**
 * A token file: what the chair sends a member after reissuing their relay token (SPEC M3) — when
 * the old one may have leaked, the chair raises the member's token epoch, every older token is
 * refused by relays, and this file carries the new one. Unlike an invitation it registers no
 * device and carries no panel state: it only replaces the token on devices that already joined.
 */
import { z } from 'zod';
import { ReviewDeskError } from '../errors';
import { safeFileName } from '../file-name';
import type { MemberId, PanelId } from '../ids';

export const tokenFileSchema = z.object({
  kind: z.literal('review-desk-token'),
  v: z.literal(1),
  panelId: z.string().regex(/^p[0-9a-f]{32}$/),
  panelName: z.string().max(200),
  member: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string().max(200),
  token: z.string().max(10_000),
});
export type TokenFile = z.infer<typeof tokenFileSchema> & { panelId: PanelId; member: MemberId };

export function isTokenFile(value: unknown): boolean {
  return (value as { kind?: unknown } | null)?.kind === 'review-desk-token';
}

export function parseTokenFile(value: unknown): TokenFile {
  const parsed = tokenFileSchema.safeParse(value);
  if (!parsed.success) throw new ReviewDeskError('workspace/badTokenFile');
  return parsed.data as TokenFile;
}

/** A file name for the token: the member's name, safe on every file system. */
export function tokenFileName(file: { name: string; member: string }): string {
  return `${safeFileName(file.name, 60, file.member)}.token.json`;
}
