/**
 * Facts read from a stored file, cached on this device per file and pack: reading is
 * deterministic, and a 100-page file should be read once, not on every visit. Proposals only:
 * nothing here enters the panel document.
 */
import { ReviewDeskError } from '../errors';
import type { ExtractionResult } from '../extract';
import type { FileHash } from '../ids';
import type { ExtractionOcrOptions } from '../ocr/extraction';
import type { RubricPack } from '../rubric';
import { getFile } from '../store/blobs';
import type { ReviewDeskDb } from '../store/db';

/**
 * Bump when extraction changes, so cached proposals are read again (4: structural doubts; 5:
 * fillable form fields, drawn ticks and watermarks, round 13 on v13; 6: rounds 14 and 15 —
 * turned pages, text boxes, stacked labels, struck-through corrections, two pages on a sheet,
 * letter-spaced text — and OCR's doubts of lost glyphs; 7: rounds 16 to 18 — bullets, ditto
 * marks, leaders, template guidance, split grids, hidden optional content, note references,
 * voided drafts, question-and-answer forms — and their certainty checks; 8: round 19 — text
 * typed in FreeText annotations, pages out of order or upside down, outline-numbered labels,
 * crossed boxes, lists in one cell, weak labels — and its checks; 9: unit lists found by their
 * names' shape where no label names them, 十 read as + inside a word on scans).
 */
export const EXTRACTOR_VERSION = 9;

/** Results with scanned pages read by OCR are kept apart from those without (`:ocr`). */
export function cacheKey(pack: RubricPack, hash: FileHash, ocr: boolean): string {
  return `extraction:v${EXTRACTOR_VERSION}:${pack.id}:${pack.revision}:${hash}${ocr ? ':ocr' : ''}`;
}

/**
 * A cached entry is this app's own writing, but a device keeps it across versions and a write
 * may have been cut short: anything without the shape of a result is read again, not shown.
 */
function cachedResult(value: unknown): ExtractionResult | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Partial<ExtractionResult>;
  const ok =
    typeof r.facts === 'object' &&
    r.facts !== null &&
    !Array.isArray(r.facts) &&
    Array.isArray(r.pagesWithoutText) &&
    typeof r.pages === 'number';
  return ok ? (value as ExtractionResult) : undefined;
}

export async function extractStoredFile(
  db: ReviewDeskDb,
  pack: RubricPack,
  file: { hash: FileHash; name: string },
  onProgress?: (done: number, total: number) => void,
  /** For a locked file: the password the user typed (the result is cached like any other). */
  password?: string,
  /** Read scanned pages by OCR (lib/ocr); without it they are reported, not read. */
  ocr?: ExtractionOcrOptions & { signal?: AbortSignal },
): Promise<ExtractionResult> {
  const key = cacheKey(pack, file.hash, false);
  const cached = cachedResult((await db.settings.get(key))?.value);
  // A file without scanned pages reads the same with or without OCR.
  if (cached && (!ocr || cached.pagesWithoutText.length === 0)) return cached;
  const ocrKey = cacheKey(pack, file.hash, true);
  const cachedOcr = ocr && cachedResult((await db.settings.get(ocrKey))?.value);
  if (cachedOcr) return cachedOcr;
  const bytes = await getFile(db, file.hash);
  if (!bytes) throw new ReviewDeskError('viewer/fileMissing', { file: file.name });
  const { signal, ...ocrOptions } = ocr ?? {};
  // The reader (pdf.js, the layout reader, the finders) loads on first use, not with the app.
  const { extractFromPdf } = await import('../extract');
  const result = await extractFromPdf(bytes.slice(), {
    fileName: file.name,
    pack,
    ...(password ? { password } : {}),
    ...(onProgress ? { onProgress } : {}),
    ...(ocr ? { ocr: ocrOptions as ExtractionOcrOptions } : {}),
    ...(signal ? { signal } : {}),
  });
  await db.settings.put({
    key: ocr && result.pagesWithoutText.length > 0 ? ocrKey : key,
    value: result,
  });
  return result;
}
