/**
 * A mixed page's two readings put together (mixed-pages.ts finds such pages): the words of its
 * text layer — the typed values, exact — and the words OCR reads from the page as drawn, which
 * add the labels and headers the picture carries. Wherever both cover the same place the text
 * layer wins: OCR's characters there are dropped (OCR reads the typed values too, less surely).
 * The result is one page text for the ordinary layout and finders, marked as read by OCR, with
 * confidence 1 for every character of the text layer and OCR's own for the rest, and the text
 * layer's source ranges listed (`ocr.textLayer`) so evidence can say which words OCR read.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { type Affine, applyAffine } from '../pdf/affine';
import { turnRuling } from '../pdf/reading-frame';
import { mergeRulings, type Ruling } from '../pdf/rulings';
import { buildPageText, type PageShapes, type PageText, type Rect } from '../pdf/text';
import { spellPackWordings } from './pack-wordings';
import {
  type OcrPage,
  type OcrPageText,
  ocrPageText,
  ocrTextItems,
  PAGE_CONFIDENCE_FLOOR,
  scanFrame,
  scanRect,
  scanTextItem,
} from './page-text';

/** A page text read partly from its text layer, partly by OCR. */
export type MixedPageText = OcrPageText & {
  ocr: OcrPageText['ocr'] & {
    /** Source ranges [start, end) taken from the text layer; the rest was read by OCR. */
    textLayer: [number, number][];
  };
};

export function isMixedPageText(page: unknown): page is MixedPageText {
  return Array.isArray((page as Partial<MixedPageText>).ocr?.textLayer);
}

/** Words read by OCR, each character with its confidence (UTF-16 units of `str`). */
export interface ReadWords {
  items: TextItem[];
  confidences: number[][];
}

/**
 * How much of an OCR character's box a text-layer word must cover to take its place when the
 * character is not one of that word's (OCR misread it, or it is the picture's own).
 */
const COVERED = 0.6;
/** Longest word (characters) aligned with the typed words beside it; longer ones by place only. */
const MAX_ALIGN = 400;
/** Text-layer boxes are grown by this share of their size (OCR's boxes are loose). */
const GROW = 0.15;
/** More characters than this in one item are not split (hostile input stays linear enough). */
const MAX_ITEM_CHARS = 2000;
/** OCR words searched for an item the layout rebuilt (a page holds a few hundred). */
const MAX_LOOKUPS = 5000;

/** An item's box in user space, as layout draws it (20% of its size below the baseline). */
export function itemBox(item: TextItem): Rect {
  const [a, b, c, d, e, f] = item.transform as number[];
  const size = Math.hypot(c!, d!) || item.height || Math.hypot(a!, b!) || 1;
  const unit = Math.hypot(a!, b!) || 1;
  const ux = a! / unit;
  const uy = b! / unit;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const across of [-0.2, 0.8]) {
    for (const along of [0, item.width]) {
      xs.push(e! - uy * across * size + ux * along);
      ys.push(f! + ux * across * size + uy * along);
    }
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

/** A character's share of its word's length: full-width characters twice the narrow ones. */
function widthOf(ch: string): number {
  return /[\u2E80-\uFFEF]/u.test(ch) ? 1 : 0.5;
}

/**
 * OCR's words with every character a text-layer word covers left out: an OCR word lying partly
 * over a typed value keeps its other characters, as words of their own (a label read with the
 * value typed beside it keeps the label).
 */
export function withoutCovered(read: ReadWords, textItems: readonly TextItem[]): ReadWords {
  const typed = textItems.filter((t) => t.str.trim() !== '');
  const boxes = typed.map((t) => {
    const [x0, y0, x1, y1] = itemBox(t);
    const g = GROW * Math.min(x1 - x0, y1 - y0);
    return [x0 - g, y0 - g, x1 + g, y1 + g] as Rect;
  });
  const out: ReadWords = { items: [], confidences: [] };
  const keep = (item: TextItem, conf: number[]) => {
    // Brackets, ticks and boxes beside a typed word are OCR's reading of the typed marks (placed
    // a little aside, or wider than typed): the text layer has them already.
    if (!/[\p{L}\p{N}]/u.test(item.str) && besideAny(itemBox(item), boxes)) return;
    out.items.push(item);
    out.confidences.push(conf);
  };
  read.items.forEach((item, k) => {
    const conf = read.confidences[k] ?? [];
    const box = itemBox(item);
    if (!boxes.some((b) => overlap(b, box) > 0)) {
      keep(item, conf);
      return;
    }
    const units = item.str.length;
    if (units === 0 || units > MAX_ITEM_CHARS) return; // over a typed value, and not splittable
    const [a, b] = item.transform as number[];
    const unit = Math.hypot(a!, b!) || 1;
    const dir = [a! / unit, b! / unit] as const;
    const weights = Array.from(item.str, widthOf);
    const total = weights.reduce((s, w) => s + w, 0) || 1;
    // Each character's box: its slice of the word's length, the word's full height.
    let at = 0;
    let run: { start: number; along: number } | undefined;
    let offset = 0;
    const flush = (end: number, endAlong: number) => {
      if (!run) return;
      const str = item.str.slice(run.start, end);
      if (str.trim() !== '')
        keep(piece(item, dir, run.along, endAlong, str), conf.slice(run.start, end));
      run = undefined;
    };
    const chars = Array.from(item.str);
    const matched = typedCharacters(chars, box, typed, boxes);
    chars.forEach((ch, i) => {
      const from = (at / total) * item.width;
      at += weights[i]!;
      const to = (at / total) * item.width;
      const charBox = itemBox(piece(item, dir, from, to, ch));
      const area = (charBox[2] - charBox[0]) * (charBox[3] - charBox[1]) || 1;
      const covered =
        matched[i] === true || boxes.some((bx) => overlap(bx, charBox) >= COVERED * area);
      if (covered) flush(offset, from);
      else run ??= { start: offset, along: from };
      offset += ch.length;
      if (i === chars.length - 1) flush(offset, to);
    });
  });
  return out;
}

/**
 * Which of an OCR word's characters are the typed words' beside it: the longest common
 * subsequence of the word and the typed words on its line within a line height of it (compared
 * after NFKC, spaces left out), so a misplaced character of a typed value is still known as
 * typed, and a label's character (not in the typed text) is not.
 */
function typedCharacters(
  chars: readonly string[],
  box: Rect,
  typed: readonly TextItem[],
  boxes: readonly Rect[],
): boolean[] {
  const near = typed
    .map((t, k) => ({ t, b: boxes[k]! }))
    .filter(({ b }) => besideAny(box, [b]))
    .sort((p, q) => p.b[0] - q.b[0]);
  const other = Array.from(near.map(({ t }) => t.str).join('')).filter((c) => c.trim() !== '');
  const n = chars.length;
  const m = other.length;
  const out = new Array<boolean>(n).fill(false);
  if (n === 0 || m === 0 || n > MAX_ALIGN || m > MAX_ALIGN) return out;
  const same = (a: string, b: string) => a.normalize('NFKC') === b.normalize('NFKC');
  // lcs[i][j]: of chars[i..] and other[j..], in one flat array.
  const w = m + 1;
  const lcs = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = same(chars[i]!, other[j]!)
        ? lcs[(i + 1) * w + j + 1]! + 1
        : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (same(chars[i]!, other[j]!) && lcs[i * w + j] === lcs[(i + 1) * w + j + 1]! + 1) {
      out[i] = true;
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) i++;
    else j++;
  }
  return out;
}

/**
 * Does a box stand on the same line as one of `boxes` (half the smaller height shared) and
 * within one line height of it across?
 */
function besideAny(box: Rect, boxes: readonly Rect[]): boolean {
  return boxes.some((b) => {
    const shared = Math.min(box[3], b[3]) - Math.max(box[1], b[1]);
    const height = Math.min(box[3] - box[1], b[3] - b[1]);
    if (!(shared >= 0.5 * height)) return false;
    const gap = Math.max(b[0] - box[2], box[0] - b[2]);
    return gap <= Math.max(box[3] - box[1], b[3] - b[1]);
  });
}

/** The part of `item` from `from` to `to` along its direction, holding `str`. */
function piece(
  item: TextItem,
  dir: readonly [number, number],
  from: number,
  to: number,
  str: string,
): TextItem {
  const t = item.transform as number[];
  return {
    ...item,
    str,
    width: Math.max(1e-3, to - from),
    transform: [t[0]!, t[1]!, t[2]!, t[3]!, t[4]! + dir[0] * from, t[5]! + dir[1] * from],
  };
}

/**
 * An OCR word placed on the page as drawn. A scan straightened by a fraction of a degree keeps
 * its words upright and moves each to where its middle stands on the page: turned instead, a
 * long word's box would grow by the tilt and take in the lines above and below it (the text
 * layer's words, typed on the page as drawn, stand upright too). Turned further (a page fed
 * crooked), the word is turned with the page.
 */
function placeWord(item: TextItem, frame: Affine): TextItem {
  const tilt = Math.abs(Math.atan2(frame[1], frame[0]));
  if (tilt > UPRIGHT_TILT) return scanTextItem(item, frame);
  const [x0, y0, x1, y1] = itemBox(item);
  const [cx, cy] = applyAffine(frame, (x0 + x1) / 2, (y0 + y1) / 2);
  const t = item.transform as number[];
  return {
    ...item,
    transform: [t[0]!, t[1]!, t[2]!, t[3]!, t[4]! + cx - (x0 + x1) / 2, t[5]! + cy - (y0 + y1) / 2],
  };
}

/** Radians of straightening up to which OCR's words are kept upright (~2°). */
const UPRIGHT_TILT = 0.035;

/**
 * OCR's borders with the stretches that cross a text-layer word left out: a value is typed
 * inside its cell, never across a border, so a border seen there is one joined across rows
 * whose cells do not line up (the label column of one row narrower than the next's).
 */
export function withoutCrossings(rulings: Ruling[], textItems: readonly TextItem[]): Ruling[] {
  const boxes = textItems.filter((t) => t.str.trim() !== '').map(itemBox);
  const out: Ruling[] = [];
  for (const r of rulings) {
    // The stretches (along the ruling) of the words it runs through.
    const cuts: [number, number][] = [];
    for (const [x0, y0, x1, y1] of boxes) {
      const [lo, hi, a0, a1] = r.horizontal ? [y0, y1, x0, x1] : [x0, x1, y0, y1];
      // A quarter of the line's height inside the word (an underline at its baseline is not in).
      const inset = 0.25 * (r.horizontal ? hi - lo : y1 - y0);
      if (r.at > lo + inset && r.at < hi - inset && a1 > r.from && a0 < r.to) cuts.push([a0, a1]);
      if (cuts.length > MAX_CUTS) break;
    }
    if (cuts.length === 0) {
      out.push(r);
      continue;
    }
    cuts.sort((p, q) => p[0] - q[0]);
    let from = r.from;
    for (const [a0, a1] of cuts) {
      if (a0 - from >= MIN_PIECE) out.push({ ...r, from, to: a0 });
      from = Math.max(from, a1);
    }
    if (r.to - from >= MIN_PIECE) out.push({ ...r, from, to: r.to });
  }
  return out;
}

/** Pieces of a border shorter than this (points) are left out once cut. */
const MIN_PIECE = 4;
/** Words a border may run through before the rest are not looked at (hostile pages). */
const MAX_CUTS = 500;

function keyOf(str: string, x: number, y: number): string {
  return `${str}@${Math.round(x * 4)},${Math.round(y * 4)}`;
}

/** What a mixed page's text layer gives: its items, borders and shapes, as readPageText reads. */
export interface TextLayer {
  page: number;
  view: Rect;
  rotation: number;
  items: TextItem[];
  rulings: Ruling[];
  shapes?: PageShapes;
}

/**
 * The mixed page's text: the text layer's words, OCR's words where the text layer has none, the
 * borders of both, laid out as one page.
 */
export function mixedPageText(layer: TextLayer, ocr: OcrPage): MixedPageText {
  const read = ocrPageText(ocr);
  const frame = scanFrame(read);
  const own = ocrTextItems(ocr);
  const placed: ReadWords = {
    items: own.items.map((i) => placeWord(i, frame)),
    confidences: own.confidences,
  };
  return mergeReadings(
    layer,
    withoutCovered(placed, layer.items),
    withoutCrossings(
      // A border OCR saw, placed on the page as drawn (the straightening undone).
      own.rulings.map((r) => turnRuling(r, frame)),
      layer.items,
    ),
    {
      ...read.ocr,
      skewDegrees: 0,
      frame: {
        transform: ocr.transform,
        width: ocr.image.width,
        height: ocr.image.height,
        skew: 0,
      },
      checkboxes: own.checkboxes.map((c) => ({ ...c, rect: scanRect(read, c.rect, frame) })),
    },
  );
}

/**
 * The page laid out from both readings (`ocrWords` already without what the text layer covers),
 * with per-character confidences and the text layer's ranges. Exported for tests.
 */
export function mergeReadings(
  layer: TextLayer,
  ocrWords: ReadWords,
  ocrRulings: Ruling[],
  reading: OcrPageText['ocr'],
): MixedPageText {
  const items = [...layer.items, ...ocrWords.items];
  const text = buildPageText(
    layer.page,
    layer.view,
    layer.rotation,
    items,
    // A thick border seen in pixels comes as pieces a pixel or so apart: one line for layout, as
    // the drawn borders are (rulings.ts mergeRulings); pieces left apart make cells of nothing.
    mergeRulings([...layer.rulings, ...ocrRulings]),
    layer.shapes ?? {},
  );
  // Each laid-out item found again by its text and place: the text layer's (confidence 1) or
  // OCR's (its own). An item the layout rebuilt is looked up by the text it holds.
  const fromLayer = new Set<string>();
  const byKey = new Map<string, number[]>();
  for (const item of layer.items) {
    const [x0, y0] = itemBox(item);
    fromLayer.add(keyOf(item.str, x0, y0));
  }
  ocrWords.items.forEach((item, k) => {
    const [x0, y0] = itemBox(item);
    byKey.set(keyOf(item.str, x0, y0), ocrWords.confidences[k]!);
  });
  const confidence = new Array<number>(text.source.length).fill(1);
  const textLayer: [number, number][] = [];
  const layerStrings = new Set(layer.items.map((t) => t.str));
  for (const item of text.items) {
    const key = keyOf(item.str, item.rect[0], item.rect[1]);
    const own = byKey.get(key);
    // Neither place nor text known (the layout rebuilt it): OCR's when an OCR word holds it.
    const near = own || fromLayer.has(key) ? undefined : nearConfidences(item.str, ocrWords);
    const layerWord = fromLayer.has(key) || (!own && (layerStrings.has(item.str) || !near));
    if (layerWord) {
      textLayer.push([item.sourceStart, item.sourceEnd]);
      continue;
    }
    const conf = own ?? near;
    for (let k = 0; k < item.sourceEnd - item.sourceStart; k++) {
      confidence[item.sourceStart + k] = conf?.[k] ?? minOf(conf) ?? 0.5;
    }
  }
  const all = ocrWords.confidences.flat();
  const meanConfidence = all.length ? all.reduce((s, p) => s + p, 0) / all.length : 1;
  return {
    ...text,
    ocr: {
      ...reading,
      meanConfidence,
      reliable: meanConfidence >= PAGE_CONFIDENCE_FLOOR,
      confidence: confidence.map((p) => Math.round(p * 1000) / 1000),
      textLayer,
    },
  };
}

function minOf(list: number[] | undefined): number | undefined {
  return list && list.length > 0 ? Math.min(...list) : undefined;
}

/** The confidences of an OCR word holding `str` (an item the layout split or rebuilt). */
function nearConfidences(str: string, words: ReadWords): number[] | undefined {
  const i = words.items.findIndex((item, k) => k < MAX_LOOKUPS && item.str.includes(str));
  if (i < 0) return undefined;
  const offset = words.items[i]!.str.indexOf(str);
  return words.confidences[i]!.slice(offset, offset + str.length);
}

/** Han characters a label needs to be spelled where OCR read one of them unsurely. */
const MIN_LABEL_CHARS = 4;

/**
 * A mixed page's labels as the pack writes them where OCR read one character of them unsurely
 * (推荐部门 read 推荐部內, 內 at 0.47): on a mixed page OCR reads only what the picture prints —
 * the form's labels and headers, never a typed value (those are the text layer's, sure) — so a
 * pack label of four or more characters that the reading matches but for one unsure character
 * is that label. A character read surely stays as read (pack-wordings.ts applies the rule).
 */
export function spellMixedLabels<T extends { text: string }>(
  pages: T[],
  labels: readonly string[],
  dictionary: ReadonlySet<string>,
): T[] {
  if (!pages.some(isMixedPageText)) return pages;
  const spellings = new Map<string, { pattern: RegExp; fixes: { at: number; c: string }[] }>();
  for (const label of labels) {
    const chars = Array.from(label);
    if (chars.length < MIN_LABEL_CHARS || chars.some((c) => !/^\p{Script=Han}$/u.test(c))) continue;
    chars.forEach((c, k) => {
      const source = chars.map((x, j) => (j === k ? '[^\\s]' : x)).join('');
      if (!spellings.has(source)) {
        spellings.set(source, { pattern: new RegExp(source, 'gu'), fixes: [{ at: k, c }] });
      }
    });
  }
  if (spellings.size === 0) return pages;
  const mixed = pages.filter(isMixedPageText) as unknown as PageText[];
  // A typed character is the file's own, however the recogniser's dictionary stands.
  const typed = (page: PageText, s: number) =>
    isMixedPageText(page) && page.ocr.textLayer.some(([a, b]) => a <= s && s < b);
  const spelled = spellPackWordings(mixed, [...spellings.values()], dictionary, typed);
  const byPage = new Map(spelled.map((p) => [p.page, p]));
  return pages.map((p) => (isMixedPageText(p) ? ((byPage.get(p.page) ?? p) as unknown as T) : p));
}
