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
/** Any character the table folds (all are ideographs, none special in a character class). */
const TRADITIONAL = new RegExp(`[${[...FOLD.keys()].join('')}]`, 'u');
const TRADITIONAL_ALL = new RegExp(TRADITIONAL.source, 'gu');
/** Simplified → its traditional forms. */
const UNFOLD = new Map<string, string>();
for (const [t, s] of FOLD) UNFOLD.set(s, (UNFOLD.get(s) ?? '') + t);

/** The text with the traditional characters of labels written simplified, character for character. */
export function simplified(text: string): string {
  // Most text has no traditional character: returned as it is, with no string built a character
  // at a time (on a 300,000-character line that churned the collector for seconds).
  if (!TRADITIONAL.test(text)) return text;
  return text.replace(TRADITIONAL_ALL, (c) => FOLD.get(c)!);
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

/**
 * A regular expression's source with each ideograph taken in either writing: a pack's pattern
 * ("(?:每年|年度)…(?:资源|微课)…") finds 每年…資源… too. Outside a character class 资 becomes
 * [资資]; inside one the other forms are added at its end ([^。资] → [^。资資]), so ranges stay
 * as written. Escapes are copied as they are. One pass over the source.
 */
export function eitherWritingPattern(source: string): string {
  let out = '';
  let inClass = false;
  let extra = '';
  /** The class's last character copied is an unescaped "-" (an escaped one, "\\-", is not). */
  let dashLast = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      dashLast = false;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        // A class ending in a literal "-" keeps it last: "[资-]" + 資 is no range.
        out = dashLast ? `${out.slice(0, -1)}${extra}-]` : `${out}${extra}]`;
        inClass = false;
        continue;
      }
      out += c;
      dashLast = c === '-';
      const other = UNFOLD.get(FOLD.get(c) ?? c);
      if (other) extra += [...other, FOLD.get(c) ?? c].filter((x) => x !== c).join('');
      continue;
    }
    if (c === '[') {
      inClass = true;
      extra = '';
      out += c;
      if (source[i + 1] === '^') out += source[++i];
      continue;
    }
    out += UNFOLD.has(FOLD.get(c) ?? c) ? eitherWriting(c) : c;
  }
  return inClass ? source : out;
}
