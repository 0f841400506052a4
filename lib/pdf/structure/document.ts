/**
 * A whole document laid out, as finders read it (structure/ builds tables, key–value pairs,
 * checkbox grids and sections on it): every page's lines as rows of cells (tables
 * continue across page breaks), and one flowing text in which wrapped lines of a paragraph are
 * joined, also across page breaks, so a sentence split by a page end still reads as one. Every
 * offset maps back to a page and a quote for evidence. Scanned pages contribute nothing.
 */

import { upperMedian } from '../../median';
import { normalize } from '../normalize';
import { readingView } from '../reading-frame';
import type { PageText, Rect } from '../text';
import { sourceText } from '../text';
import { columnPages, movedRect } from './column-pages';
import { resolveDittoMarks } from './ditto-marks';
import { readingPositions } from './page-order';
import { FOOT_SHARE, runningFeet } from './running-feet';
import { unfoldSideBySide } from './side-by-side';

/** Where something was read: page from 1, the quote as it stands in the file. */
export interface Evidence {
  page: number;
  quote: string;
}

export interface DocCell {
  text: string;
  page: number;
  /** Offsets in the page's normalised text. */
  start: number;
  end: number;
  rect: Rect;
  ruled: boolean;
  /** Offset of the cell in the document's flow. */
  flow: number;
  /** The text as the file writes it, where `text` is the value a ditto mark repeats (同上). */
  written?: string;
  /**
   * Where the cell stands on the page, when `rect` places it elsewhere in the table's reading
   * (the right half of a list printed side by side, side-by-side.ts).
   */
  drawn?: Rect;
}

export interface DocRow {
  index: number;
  page: number;
  /** Table number across the document (a table continued on the next page keeps its number). */
  table: number;
  cells: DocCell[];
  /** The cells' texts joined by tabs. */
  text: string;
  top: number;
  bottom: number;
  size: number;
  /** Offsets of the row in the flow. */
  flowStart: number;
  flowEnd: number;
  /** The rest of this table row, cut off by a page break (set by tables.ts). */
  continued?: DocRow;
  /** Right edge of the newspaper column the row stands in (lib/pdf/columns.ts), if any. */
  columnRight?: number;
}

interface Segment {
  flow: number;
  length: number;
  page: number;
  start: number;
}

/** Running page numbers and the like: not content, and they interrupt sentences. */
const PAGE_FURNITURE = [
  /^[-—–\s]*\d{1,4}[-—–\s]*$/,
  /^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$/,
  /^\d+\s*\/\s*\d+$/,
  /^page\s*\d+(\s*of\s*\d+)?$/i,
];

function isFurniture(text: string): boolean {
  return PAGE_FURNITURE.some((p) => p.test(text.trim()));
}

/** Type clearly smaller than the page's body (under 0.85 of it): a running head's or foot's. */
function marginSized(size: number, body: number): boolean {
  return size > 0 && body > 0 && size < 0.85 * body;
}

/** Left edges of a table's columns, to recognise the same table on the next page. */
function columnEdges(rows: { cells: { rect: Rect }[] }[]): number[] {
  const edges = new Set<number>();
  for (const row of rows) for (const cell of row.cells) edges.add(Math.round(cell.rect[0] / 3));
  return [...edges];
}

function sameColumns(a: number[], b: number[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const near = (x: number, list: number[]) => list.some((y) => Math.abs(x - y) <= 1);
  const shared = b.filter((x) => near(x, a)).length;
  return shared / b.length >= 0.6;
}

/**
 * A row that opens another newspaper column of the page than the row before ends (the foot of
 * the left column, the head of the right one).
 */
function columnBreak(before: DocRow, line: { columnRight?: number; top: number }): boolean {
  return (
    before.columnRight !== undefined &&
    line.columnRight !== undefined &&
    line.columnRight > before.columnRight &&
    line.top > before.top
  );
}

/** A line's cells as if moved right by `dx` (columns compared across the panes of a sheet). */
function shifted(line: PageText['lines'][number], dx: number): { cells: { rect: Rect }[] } {
  if (!dx) return line;
  return {
    cells: line.cells.map((c) => ({
      rect: [c.rect[0] + dx, c.rect[1], c.rect[2] + dx, c.rect[3]] as Rect,
    })),
  };
}

/** The same cell widths in the same order: a table's rows, wherever the table stands. */
function sameWidths(a: { rect: Rect }[], b: { rect: Rect }[]): boolean {
  const width = (c: { rect: Rect }) => c.rect[2] - c.rect[0];
  return (
    a.length >= 2 &&
    a.length === b.length &&
    a.every((c, i) => Math.abs(width(c) - width(b[i]!)) <= 2)
  );
}

/** An attachment's or page's own mark, set above every page's text ("附件1", "附表2"). */
const RUNNING_MARK = /^(附件|附表|附录)[0-9０-９一二三四五六七八九十]*[:：]?$/;

/** A numbered heading's numbering (一、 （二） 3. 第一部分). */
const HEADING_NUMBER =
  /^(?:第[一二三四五六七八九十\d]+[部分章节]|[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d{1,2}\s*[、．.](?!\d))/;

/** A line opening with a short label and a colon is a field or a role line of its own. */
const FIELD_START = /^\s*[^，,。；;：:\s]{1,12}[:：]/;

/** A line ending so ends its paragraph ("；" or "）" at the margin do not: lists run on). */
const SENTENCE_END = /[。！？：:!?]$/;

/**
 * Where a full line of free text ends on a page: the median right edge of the long free lines
 * (a line with hanging punctuation sticks out; a producer breaking early stops short), or, on a
 * page of short lines, the mirror of the left margin (margins are symmetric on forms).
 */
function fullLineRight(view: Rect, lines: PageText['lines']): number {
  let left = Infinity;
  for (const l of lines) left = Math.min(left, l.cells[0]?.rect[0] ?? Infinity);
  const mirror = view[2] - (Number.isFinite(left) ? left - view[0] : 0);
  const rights = lines
    .filter((l) => l.table < 0 && l.cells.length === 1)
    .map((l) => l.cells[0]!.rect[2])
    .filter((r) => r - left >= 0.6 * (mirror - left));
  return rights.length >= 3 ? upperMedian(rights)! : mirror;
}

/**
 * A label set with wide letter-spacing ("姓　　名：张三", "职　务：") read as two cells, the first a
 * single character: one cell again. Only free text, only where the second cell opens with the
 * rest of a short label and a colon.
 */
function spacedLabelsJoined(cells: PageText['lines'][number]['cells'], text: string) {
  const out = [...cells];
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (a.ruled || b.ruled) continue;
    const head = text.slice(a.start, a.end).trim();
    const rest = /^([\p{Script=Han}]{1,4})\s*[:：]/u.exec(text.slice(b.start, b.end).trim());
    if (!/^\p{Script=Han}$/u.test(head) || !rest || rest[1]!.length + 1 > 5) continue;
    out.splice(i, 2, {
      ...a,
      end: b.end,
      rect: [a.rect[0], Math.min(a.rect[1], b.rect[1]), b.rect[2], Math.max(a.rect[3], b.rect[3])],
    });
  }
  return out;
}

interface Pane {
  lines: PageText['lines'];
  view: Rect;
  /** A page beside the one before on the same sheet (panes.ts), not on a sheet of its own. */
  beside: boolean;
  /** One of the pages of a sheet: it stands where the sheet put it, not where its page began. */
  onSheet: boolean;
}

/**
 * A page's panes: the page itself, or, on a sheet of pages printed side by side (panes.ts), each
 * page on it, left to right, read as pages of their own.
 */
function panesOf(page: PageText): Pane[] {
  const view = readingView(page);
  const out: Pane[] = [];
  for (const line of page.lines) {
    const last = out.at(-1);
    const box = line.pane ?? view;
    if (last && last.view[0] === box[0] && last.view[2] === box[2]) last.lines.push(line);
    else out.push({ lines: [line], view: box, beside: out.length > 0, onSheet: !!line.pane });
  }
  return out;
}

/** The number a page prints at its foot or head ("- 3 -", "第3页", "3/8"), if any. */
function printedNumber(page: PageText, pane: Pane): number | undefined {
  const ends = [pane.lines[0], pane.lines.at(-1)];
  for (const line of ends) {
    if (!line) continue;
    const text = page.text.slice(line.start, line.end);
    if (!isFurniture(text)) continue;
    const digits = /\d{1,4}/.exec(text);
    if (digits) return Number(digits[0]);
  }
  return undefined;
}

/**
 * Panes in the order their pages were written. A booklet's sheets hold their pages out of order
 * (a 4-page booklet's first sheet carries page 4 beside page 1, its second pages 2 and 3): when
 * the file holds sheets of several pages and every page prints its own distinct number, that
 * number orders them; otherwise, the file's order, left to right.
 */
function inPrintedOrder<T extends { page: PageText; pane: Pane }>(panes: T[]): T[] {
  if (!panes.some((p) => p.pane.beside)) return panes;
  const numbers = panes.map((p) => printedNumber(p.page, p.pane));
  if (numbers.some((n) => n === undefined) || new Set(numbers).size !== numbers.length)
    return panes;
  return panes
    .map((p, i) => ({ p, n: numbers[i]! }))
    .sort((a, b) => a.n - b.n)
    .map((x) => x.p);
}

/** The leftmost cell edge of some rows. */
function leftOf(rows: { cells: { rect: Rect }[] }[]): number {
  let left = Infinity;
  for (const r of rows) for (const c of r.cells) left = Math.min(left, c.rect[0]);
  return left;
}

export class DocumentLayout {
  readonly rows: DocRow[] = [];
  /** Running feet left out of the rows (running-feet.ts), by page: what they repeat still counts. */
  readonly feet: { page: number; text: string }[] = [];
  readonly flow: string;
  /**
   * Pages read as right-hand columns of earlier rows (column-pages.ts) whose rows could as well
   * be another page's: values read from them are for checking.
   */
  readonly unsureColumnPages: ReadonlySet<number>;
  /** The earlier pages those could continue: lists read from their tables are for checking. */
  readonly unsureColumnBases: ReadonlySet<number>;
  private readonly segments: Segment[] = [];
  private readonly pageByNumber = new Map<number, PageText>();
  /** The rows in flow order, where they stand in another order (side-by-side.ts). */
  private byFlow?: DocRow[];
  /** Each page's place in reading order (page-order.ts). */
  private readonly positions: Map<number, number>;

  constructor(readonly pages: PageText[]) {
    this.positions = readingPositions(pages);
    let flow = '';
    let tableBase = 0;
    /** The table the previous page ended with (it may continue), or -1. */
    let carried = -1;
    /** Whether the previous free line wraps into the next one, and where it starts. */
    let openParagraph = false;
    let paragraphX = 0;
    /** One-cell lines at the top of the pages so far: a banner repeated on every page. */
    const tops = new Set<string>();
    /** Any line among the first three of the pages so far: running headers, whatever their cells. */
    const headsSoFar = new Set<string>();
    for (const page of pages) this.pageByNumber.set(page.page, page);
    const panes = pages
      .filter((p) => p.hasText)
      .flatMap((page) => panesOf(page).map((pane) => ({ page, pane })));
    const ordered = inPrintedOrder(panes);
    // A wide sheet's right-hand columns printed on later pages: read at the end of their rows.
    const columns = columnPages(
      pages,
      (page, line) => !isFurniture(page.text.slice(line.start, line.end)),
    );
    this.unsureColumnPages = columns.unsure;
    this.unsureColumnBases = columns.unsureBases;
    /** A line with the cells its row has on later pages, moved where they are read. */
    const widened = (line: PageText['lines'][number]) => {
      const more = columns.more.get(line);
      if (!more) return line;
      const cells = more.flatMap((m) => m.cells.map((c) => ({ rect: movedRect(c.rect, m.dx) })));
      return { ...line, cells: [...line.cells, ...cells] as typeof line.cells };
    };
    // A summary line every page's foot repeats (running-feet.ts): the margin's, never a value.
    const feet = runningFeet(
      ordered.map(({ page, pane }) => ({
        lines: pane.lines.map((l) => ({
          text: page.text.slice(l.start, l.end),
          table: l.table,
          low: l.top <= pane.view[1] + FOOT_SHARE * (pane.view[3] - pane.view[1]),
        })),
      })),
    );
    for (const [k, { page, pane }] of ordered.entries()) {
      if (columns.pages.has(page.page)) continue;
      const lineText = (l: (typeof page.lines)[number]) =>
        page.text.slice(l.start, l.end).replace(/\s+/g, '');
      for (const i of feet[k]!) {
        const l = pane.lines[i]!;
        this.feet.push({ page: page.page, text: page.text.slice(l.start, l.end) });
      }
      const kept = pane.lines.filter(
        (l, i) => !isFurniture(page.text.slice(l.start, l.end)) && !feet[k]!.has(i),
      );
      // A one-cell line that opens the page as it opened an earlier one ("登记表（续页时本行重复）")
      // is the page's running header: not content, and it interrupts lists and sentences.
      const lines = kept.filter(
        (l, i) => !(i === 0 && l.cells.length === 1 && tops.has(lineText(l))),
      );
      const seenAtTop = new Set(headsSoFar);
      for (const l of kept.slice(0, 3)) {
        if (l.cells.length === 1) tops.add(lineText(l));
        headsSoFar.add(lineText(l));
      }
      const freeRight = fullLineRight(pane.view, lines);
      // Page table numbers → document table numbers. The table a page starts with continues the
      // table the previous page ended with when their columns line up.
      const tables = new Map<number, number>();
      // A table run on into the next newspaper column: its rows there, moved by this much, line
      // up with its header's columns (readers place cells under headers by x).
      const shifts = new Map<number, number>();
      // A short running header ("附件1") may stand above the continued table.
      const firstTable = lines.findIndex((l) => l.table >= 0);
      // A numbered heading above it ("（三）辅导员") opens another table; so does a label at its
      // left that no earlier page opened with ("资源审核员" over a table of the same columns as
      // the last page's), unless it says the table goes on (续表, 接上页: a text box's legend over
      // the rest of its table in a WPS form). A piece of a cell cut by the
      // page break stands above its column, not at the left.
      const tableRect = firstTable >= 0 ? lines[firstTable]!.cells : [];
      const left = tableRect[0]?.rect[0] ?? 0;
      const right = tableRect.at(-1)?.rect[2] ?? 0;
      const bodySize = upperMedian(lines.map((l) => l.size).filter((z) => z > 0)) ?? 0;
      const onlyHeaderAbove = lines.slice(0, Math.max(0, firstTable)).every((l, i) => {
        const text = page.text.slice(l.start, l.end).trim();
        // A page's running head set in smaller type than its body (a template's file name and
        // title, printed on every page): the margin's, not a line of the form.
        if (i < 2 && marginSized(l.size, bodySize)) return true;
        const x0 = l.cells[0]?.rect[0] ?? 0;
        const label = x0 < left + 0.25 * (right - left);
        const running =
          !label ||
          seenAtTop.has(lineText(l)) ||
          /续|接上[页表]|承上[页表]/.test(text) ||
          RUNNING_MARK.test(lineText(l));
        return i < 2 && text.length <= 20 && !HEADING_NUMBER.test(text) && running;
      });
      const first = firstTable >= 0 && onlyHeaderAbove ? lines[firstTable] : undefined;
      if (first && carried >= 0) {
        // A page of a sheet stands where the sheet put it: its table's columns are compared
        // where the table began, its rows moved there (readers place cells under headers by x).
        const own = lines.filter((l) => l.table === first.table);
        const carriedRows = this.rows.filter((r) => r.table === carried);
        const dx = pane.onSheet ? leftOf(carriedRows) - leftOf(own) : 0;
        const edges = columnEdges(own.map((l) => shifted(widened(l), dx)));
        const before = columnEdges(carriedRows);
        // A table read with its columns from later pages goes on only as just as wide a table
        // (the sheet's next rows, with their columns joined too), not as its first columns alone.
        const wide = carriedRows.some((r) => r.cells.some((c) => c.page !== r.page));
        if (
          Number.isFinite(dx) &&
          sameColumns(before, edges) &&
          (!wide || sameColumns(edges, before))
        ) {
          tables.set(first.table, carried);
          if (dx) shifts.set(first.table, dx);
        }
      }
      for (const line of lines) {
        if (line.table >= 0 && !tables.has(line.table)) {
          const before = this.rows.at(-1);
          const runsOn =
            before !== undefined &&
            before.table >= 0 &&
            columnBreak(before, line) &&
            sameWidths(before.cells, line.cells);
          tables.set(line.table, runsOn ? before.table : tableBase++);
          if (runsOn) shifts.set(line.table, before.cells[0]!.rect[0] - line.cells[0]!.rect[0]);
        }
        const dx = line.table >= 0 ? (shifts.get(line.table) ?? 0) : 0;
        const table = line.table >= 0 ? tables.get(line.table)! : -1;
        const firstText = page.text.slice(line.cells[0]?.start ?? 0, line.cells[0]?.end ?? 0);
        // The next line of an open paragraph starts no further right than the line before (a
        // new paragraph is indented) and is not a numbered heading or item.
        const x0 = line.cells[0]?.rect[0] ?? 0;
        const joins =
          openParagraph &&
          table < 0 &&
          line.cells.length === 1 &&
          x0 <= paragraphX + 0.6 * (line.size || 10) &&
          !HEADING_NUMBER.test(firstText.trim()) &&
          !/^[①-⑳]/.test(firstText.trim()) &&
          !FIELD_START.test(firstText);
        if (this.rows.length > 0) {
          if (!joins) flow += '\n';
          else if (/[A-Za-z0-9]$/.test(flow) && /^[A-Za-z0-9]/.test(firstText)) flow += ' ';
        }
        const flowStart = flow.length;
        const cells: DocCell[] = [];
        spacedLabelsJoined(line.cells, page.text).forEach((cell, ci) => {
          if (ci > 0) flow += '\t';
          const text = page.text.slice(cell.start, cell.end);
          cells.push({
            text,
            page: page.page,
            start: cell.start,
            end: cell.end,
            rect: dx
              ? [cell.rect[0] + dx, cell.rect[1], cell.rect[2] + dx, cell.rect[3]]
              : cell.rect,
            ruled: cell.ruled,
            flow: flow.length,
          });
          this.segments.push({
            flow: flow.length,
            length: text.length,
            page: page.page,
            start: cell.start,
          });
          flow += text;
        });
        for (const more of columns.more.get(line) ?? []) {
          for (const cell of more.cells) {
            flow += '\t';
            const text = more.page.text.slice(cell.start, cell.end);
            const moved = movedRect(cell.rect, more.dx + dx);
            cells.push({
              text,
              page: more.page.page,
              start: cell.start,
              end: cell.end,
              rect: moved,
              ruled: cell.ruled,
              flow: flow.length,
              drawn: cell.rect,
            });
            this.segments.push({
              flow: flow.length,
              length: text.length,
              page: more.page.page,
              start: cell.start,
            });
            flow += text;
          }
        }
        const row: DocRow = {
          index: this.rows.length,
          page: page.page,
          table,
          cells,
          text: cells.map((c) => c.text).join('\t'),
          top: line.top,
          bottom: line.bottom,
          size: line.size,
          flowStart,
          flowEnd: flow.length,
          ...(line.columnRight !== undefined ? { columnRight: line.columnRight } : {}),
        };
        this.rows.push(row);
        // A free line that reaches the right margin and does not end a sentence wraps into the
        // next line (also onto the next page).
        // A line in a newspaper column reaches that column's right edge, not the page's.
        const right = line.cells.at(-1)?.rect[2] ?? 0;
        const margin = line.columnRight ?? freeRight;
        openParagraph =
          table < 0 &&
          line.cells.length === 1 &&
          right >= margin - 2.5 * (line.size || 10) &&
          !SENTENCE_END.test(row.text);
        paragraphX = x0;
      }
      // A running foot in smaller type under the page's last table (a file name and print date)
      // does not end that table: it may go on on the next page.
      let last = this.rows.length - 1;
      for (let skipped = 0; skipped < 2 && last >= 0; skipped++, last--) {
        const row = this.rows[last]!;
        if (row.page !== page.page || row.table >= 0 || !marginSized(row.size, bodySize)) break;
      }
      carried = this.rows[last]?.table ?? -1;
    }
    this.flow = flow;
    // A list printed in two halves side by side: its right half's rows after its left half's.
    const unfolded = unfoldSideBySide(this.rows);
    if (unfolded.length !== this.rows.length || unfolded.some((r, i) => r !== this.rows[i])) {
      this.rows.length = 0;
      for (const row of unfolded) this.rows.push(row);
      this.byFlow = [...unfolded].sort((a, b) => a.flowStart - b.flowStart);
    }
    resolveDittoMarks(this.rows);
  }

  page(n: number): PageText | undefined {
    return this.pageByNumber.get(n);
  }

  /**
   * Where a page (its stored number) stands in reading order, as a page number: its own number
   * unless the pages were read in another order than stored (page-order.ts). "A later page" is
   * a greater position.
   */
  position(n: number): number {
    return this.positions.get(n) ?? n;
  }

  /** The row containing a flow offset. */
  rowAt(flowOffset: number): DocRow | undefined {
    const rows = this.byFlow ?? this.rows;
    let lo = 0;
    let hi = rows.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (rows[mid]!.flowStart <= flowOffset) lo = mid;
      else hi = mid - 1;
    }
    return rows[lo];
  }

  /** Evidence for a range of the flow: one quote per page it touches, as it stands in the file. */
  evidenceForFlow(start: number, end: number): Evidence[] {
    const perPage = new Map<number, [number, number]>();
    for (const s of this.segments) {
      if (s.flow + s.length <= start || s.flow >= end) continue;
      const a = s.start + Math.max(0, start - s.flow);
      const b = s.start + Math.min(s.length, end - s.flow);
      const range = perPage.get(s.page);
      perPage.set(s.page, range ? [Math.min(range[0], a), Math.max(range[1], b)] : [a, b]);
    }
    const out: Evidence[] = [];
    for (const [page, [a, b]] of perPage) {
      const pageText = this.pageByNumber.get(page);
      if (!pageText) continue;
      const quote = sourceText(pageText, a, b);
      if (quote) out.push({ page, quote });
    }
    return out;
  }

  /**
   * A flow range as the file spaces it, each piece normalised: the normalised flow drops spaces
   * beside Chinese characters, yet on a line of a roster ("张三 某校 教师 一级教师") they are
   * what separates the fields.
   */
  spacedText(start: number, end: number): string {
    return this.evidenceForFlow(start, end)
      .map((e) => e.quote)
      .join(' ')
      .split(/\s+/)
      .map((piece) => normalize(piece))
      .filter(Boolean)
      .join(' ');
  }

  /** Evidence for cells (a label and its value, a table row): one quote per page. */
  evidenceForCells(cells: DocCell[]): Evidence[] {
    const byPage = new Map<number, DocCell[]>();
    for (const c of [...cells].sort((a, b) => a.flow - b.flow)) {
      byPage.set(c.page, [...(byPage.get(c.page) ?? []), c]);
    }
    const out: Evidence[] = [];
    for (const list of byPage.values()) {
      const first = list[0]!;
      const last = list.at(-1)!;
      const length = (last.written ?? last.text).length;
      out.push(...this.evidenceForFlow(first.flow, last.flow + length));
    }
    return out;
  }
}
