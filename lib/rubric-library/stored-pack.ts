/**
 * The records the rubric library keeps in the device's `settings` table: a user's own pack
 * (`rubric:<id>`, always a pack that parseRubricPack accepted when it was saved) and the editor's
 * unsaved draft of it (`rubric-draft:<id>`, any JSON, so nothing typed is lost while it is still
 * invalid). Schema, type, version and factory side by side; both are checked again on load.
 */
import { z } from 'zod';
import type { RubricPack } from '../rubric';

export const PACK_KEY_PREFIX = 'rubric:';
export const DRAFT_KEY_PREFIX = 'rubric-draft:';
export const STORED_PACK_VERSION = 1;

export const packKey = (id: string) => `${PACK_KEY_PREFIX}${id}`;
export const draftKey = (id: string) => `${DRAFT_KEY_PREFIX}${id}`;

export interface StoredPack {
  v: typeof STORED_PACK_VERSION;
  /** The pack as saved; parsed again (and migrated) whenever it is read. */
  pack: unknown;
  savedAt: number;
  /** The pack this one was copied from, when it was. */
  copiedFrom?: string;
}

export const StoredPackSchema: z.ZodType<StoredPack> = z.object({
  v: z.literal(STORED_PACK_VERSION),
  pack: z.unknown(),
  savedAt: z.number(),
  copiedFrom: z.string().optional(),
});

export function storedPack(pack: RubricPack, savedAt: number, copiedFrom?: string): StoredPack {
  return copiedFrom === undefined
    ? { v: STORED_PACK_VERSION, pack, savedAt }
    : { v: STORED_PACK_VERSION, pack, savedAt, copiedFrom };
}

export interface StoredDraft {
  v: typeof STORED_PACK_VERSION;
  /** Whatever the editor holds, valid or not. */
  draft: unknown;
  /** Raw text of the JSON tab when it does not parse yet. */
  jsonText?: string;
  /** The revision of the saved pack the draft started from. */
  baseRevision: number;
  savedAt: number;
}

export const StoredDraftSchema: z.ZodType<StoredDraft> = z.object({
  v: z.literal(STORED_PACK_VERSION),
  draft: z.unknown(),
  jsonText: z.string().optional(),
  baseRevision: z.number(),
  savedAt: z.number(),
});
