/**
 * Traditional characters of a form's labels read as simplified ones: a form may print 所在單位,
 * 職稱, 主要成員, 項目名稱 over simplified values, and the pack's words are simplified. One
 * character for one, so offsets into the text stay where they were. The table (hant-table.ts,
 * from Unihan) holds every traditional character whose simplified form is in GB2312, so a
 * pack's own words are found in either writing whatever they are (開展實踐時間, 聯係電話); it
 * is used to match labels only, never to rewrite a value. Labels are matched either by folding the text (`simplified`) or by patterns that
 * take each label character in either writing (`eitherWriting`), which leave the text as it is.
 */
import { escapeRegex } from '../regex';
import { HANT_PAIRS } from './hant-table';

const FOLD = new Map<string, string>();
for (let i = 0; i + 1 < HANT_PAIRS.length; i += 2) FOLD.set(HANT_PAIRS[i]!, HANT_PAIRS[i + 1]!);
/** Simplified → its traditional forms. */
const UNFOLD = new Map<string, string>();
for (const [t, s] of FOLD) UNFOLD.set(s, (UNFOLD.get(s) ?? '') + t);

/** The text with the traditional characters of labels written simplified, character for character. */
export function simplified(text: string): string {
  let out = '';
  for (const c of text) out += FOLD.get(c) ?? c;
  return out;
}

/** A label's character as a pattern that matches it in either writing: 单 → [单單]. */
export function eitherWriting(c: string): string {
  const simple = FOLD.get(c) ?? c;
  const other = UNFOLD.get(simple);
  return other ? `[${simple}${other}]` : escapeRegex(c);
}

/** A label as a pattern taking each character in either writing, `between` between them. */
export function labelSource(label: string, between = ''): string {
  return Array.from(label).map(eitherWriting).join(between);
}
