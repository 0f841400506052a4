/**
 * Footnote marks after values. A form whose values were checked or explained below it ("注：
 * 2.标注项已与单位人事部门核对") marks those values with a small raised ①, ②, *, ** or †, as
 * Word's footnotes and a typist's superscripts do. The mark is no part of the value, but read as
 * text it runs into it ("铁岭市①"), and, standing higher than the value's glyphs, it is even read
 * before it ("①铁岭市"). A mark is dropped when it is a small run of footnote characters raised
 * after a larger word, or, for the characters that are nothing but marks (circled numbers,
 * asterisks, daggers), small beside the page's text wherever it stands (an empty value marked).
 */
import { upperMedian } from '../median';
import type { LayoutItem } from './layout';

/** Characters that are only ever footnote marks (not a plain digit: a small "1" may be data). */
const MARK_ONLY = /^(?:[①-⑳⑴-⒇❶-❿]|\*{1,8}|＊{1,8}|[†‡§※]{1,3}|[¹²³⁰⁴-⁹]{1,2})$/u;
/** Also a mark when raised after a word: a small number, bracketed or not ("1", "[2]", "(3)"). */
const NUMBER_MARK = /^(?:\d{1,2}|[[［(（]\d{1,2}[\]］)）])$/;
/** A mark is at most this size against the text around it. */
const SMALL = 0.75;
/** A raised mark's baseline stands this far over the word's (em of the word). */
const RAISED_EM = 0.15;
/** Past this many mark-item pairs the page is no form (a hostile page): read as it is. */
const WORK_BUDGET = 5_000_000;

function medianSize(items: LayoutItem[]): number {
  return upperMedian(items.map((i) => i.size)) ?? 0;
}

/** A larger word the mark stands raised right after. */
function raisedAfterWord(mark: LayoutItem, items: LayoutItem[]): boolean {
  return items.some(
    (w) =>
      w !== mark &&
      !w.vertical &&
      mark.size <= SMALL * w.size &&
      mark.baseline >= w.baseline + RAISED_EM * w.size &&
      mark.baseline <= w.baseline + w.size &&
      w.rect[2] <= mark.rect[0] + 0.3 * w.size &&
      w.rect[2] >= mark.rect[0] - w.size,
  );
}

/** The page's items without footnote marks. */
export function withoutFootnoteMarks(items: LayoutItem[]): LayoutItem[] {
  const candidates = items.filter((i) => {
    const s = i.str.trim();
    return !i.vertical && (MARK_ONLY.test(s) || NUMBER_MARK.test(s));
  });
  if (candidates.length === 0 || candidates.length * items.length > WORK_BUDGET) return items;
  const body = medianSize(items);
  const marks = new Set(
    candidates.filter(
      (m) => raisedAfterWord(m, items) || (MARK_ONLY.test(m.str.trim()) && m.size <= SMALL * body),
    ),
  );
  return marks.size === 0 ? items : items.filter((i) => !marks.has(i));
}
