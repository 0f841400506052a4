/**
 * The Chinese numerals for 0–9, plain and financial (〇 零 一 壹 两 俩 …), as one table: the form
 * reader (lib/extract/numerals) and the score box (lib/rubric/score-text) read the same digits.
 * Traditional forms of those that have one (貳 兩 倆 叄 陸), as a form typed in traditional
 * characters writes them; not 參, which is 参 (参与) as often as three.
 */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  俩: 2,
  倆: 2,
  三: 3,
  叁: 3,
  叄: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** A regex character class of the numerals worth `from` and more (`[一壹…]` for from = 1). */
export function digitClass(from = 0): string {
  const chars = Object.entries(CHINESE_DIGITS)
    .filter(([, v]) => v >= from)
    .map(([c]) => c);
  return `[${chars.join('')}]`;
}
