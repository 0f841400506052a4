/**
 * Text outside ruled tables: lines by baseline, and tables drawn without borders (a web form
 * printed without them) found by alignment, as "stream" table readers do. Within a run of lines
 * whose column starts line up, a line with most columns filled is a row; a line filling only a
 * few columns is a wrapped cell of the nearest row (above or below: browsers centre a row's
 * one-line cells beside a cell that wraps), and its text joins that row's cell in that column.
 */
import { centredCaptions } from './centred-captions';
import { cutLine, splitAtColumnStarts } from './column-starts';
import { boundsOf, type LayoutCell, type LayoutItem, type LayoutLine, type Rect } from './layout';
import { withListNumberJoined } from './list-labels';

/** Cells of a table without borders are at least this far apart (in font sizes)... */
const COLUMN_GAP_EM = 0.6;
/** ...and text outside tables only splits into cells at wider gaps ("姓名：张三    单位：…"). */
const CELL_GAP_EM = 1.8;
const ALIGN = 3;

/** Split one baseline's items where the gap exceeds `em` font sizes. */
function split(line: number[], items: LayoutItem[], em: number): number[][] {
  return cutLine(line, items, (item, gap) => gap > em * item.size);
}

/** Split a free line into cells: at wide gaps, and before a field's padded cell. */
function cellsOf(line: number[], items: LayoutItem[]): number[][] {
  return cutLine(
    line,
    items,
    (item, gap) => gap > CELL_GAP_EM * item.size || item.opensCell === true,
  );
}

/**
 * A value filled in after its printed label in another type size, a space apart and with no
 * colon ("项目名称  甲市某某共同体": the label printed at 10.5 pt, the value typed or written in at
 * 12 pt): the label is a cell of its own, as a wider gap would make it. Only a piece that opens
 * with a short label (ideographs only) all in one size, the rest all in another: mixed scripts
 * in one line (xeCJK sets Latin and digits in a font of another size, a small space apart) go
 * back to the first size after a word and are left as they are.
 */
const TYPE_GAP_EM = 0.3;
const TYPE_SIZE_RATIO = 0.1;
const SAME_SIZE = 0.03;

function labelInOtherType(segment: number[], items: LayoutItem[]): number[][] {
  const at = segment.findIndex((i, k) => {
    if (k === 0) return false;
    const [before, item] = [items[segment[k - 1]!]!, items[i]!];
    return item.rect[0] - before.rect[2] > TYPE_GAP_EM * Math.max(before.size, item.size);
  });
  if (at <= 0) return [segment];
  const [label, rest] = [segment.slice(0, at), segment.slice(at)];
  const text = label.map((i) => items[i]!.str.replace(/\s+/g, '')).join('');
  if (!/^\p{Script=Han}{2,12}$/u.test(text)) return [segment];
  const sizeOf = (part: number[]) => {
    // A loop, not Math.min(...sizes): a line of 200,000 items overflows the call stack.
    let [lo, hi] = [Infinity, -Infinity];
    for (const i of part) {
      lo = Math.min(lo, items[i]!.size);
      hi = Math.max(hi, items[i]!.size);
    }
    return hi - lo <= SAME_SIZE * hi ? hi : undefined;
  };
  const [a, b] = [sizeOf(label), sizeOf(rest)];
  if (a === undefined || b === undefined) return [segment];
  return Math.abs(a - b) >= TYPE_SIZE_RATIO * Math.max(a, b) ? [label, rest] : [segment];
}

/**
 * A line drawn with characters ("--------", "════"): a ruling typed as text, as plain-text
 * exports draw under a header row. It is no content, and it does not part a header from its rows.
 */
const TEXT_RULE = /^[-—–─━=＝_＿－~～·.…]{5,}$/;

function isTextRule(line: number[], items: LayoutItem[]): boolean {
  return TEXT_RULE.test(
    line
      .map((i) => items[i]!.str)
      .join('')
      .replace(/\s+/g, ''),
  );
}

/**
 * A label set with wide letter-spacing ("类    别", "姓    名") splits into two one-character
 * pieces: one piece again, when a value follows (two lone characters at the end are a row's
 * one-character cells, "男  汉").
 */
function spacedLabels(segments: number[][], items: LayoutItem[]): number[][] {
  const out = [...segments];
  const lone = (seg: number[]) =>
    /^\p{Script=Han}$/u.test(
      seg
        .map((i) => items[i]!.str)
        .join('')
        .trim(),
    );
  for (let k = 0; k + 2 < out.length; k++) {
    const [a, b] = [out[k]!, out[k + 1]!];
    if (!lone(a) || !lone(b)) continue;
    const gap = boundsOf(b, items)[0] - boundsOf(a, items)[2];
    if (gap > 3.5 * items[a[0]!]!.size) continue;
    out.splice(k, 2, [...a, ...b]);
  }
  return out;
}

interface Candidate {
  line: number[];
  segments: number[][];
  starts: number[];
  rect: Rect;
  size: number;
}

const near = (x: number, list: number[]) => list.some((s) => Math.abs(s - x) <= ALIGN);

function sharedStarts(a: number[], b: number[]): number {
  return b.filter((x) => near(x, a)).length;
}

function cell(lines: number[][], items: LayoutItem[], table: number): LayoutCell {
  return { lines, rect: boundsOf(lines.flat(), items), ruled: false, table };
}

/** Column x-ranges of a run: the union of its cells' spans, merged where they overlap. */
function columnRanges(run: Candidate[], items: LayoutItem[]): [number, number][] {
  const spans = run
    .flatMap((c) => c.segments.map((seg) => boundsOf(seg, items)))
    .map((r) => [r[0], r[2]] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [x0, x1] of spans) {
    const last = out.at(-1);
    if (last && x0 <= last[1] + 1) last[1] = Math.max(last[1], x1);
    else out.push([x0, x1]);
  }
  return out;
}

/**
 * A run of lines forming one borderless table, as rows of cells. Columns are where the run's
 * text stands (gaps in its horizontal coverage separate them), so a column whose header wraps
 * still counts. A line filling at least half the columns anchors a row; every other line is
 * wrapped cell text and joins the nearest anchor (browsers centre one-line cells beside a cell
 * that wraps, so a row's wrapped lines stand above and below its anchor).
 */
function tableRows(run: Candidate[], items: LayoutItem[], table: number): LayoutLine[] {
  const columns = columnRanges(run, items);
  const columnOf = (seg: number[]) => {
    const r = boundsOf(seg, items);
    const mid = (r[0] + r[2]) / 2;
    const k = columns.findIndex(([x0, x1]) => mid >= x0 - 1 && mid <= x1 + 1);
    return k < 0 ? 0 : k;
  };
  const needed = Math.max(2, Math.ceil(columns.length / 2));
  // The columns each line fills, once per line: the tests below ask for them again and again.
  const filledOf = new Map(run.map((c) => [c, new Set(c.segments.map(columnOf))]));
  const filled = (c: Candidate) => filledOf.get(c)!;
  let anchors = run.filter((c) => filled(c).size >= needed);
  // The key column every full line fills (序号, or 姓名 beside a role named only on a group's
  // first row). A line leaving it empty whose every piece continues a piece of the line above
  // that ran to its column's right end is wrapped text of that row ("中学 | 前区" under
  // "1 营口市站前区第六 | 辽宁省营口市站"), however many columns it fills.
  // With a role column and a name column both always filled ("资源内容审核 | 周长青 | …" over
  // "管理员 | | 编程"), a line leaving either empty is such wrapped text: the first two such
  // columns say whose row it is (序号, 角色, 姓名); a member's row may leave later ones empty.
  const full = run.filter((c) => filled(c).size >= Math.max(needed, columns.length - 1));
  const keys: number[] = [];
  for (let k = 0; k < columns.length && keys.length < 2; k++) {
    if (full.every((c) => filled(c).has(k))) keys.push(k);
  }
  if (full.length >= 2 && keys.length > 0) {
    const wrapsAbove = (c: Candidate) => {
      const above = run[run.indexOf(c) - 1];
      if (!above || keys.every((k) => filled(c).has(k))) return false;
      return c.segments.every((seg) => {
        const k = columnOf(seg);
        return above.segments.some(
          (a) => columnOf(a) === k && boundsOf(a, items)[2] >= columns[k]![1] - 1.5 * c.size,
        );
      });
    };
    anchors = anchors.filter((c) => !wrapsAbove(c));
  }
  if (anchors.length === 0) return [];
  const rows = anchors.map((a) => ({ anchor: a, cells: new Map<number, number[][]>() }));
  const centre = (c: Candidate) => (c.rect[1] + c.rect[3]) / 2;
  const rowOf = new Map<Candidate, (typeof rows)[number]>();
  const anchorSet = new Set(anchors);
  // The next line of a cell that wraps (its line above, a line apart, ran to the column's right
  // end) belongs to that line's row when the table is set top-aligned (LaTeX, Word): there a
  // cell of three lines has its last line nearer the next row's. Top-aligned when every line
  // that is not a row's own continues the line above so; a browser centres a row's cells, and
  // the first line of a centred cell stands above its row, continuing nothing.
  const wraps = (c: Candidate, above: Candidate | undefined) =>
    above !== undefined &&
    above.rect[1] - c.rect[3] <= 1.3 * c.size &&
    c.segments.every((seg) => {
      const k = columnOf(seg);
      return above.segments.some(
        (a) => columnOf(a) === k && boundsOf(a, items)[2] >= columns[k]![1] - 1.5 * c.size,
      );
    });
  const topAligned =
    run.length > anchors.length && run.every((c, n) => anchorSet.has(c) || wraps(c, run[n - 1]));
  for (const [n, c] of run.entries()) {
    const above = run[n - 1];
    const chained = topAligned && above && !anchorSet.has(c) ? rowOf.get(above) : undefined;
    // Else the nearest anchor; on a tie (rows set top-aligned, wrapped text halfway between two
    // rows' lines) the one above, whose cell wrapped.
    const row =
      chained ??
      rows.reduce((best, r) => {
        const d = Math.abs(centre(r.anchor) - centre(c));
        const dBest = Math.abs(centre(best.anchor) - centre(c));
        const above = centre(r.anchor) > centre(c);
        return d < dBest - (above ? -0.25 : 0.25) * c.size ? r : best;
      });
    rowOf.set(c, row);
    for (const seg of c.segments) {
      const k = columnOf(seg);
      const list = row.cells.get(k) ?? [];
      list.push(seg);
      row.cells.set(k, list);
    }
  }
  return rows.map(({ cells }) => {
    const built = [...cells.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, lines]) =>
        // A cell's lines top to bottom, whichever line of the run they came from.
        cell(
          lines.sort((a, b) => items[b[0]!]!.baseline - items[a[0]!]!.baseline),
          items,
          table,
        ),
      );
    const rect = boundsOf(
      built.flatMap((c) => c.lines.flat()),
      items,
    );
    return { cells: built, top: rect[3], bottom: rect[1], table };
  });
}

/**
 * A web form printed: labels right-aligned in a column, each value starting at the input
 * column's left edge ("项目名称 | 甲市某某共同体" on every line, the gap narrower than a cell
 * gap). Lines whose opening piece is a short label ending where two or more other labels end,
 * and whose next piece starts where theirs start: the label is a cell of its own.
 *
 * Or labels left-aligned, each followed by the same separator (a full-width space, "label　value"
 * as a bulletin or a web form without an input column sets them): the label's start and the
 * width of the gap the same on the lines, not the value's start (a longer label pushes its value
 * right). The gap must be a space's width at least, and the label no numbered heading.
 */
const LABEL_COLUMN_LINES = 3;
const SEPARATOR_EM = 0.8;

function labelColumnLines(lines: Candidate[], items: LayoutItem[]): Set<Candidate> {
  const pairs = lines
    .filter((c) => c.segments.length >= 2)
    .map((c) => ({
      c,
      label: c.segments[0]!.map((i) => items[i]!.str.replace(/\s+/g, '')).join(''),
      start: boundsOf(c.segments[0]!, items)[0],
      right: boundsOf(c.segments[0]!, items)[2],
      left: boundsOf(c.segments[1]!, items)[0],
      size: c.size,
    }))
    .filter((p) => /^[*＊]?\p{Script=Han}{2,12}$/u.test(p.label));
  // Not a heading with its English gloss after it ("核心成员 Core members", bilingual forms).
  const separated = (p: (typeof pairs)[number]) =>
    p.left - p.right >= SEPARATOR_EM * p.size &&
    !NUMBERED.test(p.label) &&
    !/^\s*[A-Za-z]/.test(items[p.c.segments[1]![0]!]!.str);
  const out = new Set<Candidate>();
  for (const p of pairs) {
    const same = pairs.filter(
      (q) =>
        (Math.abs(q.right - p.right) <= 1.5 && Math.abs(q.left - p.left) <= 1.5) ||
        (separated(p) &&
          separated(q) &&
          Math.abs(q.start - p.start) <= 1.5 &&
          Math.abs(q.left - q.right - (p.left - p.right)) <= 1),
    );
    // Different labels: the same word over and over ("序号" heading one table after another) is
    // a table's header, not a column of fields.
    if (new Set(same.map((q) => q.label)).size >= LABEL_COLUMN_LINES) out.add(p.c);
  }
  return out;
}

/** Lay out free text; borderless tables get numbers from `firstTable` on. */
export function freeTextLines(
  lines: number[][],
  items: LayoutItem[],
  firstTable: number,
): LayoutLine[] {
  const rules = lines.filter((line) => isTextRule(line, items));
  const candidates: Candidate[] = lines
    .filter((line) => !rules.includes(line))
    .map((line) => {
      const segments = withListNumberJoined(
        spacedLabels(split(line, items, COLUMN_GAP_EM), items),
        items,
      );
      return {
        line,
        segments,
        starts: segments.map((s) => items[s[0]!]!.rect[0]),
        rect: boundsOf(line, items),
        size: items[line[0]!]!.size,
      };
    });
  const ruleBetween = (upper: Candidate, lower: Candidate) =>
    rules.some((r) => {
      const y = boundsOf(r, items);
      return y[3] <= upper.rect[1] + 1 && y[1] >= lower.rect[3] - 1;
    });
  // Blocks: lines close together (wrapped cell text stands a line apart, as rows do).
  const runs: Candidate[][] = [];
  let block: Candidate[] = [];
  const closeBlock = () => {
    // Cell text run up to the next column's start is two cells (column-starts.ts).
    const aligned = splitAtColumnStarts(
      block.map((c) => c.segments),
      items,
    );
    block.forEach((c, k) => {
      c.segments = withListNumberJoined(aligned[k]!, items);
      c.starts = c.segments.map((seg) => items[seg[0]!]!.rect[0]);
    });
    runs.push(...tableRuns(block, items));
    block = [];
  };
  for (const c of candidates) {
    const last = block.at(-1);
    // A typed ruling between two lines stands in the gap: it parts them no more than a line.
    const allowed = last && ruleBetween(last, c) ? 2.6 : 1.3;
    if (last && last.rect[1] - c.rect[3] > allowed * c.size) closeBlock();
    block.push(c);
  }
  closeBlock();
  // A table's caption centred between two borderless tables is no wrapped cell of either.
  const captions = centredCaptions(
    lines,
    runs
      .flat()
      .filter((c) => c.segments.length === 1)
      .map((c) => c.line),
    items,
  );
  if (captions.size > 0) {
    for (const [k, r] of runs.entries()) runs[k] = r.filter((c) => !captions.has(c.line));
  }
  const inRun = new Set(runs.flat());
  const out: LayoutLine[] = [];
  let table = firstTable;
  for (const r of runs) {
    const rows = tableRows(r, items, table);
    if (rows.length === 0) {
      for (const c of r) inRun.delete(c);
      continue;
    }
    out.push(...rows);
    table++;
  }
  const labelled = labelColumnLines(
    candidates.filter((c) => !inRun.has(c)),
    items,
  );
  for (const c of candidates) {
    if (inRun.has(c)) continue;
    const segments = labelled.has(c)
      ? [c.segments[0]!, ...split(c.segments.slice(1).flat(), items, CELL_GAP_EM)]
      : cellsOf(c.line, items).flatMap((seg) => labelInOtherType(seg, items));
    const cells = spacedLabels(segments, items).map((seg) => cell([seg], items, -1));
    out.push({ cells, top: c.rect[3], bottom: c.rect[1], table: -1 });
  }
  return out;
}

/**
 * The tables in a block of close lines: stretches between two or more lines of three or more
 * cells whose column starts line up (two shared at least), with the partial lines between and
 * the partial lines just above and below that fit the columns (a wrapped header, a wrapped
 * last row). A long line across the block (a sentence) ends a table.
 */
/** Headings open sections: "（二）辅导员", "一、…", "第一部分". */
const NUMBERED =
  /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[部分章节])/;

/**
 * Can a line of fewer cells be wrapped cell text of a table anchored by `anchor`? Not a long
 * sentence across the block, not a numbered heading, not set in another size.
 */
function continuation(c: Candidate, anchor: Candidate, items: LayoutItem[]): boolean {
  if (c.segments.length === 1 && c.rect[2] - c.rect[0] > 20 * c.size) return false;
  if (Math.abs(c.size - anchor.size) > 0.15 * anchor.size) return false;
  return !NUMBERED.test(items[c.line[0]!]!.str);
}

/**
 * Do the anchor lines' pieces stand in columns: at least three columns, and no line with two
 * pieces in one column (then the "columns" are overlapping spans of unrelated lines)?
 */
function consistentColumns(anchors: Candidate[], items: LayoutItem[]): boolean {
  const ranges = columnRanges(anchors, items);
  if (ranges.length < 3) return false;
  return anchors.every((c) => {
    const ks = c.segments.map((seg) => {
      const r = boundsOf(seg, items);
      return ranges.findIndex(([x0, x1]) => r[0] >= x0 - 1 && r[0] <= x1 + 1);
    });
    return new Set(ks).size === ks.length;
  });
}

/**
 * A line with a piece running over two of the table's column starts is a sentence across the
 * block, neither a row nor a cell's wrapped text, however its words stand apart: a justified
 * paragraph of ticked options right under a borderless table ("…二等奖以上□  ②在全市…")
 * shares two starts with it by chance.
 */
function acrossColumns(c: Candidate, starts: number[], items: LayoutItem[]): boolean {
  return c.segments.some((seg) => {
    const [x0, , x1] = boundsOf(seg, items);
    let inside = 0;
    for (const s of starts) if (s > x0 + ALIGN && s < x1 - ALIGN && ++inside >= 2) return true;
    return false;
  });
}

/** How much further than a row pitch a line must stand to be no line of the table (in ems). */
const CAPTION_EM = 0.15;

/**
 * A run without the captions inside or at its edges: a word processor sets a table's caption
 * as a paragraph of its own ("工作室助理" between two tables of one header each, pandoc → .odt),
 * spaced before and after more than the table's rows are. A line that is no row and stands
 * further than the closest pitch of two adjacent rows from its neighbours (from both inside a
 * run; from the rows' side at an edge) is no cell's wrapped text: a cell's wrapped line stands
 * at most a row pitch from its cell's other lines. The parts with two rows or more are tables.
 */
function withoutCaptions(run: Candidate[], multi: (c: Candidate) => boolean): Candidate[][] {
  let pitch = Infinity;
  for (let k = 1; k < run.length; k++) {
    const d = run[k - 1]!.rect[1] - run[k]!.rect[1];
    // Two pieces of one row on baselines a little apart are no pitch of rows.
    if (multi(run[k - 1]!) && multi(run[k]!) && d >= run[k]!.size) pitch = Math.min(pitch, d);
  }
  if (!Number.isFinite(pitch)) return [run];
  const apart = (upper: Candidate | undefined, lower: Candidate | undefined) =>
    upper === undefined ||
    lower === undefined ||
    upper.rect[1] - lower.rect[1] > pitch + CAPTION_EM * lower.size;
  const parts: Candidate[][] = [[]];
  run.forEach((c, k) => {
    if (!multi(c) && apart(run[k - 1], c) && apart(c, run[k + 1])) {
      if (parts.at(-1)!.length > 0) parts.push([]);
      return;
    }
    parts.at(-1)!.push(c);
  });
  return parts.filter((part) => part.filter(multi).length >= 2);
}

function tableRuns(block: Candidate[], items: LayoutItem[]): Candidate[][] {
  const out: Candidate[][] = [];
  const multi = (c: Candidate) => c.segments.length >= 3;
  let i = 0;
  while (i < block.length) {
    if (!multi(block[i]!)) {
      i++;
      continue;
    }
    let starts = [...block[i]!.starts];
    let j = i + 1;
    let lastMulti = i;
    let rows = 1;
    // Three rows show a table's columns well enough to tell a sentence across them.
    const sentence = (c: Candidate) => rows >= 3 && acrossColumns(c, starts, items);
    for (; j < block.length; j++) {
      const c = block[j]!;
      if (multi(c)) {
        if (sharedStarts(starts, c.starts) < 2 || sentence(c)) break;
        for (const s of c.starts) if (!near(s, starts)) starts.push(s);
        lastMulti = j;
        rows++;
      } else if (!continuation(c, block[i]!, items) || sentence(c)) break;
    }
    const anchorLines = block.slice(i, lastMulti + 1).filter(multi);
    const anchors = anchorLines.length;
    if (anchors >= 2 && !consistentColumns(anchorLines, items)) {
      // Lines whose pieces do not line up in columns (key–value lines over a table's header):
      // no table from this line; the table may start at a later one.
      i++;
      continue;
    }
    if (anchors >= 2) {
      let from = i;
      let to = lastMulti;
      starts = starts.sort((a, b) => a - b);
      // A partial line fits when each of its pieces lies inside one column of the anchors.
      const ranges = columnRanges(block.slice(i, lastMulti + 1).filter(multi), items);
      const fits = (c: Candidate) =>
        c.segments.length < 3 &&
        continuation(c, block[i]!, items) &&
        c.segments.every((seg) => {
          const r = boundsOf(seg, items);
          const k = ranges.findIndex(([x0, x1]) => r[0] >= x0 - 2 && r[0] <= x1);
          const next = ranges[k + 1];
          return k >= 0 && (!next || r[2] <= next[0] + 2);
        });
      while (from > 0 && fits(block[from - 1]!)) from--;
      // Partial lines after the last anchor: at most as many as a wrapped cell has.
      while (to + 1 < block.length && fits(block[to + 1]!) && to - lastMulti < 3) to++;
      out.push(...withoutCaptions(block.slice(from, to + 1), multi));
      i = to + 1;
    } else i = lastMulti + 1;
  }
  return out;
}
