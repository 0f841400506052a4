/**
 * The ruling lines of a page (table borders), read from pdf.js's operator list. Application
 * forms are tables drawn by Word, WPS, LibreOffice or a browser; the drawn borders say which
 * text belongs to which cell far more reliably than gaps between words do, and they reveal
 * merged cells (a role label spanning ten rows of people).
 *
 * Producers draw borders as stroked lines, stroked rectangles or thin filled rectangles; all
 * become horizontal or vertical segments in PDF user space.
 */

import type { PDFPageProxy } from 'pdfjs-dist';
import type { OptionalContentConfig } from 'pdfjs-dist/types/src/display/optional_content_config';
import type { PdfjsModule } from '../platform';
import {
  applyAffine as apply,
  IDENTITY,
  type Affine as Matrix,
  multiplyAffine as multiply,
} from './affine';
import { boxesFromSides, MAX_SIDES, type Side } from './box-sides';
import { OptionalContentWalk } from './optional-content';

/** A horizontal (`y` fixed) or vertical (`x` fixed) segment in PDF user space. */
export interface Ruling {
  horizontal: boolean;
  /** y for horizontal, x for vertical. */
  at: number;
  /** Extent along the line: x range for horizontal, y range for vertical (from < to). */
  from: number;
  to: number;
}

/** Thicker than this, a filled rectangle is a shaded area, not a line. */
const MAX_LINE_THICKNESS = 3;
/** Shorter than this, a segment is a tick or a glyph-like mark (a checkbox), not a border. */
const MIN_LENGTH = 8;

// pdf.js DrawOPS inside a constructPath's path data.
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

interface Subpath {
  /** Its points in PDF user space; a curve's control points stand in for the curve. */
  points: [number, number][];
  curved: boolean;
}

/** The subpaths of a path, each with whether it curves anywhere. */
function subpaths(path: ArrayLike<number>, ctm: Matrix): Subpath[] {
  const out: Subpath[] = [];
  let current: [number, number][] = [];
  let curved = false;
  const flush = () => {
    if (current.length > 1) out.push({ points: current, curved });
    current = [];
    curved = false;
  };
  const take = (i: number, count: number) => {
    for (let k = 0; k < count; k++)
      current.push(apply(ctm, path[i + 2 * k]!, path[i + 2 * k + 1]!));
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === MOVE) {
      flush();
      take(i, 1);
      i += 2;
    } else if (op === LINE) {
      take(i, 1);
      i += 2;
    } else if (op === CURVE) {
      curved = true;
      take(i, 3);
      i += 6;
    } else if (op === QUAD) {
      curved = true;
      take(i, 2);
      i += 4;
    } else if (op === CLOSE) {
      if (current.length > 0) current.push(current[0]!);
      flush();
    } else {
      break; // unknown encoding: stop rather than misread
    }
  }
  flush();
  return out;
}

function segment(a: [number, number], b: [number, number], out: Ruling[], sides?: Side[]) {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  let r: Ruling | undefined;
  if (dy < 0.5 && dx >= BOX_MIN) {
    r = {
      horizontal: true,
      at: (a[1] + b[1]) / 2,
      from: Math.min(a[0], b[0]),
      to: Math.max(a[0], b[0]),
    };
  } else if (dx < 0.5 && dy >= BOX_MIN) {
    r = {
      horizontal: false,
      at: (a[0] + b[0]) / 2,
      from: Math.min(a[1], b[1]),
      to: Math.max(a[1], b[1]),
    };
  }
  if (!r) return;
  if (r.to - r.from >= MIN_LENGTH) out.push(r);
  // A short stroke may be a side of a box drawn line by line (box-sides.ts).
  if (sides && r.to - r.from <= BOX_MAX + 1 && sides.length < MAX_SIDES) sides.push(r);
}

function boxOf(points: [number, number][]): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

/** Is this closed subpath an axis-aligned rectangle? */
function isRectangle(points: [number, number][]): boolean {
  if (points.length < 4 || points.length > 6) return false;
  for (let i = 1; i < points.length; i++) {
    const dx = Math.abs(points[i]![0] - points[i - 1]![0]);
    const dy = Math.abs(points[i]![1] - points[i - 1]![1]);
    if (dx > 0.5 && dy > 0.5) return false;
  }
  return true;
}

/** A drawn checkbox: a small square outline, its box in PDF user space. */
export type Box = [number, number, number, number];

/** A checkbox or radio button drawn as a shape, and whether a mark is drawn inside it. */
export interface DrawnBox {
  rect: Box;
  /** A mark drawn inside (vector strokes or a filled shape, no glyph). */
  ticked: boolean;
  /** A circle (a radio button) rather than a square. */
  round: boolean;
}

/** What a page draws that the layout reads: table borders, and checkboxes empty or ticked. */
export interface PageGraphics {
  rulings: Ruling[];
  boxes: DrawnBox[];
}

/** A stroked square this small is a checkbox drawn as a shape, not a table cell. */
const BOX_MIN = 4;
const BOX_MAX = 16;

function isCheckbox(points: [number, number][], w: number, h: number): boolean {
  return (
    isRectangle(points) &&
    w >= BOX_MIN &&
    h >= BOX_MIN &&
    w <= BOX_MAX &&
    h <= BOX_MAX &&
    Math.max(w, h) / Math.min(w, h) < 1.6
  );
}

/**
 * A stroked small circle: a radio button drawn as a shape (a flattened form's, a program's). Its
 * curves' control points stand on the square around it, so their box is the circle's.
 */
function isRadio(points: [number, number][], w: number, h: number): boolean {
  const [first, last] = [points[0]!, points.at(-1)!];
  return (
    points.length >= 7 &&
    Math.abs(first[0] - last[0]) < 0.5 &&
    Math.abs(first[1] - last[1]) < 0.5 &&
    w >= BOX_MIN &&
    h >= BOX_MIN &&
    w <= BOX_MAX &&
    h <= BOX_MAX &&
    Math.max(w, h) / Math.min(w, h) < 1.25
  );
}

interface Outline {
  rect: Box;
  round: boolean;
}

function collect(
  points: [number, number][],
  filled: boolean,
  out: Ruling[],
  boxes: Outline[] = [],
  fills: Box[] = [],
  sides?: Side[],
) {
  const [x0, y0, x1, y1] = boxOf(points);
  const w = x1 - x0;
  const h = y1 - y0;
  if (!filled && isCheckbox(points, w, h)) {
    boxes.push({ rect: [x0, y0, x1, y1], round: false });
    return;
  }
  if (filled) {
    // A filled thin rectangle is a drawn line; anything thicker is shading or a glyph.
    if (!isRectangle(points)) return;
    if (h <= MAX_LINE_THICKNESS && w >= MIN_LENGTH) {
      out.push({ horizontal: true, at: (y0 + y1) / 2, from: x0, to: x1 });
    } else if (w <= MAX_LINE_THICKNESS && h >= MIN_LENGTH) {
      out.push({ horizontal: false, at: (x0 + x1) / 2, from: y0, to: y1 });
    } else if (w >= MIN_LENGTH && h >= MIN_LENGTH && fills.length < MAX_FILLS) {
      fills.push([x0, y0, x1, y1]);
    }
    return;
  }
  for (let i = 1; i < points.length; i++) segment(points[i - 1]!, points[i]!, out, sides);
}

/** Shaded rectangles kept per page for tiles (tileEdges compares them pairwise). */
const MAX_FILLS = 2_000;
/** How far apart two tiles' edges may be and still touch. */
const TILE_TOLERANCE = 0.6;
/** Fewer tiles than this touching one another are shading (a heading bar), not a table. */
const MIN_TILES = 4;

/**
 * The edges of cells drawn as shaded tiles and no lines (a web table with a fill on every cell,
 * rows striped in alternating colours, printed without borders): rectangles that touch others
 * edge to edge, several of them, tile a table, and each tile's edges are its cell's borders. A
 * lone shaded box (a heading bar, a page's background) touches none and stays shading.
 */
export function tileEdges(fills: Box[]): Ruling[] {
  const tiles = fills.slice(0, MAX_FILLS);
  const near = (a: number, b: number) => Math.abs(a - b) <= TILE_TOLERANCE;
  const overlaps = (a0: number, a1: number, b0: number, b1: number) =>
    Math.min(a1, b1) - Math.max(a0, b0) > TILE_TOLERANCE;
  const touch = (a: Box, b: Box) =>
    ((near(a[2], b[0]) || near(b[2], a[0])) && overlaps(a[1], a[3], b[1], b[3])) ||
    ((near(a[3], b[1]) || near(b[3], a[1])) && overlaps(a[0], a[2], b[0], b[2]));
  // Groups of tiles touching one another (union–find, iterative).
  const parent = tiles.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < tiles.length; i++) {
    for (let j = i + 1; j < tiles.length; j++) {
      if (touch(tiles[i]!, tiles[j]!)) parent[root(i)] = root(j);
    }
  }
  const groups = new Map<number, { size: number; area: number; box: Box; lefts: Set<number> }>();
  tiles.forEach((t, i) => {
    const g = groups.get(root(i)) ?? { size: 0, area: 0, box: [...t] as Box, lefts: new Set() };
    g.size++;
    g.area += (t[2] - t[0]) * (t[3] - t[1]);
    g.box = [
      Math.min(g.box[0], t[0]),
      Math.min(g.box[1], t[1]),
      Math.max(g.box[2], t[2]),
      Math.max(g.box[3], t[3]),
    ];
    g.lefts.add(Math.round(t[0]));
    groups.set(root(i), g);
  });
  const size = new Map([...groups].map(([r, g]) => [r, g.size]));
  // A table is a grid the tiles fill wholly, two columns at least: a column of shaded label
  // cells beside unshaded values tiles only the labels, and its edges would part no value.
  const grid = (r: number) => {
    const g = groups.get(r)!;
    const [x0, y0, x1, y1] = g.box;
    return g.size >= MIN_TILES && g.lefts.size >= 2 && g.area >= 0.95 * (x1 - x0) * (y1 - y0);
  };
  // A group of a few tiles counts when its walls are a larger group's: a row of the same table
  // set apart by a gap (the last row, after a page's other rows).
  const large = (i: number) => grid(root(i));
  const walls = new Set<number>();
  tiles.forEach((t, i) => {
    if (large(i)) walls.add(Math.round(t[0])).add(Math.round(t[2]));
  });
  const onWalls = new Map<number, boolean>();
  tiles.forEach((t, i) => {
    const r = root(i);
    const ok = [t[0], t[2]].every((x) => walls.has(Math.round(x)));
    onWalls.set(r, (onWalls.get(r) ?? true) && ok);
  });
  const out: Ruling[] = [];
  tiles.forEach(([x0, y0, x1, y1], i) => {
    if (!large(i) && !((size.get(root(i)) ?? 0) >= 2 && onWalls.get(root(i)))) return;
    out.push(
      { horizontal: true, at: y0, from: x0, to: x1 },
      { horizontal: true, at: y1, from: x0, to: x1 },
      { horizontal: false, at: x0, from: y0, to: y1 },
      { horizontal: false, at: x1, from: y0, to: y1 },
    );
  });
  return out;
}

/** Small shapes kept per page: a tick needs a few; a page of vector art has hundreds of thousands. */
const MAX_MARKS = 50_000;

/**
 * A small shape drawn near a box: its bounds, and whether any of its strokes runs slantwise (a
 * stroke of a check mark or a cross; a box's own background never does).
 */
export interface Mark {
  box: Box;
  slanted?: boolean;
}

/** Does any step of the path run neither across nor up (a diagonal stroke)? */
function slantedPath(points: [number, number][]): boolean {
  for (let i = 1; i < points.length; i++) {
    const dx = Math.abs(points[i]![0] - points[i - 1]![0]);
    const dy = Math.abs(points[i]![1] - points[i - 1]![1]);
    if (dx > 0.5 && dy > 0.5) return true;
  }
  return false;
}

/** A small shape drawn anywhere (a stroke of a tick, a cross, a dot): its box, if small. */
function markOf(points: [number, number][], curved: boolean, marks: Mark[]) {
  if (marks.length >= MAX_MARKS) return;
  const [x0, y0, x1, y1] = boxOf(points);
  if (x1 - x0 <= BOX_MAX * 1.5 && y1 - y0 <= BOX_MAX * 1.5)
    marks.push({ box: [x0, y0, x1, y1], slanted: !curved && slantedPath(points) });
}

/**
 * Drawn checkboxes, split by what is drawn inside them. A form flattened from a fillable PDF, or
 * drawn by a program, ticks a box with vector strokes (a check mark of two lines, a cross, a
 * filled square or dot) and no glyph: a mark whose middle lies well inside the box, that is not
 * the box itself (a fill behind its outline) and not a speck, ticks it. A tick may overrun the
 * box's edge, as a hand-drawn ✓ does, by up to half the box.
 */
export function tickedBoxes(outlines: Outline[], marks: readonly (Box | Mark)[]): DrawnBox[] {
  // Marks by the x of their middle: each box looks only at those whose middle is over it (a
  // page of thousands of small squares and shapes took half a minute, every box by every mark).
  const byX = marks
    .map((mark) => (Array.isArray(mark) ? { box: mark as Box } : (mark as Mark)))
    .map((m) => ({ m, cx: (m.box[0] + m.box[2]) / 2 }))
    .sort((p, q) => p.cx - q.cx);
  const firstFrom = (x: number) => {
    let [lo, hi] = [0, byX.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byX[mid]!.cx < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return outlines.map(({ rect, round }) => {
    const [x0, y0, x1, y1] = rect;
    const size = Math.min(x1 - x0, y1 - y0);
    const inset = 0.15 * size;
    const reach = 0.5 * size;
    // The box's own background, painted apart from its outline, fits it to a line's width.
    const same = Math.min(1, 0.08 * size);
    const from = firstFrom(x0 + inset);
    const to = firstFrom(x1 - inset);
    let end = to;
    while (end < byX.length && byX[end]!.cx <= x1 - inset) end++;
    const near = byX.slice(from, end).map((p) => p.m);
    const marked = near.some(({ box: [a, b, c, d], slanted }) => {
      const [cx, cy] = [(a + c) / 2, (b + d) / 2];
      const w = c - a;
      const h = d - b;
      return (
        cx >= x0 + inset &&
        cx <= x1 - inset &&
        cy >= y0 + inset &&
        cy <= y1 - inset &&
        a >= x0 - reach &&
        c <= x1 + reach &&
        b >= y0 - reach &&
        d <= y1 + reach &&
        Math.max(w, h) >= 0.25 * size &&
        // A cross's stroke from corner to corner spans the box exactly, as its background does.
        !(
          !slanted &&
          Math.abs(a - x0) <= same &&
          Math.abs(c - x1) <= same &&
          Math.abs(b - y0) <= same &&
          Math.abs(d - y1) <= same
        )
      );
    });
    return { rect, round, ticked: marked };
  });
}

/** Join collinear segments that touch or overlap, so a border drawn cell by cell is one line. */
export function mergeRulings(rulings: Ruling[], tolerance = 1.5): Ruling[] {
  const merged: Ruling[] = [];
  for (const horizontal of [true, false]) {
    const list = rulings
      .filter((r) => r.horizontal === horizontal)
      .sort((a, b) => a.at - b.at || a.from - b.from);
    const groups: Ruling[][] = [];
    for (const r of list) {
      const group = groups.at(-1);
      if (group && Math.abs(group[0]!.at - r.at) <= tolerance) group.push(r);
      else groups.push([r]);
    }
    for (const group of groups) {
      const at = group.reduce((s, r) => s + r.at, 0) / group.length;
      const spans = group.map((r) => [r.from, r.to] as const).sort((a, b) => a[0] - b[0]);
      let [from, to] = spans[0]!;
      for (const [f, t] of spans.slice(1)) {
        if (f <= to + tolerance) to = Math.max(to, t);
        else {
          merged.push({ horizontal, at, from, to });
          [from, to] = [f, t];
        }
      }
      merged.push({ horizontal, at, from, to });
    }
  }
  return merged;
}

/** The page's table borders, merged, in PDF user space. Empty when the page draws none. */
export async function pageRulings(
  page: PDFPageProxy,
  pdfjs: PdfjsModule,
  optional: OptionalContentConfig | null = null,
): Promise<Ruling[]> {
  return (await pageGraphics(page, pdfjs, optional)).rulings;
}

/**
 * The page's table borders and its drawn checkboxes (small stroked squares: forms made by a
 * program that draws its boxes instead of printing ☐ ☑). A checkbox is not a table cell.
 */
export async function pageGraphics(
  page: PDFPageProxy,
  pdfjs: PdfjsModule,
  optional: OptionalContentConfig | null = null,
): Promise<PageGraphics> {
  const OPS = pdfjs.OPS;
  // Borders in a layer the viewer hides (a template's) are not the page's.
  const shown = optional && new OptionalContentWalk(OPS, optional);
  // The page's own content only: annotations (form fields' appearances above all) are read as
  // words of their own (form-fields.ts), and pdf.js hands their drawings over in the fields' own
  // coordinates, which would put their boxes at the page's corner.
  const list = await page.getOperatorList({
    intent: 'display',
    annotationMode: pdfjs.AnnotationMode.DISABLE,
  });
  const out: Ruling[] = [];
  const boxes: Outline[] = [];
  const marks: Mark[] = [];
  const fills: Box[] = [];
  const sides: Side[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const painting: Record<number, boolean | undefined> = {
    [OPS.stroke]: false,
    [OPS.closeStroke]: false,
    [OPS.fill]: true,
    [OPS.eoFill]: true,
    [OPS.fillStroke]: false,
    [OPS.eoFillStroke]: false,
    [OPS.closeFillStroke]: false,
    [OPS.closeEOFillStroke]: false,
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    shown?.step(fn, args);
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform && args) ctm = multiply(args as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      const matrix = args[0] as Matrix | null;
      if (matrix && matrix.length === 6) ctm = multiply(matrix, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath && args) {
      const filled = painting[args[0] as number];
      if (filled === undefined || shown?.hidden) continue; // clipping, no painting, or hidden
      const data = args[1] as unknown[] | undefined;
      const path = data?.[0] as ArrayLike<number> | null | undefined;
      if (!path || typeof path.length !== 'number') continue;
      for (const { points, curved } of subpaths(path, ctm)) {
        const before = boxes.length;
        if (!curved) collect(points, filled, out, boxes, fills, filled ? undefined : sides);
        else if (!filled) {
          const [x0, y0, x1, y1] = boxOf(points);
          if (isRadio(points, x1 - x0, y1 - y0))
            boxes.push({ rect: [x0, y0, x1, y1], round: true });
        }
        if (boxes.length === before) markOf(points, curved, marks);
      }
    }
  }
  out.push(...tileEdges(fills));
  // Boxes drawn as four strokes: checkboxes like the rectangles, their sides no table's border.
  const sideBoxes = boxesFromSides(sides, BOX_MIN, BOX_MAX).filter(
    ({ rect }) => !boxes.some((b) => rect.every((v, k) => Math.abs(v - b.rect[k]!) <= 1)),
  );
  const used = new Set<Ruling>(sideBoxes.flatMap((b) => b.sides));
  for (const { rect } of sideBoxes) boxes.push({ rect, round: false });
  const rulings = used.size > 0 ? out.filter((r) => !used.has(r)) : out;
  return { rulings: mergeRulings(rulings), boxes: tickedBoxes(boxes, marks) };
}
