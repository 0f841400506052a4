/**
 * Table borders drawn in a scanned page, found in its ink: long thin runs of dark pixels,
 * horizontal and vertical. They play the part pdf.js's drawn rulings play for text PDFs, so the
 * same layout (lib/pdf/layout.ts) reads a scanned form cell by cell. Image pixel coordinates of
 * the straightened page; converted to PDF user space by page-text.ts.
 */

/** A border segment in image pixels: y fixed for horizontal lines, x fixed for vertical ones. */
export interface PixelRuling {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

interface Run {
  line: number;
  from: number;
  to: number;
}

interface Group {
  first: number;
  last: number;
  from: number;
  to: number;
  sum: number;
  count: number;
}

/**
 * Runs of ink along rows (horizontal) or columns, bridging gaps up to `maxGap` pixels (scanner
 * noise, JPEG blocks), at least `minLength` long.
 */
function runs(
  mask: Uint8Array,
  width: number,
  height: number,
  horizontal: boolean,
  minLength: number,
  maxGap: number,
): Run[] {
  const out: Run[] = [];
  const lines = horizontal ? height : width;
  const length = horizontal ? width : height;
  for (let line = 0; line < lines; line++) {
    let start = -1;
    let last = -1;
    for (let k = 0; k <= length; k++) {
      const ink = k < length && mask[horizontal ? line * width + k : k * width + line] === 1;
      if (ink) {
        if (start < 0) start = k;
        last = k;
      } else if (start >= 0 && (k - last > maxGap || k === length)) {
        if (last - start + 1 >= minLength) out.push({ line, from: start, to: last + 1 });
        start = -1;
      }
    }
  }
  return out;
}

/** Runs in neighbouring rows (or columns) that overlap are one line drawn a few pixels thick. */
function groupRuns(list: Run[], maxGap: number): Group[] {
  const groups: Group[] = [];
  let open: Group[] = [];
  for (const run of list) {
    open = open.filter((g) => run.line - g.last <= 2);
    const group = open.find((g) => run.from <= g.to + maxGap && run.to >= g.from - maxGap);
    if (group) {
      group.last = run.line;
      group.from = Math.min(group.from, run.from);
      group.to = Math.max(group.to, run.to);
      group.sum += run.line * (run.to - run.from);
      group.count += run.to - run.from;
    } else {
      const g: Group = {
        first: run.line,
        last: run.line,
        from: run.from,
        to: run.to,
        sum: run.line * (run.to - run.from),
        count: run.to - run.from,
      };
      groups.push(g);
      open.push(g);
    }
  }
  return groups;
}

export interface RulingOptions {
  /** Typical height of a line of text in pixels: strokes of characters are shorter than lines. */
  textHeight: number;
  /** Pixels per PDF point, to keep thick bars (shading, photos) out. */
  pixelsPerPoint: number;
}

/** The page's horizontal and vertical borders, with ends snapped to the borders they meet. */
export function findRulings(
  mask: Uint8Array,
  width: number,
  height: number,
  options: RulingOptions,
): PixelRuling[] {
  const maxGap = Math.max(2, Math.round(options.pixelsPerPoint));
  const maxThickness = Math.max(4, Math.round(4 * options.pixelsPerPoint));
  const out: PixelRuling[] = [];
  for (const horizontal of [true, false]) {
    // A character's longest stroke is about its height; a border runs past several of them.
    const minLength = Math.max(
      12 * options.pixelsPerPoint,
      (horizontal ? 2.2 : 1.4) * options.textHeight,
    );
    for (const g of groupRuns(runs(mask, width, height, horizontal, minLength, maxGap), maxGap)) {
      if (g.last - g.first + 1 > maxThickness || g.to - g.from < minLength) continue;
      out.push({ horizontal, at: g.sum / g.count + 0.5, from: g.from, to: g.to });
    }
  }
  return snapEnds(out, Math.max(3, 2 * options.pixelsPerPoint));
}

/**
 * Pieces of one border, end to end on the same row of pixels (within `across`), apart by at
 * most `gap`, are one border. A thin line left a little crooked after straightening steps from
 * one pixel row to the next every few hundred pixels, and where it steps its ink is shared
 * between two rows, too faint in either to count: the border comes out in pieces with gaps of
 * a character or so, and a table whose row borders are broken is not read as a table (its
 * cells' lines are then taken as rows of their own). Done when the reading becomes page text
 * (page-text.ts), so readings cached before this rule get it too.
 */
export function joinSteps(pieces: PixelRuling[], across: number, gap: number): PixelRuling[] {
  const sorted = pieces.slice().sort((a, b) => a.from - b.from);
  const out: (PixelRuling & { weight: number })[] = [];
  for (const piece of sorted) {
    const before = out.find(
      (r) => Math.abs(r.at - piece.at) <= across && piece.from - r.to <= gap && piece.to > r.to,
    );
    if (before) {
      const weight = piece.to - piece.from;
      before.at = (before.at * before.weight + piece.at * weight) / (before.weight + weight);
      before.weight += weight;
      before.to = piece.to;
    } else out.push({ ...piece, weight: piece.to - piece.from });
  }
  return out.map(({ weight: _, ...r }) => r);
}

/**
 * Borders that nearly meet are made to meet: a horizontal line ending a few pixels short of a
 * vertical one (ink breaks up at corners) is taken to reach it, as the table's author drew it.
 */
function snapEnds(rulings: PixelRuling[], tolerance: number): PixelRuling[] {
  const h = rulings.filter((r) => r.horizontal);
  const v = rulings.filter((r) => !r.horizontal);
  const snap = (r: PixelRuling, across: PixelRuling[]) => {
    for (const c of across) {
      if (c.from - tolerance > r.at || c.to + tolerance < r.at) continue;
      if (Math.abs(c.at - r.from) <= tolerance) r.from = Math.min(r.from, c.at);
      if (Math.abs(c.at - r.to) <= tolerance) r.to = Math.max(r.to, c.at);
    }
  };
  for (const r of h) snap(r, v);
  for (const r of v) snap(r, h);
  return rulings;
}
