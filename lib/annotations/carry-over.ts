/**
 * Carry annotations over to another version of a file (an applicant re-exported their form, or
 * sent a corrected copy): each text annotation is found again in the new file by its quote, the
 * same way a stale anchor is (TextQuoteSelector with context, then fuzzy), and becomes a draft
 * for a new annotation there. Areas and notes have no text to find; they are reported as lost
 * with the quotes that could not be found, never placed at a guess.
 */
import type { PageText } from '../pdf/text';
import { rectsForRange } from '../pdf/text';
import { type PageTexts, reanchor } from './anchor';
import type { Annotation, AnnotationDraft } from './annotation';
import { mergeLineRects } from './geometry';

export interface TextProvider {
  /** Normalised text of every page of the target file (0-based). */
  texts: PageTexts;
  /** The page's full text model, for rectangles. */
  model(page: number): Promise<PageText>;
}

export interface CarryOverResult {
  carried: { from: Annotation; draft: AnnotationDraft }[];
  lost: Annotation[];
}

export async function carryOver(
  annotations: readonly Annotation[],
  target: TextProvider,
): Promise<CarryOverResult> {
  const result: CarryOverResult = { carried: [], lost: [] };
  for (const a of annotations) {
    if (a.deleted) continue;
    const found = a.quote.exact ? reanchor(a, target.texts) : { status: 'orphaned' as const };
    if (found.status === 'orphaned') {
      result.lost.push(a);
      continue;
    }
    const model = await target.model(found.page);
    const rects = mergeLineRects(rectsForRange(model, found.position.start, found.position.end));
    result.carried.push({
      from: a,
      draft: {
        kind: a.kind,
        page: found.page,
        rects,
        quote: found.quote,
        position: found.position,
        color: a.color,
        tags: a.tags,
        comment: a.comment,
      },
    });
  }
  return result;
}
