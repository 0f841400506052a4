/**
 * Anchoring: describe a text selection by several selectors (quote with ~32 characters of
 * context, position in the page's normalised text, page), and find it again in a document whose
 * text may have shifted (a re-exported version of the same application).
 *
 * Re-anchoring tries, in order: (1) the stored position still holds the quote; (2) the quote
 * occurs exactly (in folded form: 全角/半角, radicals, case and spacing ignored), the occurrence
 * with the best context winning, nearest page first on ties; (3) a fuzzy match with a bounded
 * error count, scored by quote, prefix, suffix and position (match-quote). Nothing found →
 * orphaned. Pure: page texts in, positions out; the caller turns positions into rectangles.
 */
import type { TextPosition, TextQuote } from './annotation';
import { matchQuote, maxErrorsFor, scoreMatch } from './match-quote';
import { type FoldedText, fold, foldText, fromSourceRange, toSourceRange } from './text-fold';
import { findFolded } from './text-search';

export const CONTEXT_CHARS = 32;

export interface TextSelectors {
  page: number;
  quote: TextQuote;
  position: TextPosition;
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export type AnchorResult =
  | {
      status: 'anchored';
      method: AnchorMethod;
      page: number;
      position: TextPosition;
      /** The quote as it reads now, with fresh context: store it to keep the anchor sharp. */
      quote: TextQuote;
      /** 0..1: 1 for an exact hit with matching context. */
      score: number;
    }
  | { status: 'orphaned' };

/** Page texts by 0-based index; `undefined` for a page whose text is not known. */
export type PageTexts = readonly (string | undefined)[];

/** Selectors for the range [start, end) of a page's normalised text. */
export function describeTextRange(
  pageText: string,
  start: number,
  end: number,
  context = CONTEXT_CHARS,
): { quote: TextQuote; position: TextPosition } {
  const s = Math.max(0, Math.min(start, pageText.length));
  const e = Math.max(s, Math.min(end, pageText.length));
  return {
    quote: {
      exact: pageText.slice(s, e),
      prefix: pageText.slice(Math.max(0, s - context), s),
      suffix: pageText.slice(e, e + context),
    },
    position: { start: s, end: e },
  };
}

interface Candidate {
  page: number;
  folded: FoldedText;
  start: number;
  end: number;
  score: number;
  method: AnchorMethod;
}

/** Pages in order of distance from `page`, nearest first. */
function pagesByDistance(page: number, count: number): number[] {
  const order: number[] = [];
  if (page >= 0 && page < count) order.push(page);
  for (let d = 1; d < count; d++) {
    if (page - d >= 0 && page - d < count) order.push(page - d);
    if (page + d < count && page + d >= 0) order.push(page + d);
    if (page - d < 0 && page + d >= count) break;
  }
  return order;
}

function better(a: Candidate | null, b: Candidate, hintPage: number): boolean {
  if (!a) return true;
  if (b.score !== a.score) return b.score > a.score;
  return Math.abs(b.page - hintPage) < Math.abs(a.page - hintPage);
}

function result(c: Candidate, text: string): AnchorResult {
  const [start, end] = toSourceRange(c.folded, c.start, c.end);
  const fresh = describeTextRange(text, start, end);
  return { status: 'anchored', method: c.method, page: c.page, score: c.score, ...fresh };
}

export interface ReanchorOptions {
  /** Fuzzy matches scoring below this are not accepted (0..1). */
  minFuzzyScore?: number;
}

export function reanchor(
  selectors: TextSelectors,
  pages: PageTexts,
  options: ReanchorOptions = {},
): AnchorResult {
  const { quote, position, page } = selectors;
  const needle = fold(quote.exact);
  if (!needle) return { status: 'orphaned' };
  const prefix = fold(quote.prefix);
  const suffix = fold(quote.suffix);
  const folded = new Map<number, FoldedText>();
  const foldedPage = (p: number) => {
    let f = folded.get(p);
    if (!f) {
      f = foldText(pages[p] ?? '');
      folded.set(p, f);
    }
    return f;
  };
  const hintFor = (p: number, f: FoldedText) =>
    p === page ? fromSourceRange(f, position.start, position.end)[0] : undefined;

  // 1. The stored position still holds the quote.
  const text = pages[page];
  if (text !== undefined && position.end <= text.length && position.end > position.start) {
    if (fold(text.slice(position.start, position.end)) === needle) {
      const f = foldedPage(page);
      const [s, e] = fromSourceRange(f, position.start, position.end);
      const c: Candidate = { page, folded: f, start: s, end: e, score: 1, method: 'position' };
      return result(c, text);
    }
  }

  const order = pagesByDistance(page, pages.length).filter((p) => pages[p] !== undefined);
  // 2. Exact occurrences of the quote, scored by their context.
  let best: Candidate | null = null;
  for (const p of order) {
    const f = foldedPage(p);
    for (const at of findFolded(f.text, needle)) {
      const match = { start: at, end: at + needle.length, errors: 0 };
      const score = scoreMatch(f.text, needle, match, { prefix, suffix, hint: hintFor(p, f) });
      const c: Candidate = { page: p, folded: f, ...match, score, method: 'quote' };
      if (better(best, c, page)) best = c;
    }
  }
  // An exact hit whose context also agrees is as good as it gets.
  if (best && best.score >= 0.75) return result(best, pages[best.page]!);

  // 3. Fuzzy: the quote itself was edited (or only a weak exact hit exists).
  const maxErrors = maxErrorsFor(needle.length);
  if (maxErrors > 0) {
    for (const p of order) {
      const f = foldedPage(p);
      const [top] = matchQuote(f.text, needle, { prefix, suffix, hint: hintFor(p, f) }, maxErrors);
      if (!top) continue;
      const c: Candidate = { page: p, folded: f, ...top, method: 'fuzzy' };
      if (top.errors === 0) c.method = 'quote';
      if (better(best, c, page)) best = c;
    }
  }
  const minScore = options.minFuzzyScore ?? 0.5;
  if (!best || (best.method === 'fuzzy' && best.score < minScore)) return { status: 'orphaned' };
  return result(best, pages[best.page]!);
}
