/**
 * A number read twice: the quote a number was read from is read again for the numbers it writes
 * (digits or Chinese numerals, "一年半" as 1.5). A proposal that is none of them, or that
 * dropped a half the quote states, disagrees with its own evidence. Numbers worked out from a
 * month (years of practice from the month it started) are not written in their quote: a quote
 * stating a year and month is left alone.
 */
import { NUMBER, parseNumber, parseWithHalf, YEAR_MONTH } from '../numerals';
import type { CertaintyCheck } from './index';
import { quoteText } from './value-text';

const NUMBERS = new RegExp(NUMBER, 'gu');
const MONTH = new RegExp(YEAR_MONTH, 'u');

/** The numbers a text writes, with halves ("一年半" gives 1 and 1.5). */
function numbersIn(written: string): { plain: Set<number>; halves: Set<number> } {
  const plain = new Set<number>();
  const halves = new Set<number>();
  // "1,200" is one number, not 1 and 200.
  const text = written.replace(/(?<=\d),(?=\d{3}(?!\d))/gu, '');
  for (const m of text.matchAll(NUMBERS)) {
    const n = parseNumber(m[0]);
    if (n !== undefined) plain.add(n);
    const half = parseWithHalf(text.slice(m.index, m.index + m[0].length + 4));
    if (half !== undefined) halves.add(half);
  }
  if (/(?:^|[^\d〇零一二两三四五六七八九十百])半个?年/u.test(text)) halves.add(0.5);
  return { plain, halves };
}

/** A digit or Chinese numeral on each side of a line break. */
const WRAPPED_NUMERAL =
  /(?<=[\d〇零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟])\n(?=[\d〇零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟])/gu;

/**
 * The numbers of a quote, also as they read when a line break that wrapped a paragraph in the
 * middle of a number is taken out ("每年计划开发三百\n六十条" states 360).
 */
function numbersOfQuote(quote: string): { plain: Set<number>; halves: Set<number> } {
  const own = numbersIn(quote);
  const unwrapped = quote.replace(WRAPPED_NUMERAL, '');
  if (unwrapped === quote) return own;
  const joined = numbersIn(unwrapped);
  return {
    plain: new Set([...own.plain, ...joined.plain]),
    halves: new Set([...own.halves, ...joined.halves]),
  };
}

export const numberInQuote: CertaintyCheck = {
  name: 'number-in-quote',
  check(_id, fact) {
    if (typeof fact.value !== 'number' || fact.evidence.length === 0) return undefined;
    // A table's count may be the sum of several rows (典型案例 3个 + 4个): not written as such.
    if (fact.source === 'table') return undefined;
    const quote = quoteText(fact);
    if (MONTH.test(quote)) return undefined;
    const { plain, halves } = numbersOfQuote(quote);
    if (halves.has(fact.value)) return undefined;
    if (halves.has(fact.value + 0.5)) return 'numberDisagrees';
    return plain.has(fact.value) ? undefined : 'numberDisagrees';
  },
};
