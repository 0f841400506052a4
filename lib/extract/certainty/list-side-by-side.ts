/**
 * A list set in two halves side by side: a long table split into two runs of columns in one
 * table ("1 甲 … 4 丁 …" / "2 乙 … 5 戊 …" / "3 丙 …"), so each row holds item i and item
 * i + ⌈n/2⌉. A reader that took the rows' first half only read items 1 to 3 and left the rest,
 * whose serial numbers stand in the middle of the quoted rows and go on from the last row's.
 * Then the list is short: the reviewer should read the second half.
 */
import type { CertaintyCheck } from '.';
import { LIST_TYPE_SET } from './list-numbering';

/** Quoted lines read at most (a list of people or units is far shorter). */
const MAX_LINES = 200;

/** A serial opening a line, then text. */
const LEADING = /^\s*(\d{1,3})[.、．]?\s+\S/u;

/** A serial standing alone in the middle of a line, before a name (not a digit run of a phone). */
const INNER = /\s(\d{1,3})[.、．]?\s+(?=[^\d\s])/gu;

/**
 * Whether the quote's rows number 1…k at their start and carry k+1, k+2… in their middle (at
 * least two of them, one after another), past what the list holds.
 */
export function secondHalfUnread(quote: string, items: number): boolean {
  // The spaces between cells matter here: normalising would close them up ("1 甲" → "1甲").
  const lines = quote.slice(0, 40_000).normalize('NFKC').split('\n').slice(0, MAX_LINES);
  const leading: number[] = [];
  const inner: number[] = [];
  for (const line of lines) {
    const m = LEADING.exec(line);
    if (!m) continue;
    leading.push(Number(m[1]));
    const rest = line.slice(m[0].length - 1);
    for (const n of rest.matchAll(INNER)) inner.push(Number(n[1]));
  }
  if (leading.length < 2 || inner.length < 2) return false;
  const k = leading.length;
  if (leading.some((n, i) => n !== leading[0]! + i)) return false;
  const top = leading[k - 1]!;
  if (inner.some((n, i) => n !== top + 1 + i)) return false;
  return items < inner.at(-1)! - leading[0]! + 1;
}

export const listSideBySide: CertaintyCheck = {
  name: 'list-side-by-side',
  check(_id, fact, def) {
    if (!LIST_TYPE_SET.has(def.type) || def.options?.length || !Array.isArray(fact.value)) {
      return undefined;
    }
    const quote = fact.evidence.map((e) => e.quote).join('\n');
    return secondHalfUnread(quote, fact.value.length) ? 'listSideBySide' : undefined;
  },
};
