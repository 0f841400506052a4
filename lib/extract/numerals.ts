/**
 * Numbers and dates as Chinese forms write them: ASCII digits (full-width ones are ASCII after
 * normalisation), Chinese numerals (五, 两, 十二, 二十三, 二百四十, 二〇一九), financial
 * numerals (伍, 拾), and year-month dates (2019年9月, 二〇一九年九月, 2019.09, 2019-9).
 */

import { CHINESE_DIGITS } from '../chinese-digits';
import { NUMBER_PATTERN, YEAR_MONTH_PATTERN } from '../rubric/patterns';

const DIGITS = CHINESE_DIGITS;
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** A regex source matching one number in any of the forms above. */
export const NUMBER = NUMBER_PATTERN;

/** Parse a number written in digits or Chinese numerals; undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const chars = Array.from(s);
  // 萬 is 万 in traditional characters.
  const isWan = (c: string) => c === '万' || c === '萬';
  if (!chars.every((c) => c in DIGITS || c in UNITS || isWan(c))) return undefined;
  // Digit by digit when there is no unit (二〇一九 = 2019).
  if (!chars.some((c) => c in UNITS || isWan(c))) {
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of chars) {
    if (c in DIGITS) {
      digit = DIGITS[c]!;
    } else if (isWan(c)) {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = undefined;
    } else {
      // 十 alone means ten: 十二 = 12.
      section += (digit ?? 1) * UNITS[c]!;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** An integer ≥ 0, or undefined. */
export function parseCount(text: string): number | undefined {
  const n = parseNumber(text);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** A year and month: 2019年9月, 二〇一九年九月, 2019.09, 2019-9, 2019/09. */
export const YEAR_MONTH = YEAR_MONTH_PATTERN;

/** `YYYY-MM` from the groups of a YEAR_MONTH match; undefined for an impossible date. */
export function yearMonthFrom(match: RegExpExecArray | string[], at = 1): string | undefined {
  const year = parseNumber(match[at] ?? '');
  const month = parseNumber(match[at + 1] ?? match[at + 2] ?? '');
  if (year === undefined || month === undefined) return undefined;
  if (year < 1950 || year > 2100 || month < 1 || month > 12) return undefined;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Parse a whole string as a year and month. */
export function parseYearMonth(text: string): string | undefined {
  const m = new RegExp(`^${YEAR_MONTH}$`).exec(text.trim());
  return m ? yearMonthFrom(m) : undefined;
}

/**
 * An amount with a half after its unit: "一年半" 1.5, "2个半月" 2.5, "半年" 0.5. Undefined
 * when the text holds no such half (the caller reads the number as it is).
 */
export function parseWithHalf(text: string): number | undefined {
  const t = text.replace(/\s+/g, '');
  if (/^半个?[年月]/.test(t)) return 0.5;
  const m = /^([\d〇零一二两三四五六七八九十百]+)个?[年月]半/.exec(t);
  const n = m ? parseNumber(m[1]!) : undefined;
  return n === undefined ? undefined : n + 0.5;
}

/** The circled numbers ①–⑳, in order: a call numbers its conditions and items with them. */
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The number a circled digit stands for (② → 2), or undefined for any other character. */
export function circledNumber(ch: string): number | undefined {
  const at = CIRCLED.indexOf(ch);
  return ch.length === 1 && at >= 0 ? at + 1 : undefined;
}
