/**
 * Columns set with spaces under a typed rule: a plain-text table (an email body, a .txt printed,
 * `column -t`, a spreadsheet saved as text) writes its header, a dashed rule under it, and its
 * rows with at least two spaces between columns:
 *
 *     姓 名     专业技术职称   工作单位
 *     ------------------------------------------
 *     司马玉兰 正高级教师      阜新蒙古族自治县佛寺镇中心小学
 *
 * One space stays inside a value ("C++ 编程", the letter-spaced "姓 名"); two or more (one em of
 * a CJK monospace font) part columns. The padding is often counted in characters, not in the
 * two columns an ideograph takes, so a row drifts off its header: a row's cells are found
 * by order when it has as many as the header, under the nearest column starts when it has
 * fewer (a cell left empty). A table with a row of more pieces than its header has columns is
 * left as text.
 *
 * A table with a line that starts right of its left edge (a wrapped cell, a first cell left to
 * the row above) is not read here: the spaces cannot say which of the two it is.
 *
 * Each row found becomes a TypedRow (typed-glyphs.ts), walled like a row typed with bars.
 */
import type { LayoutItem } from './layout';
import { glyphsOf, MAX_BARS_PER_LINE, MAX_ROW_CHARS, type TypedRow } from './typed-glyphs';

/** A gap this wide (in font sizes) or wider parts two columns: two spaces of a monospace font. */
const COLUMN_GAP = 0.9;
/** Lines further apart than this (in font sizes) are not rows of one table. */
const ROW_PITCH = 1.8;

/** The line's runs cut at their column gaps: wide spaces inside a run or between two runs. */
export function spacedPieces(line: LayoutItem[]): LayoutItem[] {
  let length = 0;
  for (const item of line) length += item.str.length;
  if (length > MAX_ROW_CHARS) return [];
  const out: LayoutItem[] = [];
  for (const item of line) {
    const gap = COLUMN_GAP * item.size;
    const glyphs = glyphsOf(item);
    let start = -1;
    let blankFrom = -1;
    const flush = (end: number) => {
      if (start < 0) return;
      const piece = glyphs.slice(start, end);
      const prev = out.at(-1);
      const rect: LayoutItem['rect'] = [piece[0]!.x0, item.rect[1], piece.at(-1)!.x1, item.rect[3]];
      const str = piece.map((g) => g.ch).join('');
      // A run that follows the last piece closely is that piece going on ("C++" "编程").
      if (prev && prev.baseline === item.baseline && rect[0] - prev.rect[2] < gap && start === 0) {
        out[out.length - 1] = {
          ...prev,
          str: `${prev.str} ${str}`,
          rect: [prev.rect[0], prev.rect[1], rect[2], prev.rect[3]],
        };
      } else out.push({ ...item, str, rect });
      start = -1;
    };
    glyphs.forEach((g, k) => {
      if (g.ch.trim() === '') {
        if (blankFrom < 0) blankFrom = k;
        return;
      }
      if (blankFrom >= 0 && start >= 0 && g.x0 - glyphs[blankFrom]!.x0 >= gap) flush(blankFrom);
      blankFrom = -1;
      if (start < 0) start = k;
    });
    flush(blankFrom >= 0 ? blankFrom : glyphs.length);
  }
  return out;
}

/** Place a row's pieces in the header's columns: by order, or by place when some are empty. */
function columnsOf(pieces: LayoutItem[], header: LayoutItem[]): number[] | null {
  const n = header.length;
  if (pieces.length > n) return null;
  if (pieces.length === n) return pieces.map((_, k) => k);
  // Each piece under the header column starting nearest to it (padding counted in characters
  // moves a row either way), keeping order and leaving room for the pieces after it; a piece
  // far from every column start (three sizes) leaves the row as text.
  const out: number[] = [];
  for (const [k, p] of pieces.entries()) {
    const first = k === 0 ? 0 : out[k - 1]! + 1;
    const last = n - (pieces.length - k);
    let column = -1;
    let best = 3 * p.size;
    for (let c = first; c <= last; c++) {
      const distance = Math.abs(header[c]!.rect[0] - p.rect[0]);
      if (distance <= best) [column, best] = [c, distance];
    }
    if (column < 0) return null;
    out.push(column);
  }
  return out;
}

/** A TypedRow for the pieces in the given columns: walls between them, n columns in all. */
function rowOf(pieces: LayoutItem[], columns: number[], n: number): TypedRow {
  const size = pieces[0]!.size;
  const pad = 0.25 * size;
  const at = new Map<number, LayoutItem>();
  for (const [k, p] of pieces.entries()) at.set(columns[k]!, p);
  const bars: number[] = [pieces[0]!.rect[0] - pad];
  for (let c = 1; c < n; c++) {
    const before = at.get(c - 1);
    const after = at.get(c);
    let x = before ? before.rect[2] + pad : after ? after.rect[0] - pad : bars.at(-1)! + pad;
    if (before && after) x = (before.rect[2] + after.rect[0]) / 2;
    bars.push(Math.max(x, bars.at(-1)! + pad));
  }
  bars.push(Math.max(pieces.at(-1)!.rect[2] + pad, bars.at(-1)! + pad));
  return {
    baseline: pieces[0]!.baseline,
    size,
    bars,
    pieces: pieces.map((item, k) => ({ item, cell: columns[k]! + 1 })),
  };
}

/**
 * Tables set with spaces: a header line right above a typed rule, two columns at least, and the
 * lines right below the rule, one after another, that stand within the rule's left edge. Lines
 * already read (typed rows with bars) are skipped. `lines` run top to bottom.
 */
export function spacedRows(
  lines: LayoutItem[][],
  isRule: (line: LayoutItem[]) => boolean,
  taken: Set<LayoutItem[]>,
): { row: TypedRow; line: LayoutItem[] }[] {
  const out: { row: TypedRow; line: LayoutItem[] }[] = [];
  lines.forEach((rule, i) => {
    const above = lines[i - 1];
    if (!above || !isRule(rule) || isRule(above) || taken.has(above)) return;
    const size = rule[0]!.size;
    const [left, right] = [rule[0]!.rect[0], rule.at(-1)!.rect[2]];
    if (above[0]!.baseline - rule[0]!.baseline > ROW_PITCH * size) return;
    const header = spacedPieces(above);
    if (header.length < 2 || header.length > MAX_BARS_PER_LINE) return;
    if (header[0]!.rect[0] < left - size || header.at(-1)!.rect[2] > right + size) return;
    const rows: { row: TypedRow; line: LayoutItem[] }[] = [];
    let prev = rule[0]!.baseline;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (isRule(line) || taken.has(line) || prev - line[0]!.baseline > ROW_PITCH * size) break;
      if (line[0]!.rect[0] < left - size) break;
      const pieces = spacedPieces(line);
      // A line that does not start at the table's left edge (its first cell blank) is a wrapped
      // cell going on, or a row that leaves its first cell to the row above (a role written
      // once): which, spaces do not tell. Such a table is left to the free-text reader
      // (free-text.ts), as it was.
      if (pieces.length > 0 && pieces[0]!.rect[0] >= header[0]!.rect[0] + size) return;
      // A label ("主持人申报条件：") or a line of one piece is the text after the table.
      if (pieces.length < 2 || /[:：]$/.test(pieces[0]!.str)) break;
      prev = line[0]!.baseline;
      // A row with more pieces than the header has columns: the header is not read right
      // (two labels one space apart); the table is left as it was.
      const columns = columnsOf(pieces, header);
      if (!columns) return;
      rows.push({ row: rowOf(pieces, columns, header.length), line });
    }
    if (rows.length === 0) return;
    const columns = header.map((_, k) => k);
    out.push({ row: rowOf(header, columns, header.length), line: above }, ...rows);
    taken.add(above);
    for (const r of rows) taken.add(r.line);
  });
  return out;
}
