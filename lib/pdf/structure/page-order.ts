/**
 * Pages stored out of reading order: a submission scanned and merged, or put together again by a
 * PDF tool, holds page 2 before page 1, its last page first, or its pages reversed. Read in the
 * stored order, a table's continuation comes before its start and a field is read from the wrong
 * page. The pages say their own order when every one of them prints its number ("第 2 页 共 4
 * 页", "- 3 -", "3/5", "Page 3 of 5") at its head or foot, or, with no numbers printed, when every
 * page opens a chapter numbered in one style (一、 二、 三、 / 第一部分) that runs on from one page to
 * the next without a gap. Only such evidence reorders them: any page without it, two pages with
 * one number, totals that disagree, a number beyond its total, and the stored order stands.
 * Failing both, a table's continuation says which page it follows: a page opening with 续表 (or
 * 接上页) over a table in the columns another page's last table has, or with rows numbered on
 * from that table's last row (…5 | 6…), goes right after that page — when one page only fits;
 * the other pages keep their stored order. The pages keep their own numbers, so
 * evidence still points to the page as stored.
 */
import type { PageText } from '../text';
import { numbering } from './sections';

/** Lines at each end of a page where its running head or foot may stand. */
const END_LINES = 2;
/** A page number's line is short; a longer one is content. */
const MAX_NUMBER_LINE = 40;

/** A page's printed number and, when it says so, the document's page count. */
export interface PrintedNumber {
  n: number;
  of?: number;
}

/** Page number patterns on a line with its spaces removed: [number group, total group]. */
const PAGE_NUMBER: [RegExp, number, number][] = [
  [/^第(\d{1,4})页(?:[,，/／]?共(\d{1,4})页)?$/, 1, 2],
  [/^共(\d{1,4})页[,，/／]?第(\d{1,4})页$/, 2, 1],
  [/^[-—–－]+(\d{1,4})[-—–－]+$/, 1, 0],
  [/^(\d{1,4})[/／](\d{1,4})$/, 1, 2],
  [/^page(\d{1,4})(?:of(\d{1,4}))?$/i, 1, 2],
];

/** A line's text without spaces, cut short (a hostile page's one long line is not copied). */
function compact(page: PageText, line: PageText['lines'][number]): string {
  const end = Math.min(line.end, line.start + 4 * MAX_NUMBER_LINE);
  return page.text.slice(line.start, end).replace(/\s+/g, '');
}

function numberOn(text: string, last: boolean): PrintedNumber | undefined {
  if (text.length === 0 || text.length > MAX_NUMBER_LINE) return undefined;
  for (const [re, at, total] of PAGE_NUMBER) {
    const m = re.exec(text);
    if (!m) continue;
    const n = Number(m[at]);
    const of = total && m[total] ? Number(m[total]) : undefined;
    return of === undefined ? { n } : { n, of };
  }
  // A bare number alone on the page's last line is its folio.
  if (last && /^\d{1,3}$/.test(text)) return { n: Number(text) };
  return undefined;
}

/**
 * The number a page prints in its running head or foot: the first or last free lines of the
 * page. Two different numbers on one page (a sheet's own and a document's) say nothing.
 */
export function printedPageNumber(page: PageText): PrintedNumber | undefined {
  const lines = page.lines;
  const ends = new Set([
    ...lines.slice(0, END_LINES),
    ...lines.slice(Math.max(0, lines.length - END_LINES)),
  ]);
  let found: PrintedNumber | undefined;
  for (const line of ends) {
    if (line.table >= 0) continue;
    const got = numberOn(compact(page, line), line === lines.at(-1));
    if (!got) continue;
    if (found && (found.n !== got.n || (found.of ?? got.of) !== (got.of ?? found.of)))
      return undefined;
    found = { n: got.n, of: found?.of ?? got.of };
  }
  return found && found.of === undefined ? { n: found.n } : found;
}

/** 一 … 九十九 as a number. */
function chineseNumber(text: string): number | undefined {
  const digits = '一二三四五六七八九';
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return undefined;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? digits.indexOf(tens) + 1 : undefined;
  return (tens ? digits.indexOf(tens) + 1 : 1) * 10 + (ones ? digits.indexOf(ones) + 1 : 0);
}

/** The chapter numbers (一、 / 第一部分) of a page's free lines, in order, with their style. */
function chapters(page: PageText): { style: string; numbers: number[] } | undefined {
  let style: string | undefined;
  const numbers: number[] = [];
  for (const line of page.lines) {
    if (line.table >= 0 || line.cells.length !== 1) continue;
    const text = compact(page, line);
    if (text.length > MAX_NUMBER_LINE) continue;
    const n = numbering(text);
    if (!n || (n.style !== 'chinese' && n.style !== 'part')) continue;
    const word = /[一二三四五六七八九十]+/.exec(text)?.[0];
    const value = word ? chineseNumber(word) : undefined;
    if (value === undefined) continue;
    if (style && style !== n.style) return undefined;
    style = n.style;
    numbers.push(value);
  }
  return style ? { style, numbers } : undefined;
}

/** Stored order → reading order by the keys, when they are what the pages need. */
function sortedBy<T>(pages: T[], keys: number[]): T[] {
  return pages
    .map((page, i) => ({ page, key: keys[i]! }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.page);
}

function ascending(keys: number[]): boolean {
  return keys.every((k, i) => i === 0 || keys[i - 1]! < k);
}

/** Every page numbered, each number once, within one agreed total: the printed order. */
function byPrintedNumbers(pages: PageText[]): number[] | undefined {
  const numbers = pages.map(printedPageNumber);
  if (numbers.some((n) => n === undefined)) return undefined;
  const found = numbers as PrintedNumber[];
  const keys = found.map((p) => p.n);
  if (new Set(keys).size !== keys.length) return undefined;
  const totals = new Set(found.map((p) => p.of).filter((t) => t !== undefined));
  if (totals.size > 1) return undefined;
  const [total] = [...totals];
  if (total !== undefined && (pages.length > total || keys.some((k) => k < 1 || k > total)))
    return undefined;
  return keys;
}

/**
 * Every page opening chapters of one numbering style, the chapters in order on each page, and
 * the pages' chapters together one run from 一 with no number missing or repeated.
 */
function byChapters(pages: PageText[]): number[] | undefined {
  const found = pages.map(chapters);
  if (found.some((c) => !c || c.numbers.length === 0)) return undefined;
  const all = found as { style: string; numbers: number[] }[];
  if (new Set(all.map((c) => c.style)).size !== 1) return undefined;
  if (!all.every((c) => ascending(c.numbers))) return undefined;
  const keys = all.map((c) => c.numbers[0]!);
  const run = sortedBy(all, keys).flatMap((c) => c.numbers);
  if (!run.every((n, i) => n === i + 1)) return undefined;
  return keys;
}

/** A line saying the table under it goes on from the page before (续表, 表2（续）, 接上页). */
const CONTINUED = /^(?:续表\S{0,8}|续上表|接上表|接上页|\S{0,10}[（(]续(?:表|上页)?[)）])[:：]?$/u;
/** Lines at a page's head that may stand above a continued table (a running head, 续表). */
const HEAD_LINES = 3;
/** Column edges further apart than this are other columns. */
const EDGE_SLACK = 3;

type Line = PageText['lines'][number];

/** A table row's column edges (its cells' left edges and the last right edge). */
function edges(line: Line): number[] {
  return [...line.cells.map((c) => c.rect[0]), line.cells.at(-1)?.rect[2] ?? 0];
}

function sameEdges(a: number[], b: number[]): boolean {
  return (
    a.length >= 3 && a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= EDGE_SLACK)
  );
}

/** A row's number in its first cell (序号 1, 2, 3), if it has one. */
function rowNumber(page: PageText, line: Line): number | undefined {
  const cell = line.cells[0];
  if (!cell) return undefined;
  const text = page.text.slice(cell.start, Math.min(cell.end, cell.start + 8)).trim();
  return /^\d{1,3}$/.test(text) ? Number(text) : undefined;
}

/** The rows of the last table a page ends with (nothing after it but its foot). */
function endingTable(page: PageText): { first: Line; last: Line } | undefined {
  const lines = page.lines;
  let end = lines.length - 1;
  // A running foot (a page number, a short line) may stand under the table.
  while (end >= 0 && end >= lines.length - 2 && lines[end]!.table < 0) end--;
  const last = lines[end];
  if (!last || last.table < 0) return undefined;
  let start = end;
  while (start > 0 && lines[start - 1]!.table === last.table) start--;
  return { first: lines[start]!, last };
}

/**
 * The table a page opens with (only a running head or a 续表 line above it): its first row, the
 * row after it (past a header repeated over the page break), and whether it says it goes on.
 */
function openingTable(
  page: PageText,
): { first: Line; second: Line | undefined; marked: boolean } | undefined {
  const lines = page.lines;
  const at = lines.findIndex((l) => l.table >= 0);
  if (at < 0 || at > HEAD_LINES) return undefined;
  const above = lines.slice(0, at).map((l) => compact(page, l));
  const marked = above.some((t) => CONTINUED.test(t));
  if (!marked && above.some((t) => t.length > MAX_NUMBER_LINE / 4)) return undefined;
  const second = lines[at + 1]?.table === lines[at]!.table ? lines[at + 1] : undefined;
  return { first: lines[at]!, second, marked };
}

/**
 * Does the page's opening table go on from the table page j ends with? Marked 续表 and drawn in
 * the same columns; or, unmarked, its rows numbered on from the last row there (…5 | 6…), past a
 * header row that repeats the table's own.
 */
function continues(
  page: PageText,
  open: NonNullable<ReturnType<typeof openingTable>>,
  from: PageText,
  end: { first: Line; last: Line },
): boolean {
  if (!sameEdges(edges(end.last), edges(open.first))) return false;
  if (open.marked) return true;
  const last = rowNumber(from, end.last);
  if (last === undefined) return false;
  const repeated = compact(page, open.first) === compact(from, end.first);
  const row = repeated ? open.second : open.first;
  return row !== undefined && rowNumber(page, row) === last + 1;
}

/**
 * Pages a table's continuation puts after another: page i right after page j when page i opens
 * with the table page j ends with, going on (continues), and j is the one such page. Other pages
 * keep their stored order; a page claimed twice, or a loop, and no page moves.
 */
function byContinuations(pages: PageText[]): PageText[] | undefined {
  const ends = pages.map(endingTable);
  const after = new Map<number, number>();
  const before = new Map<number, number>();
  let conflict = false;
  pages.forEach((page, i) => {
    const open = openingTable(page);
    if (!open) return;
    const from = ends
      .map((end, j) => ({ end, j }))
      .filter(({ end, j }) => end && j !== i && continues(page, open, pages[j]!, end));
    if (from.length !== 1) return;
    const j = from[0]!.j;
    if (before.has(j)) conflict = true;
    before.set(j, i);
    after.set(i, j);
  });
  if (conflict || before.size === 0) return undefined;
  const out: PageText[] = [];
  const placed = new Set<number>();
  for (let i = 0; i < pages.length; i++) {
    if (after.has(i) || placed.has(i)) continue;
    for (let k: number | undefined = i; k !== undefined && !placed.has(k); k = before.get(k)) {
      placed.add(k);
      out.push(pages[k]!);
    }
  }
  // A loop of continuations leaves pages unplaced: no order to trust.
  return out.length === pages.length ? out : undefined;
}

/**
 * The pages in the order they are read: as stored unless the pages' own numbers (or chapters,
 * or a table's continuation) say otherwise without doubt. Sheets of several pages side by side
 * (panes.ts) are ordered by the layout itself; a document of fewer than two pages has no order
 * to restore.
 */
export function inReadingOrder(pages: PageText[]): PageText[] {
  if (pages.length < 2) return pages;
  if (pages.some((p) => !p.hasText || p.lines.some((l) => l.pane))) return pages;
  const keys = byPrintedNumbers(pages) ?? byChapters(pages);
  if (keys) return ascending(keys) ? pages : sortedBy(pages, keys);
  const continued = byContinuations(pages);
  return continued?.every((p, i) => p === pages[i]) === false ? continued : pages;
}

/**
 * Each page's place in reading order, as a page number: the stored numbers of the pages, taken
 * in ascending order, handed out to the pages in reading order. Pages read as stored keep their
 * own numbers, so "a later page" (a greater position) means what it always did, gaps left by
 * pages without text included.
 */
export function readingPositions(pages: readonly PageText[]): Map<number, number> {
  const stored = pages.map((p) => p.page).sort((a, b) => a - b);
  const out = new Map<number, number>();
  pages.forEach((p, i) => {
    out.set(p.page, stored[i]!);
  });
  return out;
}
