/**
 * A word processor's list numbering: the number ("1.", "2)", "(3)", "a.", "①") is drawn as a run
 * of its own, a tab stop before the item's text, so the gap after it is as wide as the gap that
 * parts a borderless table's cells. A numbered item whose text opens with a field's label
 * ("2.⇥类别：○甲 ○乙", "(1)⇥成员姓名：…") is one piece, not a row of a table whose first
 * column holds numbers: the number stays with its item's text.
 */
import type { LayoutItem } from './layout';
import { OUTLINE_NUMBER_SOURCE } from './outline-numbers';

/**
 * A list label alone: arabic or latin with a dot or bracket, a circled number, or an outline's
 * chapter and item ("1.1", "2.3.1", "1.1.", "（1.1）").
 */
const LIST_NUMBER = new RegExp(
  `^(?:${OUTLINE_NUMBER_SOURCE}|\\d{1,2}(?:\\.\\d{1,2})*[.．、)）]?|[（(]\\d{1,2}[)）]|[a-zA-Z][.)）]|[（(][a-zA-Z][)）]|[ivxIVX]{1,4}[.)）]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[①-⑳])$`,
  'u',
);
/** The item's text opens with a short label and its colon. */
const OPENS_FIELD = /^\s*[^，,。；;：:\s]{1,16}[:：]/u;
/** The tab stop after a list number is at most this wide (in font sizes). */
const TAB_EM = 5;

const textOf = (segment: number[], items: LayoutItem[]) =>
  segment.map((i) => items[i]!.str).join('');

/** The line's pieces with a leading list number joined to the field item it numbers. */
export function withListNumberJoined(segments: number[][], items: LayoutItem[]): number[][] {
  if (segments.length < 2) return segments;
  const [number, text] = [segments[0]!, segments[1]!];
  const label = textOf(number, items).replace(/\s+/g, '');
  if (label.length > 8 || !LIST_NUMBER.test(label)) return segments;
  if (!OPENS_FIELD.test(textOf(text, items).slice(0, 40))) return segments;
  const last = items[number.at(-1)!]!;
  const first = items[text[0]!]!;
  if (first.rect[0] - last.rect[2] > TAB_EM * Math.max(last.size, first.size)) return segments;
  return [[...number, ...text], ...segments.slice(2)];
}
