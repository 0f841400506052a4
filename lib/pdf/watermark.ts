/**
 * Watermarks are not the form's text. Offices stamp drafts and samples with a word laid across
 * the page (样稿, 草稿, 样本, 仅供评审, a unit's name): Word's and WPS's watermark, LaTeX's
 * draftwatermark, a browser's rotated overlay, a PDF tool's stamp. Its characters land in
 * whatever cells they cross and glue onto their values ("稿朝阳市"). Such text gives itself
 * away by how it is set, whatever it says: at a slant (form text runs across or, in narrow CJK
 * cells, down the page; never at 30° or 45°), or horizontal but many times the size of the page's
 * text. Either is dropped before layout.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { upperMedian } from '../median';

/** Further from the nearest right angle than this, text is set at a slant. */
const SLANT_DEGREES = 8;
/** A page whose text is all within this of a right angle is a skewed scan, not a watermark. */
const SKEW_DEGREES = 20;
/** Horizontal text this many times the page's usual size... */
const GIANT_RATIO = 5;
/** ...and at least this large (points) is a watermark, not a heading. */
const GIANT_MIN_SIZE = 48;

function angleOf(item: TextItem): number {
  const [a, b] = item.transform as number[];
  return (Math.atan2(b!, a!) * 180) / Math.PI;
}

function sizeOf(item: TextItem): number {
  const [a, b, c, d] = item.transform as number[];
  return Math.hypot(c!, d!) || item.height || Math.hypot(a!, b!);
}

/** Degrees from the nearest right angle: 0 for text across or down the page. */
function offRight(item: TextItem): number {
  const [a, b] = item.transform as number[];
  if (!Number.isFinite(a) || !Number.isFinite(b) || (a === 0 && b === 0)) return 0;
  const off = Math.abs(angleOf(item)) % 90;
  return Math.min(off, 90 - off);
}

/** Is the text set at a slant (neither across nor down the page)? */
export function isSlanted(item: TextItem): boolean {
  return offRight(item) > SLANT_DEGREES;
}

/**
 * The page's text items without its watermark. A page whose text is mostly slanted is itself
 * set askew (a photographed or skewed scan with its OCR text layer at the skew's angle): its
 * slanted text is the page's, and kept.
 */
export function withoutWatermarks(items: TextItem[]): TextItem[] {
  const shown = items.filter((i) => i.str.trim() !== '');
  const tilted = shown.filter(isSlanted);
  const slantedChars = tilted.reduce((n, i) => n + i.str.length, 0);
  // A skew is a few degrees; a watermark, tiled over a sparse page too, is set at 30° to 60°.
  const askew =
    slantedChars * 2 > shown.reduce((n, i) => n + i.str.length, 0) &&
    tilted.every((i) => offRight(i) <= SKEW_DEGREES);
  const slanted = (i: TextItem) => !askew && isSlanted(i);
  const upright = shown.filter((i) => !slanted(i));
  // The usual size counts characters, so that one giant word does not set it.
  const sizes: number[] = [];
  for (const i of upright) {
    const size = sizeOf(i);
    for (let k = 0; k < Math.min(i.str.length, 50); k++) sizes.push(size);
  }
  const usual = upperMedian(sizes) ?? 0;
  const giant = (i: TextItem) => {
    const size = sizeOf(i);
    return size >= GIANT_MIN_SIZE && usual > 0 && size >= GIANT_RATIO * usual;
  };
  return items.filter((i) => !slanted(i) && !giant(i));
}
