/**
 * The viewer's per-file local settings: the page the reader was on, the zoom and page rotations.
 * Kept in the device's Dexie `settings` table under `viewer:<hash>`, never in the panel CRDT
 * (session state is not document state). Validated on read: a bad value is ignored.
 */
import { z } from 'zod';
import type { FileHash } from '../ids';
import type { ReviewDeskDb } from '../store/db';

export const ZOOM_MIN = 0.25;
export const ZOOM_MAX = 5;

export const ViewStateSchema = z.object({
  /** 0-based. */
  page: z.number().int().nonnegative(),
  zoom: z.union([z.literal('fitWidth'), z.number().min(ZOOM_MIN).max(ZOOM_MAX)]),
  /** Extra rotation per page index (degrees clockwise, multiples of 90). */
  rotations: z.record(
    z.string(),
    z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]),
  ),
});
export type ViewState = z.infer<typeof ViewStateSchema>;
export type Rotation = 0 | 90 | 180 | 270;

export const DEFAULT_VIEW_STATE: ViewState = { page: 0, zoom: 'fitWidth', rotations: {} };

export const viewStateKey = (hash: FileHash | string) => `viewer:${hash}`;

export async function loadViewState(db: ReviewDeskDb, hash: FileHash): Promise<ViewState | null> {
  const row = await db.settings.get(viewStateKey(hash));
  const parsed = ViewStateSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveViewState(
  db: ReviewDeskDb,
  hash: FileHash,
  state: ViewState,
): Promise<void> {
  const parsed = ViewStateSchema.safeParse(state);
  if (!parsed.success) return;
  await db.settings.put({ key: viewStateKey(hash), value: parsed.data });
}
