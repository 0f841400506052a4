/**
 * The editor's unsaved work on an own pack, kept as it is typed (valid or not) so that leaving
 * the page or reloading loses nothing. Saving the pack removes its draft (library.ts).
 */
import { getDb, type ReviewDeskDb } from '../store/db';
import { draftKey, STORED_PACK_VERSION, type StoredDraft, StoredDraftSchema } from './stored-pack';

export async function saveDraft(
  id: string,
  draft: { value: unknown; jsonText?: string; baseRevision: number; now?: number },
  db: ReviewDeskDb = getDb(),
): Promise<void> {
  const record: StoredDraft = {
    v: STORED_PACK_VERSION,
    draft: draft.value,
    baseRevision: draft.baseRevision,
    savedAt: draft.now ?? Date.now(),
    ...(draft.jsonText === undefined ? {} : { jsonText: draft.jsonText }),
  };
  await db.settings.put({ key: draftKey(id), value: record });
}

/** The draft, or undefined when there is none (or what is stored is not a draft). */
export async function getDraft(
  id: string,
  db: ReviewDeskDb = getDb(),
): Promise<StoredDraft | undefined> {
  const row = await db.settings.get(draftKey(id));
  const parsed = StoredDraftSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function discardDraft(id: string, db: ReviewDeskDb = getDb()): Promise<void> {
  await db.settings.delete(draftKey(id));
}
