/**
 * Writing in a picture, counted cheaply: the picture cut into cells about a third of a line of
 * text high, a cell "holds writing" when dark strokes in it spread over much of its rows and of
 * its columns (a border is a line: few rows or few columns; a speck is a few pixels; a dark page
 * edge or a photo's shadow is dark all over). mixed-pages.ts compares the cells outside the text
 * layer's words with all of them: a picture of a blank form holds its labels there, a picture of
 * paper holds nothing.
 */
import { type Affine, applyAffine, invertAffine } from '../pdf/affine';
import type { Rect } from '../pdf/text';

/** One byte of grey per pixel, rows from the top. */
export interface GreyPicture {
  width: number;
  height: number;
  grey: Uint8Array;
}

/** pdf.js's image kinds (shared/util.js ImageKind). */
const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;

/** A pdf.js decoded image object as grey pixels, or undefined when it is of another form. */
export function greyPicture(data: unknown): GreyPicture | undefined {
  const img = data as { width?: number; height?: number; kind?: number; data?: Uint8Array };
  const { width, height, kind } = img;
  const bytes = img.data;
  if (!width || !height || !bytes || !(width > 0 && height > 0)) return undefined;
  const n = width * height;
  const grey = new Uint8Array(n);
  if (kind === RGBA_32BPP || kind === RGB_24BPP) {
    const step = kind === RGBA_32BPP ? 4 : 3;
    if (bytes.length < n * step) return undefined;
    for (let i = 0, j = 0; i < n; i++, j += step) {
      grey[i] = (bytes[j]! * 77 + bytes[j + 1]! * 150 + bytes[j + 2]! * 29) >> 8;
    }
  } else if (kind === GRAYSCALE_1BPP) {
    const row = (width + 7) >> 3;
    if (bytes.length < row * height) return undefined;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        grey[y * width + x] = bytes[y * row + (x >> 3)]! & (0x80 >> (x & 7)) ? 255 : 0;
      }
    }
  } else return undefined;
  return { width, height, grey };
}

/** Darker than the picture's paper by this much, a pixel is ink. */
const INK_CONTRAST = 80;
/** Share of a cell's rows and of its columns ink must reach for the cell to hold writing. */
const SPREAD = 0.4;
/** Darker than this share of a cell, it is a dark area, not writing. */
const SOLID = 0.6;
/** Largest grid looked at (cells per side): bounds the work on a huge picture. */
const MAX_CELLS = 400;

/**
 * Cells of writing in `picture` (drawn with `ctm`: the unit square onto the page) outside the
 * text layer's `words` (user space), and in all.
 */
export function writingOutside(
  picture: GreyPicture,
  ctm: Affine,
  words: readonly Rect[],
): { outside: number; total: number } {
  const { width, height, grey } = picture;
  // A cell a third of a 10-point line: the page's size in points from the picture's transform.
  const pointsWide = Math.hypot(ctm[0], ctm[1]) || 1;
  const cell = Math.max(4, Math.round((width / pointsWide) * 4), Math.ceil(width / MAX_CELLS));
  const cols = Math.floor(width / cell);
  const rows = Math.floor(height / cell);
  const paper = paperGrey(grey);
  const limit = paper - INK_CONTRAST;
  // Which cells the text layer's words cover (grown by one cell).
  const covered = new Uint8Array(cols * rows);
  const toUnit = invertAffine(ctm);
  for (const [x0, y0, x1, y1] of words) {
    const corners = [
      applyAffine(toUnit, x0, y0),
      applyAffine(toUnit, x1, y0),
      applyAffine(toUnit, x0, y1),
      applyAffine(toUnit, x1, y1),
    ].map(([u, v]) => [(u * width) / cell, ((1 - v) * height) / cell]);
    const c0 = Math.max(0, Math.floor(Math.min(...corners.map((c) => c[0]!))) - 1);
    const c1 = Math.min(cols - 1, Math.ceil(Math.max(...corners.map((c) => c[0]!))) + 1);
    const r0 = Math.max(0, Math.floor(Math.min(...corners.map((c) => c[1]!))) - 1);
    const r1 = Math.min(rows - 1, Math.ceil(Math.max(...corners.map((c) => c[1]!))) + 1);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) covered[r * cols + c] = 1;
  }
  const writing = new Uint8Array(cols * rows);
  const rowInk = new Uint8Array(cell);
  const colInk = new Uint8Array(cell);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      rowInk.fill(0);
      colInk.fill(0);
      let dark = 0;
      for (let y = 0; y < cell; y++) {
        const base = (r * cell + y) * width + c * cell;
        for (let x = 0; x < cell; x++) {
          if (grey[base + x]! < limit) {
            dark++;
            rowInk[y] = 1;
            colInk[x] = 1;
          }
        }
      }
      if (dark === 0 || dark > SOLID * cell * cell) continue;
      let inRows = 0;
      let inCols = 0;
      for (let k = 0; k < cell; k++) {
        inRows += rowInk[k]!;
        inCols += colInk[k]!;
      }
      if (inRows < SPREAD * cell || inCols < SPREAD * cell) continue;
      writing[r * cols + c] = 1;
    }
  }
  // Writing runs along a line: only cells in a run of MIN_RUN across count (a speck, the edge of
  // a dark page border or a fold's blur stands alone or runs down the page).
  let outside = 0;
  let total = 0;
  for (let r = 0; r < rows; r++) {
    let c = 0;
    while (c < cols) {
      if (!writing[r * cols + c]) {
        c++;
        continue;
      }
      let end = c;
      while (end < cols && writing[r * cols + end]) end++;
      if (end - c >= MIN_RUN) {
        for (let k = c; k < end; k++) {
          total++;
          if (!covered[r * cols + k]) outside++;
        }
      }
      c = end;
    }
  }
  return { outside, total };
}

/** Cells side by side a run of writing needs (a 10-point character is about two and a half). */
const MIN_RUN = 4;

/** The paper's grey: the brightest level that a tenth of the pixels reach. */
function paperGrey(grey: Uint8Array): number {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < grey.length; i++) histogram[grey[i]!]!++;
  let seen = 0;
  for (let v = 255; v >= 0; v--) {
    seen += histogram[v]!;
    if (seen >= 0.1 * grey.length) return v;
  }
  return 255;
}
