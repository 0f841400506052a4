/**
 * Reading tables: a header row names the columns, data rows follow in the same table (also on
 * the next page), and a row's cell for a column is the one lying under the header cell. Merged
 * cells (a role label spanning several rows) are found by geometry.
 */
import type { DocCell, DocRow, DocumentLayout } from './document';
import { cleanLabel } from './key-values';

export interface Column {
  label: string;
  x0: number;
  x1: number;
  cell: DocCell;
  /**
   * The header cell is merged down over the rows below ("网络教研联盟人员" beside 姓名 | 学科 |
   * …): a label for a group of rows, not a column the data rows fill.
   */
  spansDown?: boolean;
}

/**
 * Is a ruled cell merged down over the rows below its row: its bottom edge lies lower than the
 * row's own bottom by more than the row's height?
 */
function mergedDown(cell: DocCell, row: DocRow): boolean {
  if (!cell.ruled || row.cells.length < 3) return false;
  const bottom = Math.max(...row.cells.map((c) => c.rect[1]));
  const height = Math.min(...row.cells.map((c) => c.rect[3] - c.rect[1]));
  return cell.rect[1] < bottom - Math.max(height, 4);
}

/**
 * The columns a header row names. Without borders a label is often centred over its column and
 * narrower than the values under it (a unit's name, a phone number), so a column of a borderless
 * header reaches halfway to its neighbours' labels (the outer ones as far out as inwards).
 */
export function headerColumns(row: DocRow): Column[] {
  const cells = row.cells;
  const borderless = cells.length >= 2 && cells.every((c) => !c.ruled);
  return cells.map((cell, i) => {
    let [x0, x1] = [cell.rect[0], cell.rect[2]];
    if (borderless) {
      const prev = cells[i - 1];
      const next = cells[i + 1];
      const left = prev ? (x0 - prev.rect[2]) / 2 : undefined;
      const right = next ? (next.rect[0] - x1) / 2 : undefined;
      x0 -= Math.max(0, left ?? right ?? 0);
      x1 += Math.max(0, right ?? left ?? 0);
    }
    return {
      label: cleanLabel(cell.text),
      x0,
      x1,
      cell,
      ...(mergedDown(cell, row) ? { spansDown: true } : {}),
    };
  });
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.min(a1, b1) - Math.max(a0, b0);
}

/** The row's cell under a column: the one overlapping it most (at least half its own width). */
export function columnOf(row: DocRow, column: Column): DocCell | undefined {
  let best: DocCell | undefined;
  let bestOverlap = 0;
  for (const cell of row.cells) {
    const o = overlap(cell.rect[0], cell.rect[2], column.x0, column.x1);
    const width = Math.min(cell.rect[2] - cell.rect[0], column.x1 - column.x0);
    if (o > bestOverlap && o >= 0.5 * width) {
      best = cell;
      bestOverlap = o;
    }
  }
  return best;
}

/** The rows after `header` in the same table, across page breaks. */
export function rowsOfTable(doc: DocumentLayout, header: DocRow): DocRow[] {
  const out: DocRow[] = [];
  for (const row of doc.rows.slice(header.index + 1)) {
    if (row.table !== header.table) {
      // Free text between two parts of the table (a running header) does not end it, as long as
      // the table itself continues right after.
      if (row.table < 0 && row.cells.length === 1 && row.text.length <= 20) continue;
      break;
    }
    out.push(row);
  }
  return out;
}

/**
 * The cell of the same table covering the row's middle in a column, written in another row:
 * the text of a label cell merged over several rows stands in one of them only.
 */
export function coveringCell(
  doc: DocumentLayout,
  row: DocRow,
  column: Column,
): DocCell | undefined {
  const y = (row.top + row.bottom) / 2;
  for (const other of doc.rows) {
    if (other.table !== row.table || other.page !== row.page) continue;
    for (const cell of other.cells) {
      if (!cell.ruled) continue;
      const [x0, y0, x1, y1] = cell.rect;
      if (y < y0 - 1 || y > y1 + 1) continue;
      if (overlap(x0, x1, column.x0, column.x1) >= 0.5 * Math.min(x1 - x0, column.x1 - column.x0)) {
        return cell;
      }
    }
  }
  return undefined;
}

/**
 * The label cells standing for a row left of `x`, nearest first: the row's own cells there and
 * ruled cells of other rows of the same table merged over this row's middle. Producers place a
 * merged cell's text at its top (LibreOffice) or in its middle (Chromium), so the text of a
 * label spanning rows stands in any one of them; nested labels (a group "团队人员" around roles
 * 主持人, 顾问…) are ordered innermost first.
 */
export function labelsLeftOf(doc: DocumentLayout, row: DocRow, x: number): DocCell[] {
  const y = (row.top + row.bottom) / 2;
  const out = row.cells.filter((c) => c.rect[2] <= x + 2 && c.text.trim() !== '');
  for (const other of doc.rows) {
    if (other === row || other.table !== row.table || other.page !== row.page) continue;
    for (const cell of other.cells) {
      const [x0, y0, , y1] = cell.rect;
      if (!cell.ruled || cell.rect[2] > x + 2 || cell.text.trim() === '') continue;
      if (y < y0 - 1 || y > y1 + 1) continue;
      if (!out.some((c) => Math.abs(c.rect[0] - x0) < 2)) out.push(cell);
    }
  }
  return out.sort((a, b) => b.rect[2] - a.rect[2]);
}

export interface Table {
  /** Table number across the document. */
  id: number;
  /** The header row (column labels), when the table has one. */
  header?: DocRow;
  columns: Column[];
  /** Rows after the header (repeated headers on later pages left out), across page breaks. */
  body: DocRow[];
  /** The free line just above the table (its title or numbered heading), if any. */
  caption?: DocRow;
}

/** Words that end a column label on forms (generic, not any call's vocabulary). */
const COLUMN_WORD =
  /(?:序号|编号|^序$|姓名|名称|单位|职务|职称|学科|专长|电话|手机|邮箱|联系|方式|人数|类别|角色|地区|区域|区县|类型|性质|数量|形式|备注|时间|日期|年月|金额|成果|^(?:所在|成员)?学校|性别|年龄|所在地|分工|身份|内容|来源|人员|规模|题目|标题|学段|层次)$/;

/**
 * A row of short labels, none a number, at least two of them column words (姓名, 单位名称,
 * 数量…): the header of the rows below it. A data row of names and places is not one.
 */
export function isHeaderRow(row: DocRow): boolean {
  return columnWords(row) >= 2;
}

/** How many of the row's cells are column words (0 when the row cannot be a header). */
export function columnWords(row: DocRow): number {
  if (row.cells.length < 2) return 0;
  let labels = 0;
  let words = 0;
  for (const c of row.cells) {
    const t = cleanLabel(c.text);
    if (t === '') continue;
    if (t.length > 14 || /\d/.test(t) || /[□■☑☐√✓。；]/.test(t)) return 0;
    labels++;
    if (t.length <= 8 && COLUMN_WORD.test(t)) words++;
  }
  return labels >= 2 && words >= 2 && words * 2 >= labels ? words : 0;
}

const tableCache = new WeakMap<DocumentLayout, Table[]>();

/**
 * Does a header row head a data row: each data cell under a header cell of its own (cells left
 * of the header are row labels, a role merged over rows), two at least? Counting cells is not
 * enough: a header may carry a role label cell the data rows lack, or the reverse.
 */
function fits(header: DocRow, data: DocRow): boolean {
  // A group label merged down beside the header is no column: the data rows' own labels (主持人,
  // 顾问…) stand between it and the first column.
  const columns = headerColumns(header).filter((c) => !c.spansDown);
  const left = columns[0]?.x0 ?? 0;
  const used = new Set<Column>();
  for (const cell of data.cells) {
    if (cell.rect[2] <= left + 2) continue;
    // The column it overlaps most; without borders, text starts where its header starts.
    let column: Column | undefined;
    let best = 0;
    for (const c of columns) {
      const o = overlap(cell.rect[0], cell.rect[2], c.x0, c.x1);
      if (o > best) [column, best] = [c, o];
    }
    column ??= columns.find((c) => Math.abs(c.x0 - cell.rect[0]) <= 3);
    if (!column || used.has(column)) return false;
    used.add(column);
  }
  return used.size >= 2;
}

/** A ruled cell lying across two or more of the columns (by more than half of each). */
function spansColumns(row: DocRow, columns: Column[]): boolean {
  if (columns.length < 2) return false;
  return row.cells.some((cell) => {
    if (!cell.ruled) return false;
    const covered = columns.filter(
      (c) => overlap(cell.rect[0], cell.rect[2], c.x0, c.x1) > 0.5 * (c.x1 - c.x0),
    );
    return covered.length >= 2;
  });
}

/**
 * A title row inside a table: one short piece of text (no field's colon) in a cell across the
 * table, naming the group of rows under it ("【核心成员】", "网络教研联盟人员").
 */
export function isBand(row: DocRow): boolean {
  const filled = row.cells.filter((c) => c.text.trim() !== '');
  if (filled.length !== 1) return false;
  const text = cleanLabel(filled[0]!.text);
  return text.length > 0 && text.length <= 20 && !/[:：]/.test(filled[0]!.text);
}

/**
 * A row cut by a page break: its cells' last lines stand at the top of the next page, in a row
 * of their own with the first column empty. That row continues the one before it.
 */
function joinContinuations(body: DocRow[], columns: Column[]): DocRow[] {
  if (columns.length < 2) return body;
  const first =
    columns.find((c) => !c.spansDown && !/^(?:序号|编号|序)$/.test(c.label)) ?? columns[0]!;
  const out: DocRow[] = [];
  for (const row of body) {
    const prev = out.at(-1);
    const filled = row.cells.filter((c) => c.text.trim() !== '');
    if (
      prev &&
      prev.page !== row.page &&
      filled.length > 0 &&
      filled.length * 2 <= columns.length &&
      !columnOf(row, first)
    ) {
      prev.continued = row;
      continue;
    }
    out.push(row);
  }
  return out;
}

/**
 * Rows of a borderless table whose lines overlap in height are one row: its cells were
 * wrapped over two or three lines and centred in their row, so the lines of one cell stand a
 * little above and below the other cells' ("资源审核管 / 常洋 / 理员"). Their cells join
 * column by column, top line first. Drawn tables keep their rows (the rulings separate them).
 */
export function mergeWrapped(body: DocRow[]): DocRow[] {
  const out: DocRow[] = [];
  for (const row of body) {
    const prev = out.at(-1);
    const borderless = (r: DocRow) => r.cells.every((c) => !c.ruled);
    if (
      prev &&
      prev.page === row.page &&
      borderless(prev) &&
      borderless(row) &&
      row.top > prev.bottom + 0.5
    ) {
      out[out.length - 1] = joinRows(prev, row);
      continue;
    }
    out.push(row);
  }
  return out;
}

function joinRows(a: DocRow, b: DocRow): DocRow {
  const cells = a.cells.map((c) => ({ ...c }));
  for (const cell of b.cells) {
    const over = cells.find((c) => overlap(c.rect[0], c.rect[2], cell.rect[0], cell.rect[2]) > 0);
    if (!over) {
      cells.push({ ...cell });
      continue;
    }
    const [first, second] = over.rect[3] >= cell.rect[3] ? [over, cell] : [cell, over];
    over.text = first.text + second.text;
    over.rect = [
      Math.min(over.rect[0], cell.rect[0]),
      Math.min(over.rect[1], cell.rect[1]),
      Math.max(over.rect[2], cell.rect[2]),
      Math.max(over.rect[3], cell.rect[3]),
    ];
    over.flow = Math.min(over.flow, cell.flow);
  }
  cells.sort((x, y) => x.rect[0] - y.rect[0]);
  return {
    ...a,
    cells,
    text: cells.map((c) => c.text).join('\t'),
    top: Math.max(a.top, b.top),
    bottom: Math.min(a.bottom, b.bottom),
    flowStart: Math.min(a.flowStart, b.flowStart),
    flowEnd: Math.max(a.flowEnd, b.flowEnd),
  };
}

/** The text of a row under a column, with the cells it came from (a continued row joins in). */
export function textUnder(row: DocRow, column: Column): { text: string; cells: DocCell[] } {
  const cells: DocCell[] = [];
  for (let r: DocRow | undefined = row; r; r = r.continued) {
    const cell = columnOf(r, column);
    if (cell) cells.push(cell);
  }
  return { text: cells.map((c) => c.text).join(''), cells };
}

const labelsOf = (row: DocRow) =>
  headerColumns(row)
    .map((c) => c.label)
    .join('|');

/** The document's rows in tables, by table number (a table continued across pages is one). */
export function rowsByTable(doc: DocumentLayout): Map<number, DocRow[]> {
  const byId = new Map<number, DocRow[]>();
  for (const row of doc.rows) {
    if (row.table < 0) continue;
    const list = byId.get(row.table) ?? [];
    list.push(row);
    byId.set(row.table, list);
  }
  return byId;
}

/**
 * The document's tables: rows grouped by table number (continued across pages), cut at each
 * header row (a row of labels with data under it: one drawn table may hold a form's fields and
 * then a people list), each part with its header and the caption line above.
 */
export function tablesOf(doc: DocumentLayout): Table[] {
  const cached = tableCache.get(doc);
  if (cached) return cached;
  const out: Table[] = [];
  for (const [id, rows] of rowsByTable(doc)) {
    // Header rows: in each run of label-like rows, the first with as many cells as the data
    // row after the run (a header over its data); a table of labels only has its first row.
    const starts: number[] = [];
    const labelLike = rows.map(isHeaderRow);
    for (let i = 0; i < rows.length; i++) {
      if (!labelLike[i] || (i > 0 && labelLike[i - 1])) continue;
      let j = i;
      while (j < rows.length && labelLike[j]) j++;
      // Group titles across the table ("【主持人】") between a header and its rows are no data.
      const data = rows.slice(j).find((r) => !isBand(r));
      // No data after the run: a table of labels only (its first row heads it), or a header
      // alone (a role's table with nobody in it).
      const header = data
        ? rows.slice(i, j).findIndex((r) => fits(r, data))
        : i === 0 && (j - i >= 2 || rows.length === 1)
          ? 0
          : -1;
      if (header < 0) continue;
      const at = i + header;
      // The header repeated on a new page continues the part it heads.
      const last = starts.at(-1);
      if (last !== undefined && labelsOf(rows[last]!) === labelsOf(rows[at]!)) continue;
      starts.push(at);
    }
    if (starts[0] !== 0) starts.unshift(-1);
    starts.forEach((at, k) => {
      let header = at >= 0 ? rows[at] : undefined;
      const end = starts[k + 1] ?? rows.length;
      let body = rows.slice(at + 1, end);
      // Without borders, a header centred over its columns may be laid out as a free line
      // above the table (its cells do not line up with the data's): it heads the table when
      // the data rows' cells stand under its labels.
      const above = !header && body[0] ? doc.rows[body[0].index - 1] : undefined;
      if (above && above.table < 0 && isHeaderRow(above) && fits(above, body[0]!)) header = above;
      const labels = header ? labelsOf(header) : '';
      const columns = header ? headerColumns(header) : [];
      body = body.filter((r) => !(header && labelsOf(r) === labels));
      // A row with a cell across two columns is a form's field, not this table's data; a
      // group's title across the table ("【核心成员】") with data rows after it is not.
      const across = body.findIndex((r, k) => {
        if (!spansColumns(r, columns)) return false;
        const next = body.slice(k + 1).find((x) => !isBand(x));
        if (!header || !isBand(r)) return true;
        if (next) return !fits(header, next);
        // A title last on a page may head rows the next page's table part holds (joinParts).
        const after = doc.rows.slice(r.index + 1).find((x) => !isBand(x) && labelsOf(x) !== labels);
        return !(
          after &&
          doc.position(after.page) > doc.position(r.page) &&
          after.table >= 0 &&
          after.table !== r.table &&
          fits(header, after)
        );
      });
      if (across >= 0) body = body.slice(0, across);
      body = joinContinuations(mergeWrapped(body), columns);
      const first = header ?? body[0];
      if (!first) return;
      let caption: DocRow | undefined;
      for (let i = first.index - 1; i >= Math.max(0, first.index - 2); i--) {
        const above = doc.rows[i]!;
        if (above.table >= 0) break;
        if (above.text.trim().length <= 40) {
          caption = above;
          break;
        }
      }
      out.push({ id, header, columns, body, caption });
    });
  }
  joinParts(doc, out);
  out.push(...freeTables(doc));
  tableCache.set(doc, out);
  return out;
}

/**
 * A table's header repeated at the top of a page, then its rows drawn as a table of their own
 * (a gap between them): those rows are the first table's, under its header, when they stand
 * under its columns. Done in place.
 */
function joinParts(doc: DocumentLayout, tables: Table[]) {
  for (let k = tables.length - 1; k >= 0; k--) {
    const part = tables[k]!;
    const first = part.body[0];
    if (part.header || !first) continue;
    const above = doc.rows[first.index - 1];
    if (!above || above.table < 0 || above.table === part.id || !isHeaderRow(above)) continue;
    const owner = tables.findLast(
      (t) => t.id === above.table && t.header && labelsOf(t.header) === labelsOf(above),
    );
    if (!owner?.header || !fits(owner.header, first)) continue;
    // A row with a cell across the header's columns is a form's field under a header-only
    // table (a role with nobody in it, then "推选单位 | 甲区教育局"), not its rows drawn apart.
    if (spansColumns(first, owner.columns)) continue;
    owner.body.push(...part.body);
    tables.splice(k, 1);
  }
}

/**
 * Tables that layout did not see as tables: a free line of column labels (two at least, 序号 |
 * 案例名称, 单位名称 | 所在地区) over lines whose cells stand under those labels. Two columns
 * of text a wide gap apart are otherwise read as a field and its value. Their ids are negative.
 */
function freeTables(doc: DocumentLayout): Table[] {
  const out: Table[] = [];
  const rows = doc.rows;
  let id = -2;
  for (let i = 0; i < rows.length; i++) {
    const header = rows[i]!;
    if (header.table >= 0 || !isHeaderRow(header)) continue;
    const labels = labelsOf(header);
    const body: DocRow[] = [];
    let j = i + 1;
    for (; j < rows.length; j++) {
      const row = rows[j]!;
      if (row.table >= 0) break;
      if (row.page !== header.page && labelsOf(row) === labels) continue; // repeated on a new page
      if (!fits(header, row)) break;
      body.push(row);
    }
    if (body.length === 0) continue;
    const above = rows[i - 1];
    const caption = above && above.table < 0 && above.text.trim().length <= 40 ? above : undefined;
    const columns = headerColumns(header);
    out.push({ id: id--, header, columns, body: joinContinuations(body, columns), caption });
    i = j - 1;
  }
  return out;
}

/** The column whose header label matches. */
export function columnMatching(table: Table, re: RegExp): Column | undefined {
  return table.columns.find((c) => re.test(c.label));
}
