/**
 * The glyphs an annotation's appearance stream draws, as text items placed where they show on
 * the page. pdf.js hands an annotation's appearance over in the page's operator list (asked for
 * with annotations) between `beginAnnotation` and `endAnnotation`, its glyphs already decoded;
 * here they are followed as pdf.js's canvas draws them: the annotation's transform (its /Rect
 * over its appearance /BBox and /Matrix), `cm`, form XObjects, the text state and matrices.
 *
 * Only what is seen is read: the canvas clips an annotation to its /Rect, a form XObject to its
 * /BBox and the drawing to any clipping path, and so does this walk (each clip taken as its
 * bounding box), so an appearance that is a window onto a larger drawing gives the window's
 * text alone. Invisible text (rendering mode 3 or 7) and text in optional content the viewer
 * hides are left out. Vertical fonts are not placed (the caller falls back on /Contents).
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { OptionalContentConfig } from 'pdfjs-dist/types/src/display/optional_content_config';
import type { PdfjsModule } from '../platform';
import {
  applyAffine as apply,
  IDENTITY,
  type Affine as Matrix,
  multiplyAffine as multiply,
} from './affine';
import type { Rect } from './layout';
import { OptionalContentWalk } from './optional-content';

/** The pdf.js font's facts the placing needs. */
export interface GlyphFont {
  /** Glyph-space units to text space (fontMatrix[0]: 0.001 for all but Type 3 fonts). */
  scale: number;
  vertical: boolean;
}

export const DEFAULT_FONT: GlyphFont = { scale: 0.001, vertical: false };

/** Saved states kept at most (pdf.js's own nesting of q and form XObjects is far less deep). */
const MAX_DEPTH = 1_000;
/** A glyph advance of more than this (in em) parts a run into two items: a gap the eye sees. */
const GAP_EM = 0.3;

/** Six finite numbers, from an array or a typed array (pdf.js sends either). */
function asMatrix(value: unknown): Matrix | null {
  if (!value || typeof value !== 'object' || (value as ArrayLike<unknown>).length !== 6)
    return null;
  const m = Array.from(value as ArrayLike<unknown>);
  return m.every((n) => typeof n === 'number' && Number.isFinite(n)) ? (m as Matrix) : null;
}

/** The page-space bounding box of a box drawn under `m`. */
function boxUnder(box: unknown, m: Matrix): Rect | null {
  const b = asMatrix([...Array.from((box as ArrayLike<unknown>) ?? []), 0, 0]);
  if (!b) return null;
  const corners = [apply(m, b[0], b[1]), apply(m, b[2], b[1]), apply(m, b[0], b[3])];
  corners.push(apply(m, b[2], b[3]));
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function intersect(a: Rect | null, b: Rect | null): Rect | null {
  if (!a) return b;
  if (!b) return a;
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

interface State {
  ctm: Matrix;
  clip: Rect | null;
  tm: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
  leading: number;
  size: number;
  direction: number;
  font: GlyphFont;
  charSpacing: number;
  wordSpacing: number;
  hscale: number;
  rise: number;
  invisible: boolean;
}

function freshState(ctm: Matrix, clip: Rect | null): State {
  return {
    ctm,
    clip,
    tm: IDENTITY,
    x: 0,
    y: 0,
    lineX: 0,
    lineY: 0,
    leading: 0,
    size: 0,
    direction: 1,
    font: DEFAULT_FONT,
    charSpacing: 0,
    wordSpacing: 0,
    hscale: 1,
    rise: 0,
    invisible: false,
  };
}

const num = (v: unknown, fallback = 0) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

export interface AnnotationGlyphsInput {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
  OPS: PdfjsModule['OPS'];
  /** The annotations to read (pdf.js ids); others' drawings are skipped. */
  ids: ReadonlySet<string>;
  /** The pdf.js font of a loaded name. */
  font: (name: string) => GlyphFont;
  /** Characters read at most, over all annotations. */
  maxChars: number;
  optionalContent?: OptionalContentConfig | null;
}

export interface AnnotationGlyphs {
  /** Per annotation id, the text items its appearance shows (horizontal text only). */
  items: Map<string, TextItem[]>;
  /** Annotations whose appearance draws text this walk does not place (vertical fonts). */
  unplaced: Set<string>;
}

/** The text each annotation's appearance shows, from the page's operator list with annotations. */
export function annotationGlyphs(input: AnnotationGlyphsInput): AnnotationGlyphs {
  const { fnArray, argsArray, OPS, ids, font, optionalContent } = input;
  const items = new Map<string, TextItem[]>();
  const unplaced = new Set<string>();
  const shown = optionalContent ? new OptionalContentWalk(OPS, optionalContent) : null;
  let budget = input.maxChars;
  let active: string | null = null;
  let state = freshState(IDENTITY, null);
  let stack: State[] = [];
  let pendingClip = false;
  let overflow = 0;

  const show = (glyphs: unknown[]) => {
    const s = state;
    if (s.size === 0 || shown?.hidden || s.invisible) return;
    if (s.font.vertical) {
      unplaced.add(active!);
      return;
    }
    const hs = s.hscale * s.direction;
    const m = multiply(s.tm, s.ctm);
    const unitX = Math.hypot(m[0], m[1]);
    const unitY = Math.hypot(m[2], m[3]);
    const out = items.get(active!) ?? [];
    let x = 0;
    let run: string[] = [];
    let runStart = 0;
    let runEnd = 0;
    const flush = () => {
      if (run.length > 0) {
        const str = run.join('');
        const [ox, oy] = apply(m, s.x + runStart * hs, s.y + s.rise);
        const k = Math.abs(hs) * s.size;
        out.push({
          str,
          dir: 'ltr',
          width: Math.abs((runEnd - runStart) * hs) * unitX,
          height: s.size * unitY,
          transform: [k * m[0], k * m[1], s.size * m[2], s.size * m[3], ox, oy],
          fontName: '',
          hasEOL: false,
        });
        budget -= str.length;
      }
      run = [];
    };
    for (const g of glyphs) {
      if (typeof g === 'number') {
        const advance = (-num(g) * s.size) / 1000;
        if (Math.abs(advance) > GAP_EM * s.size) flush();
        x += advance;
        continue;
      }
      if (!g || typeof g !== 'object') continue;
      const glyph = g as { unicode?: unknown; width?: unknown; isSpace?: unknown };
      const spacing = (glyph.isSpace === true ? s.wordSpacing : 0) + s.charSpacing;
      const width = num(glyph.width) * s.font.scale * s.size + spacing * s.direction;
      const ch = typeof glyph.unicode === 'string' ? glyph.unicode : '';
      // A glyph is seen when its middle is inside the clip.
      const [cx, cy] = apply(m, s.x + (x + width / 2) * hs, s.y + s.rise + 0.3 * s.size);
      const c = s.clip;
      const inside = !c || (cx >= c[0] && cx <= c[2] && cy >= c[1] && cy <= c[3]);
      if (inside && ch !== '' && budget - run.length > 0) {
        if (run.length === 0) runStart = x;
        run.push(ch);
        runEnd = x + width;
      } else flush();
      x += width;
    }
    flush();
    if (out.length > 0) items.set(active!, out);
    s.x += x * hs;
  };

  for (let i = 0; i < fnArray.length && budget > 0; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    shown?.step(fn, args);
    if (fn === OPS.beginAnnotation) {
      const id = String(args?.[0] ?? '');
      active = ids.has(id) ? id : null;
      if (!active) continue;
      // As the canvas: the appearance mapped onto the annotation's rectangle, clipped to it.
      const transform = asMatrix(args?.[2]) ?? IDENTITY;
      const matrix = asMatrix(args?.[3]) ?? IDENTITY;
      const rect = boxUnder(args?.[1], IDENTITY);
      state = freshState(multiply(matrix, transform), rect);
      stack = [];
      overflow = 0;
      pendingClip = false;
      continue;
    }
    if (fn === OPS.endAnnotation) {
      active = null;
      continue;
    }
    if (!active) continue;
    const a = args ?? [];
    const s = state;
    // Nesting past MAX_DEPTH is counted, not copied: a hostile list of saves stays small.
    if (fn === OPS.save) {
      if (stack.length < MAX_DEPTH) stack.push({ ...s });
      else overflow++;
    } else if (fn === OPS.restore) {
      if (overflow > 0) overflow--;
      else state = stack.pop() ?? s;
    } else if (fn === OPS.transform) {
      const m = asMatrix(a);
      if (m) s.ctm = multiply(m, s.ctm);
    } else if (fn === OPS.paintFormXObjectBegin) {
      if (stack.length < MAX_DEPTH) stack.push({ ...s });
      else overflow++;
      const m = asMatrix(a[0]);
      if (m) s.ctm = multiply(m, s.ctm);
      if (a[1]) s.clip = intersect(s.clip, boxUnder(a[1], s.ctm));
    } else if (fn === OPS.paintFormXObjectEnd) {
      if (overflow > 0) overflow--;
      else state = stack.pop() ?? s;
    } else if (fn === OPS.clip || fn === OPS.eoClip) pendingClip = true;
    else if (fn === OPS.constructPath) {
      if (pendingClip && a[2]) s.clip = intersect(s.clip, boxUnder(a[2], s.ctm));
      pendingClip = false;
    } else if (fn === OPS.beginText) {
      s.tm = IDENTITY;
      s.x = s.y = s.lineX = s.lineY = 0;
    } else if (fn === OPS.setFont) {
      const size = num(a[1]);
      s.font = typeof a[0] === 'string' ? font(a[0]) : DEFAULT_FONT;
      s.size = Math.abs(size);
      s.direction = size < 0 ? -1 : 1;
    } else if (fn === OPS.setCharSpacing) s.charSpacing = num(a[0]);
    else if (fn === OPS.setWordSpacing) s.wordSpacing = num(a[0]);
    else if (fn === OPS.setHScale) s.hscale = num(a[0], 100) / 100;
    else if (fn === OPS.setLeading) s.leading = -num(a[0]);
    else if (fn === OPS.setTextRise) s.rise = num(a[0]);
    else if (fn === OPS.setTextRenderingMode) s.invisible = (num(a[0]) & 3) === 3;
    else if (fn === OPS.moveText || fn === OPS.setLeadingMoveText) {
      if (fn === OPS.setLeadingMoveText) s.leading = num(a[1]);
      s.x = s.lineX += num(a[0]);
      s.y = s.lineY += num(a[1]);
    } else if (fn === OPS.nextLine) {
      s.x = s.lineX;
      s.y = s.lineY += s.leading;
    } else if (fn === OPS.setTextMatrix) {
      const m = asMatrix(a.length === 6 ? a : a[0]);
      if (m) s.tm = m;
      s.x = s.y = s.lineX = s.lineY = 0;
    } else if (fn === OPS.showText && Array.isArray(a[0])) show(a[0]);
  }
  return { items, unplaced };
}
