/**
 * Options cited by number against options read: a call that numbers its options (①–⑥) lets a
 * form answer with the numbers alone ("符合第2、5项", "⑥（序号见通知：①…；②…）"). When the quote
 * cites numbers and the options proposed are not those, the reader took the options from the
 * notice's wording quoted beside the answer, not from the answer.
 */
import { circledNumber } from '../numerals';
import type { CertaintyCheck } from './index';
import { quoteText } from './value-text';

/**
 * A circled number cited, not heading an option's wording (followed by another, a separator, a
 * parenthesis, 项 or 条 — "符合第④、⑤、⑥条" —, or the end of the quote) nor standing after a box or tick as an option of a
 * checkbox row (where a line may break inside an option's wording).
 */
const CITED_CIRCLED =
  /(?<![□■☐☑☒●○◯✓✔√×】\]][ \t]?)([①-⑳])(?=[ \t]?(?:[①-⑳、，,和及与/（(）)项条款]|$))/gu;
/** "第2、5项" (a clause of the notice, "第1条", is not an option). */
const CITED_ORDINALS = /第\s?(\d{1,2}(?:\s?[、，,和及与]\s?\d{1,2}){0,9})\s?项/gu;

function citedNumbers(quote: string): Set<number> {
  const out = new Set<number>();
  for (const m of quote.matchAll(CITED_CIRCLED)) out.add(circledNumber(m[1]!)!);
  for (const m of quote.matchAll(CITED_ORDINALS)) {
    for (const n of m[1]!.split(/[^\d]+/)) if (n) out.add(Number(n));
  }
  return out;
}

export const citedOptions: CertaintyCheck = {
  name: 'cited-options',
  check(_id, fact, def) {
    if (!def.hints?.numbered || !def.options?.length) return undefined;
    const values = Array.isArray(fact.value) ? fact.value : [fact.value];
    const read = new Set(
      values.map((v) => def.options!.findIndex((o) => o.value === v) + 1).filter((n) => n > 0),
    );
    const cited = citedNumbers(quoteText(fact));
    if (cited.size === 0) return undefined;
    const same = cited.size === read.size && [...cited].every((n) => read.has(n));
    return same ? undefined : 'citedOptions';
  },
};
