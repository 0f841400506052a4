/**
 * Find text in pages the way a reader expects: 全角/半角, radicals, case, spacing and line breaks
 * do not matter (see text-fold). Used by the viewer's search and by exact quote anchoring.
 */
import { matchQuote } from './match-quote';
import { type FoldedText, fold, foldText, toSourceRange } from './text-fold';

export interface TextHit {
  page: number;
  /** Range in the page's text as given (not the folded form). */
  start: number;
  end: number;
}

/** All non-overlapping occurrences of a folded needle in folded text, as folded offsets. */
export function findFolded(haystack: string, needle: string, limit = Infinity): number[] {
  const out: number[] = [];
  if (!needle) return out;
  let from = 0;
  while (out.length < limit) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) break;
    out.push(at);
    from = at + needle.length;
  }
  return out;
}

/**
 * Caches each page's folded text: search runs on every key press. A page's text may change (a
 * scan shown before its OCR reading came in), so the fold is kept with the text it was made from.
 */
export class PageTextIndex {
  private readonly folded = new Map<number, { text: string; folded: FoldedText }>();

  constructor(private readonly texts: (page: number) => string | undefined) {}

  foldedPage(page: number): FoldedText | undefined {
    const text = this.texts(page);
    if (text === undefined) return undefined;
    let f = this.folded.get(page);
    if (f?.text !== text) {
      f = { text, folded: foldText(text) };
      this.folded.set(page, f);
    }
    return f.folded;
  }

  /** Every hit of `query` on the given pages, in page order, at most `limit` in all. */
  search(query: string, pages: Iterable<number>, limit = 10_000): TextHit[] {
    const needle = fold(query);
    const hits: TextHit[] = [];
    if (!needle) return hits;
    for (const page of pages) {
      const f = this.foldedPage(page);
      if (!f) continue;
      for (const at of findFolded(f.text, needle, limit - hits.length)) {
        const [start, end] = toSourceRange(f, at, at + needle.length);
        hits.push({ page, start, end });
      }
      if (hits.length >= limit) break;
    }
    return hits;
  }
}

/**
 * A quote on page 0 of `index`: as one run of the text; failing that, its pieces; failing both,
 * the closest run with a character in four read otherwise. A quote joined from a table row whose
 * cells wrap ("华容县洞庭 / 路小学" in one cell, the next cell beside it) is not one run in reading
 * order, but each of its pieces is, and together they show the place. A scan's reading may differ
 * from the quote by a character (the value's rare character written from the pack's wording,
 * 金鹮杯, where the page's reading says 金鹦杯): the place is still the one the quote names.
 */
export function findQuote(index: PageTextIndex, quote: string): TextHit[] {
  const whole = index.search(quote, [0], 1);
  if (whole.length) return whole;
  const pieces = quote
    .split(/\s+/)
    .filter((piece) => [...piece].length >= 2)
    .flatMap((piece) => index.search(piece, [0], 1));
  return pieces.length ? pieces : nearQuote(index, quote);
}

/** The run of page 0 closest to `quote`, with at most one character in four otherwise. */
function nearQuote(index: PageTextIndex, quote: string): TextHit[] {
  const needle = fold(quote);
  const f = index.foldedPage(0);
  const allowed = Math.floor(needle.length / 4);
  if (!f || allowed === 0) return [];
  const [best] = matchQuote(f.text, needle, { prefix: '', suffix: '' }, allowed);
  if (!best) return [];
  const [start, end] = toSourceRange(f, best.start, best.end);
  return [{ page: 0, start, end }];
}
