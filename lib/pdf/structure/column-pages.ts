/**
 * A table whose right-hand columns go on on a later page. A wide spreadsheet printed at 100%
 * (no fit to width) prints its columns A:B on one page and C:D, E:F… on the next pages, the same
 * sheet rows at the same heights: a person's name on page 1, the unit and phone on page 2. Read
 * page by page, the name stands in a table of 序号 and 姓名 only and the rest in tables of no name.
 *
 * A later page whose every line stands exactly where a row of an earlier page's tables stands
 * (ruled rows with the same top and bottom; a free line inside such a row) holds that page's
 * right-hand columns: its cells are read at the end of those rows, placed right of them (readers
 * place cells under headers by x; `drawn` keeps where they stand), and the page itself is not
 * read again. Print titles (columns A:B repeated on every page) are cells that repeat the row's
 * own, left out. Not joined, so read as they stand: a page of which any line stands elsewhere
 * (its own caption, a heading, a pair), rows whose cells line up with the earlier row's
 * columns (the same table going on down the next page, a repeated header over its next rows,
 * which stand on the same grid in a spreadsheet of even rows), and a page of free lines only
 * unless each stands in a row of a table already continued so.
 */
import type { PageCell, PageLine, PageText, Rect } from '../text';

/** Borders this close (pt) are one border. */
const TOLERANCE = 1.5;
/** The right-hand columns start at the page's left margin as the rows' first columns do. */
const MARGIN_TOLERANCE = 12;
/** Earlier pages looked at for the rows a page continues (a sheet is this many pages wide at most). */
const MAX_BACK = 12;
/** Past this many lines a page is no spreadsheet's printed page (a hostile page): read as it stands. */
const MAX_LINES = 150;
/** Past this many line comparisons the document is read as it stands from there on. */
const WORK_BUDGET = 2_000_000;

/** Cells of a later page that continue a row: read after the row's own, moved right by `dx`. */
export interface ContinuedCells {
  page: PageText;
  cells: PageCell[];
  dx: number;
}

export interface ColumnPages {
  /** Pages (numbers) that hold only right-hand columns of earlier pages' rows. */
  pages: Set<number>;
  /**
   * Those of them whose lines stand as well in the rows of another earlier page (sheets of
   * even rows): which rows they continue is a guess, the nearest page's; values read from them
   * are for checking.
   */
  unsure: Set<number>;
  /** The earlier pages such a page could continue: the lists read from their tables may lack cells or hold others' rows. */
  unsureBases: Set<number>;
  /** A row's cells on later pages, page by page. */
  more: Map<PageLine, ContinuedCells[]>;
}

interface Piece {
  line: PageLine;
  base: PageLine;
  cells: PageCell[];
  exact: boolean;
}

/** Cells' texts without spaces, each read once. */
const squeezed = new WeakMap<PageCell, string>();

function cellText(page: PageText, cell: PageCell): string {
  let text = squeezed.get(cell);
  if (text === undefined) {
    text = page.text.slice(cell.start, cell.end).replace(/\s+/g, '');
    squeezed.set(cell, text);
  }
  return text;
}

function isRuled(line: PageLine): boolean {
  return line.table >= 0 && line.cells.some((c) => c.ruled);
}

/** Does a line stand where the base line stands (ruled: same borders; free: inside it)? */
function standsIn(line: PageLine, base: PageLine): 'exact' | 'inside' | undefined {
  if (
    isRuled(line) &&
    isRuled(base) &&
    Math.abs(line.top - base.top) <= TOLERANCE &&
    Math.abs(line.bottom - base.bottom) <= TOLERANCE
  ) {
    return 'exact';
  }
  if (isRuled(line)) return undefined;
  const middle = (line.top + line.bottom) / 2;
  return middle <= base.top + TOLERANCE && middle >= base.bottom - TOLERANCE ? 'inside' : undefined;
}

/** Internal column borders of some cells (the first cell's left border left out). */
function borders(cells: { rect: Rect }[]): number[] {
  return cells.flatMap((c, i) => (i === 0 ? [c.rect[2]] : [c.rect[0], c.rect[2]]));
}

/** Do the cells stand on the base row's column grid (the same table's next rows, not others)? */
function onGrid(cells: PageCell[], base: PageLine): boolean {
  const own = borders(cells);
  if (own.length === 0) return false;
  const grid = borders(base.cells);
  const shared = own.filter((x) => grid.some((g) => Math.abs(g - x) <= TOLERANCE * 2)).length;
  return shared * 2 >= own.length;
}

/** How many of the line's first cells repeat the base row's cells (print titles). */
function repeated(page: PageText, line: PageLine, basePage: PageText, base: PageLine): number {
  let k = 0;
  while (
    k < line.cells.length &&
    k < base.cells.length &&
    cellText(page, line.cells[k]!) === cellText(basePage, base.cells[k]!)
  ) {
    k++;
  }
  return k;
}

/**
 * The pieces of page Q continuing rows of page P, one per line of Q; undefined when a line of Q
 * stands nowhere in P's rows or does not read as further columns.
 */
function piecesOn(
  q: PageText,
  qLines: PageLine[],
  p: PageText,
  pLines: PageLine[],
  continuedTables: Set<string>,
  work: { done: number },
): Piece[] | undefined {
  const used = new Set<PageLine>();
  const pieces: Piece[] = [];
  for (const line of qLines) {
    work.done += pLines.length;
    let base: PageLine | undefined;
    let how: 'exact' | 'inside' | undefined;
    for (const candidate of pLines) {
      const at = standsIn(line, candidate);
      if (at && (!how || (at === 'exact' && how === 'inside'))) [base, how] = [candidate, at];
    }
    if (!base || !how || used.has(base)) return undefined;
    used.add(base);
    const k = repeated(q, line, p, base);
    // Part of the row repeated and the rest not: no print title, another row.
    if (k > 0 && k < base.cells.length) return undefined;
    const cells = line.cells.slice(k);
    if (cells.length > 0) {
      if (base.table < 0 || (k === 0 && onGrid(cells, base))) return undefined;
      // A free line only in a row of a table already continued by a page of ruled columns.
      if (how === 'inside' && !continuedTables.has(`${p.page}:${base.table}`)) return undefined;
    }
    pieces.push({ line, base, cells, exact: how === 'exact' });
  }
  if (!pieces.some((piece) => piece.cells.length > 0)) return undefined;
  return tablesAlign(pieces, pLines) ? pieces : undefined;
}

/**
 * Each table of the later page continues one table of the earlier page, from its first row:
 * columns printed apart keep the sheet's tables whole (a grid that only happens to line up
 * spans two tables, or starts midway down one).
 */
function tablesAlign(pieces: Piece[], pLines: PageLine[]): boolean {
  const firstRow = new Map<number, PageLine>();
  for (const l of pLines) {
    const known = firstRow.get(l.table);
    if (l.table >= 0 && (!known || l.top > known.top)) firstRow.set(l.table, l);
  }
  const byTable = new Map<number, Piece[]>();
  for (const piece of pieces) {
    if (!isRuled(piece.line)) continue;
    const list = byTable.get(piece.line.table);
    if (list) list.push(piece);
    else byTable.set(piece.line.table, [piece]);
  }
  for (const list of byTable.values()) {
    const table = list[0]!.base.table;
    if (list.some((piece) => piece.base.table !== table)) return false;
    const top = list.reduce((a, b) => (b.line.top > a.line.top ? b : a));
    if (top.base !== firstRow.get(table)) return false;
  }
  return true;
}

function leftEdge(lines: PageLine[]): number {
  let left = Infinity;
  for (const l of lines) for (const c of l.cells) left = Math.min(left, c.rect[0]);
  return left;
}

/**
 * Pages holding the right-hand columns of earlier pages' rows, and each row's cells there.
 * `isContent` leaves out a page's furniture (its printed number), which stands anywhere.
 */
export function columnPages(
  pages: PageText[],
  isContent: (page: PageText, line: PageLine) => boolean,
): ColumnPages {
  const out: ColumnPages = {
    pages: new Set(),
    unsure: new Set(),
    unsureBases: new Set(),
    more: new Map(),
  };
  const readable = pages.filter(
    (p) => p.hasText && !p.sideways && p.lines.length <= MAX_LINES && !p.lines.some((l) => l.pane),
  );
  const content = new Map(readable.map((p) => [p, p.lines.filter((l) => isContent(p, l))]));
  /** How far right each base page's rows reach so far (their own cells and those joined). */
  const extent = new Map<PageText, number>();
  const continuedTables = new Set<string>();
  const bases: PageText[] = [];
  const work = { done: 0 };
  for (const q of readable) {
    if (work.done > WORK_BUDGET) break;
    const qLines = content.get(q)!;
    // Every earlier page whose rows the page's lines continue; the nearest is taken.
    const matches: { p: PageText; pieces: Piece[] }[] = [];
    if (qLines.length > 0) {
      for (const p of bases.slice(-MAX_BACK).reverse()) {
        const pLines = content.get(p)!;
        if (Math.abs(leftEdge(qLines) - leftEdge(pLines)) > MARGIN_TOLERANCE) continue;
        const pieces = piecesOn(q, qLines, p, pLines, continuedTables, work);
        if (pieces) matches.push({ p, pieces });
      }
    }
    const match = matches[0];
    if (match) {
      const { p, pieces } = match;
      const pLines = content.get(p)!;
      const adding = pieces.filter((piece) => piece.cells.length > 0);
      const left = Math.min(...adding.flatMap((piece) => piece.cells.map((c) => c.rect[0])));
      const right = Math.max(...adding.flatMap((piece) => piece.cells.map((c) => c.rect[2])));
      const reach =
        extent.get(p) ?? Math.max(...pLines.flatMap((l) => l.cells.map((c) => c.rect[2])));
      const dx = reach - left;
      extent.set(p, reach + (right - left));
      for (const piece of adding) {
        const list = out.more.get(piece.base) ?? [];
        list.push({ page: q, cells: piece.cells, dx });
        out.more.set(piece.base, list);
        if (piece.exact) continuedTables.add(`${p.page}:${piece.base.table}`);
      }
      out.pages.add(q.page);
      if (matches.length > 1) {
        out.unsure.add(q.page);
        for (const m of matches) out.unsureBases.add(m.p.page);
      }
    }
    if (!match) bases.push(q);
  }
  return out;
}

/** A cell of a later page as read at the end of its row: moved right, and where it is drawn. */
export function movedRect(rect: Rect, dx: number): Rect {
  return [rect[0] + dx, rect[1], rect[2] + dx, rect[3]];
}
