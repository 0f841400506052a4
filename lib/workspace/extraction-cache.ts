/**
 * Facts read from a stored file, cached on this device per file and pack: reading is
 * deterministic, and a 100-page file should be read once, not on every visit. Proposals only:
 * nothing here enters the panel document.
 */
import { ReviewDeskError } from '../errors';
import { type ExtractionResult, extractFromPdf } from '../extract';
import type { FileHash } from '../ids';
import type { RubricPack } from '../rubric';
import { getFile } from '../store/blobs';
import type { ReviewDeskDb } from '../store/db';

/** Bump when extraction changes, so cached proposals are read again. */
export const EXTRACTOR_VERSION = 2;

function cacheKey(pack: RubricPack, hash: FileHash): string {
  return `extraction:v${EXTRACTOR_VERSION}:${pack.id}:${pack.revision}:${hash}`;
}

export async function extractStoredFile(
  db: ReviewDeskDb,
  pack: RubricPack,
  file: { hash: FileHash; name: string },
  onProgress?: (done: number, total: number) => void,
  /** For a locked file: the password the user typed (the result is cached like any other). */
  password?: string,
): Promise<ExtractionResult> {
  const key = cacheKey(pack, file.hash);
  const cached = (await db.settings.get(key))?.value as ExtractionResult | undefined;
  if (cached) return cached;
  const bytes = await getFile(db, file.hash);
  if (!bytes) throw new ReviewDeskError('viewer/fileMissing', { file: file.name });
  const result = await extractFromPdf(bytes.slice(), {
    fileName: file.name,
    pack,
    ...(password ? { password } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  await db.settings.put({ key, value: result });
  return result;
}
