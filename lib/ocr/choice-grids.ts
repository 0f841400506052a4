/**
 * Choices read from a scan with no tick seen. A form lists a fact's options side by side (学段：
 * 小学 初中 高中, 年级册 over several lines, numbered conditions) and the applicant marks some:
 * a ☑, a √ in the cell beside the option, a （✓）. On a scan the mark is what goes first: a √
 * alone in its cell is often not read at all (no text line is found there), and the finder then
 * takes the field's first cell for the answer (小学, 三上, 人工智能) — a default-looking value,
 * every character sure. So a choice whose option list stands on the scan, naming options that
 * were not chosen, is proposed as certain only when a tick was positively read among them.
 *
 * A field that names only what was chosen (学段：初中, 符合第③项) is a statement, not a list to
 * pick from, and needs no tick.
 */
import { normalizeText } from '../pdf/normalize';
import type { QuoteSpan } from './lost-records';
import { CHECKED, UNCHECKED } from './words';

/** How sure a choice is that was read from an option list where no tick was seen. */
export const NO_TICK = 0.5;

/** One option of a choice fact: its value and the wordings a form prints for it. */
export interface ChoiceOption {
  value: string;
  words: string[];
}

/** A mark read as a tick: a box the pixels found ticked, a √ or ✓ the recogniser read, ■. */
const TICK = new RegExp(`[${CHECKED}√✓✔■]`);

/** Letters only: option wordings and a line's words compare without numbers, marks, quotes. */
const letters = (s: string) => normalizeText(s).text.replace(/[^\p{L}]/gu, '');

/**
 * The options a word of a line names: the word is one option's wording or several run together
 * (cells read without the gap between them), with its numbering, marks and punctuation left out.
 * Null when the word holds anything else (a sentence, a label, a unit's name).
 */
function optionsIn(word: string, options: { value: string; key: string }[]): string[] | null {
  let rest = letters(word);
  if (rest === '') return null;
  const out: string[] = [];
  while (rest !== '') {
    // The longest wording first: 高一上 before 高一 (none), 机器人教育 before 教育.
    const hit = options.find((o) => rest.startsWith(o.key));
    if (!hit) return out.length === 0 ? nearly(rest, options) : null;
    out.push(hit.value);
    rest = rest.slice(hit.key.length);
  }
  return out;
}

/**
 * The option a word stands for with a character or two misread (金鹮杯 read 金鹅杯: 鹮 is not in
 * the recogniser's dictionary): same length, at most one character in eight different.
 */
function nearly(word: string, options: { value: string; key: string }[]): string[] | null {
  const chars = Array.from(word);
  if (chars.length < 4) return null;
  for (const o of options) {
    const key = Array.from(o.key);
    if (key.length !== chars.length) continue;
    const differ = key.filter((c, i) => c !== chars[i]).length;
    if (differ <= Math.max(1, Math.floor(chars.length / 8))) return [o.value];
  }
  return null;
}

/**
 * Whether a choice value was read from a list of its options (on the quote's lines and the lines
 * next to them that name options too) that names an option not chosen, with no tick read on any
 * of those lines.
 */
export function choiceWithoutTick(
  value: unknown,
  spans: QuoteSpan[],
  options: readonly ChoiceOption[],
): boolean {
  const chosen = new Set(
    (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string'),
  );
  if (chosen.size === 0 || options.length === 0) return false;
  const keyed = options
    .flatMap((o) => [o.value, ...o.words].map((w) => ({ value: o.value, key: letters(w) })))
    .filter((o) => o.key !== '')
    .sort((a, b) => b.key.length - a.key.length);
  /** The options each word of a line names (words naming none left out). */
  const words = (line: string): string[][] =>
    line
      .split(/\s+/)
      .map((w) => optionsIn(w, keyed))
      .filter((o): o is string[] => o !== null);
  const named = (line: string): string[] => words(line).flat();
  for (const span of spans) {
    const block = optionBlock(span, named);
    if (block.length === 0) continue;
    if (block.some((l) => TICK.test(l))) continue;
    const cells = block.flatMap(words);
    // Options not chosen in the list, or options in cells of their own: a statement joins what
    // it names (初中、高中), a grid sets options apart and marks the ones it picks.
    if (cells.flat().some((v) => !chosen.has(v)) || cells.length >= 2) return true;
  }
  return false;
}

/**
 * The lines of a span's quote, and the lines next to them that name options too (`named`): the
 * option list a choice was read from.
 */
function optionBlock(span: QuoteSpan, named: (line: string) => string[]): string[] {
  const lines = span.text.split('\n');
  let at = 0;
  const starts = lines.map((l) => {
    const s = at;
    at += l.length + 1;
    return s;
  });
  const inQuote = lines
    .map((_, i) => i)
    .filter((i) => starts[i]! < span.end && starts[i]! + lines[i]!.length >= span.start);
  if (inQuote.length === 0) return [];
  let first = inQuote[0]!;
  let last = inQuote.at(-1)!;
  while (first > 0 && named(lines[first - 1]!).length > 0) first--;
  while (last + 1 < lines.length && named(lines[last + 1]!).length > 0) last++;
  return lines.slice(first, last + 1);
}

/** A mark a grid sets beside an option: a box (ticked or not, or what a box is read as), a tick. */
const MARK = new RegExp(`[${CHECKED}${UNCHECKED}√✓✔■□囗口]`, 'g');

/**
 * Whether a choice was read from a row of options with boxes where fewer marks were read than
 * options stand there (学段：小学☑初中高中☐ for ☐小学 ☑初中 ☐高中, or 小学☑ 初中☑ 高中☐): a box
 * the scan lost, so which options were ticked is not known, even when every mark read is sure.
 */
export function marksFewerThanOptions(
  value: unknown,
  spans: QuoteSpan[],
  options: readonly ChoiceOption[],
): boolean {
  if (options.length === 0 || value === undefined || value === null) return false;
  const keys = [...new Set(options.flatMap((o) => [o.value, ...o.words]).map((w) => letters(w)))]
    .filter((k) => k !== '')
    .sort((a, b) => b.length - a.length);
  /** Options named in a text, each wording counted once where it stands (longest first). */
  const count = (text: string): number => {
    const plain = letters(text);
    let n = 0;
    for (let i = 0; i < plain.length; ) {
      const key = keys.find((k) => plain.startsWith(k, i));
      if (key) {
        n++;
        i += key.length;
      } else i++;
    }
    return n;
  };
  const named = (line: string) =>
    line
      .split(/\s+/)
      .filter((w) => letters(w) !== '' && keys.includes(letters(w)))
      .map(letters);
  for (const span of spans) {
    const block = optionBlock(span, named);
    const text = block.join('\n');
    const marks = text.match(MARK)?.length ?? 0;
    // Boxes only: options in brackets （√） or without marks are the other rules' business.
    if (!text.includes(CHECKED) && !text.includes(UNCHECKED)) continue;
    const stated = count(text);
    if (stated >= 2 && marks < stated) return true;
  }
  return false;
}
