/**
 * Fields of a form whose table lost its borders (an HTML form imported by LibreOffice, a Word
 * form printed without gridlines): each line "label value label value", the cells parted only by
 * their padding, half an em, which the PDF's text run carries as a space ("项目名称 营口市某某共同体",
 * "开始实践时间 2019.12.1"). Read as one run, no label is found, and layout drops the space
 * between ideographs. Runs opening with a short label and a space, three different labels or
 * more starting at one x (a column of fields), are cut at their spaces into cells: the label,
 * then the other cells at each space between two CJK characters (a space beside a Latin word or
 * a figure stays inside its value: "Scratch 编程").
 */
import type { LayoutItem } from './layout';

/** A field's label, a few ideographs with perhaps a note in brackets, then the padding. */
const LABELLED = /^[*＊]?\p{Script=Han}{2,12}(?:[（(][^（）()\s]{1,10}[）)])?\s/u;
/** Numbered headings are no labels ("一、基本情况"). */
const NUMBERED = /^[（(]?[一二三四五六七八九十\d]+[）)、.．]/;
/** Labels at one start that make a column of fields. */
const LABELS_NEEDED = 3;
/** Starts this close (PDF units) are one column. */
const ALIGN = 1.5;
/** Longer runs are prose, not a field line (and a cap on what is cut). */
const MAX_RUN = 120;

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Where the run is cut: after the label's space, then at spaces between two CJK characters. */
function cuts(chars: string[], labelEnd: number): [number, number][] {
  const out: [number, number][] = [[0, labelEnd]];
  let i = labelEnd;
  while (i < chars.length && /\s/.test(chars[i]!)) i++;
  let start = i;
  for (; i < chars.length; i++) {
    if (!/\s/.test(chars[i]!)) continue;
    let j = i;
    while (j < chars.length && /\s/.test(chars[j]!)) j++;
    const [before, after] = [chars[i - 1] ?? '', chars[j] ?? ''];
    if (j < chars.length && WIDE.test(before) && WIDE.test(after)) {
      out.push([start, i]);
      start = j;
    }
    i = j - 1;
  }
  if (start < chars.length) out.push([start, chars.length]);
  return out;
}

/** Each character's advance: CJK one em, others half, spaces sharing what is left. */
function positions(item: LayoutItem, chars: string[]): number[] {
  const width = item.rect[2] - item.rect[0];
  const ems = chars.map((c): number => (/\s/.test(c) ? 0 : WIDE.test(c) ? 1 : 0.55));
  const spaces = chars.filter((c) => /\s/.test(c)).length;
  const inked = ems.reduce((a, b) => a + b, 0) * item.size;
  const space = spaces > 0 ? (width - inked) / spaces : 0;
  // Fonts not as assumed (the space would be negative or huge): equal advance.
  const even = space < 0 || space > 2 * item.size;
  const out = [item.rect[0]];
  chars.forEach((c, k) => {
    const advance = even ? width / chars.length : /\s/.test(c) ? space : ems[k]! * item.size;
    out.push(out[k]! + advance);
  });
  return out;
}

/** The page's items with padded field runs cut into label and value items. */
export function splitPaddedLabels(items: LayoutItem[]): LayoutItem[] {
  const labelled = items.map((item) => {
    // Most runs hold no space, or are too long for a field line: looked at no further.
    if (item.vertical || item.str.length > MAX_RUN || !/\s/.test(item.str)) return undefined;
    const m = LABELLED.exec(item.str);
    if (!m || NUMBERED.test(item.str) || !/\S/.test(item.str.slice(m[0].length))) return undefined;
    return m[0].trimEnd();
  });
  // Columns of labels by start; each bucket keeps a few labels only, enough to count.
  const buckets = new Map<number, Set<string>>();
  labelled.forEach((label, k) => {
    if (label === undefined) return;
    const key = Math.round(items[k]!.rect[0] / ALIGN);
    const set = buckets.get(key) ?? new Set<string>();
    if (set.size < LABELS_NEEDED) set.add(label);
    buckets.set(key, set);
  });
  const column = (x: number) => {
    const key = Math.round(x / ALIGN);
    const seen = new Set<string>();
    for (const d of [-1, 0, 1]) for (const l of buckets.get(key + d) ?? []) seen.add(l);
    return seen.size >= LABELS_NEEDED;
  };
  // The usual page has no column of padded fields: its items as they are.
  let total = 0;
  for (const set of buckets.values()) total += set.size;
  if (total < LABELS_NEEDED) return items;
  return items.flatMap((item, k) => {
    const label = labelled[k];
    if (label === undefined || !column(item.rect[0])) return [item];
    const chars = Array.from(item.str);
    const at = positions(item, chars);
    return cuts(chars, Array.from(label).length).map(([from, to]) => ({
      ...item,
      opensCell: true,
      str: chars.slice(from, to).join(''),
      rect: [at[from]!, item.rect[1], at[to]!, item.rect[3]],
    }));
  });
}
