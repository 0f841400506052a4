/**
 * Approximate quote matching, after Hypothesis's `match-quote.ts`: find places where a quote
 * occurs with at most a bounded number of errors (Myers' bit-vector algorithm, via
 * approx-string-match), then score each by how well the quote, the text before and after it, and
 * the expected position agree. All strings here are in folded form (see text-fold).
 */
import approxSearch from 'approx-string-match';

export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Expected start offset, when known. */
  hint?: number;
}

export interface ScoredMatch {
  start: number;
  end: number;
  errors: number;
  /** 0..1, higher is better. */
  score: number;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** The most errors a fuzzy match of a quote this long may have. */
export function maxErrorsFor(quoteLength: number): number {
  return Math.min(256, Math.floor(quoteLength / 3));
}

/** 1 when `expected` occurs in `text` exactly, falling to 0 as more edits are needed. */
export function textMatchScore(text: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (text.length === 0) return 0;
  const matches = approxSearch(text, expected, expected.length);
  if (matches.length === 0) return 0;
  const best = matches.reduce((min, m) => Math.min(min, m.errors), expected.length);
  return 1 - best / expected.length;
}

export function scoreMatch(
  text: string,
  quote: string,
  match: { start: number; end: number; errors: number },
  context: QuoteContext,
): number {
  const quoteScore = 1 - match.errors / Math.max(1, quote.length);
  // Compare context over a window as long as the stored context, next to the match.
  const before = text.slice(Math.max(0, match.start - context.prefix.length), match.start);
  const after = text.slice(match.end, match.end + context.suffix.length);
  const prefixScore = textMatchScore(before, context.prefix);
  const suffixScore = textMatchScore(after, context.suffix);
  const positionScore =
    context.hint === undefined
      ? 1
      : 1 - Math.abs(match.start - context.hint) / Math.max(1, text.length);
  const raw =
    WEIGHTS.quote * quoteScore +
    WEIGHTS.prefix * prefixScore +
    WEIGHTS.suffix * suffixScore +
    WEIGHTS.position * positionScore;
  return raw / MAX_SCORE;
}

/** Best-scoring places of `quote` in `text` with at most `maxErrors` errors, best first. */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext,
  maxErrors = maxErrorsFor(quote.length),
): ScoredMatch[] {
  if (quote.length === 0 || text.length === 0) return [];
  const found = approxSearch(text, quote, maxErrors);
  // The algorithm reports every end position; keep the best start per end and dedupe.
  const seen = new Set<string>();
  const scored: ScoredMatch[] = [];
  for (const m of found) {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    scored.push({ ...m, score: scoreMatch(text, quote, m, context) });
  }
  return scored.sort((a, b) => b.score - a.score || a.errors - b.errors);
}
