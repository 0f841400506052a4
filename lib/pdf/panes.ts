/**
 * Pages printed several to a sheet: a form printed on A5 and imposed two-up on a landscape A4
 * sheet (Acrobat's and CUPS's "2 pages per sheet", LaTeX pdfpages `nup=2x1`, a booklet's
 * spread), with or without a frame around each page. The sheet holds two pages side by side; read
 * by height, every line of the left page would be interleaved with the right page's line beside
 * it, and a table run on from the left page onto the right one would be two tables woven together.
 * Each pane is read as the page it is, left then right (layout.ts), and the document reads a pane
 * change as a page break (structure/document.ts).
 *
 * Only a landscape sheet cut in two near its middle by a white gutter that no text and no border
 * crosses, from the top of the sheet's content to its bottom, with text on both sides starting
 * at the same height (pages share their top margin); and, unless each side holds its own ruled
 * tables or prints its own page number centred at its foot, the two sides' lines must stand on
 * their own baselines: a label|value grid without
 * borders has a white gutter too, but its label and value share every line.
 */
import type { LayoutItem, Rect } from './layout';
import type { Ruling } from './rulings';

/** The gutter's middle lies this close to the sheet's middle, as a share of its width. */
const MIDDLE_SLACK = 0.1;
/** Lines of text on each side, at least. */
const MIN_LINES = 3;
/** The two pages' first lines stand this close in height, as a share of the sheet's height. */
const TOP_SLACK = 0.08;
/** A page number as a footer prints it: "3", "- 3 -", "第3页", "3/8". */
const PAGE_NUMBER = /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d{1,4}\s*页.{0,8}|\d{1,4}\s*\/\s*\d{1,4})$/u;
/** A footer stands in this share of the sheet's height, from its bottom. */
const FOOT = 0.12;
/** Share of the left side's lines that may share a baseline with the right side's. */
const MAX_SHARED = 0.3;

interface Span {
  from: number;
  to: number;
}

function baselinesOf(items: LayoutItem[]): number[] {
  const out = items.map((i) => i.baseline).sort((a, b) => a - b);
  const lines: number[] = [];
  for (const b of out) if (lines.length === 0 || b - lines.at(-1)! > 1) lines.push(b);
  return lines;
}

/** The widest x range near the sheet's middle that no item or border reaches. */
function gutter(spans: Span[], view: Rect): Span | null {
  const middle = (view[0] + view[2]) / 2;
  const slack = MIDDLE_SLACK * (view[2] - view[0]);
  spans.sort((a, b) => a.from - b.from);
  let reach = -Infinity;
  let best: Span | null = null;
  for (const s of spans) {
    if (Number.isFinite(reach) && s.from > reach) {
      const gap = { from: reach, to: s.from };
      const centre = (gap.from + gap.to) / 2;
      const wider = !best || gap.to - gap.from > best.to - best.from;
      if (Math.abs(centre - middle) <= slack && wider) best = gap;
    }
    reach = Math.max(reach, s.to);
  }
  return best;
}

/**
 * Where a sheet of pages side by side is cut into its pages (the gutter's middle), or null for
 * a page that is one page. `view` is the sheet in the reading frame.
 */
export function paneSplit(items: LayoutItem[], rulings: Ruling[], view: Rect): number | null {
  const [width, height] = [view[2] - view[0], view[3] - view[1]];
  if (!(width > height) || !Number.isFinite(width + height)) return null;
  const text = items.filter((i) => i.str.trim() !== '');
  if (text.length < 2 * MIN_LINES) return null;
  const spans: Span[] = text.map((i) => ({ from: i.rect[0], to: i.rect[2] }));
  for (const r of rulings) spans.push(r.horizontal ? r : { from: r.at, to: r.at });
  const gap = gutter(spans, view);
  if (!gap) return null;
  let size = 0;
  for (const i of text) size = Math.max(size, Math.min(i.size, 0.05 * height));
  // A gutter narrower than a character is a word space, not the margins of two pages.
  if (gap.to - gap.from < 0.5 * size) return null;
  const split = (gap.from + gap.to) / 2;
  const left = text.filter((i) => i.rect[2] <= split && !i.vertical);
  const right = text.filter((i) => i.rect[0] >= split && !i.vertical);
  const [lb, rb] = [baselinesOf(left), baselinesOf(right)];
  if (lb.length < MIN_LINES || rb.length < MIN_LINES) return null;
  // Pages share their top margin: each page's first line stands near the other's.
  const top = (list: LayoutItem[]) => list.reduce((m, i) => Math.max(m, i.rect[3]), -Infinity);
  if (Math.abs(top(left) - top(right)) > TOP_SLACK * height) return null;
  // Ruled tables on both sides, none reaching across: each side's tables are its own. Two pages
  // of one template may then share every baseline (rows of one height from one top margin).
  const ruledOn = (side: (x: number) => boolean) =>
    rulings.some((r) => r.horizontal && side(r.from) && side(r.to));
  if (ruledOn((x) => x < split) && ruledOn((x) => x > split)) return split;
  // Each side numbered at its foot, the number centred under it: two pages.
  const numbered = (list: LayoutItem[], from: number, to: number) =>
    list.some(
      (i) =>
        PAGE_NUMBER.test(i.str.trim()) &&
        i.rect[3] < view[1] + FOOT * height &&
        Math.abs((i.rect[0] + i.rect[2]) / 2 - (from + to) / 2) < 0.15 * (to - from),
    );
  if (numbered(left, view[0], split) && numbered(right, split, view[2])) return split;
  // Without borders, two pages set their lines independently: few of the left's baselines meet
  // one on the right (a label|value grid's label and value share every one).
  let shared = 0;
  let j = 0;
  for (const b of lb) {
    while (j < rb.length && rb[j]! < b - 1) j++;
    if (j < rb.length && rb[j]! <= b + 1) shared++;
  }
  return shared <= MAX_SHARED * lb.length ? split : null;
}

/** How far inside a page's frame everything else stands, at least (points). */
const FRAME_MARGIN = 2;

/**
 * A page's rulings without the frame drawn around it (pdfpages' `frame`, a print dialog's "print
 * page borders"): a box around everything else, apart from it. Read as a ruled cell, the frame
 * would hold every free line of the page as one cell's text. A table drawn as the whole page's
 * outer border is no frame: its inner borders reach its outer ones.
 */
export function withoutFrame(items: LayoutItem[], rulings: Ruling[]): Ruling[] {
  const h = rulings.filter((r) => r.horizontal);
  const v = rulings.filter((r) => !r.horizontal);
  if (h.length < 2 || v.length < 2) return rulings;
  const pick = (list: Ruling[], better: (a: Ruling, b: Ruling) => boolean) =>
    list.reduce((best, r) => (better(r, best) ? r : best));
  const top = pick(h, (a, b) => a.at > b.at);
  const bottom = pick(h, (a, b) => a.at < b.at);
  const left = pick(v, (a, b) => a.at < b.at);
  const right = pick(v, (a, b) => a.at > b.at);
  const near = (a: number, b: number) => Math.abs(a - b) <= FRAME_MARGIN;
  const closed =
    [top, bottom].every((r) => near(r.from, left.at) && near(r.to, right.at)) &&
    [left, right].every((r) => near(r.from, bottom.at) && near(r.to, top.at));
  if (!closed) return rulings;
  const frame = new Set([top, bottom, left, right]);
  const inside = (x0: number, y0: number, x1: number, y1: number) =>
    x0 > left.at + FRAME_MARGIN &&
    x1 < right.at - FRAME_MARGIN &&
    y0 > bottom.at + FRAME_MARGIN &&
    y1 < top.at - FRAME_MARGIN;
  const rest = rulings.filter((r) => !frame.has(r));
  const apart =
    rest.every((r) =>
      r.horizontal ? inside(r.from, r.at, r.to, r.at) : inside(r.at, r.from, r.at, r.to),
    ) && items.every((i) => inside(i.rect[0], i.rect[1], i.rect[2], i.rect[3]));
  return apart ? rest : rulings;
}
