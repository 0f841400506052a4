/**
 * The OCR engine: one page image in, its text lines (each character with its confidence and
 * position), table borders and checkboxes out — all in pixels of the straightened page. Runs
 * wherever an OcrRuntime does (Node, a Web Worker, an extension page); the result is plain data
 * (structured-clonable, JSON-safe) so it can cross to the UI thread and be cached.
 */
import { upperMedian } from '../median';
import { findCheckboxes, type PixelCheckbox } from './checkboxes';
import { boxesFromProbability, DETECT_DEFAULTS, detectionInput } from './detect';
import type { RotatedRect } from './geometry';
import {
  binarize,
  estimateSkew,
  type GrayImage,
  inkGray,
  type Orientation,
  type RgbaImage,
  rotateGray,
  turnGray,
} from './image';
import { findRulings, type PixelRuling } from './image-rulings';
import { inkRuns, inkUnder } from './ink';
import {
  clearlyBetter,
  FLIP_CHECK_BELOW,
  flipped,
  meanConfidence,
  runsDownThePage,
  sampleLines,
} from './orientation';
import {
  cropLine,
  ctcDecode,
  dictionaryClasses,
  isVertical,
  type LineStrip,
  recognitionInput,
} from './recognize';
import type { OcrModels, OcrRuntime, OcrSession } from './runtime';

/**
 * Bump when anything here changes what a page reads as: cached results of older versions are
 * read again.
 */
export const OCR_VERSION = 6;

/** One recognised character: text, confidence, and its extent along the line (image pixels). */
export interface OcrChar {
  c: string;
  /** Probability 0–1. */
  p: number;
  /** Start and end along the line's width, from its left end. */
  u0: number;
  u1: number;
}

export interface OcrLine {
  /** The line's box in pixels of the straightened page. */
  box: RotatedRect;
  vertical: boolean;
  chars: OcrChar[];
  /**
   * Runs of ink along a horizontal line, as [start, end, start, end, …] in the same units as
   * the characters' u0/u1: where glyphs really begin and end, so words get exact edges (table
   * columns line up to the point) instead of edges estimated from character widths.
   */
  ink?: number[];
}

/** Everything read from one page image. */
export interface OcrImageResult {
  version: number;
  /** Size of the image read, and its resolution (pixels per inch). */
  width: number;
  height: number;
  dpi: number;
  /** Radians the page was turned by to straighten it (see image.ts `estimateSkew`). */
  skew: number;
  /**
   * Degrees clockwise the page's text stood turned on the image (a sheet fed sideways or upside
   * down, a landscape page drawn turned); the image was turned back to read it, and `width`,
   * `height` and every box are those of the image turned upright. Absent: 0.
   */
  orientation?: Orientation;
  lines: OcrLine[];
  rulings: PixelRuling[];
  checkboxes: PixelCheckbox[];
  /** Wall-clock seconds the reading took, and milliseconds per stage (for benchmarks). */
  seconds: number;
  stages: Record<string, number>;
  runtime: string;
}

export interface ReadImageOptions {
  /** Resolution of the image (pixels per inch). */
  dpi: number;
  signal?: AbortSignal;
}

/** The detector sees the page at this resolution: enough for 9-point text, and quick. */
const DETECT_DPI = 120;
/** Lines per recognition batch; padding to the longest strip costs, so batches are sorted. */
const BATCH = 8;
/** Fewer ink pixels than this share of a line height squared under a character: a speck. */
const SPECK = 0.01;
/** Extra length at each end of a line, in line heights, when it is cut out for reading. */
const LINE_MARGIN = 0.3;
/** Below this skew (about 0.05°) the page is read as it is. */
const MIN_SKEW = 0.0009;

export interface OcrEngineOptions {
  /** Resolution the detector sees the page at (default DETECT_DPI). */
  detectDpi?: number;
}

/**
 * A line's box lengthened at each end by LINE_MARGIN line heights, but never into the next box
 * on the same line (it would read that box's first or last character twice).
 */
function withMargins(box: RotatedRect, all: RotatedRect[]): RotatedRect {
  const margin = LINE_MARGIN * box.height;
  const left = box.cx - box.width / 2;
  const right = box.cx + box.width / 2;
  let roomLeft = margin;
  let roomRight = margin;
  for (const other of all) {
    if (other === box || Math.abs(other.cy - box.cy) > (other.height + box.height) / 4) continue;
    const oLeft = other.cx - other.width / 2;
    const oRight = other.cx + other.width / 2;
    if (oRight <= left + 1) roomLeft = Math.min(roomLeft, Math.max(0, left - oRight - 1));
    if (oLeft >= right - 1) roomRight = Math.min(roomRight, Math.max(0, oLeft - right - 1));
  }
  const ux = Math.cos(box.angle);
  const uy = Math.sin(box.angle);
  const shift = (roomRight - roomLeft) / 2;
  return {
    ...box,
    cx: box.cx + shift * ux,
    cy: box.cy + shift * uy,
    width: box.width + roomLeft + roomRight,
  };
}

/**
 * A line standing down the page as a line read across it, top to bottom: text turned a quarter
 * clockwise reads upright so (flipped, text turned anticlockwise does).
 */
function sideways(box: RotatedRect): RotatedRect {
  return { ...box, width: box.height, height: box.width, angle: box.angle + Math.PI / 2 };
}

/** Page x of a character's centre on a horizontal line. */
function charX(line: OcrLine, c: OcrChar): number {
  return line.box.cx + ((c.u0 + c.u1) / 2 - line.box.width / 2) * Math.cos(line.box.angle);
}

/**
 * Where the detector's boxes overlap on one line (a speck beside a number makes a box of its
 * own), the shorter reading loses the characters the longer one already read there.
 */
function dropDoubleReadings(lines: OcrLine[]): void {
  const horizontal = lines.filter((l) => !l.vertical && l.chars.length > 0);
  for (const short of horizontal) {
    for (const long of horizontal) {
      if (long === short || long.chars.length <= short.chars.length) continue;
      if (Math.abs(long.box.cy - short.box.cy) > (long.box.height + short.box.height) / 4) continue;
      const from = charX(long, long.chars[0]!) - long.box.height * 0.4;
      const to = charX(long, long.chars.at(-1)!) + long.box.height * 0.4;
      short.chars = short.chars.filter((c) => {
        const x = charX(short, c);
        return x < from || x > to;
      });
    }
  }
}

/** The grey page turned straight (when its skew is worth it), and the skew. */
export function straightened(gray: GrayImage): { gray: GrayImage; skew: number } {
  const skew = estimateSkew(gray);
  return Math.abs(skew) >= MIN_SKEW ? { gray: rotateGray(gray, skew), skew } : { gray, skew: 0 };
}

export class OcrEngine {
  private readonly classes: string[];

  private constructor(
    private readonly runtime: OcrRuntime,
    private readonly detector: OcrSession,
    private readonly recognizer: OcrSession,
    dictionary: string,
    private readonly options: OcrEngineOptions,
  ) {
    this.classes = dictionaryClasses(dictionary);
  }

  static async create(
    runtime: OcrRuntime,
    models: OcrModels,
    options: OcrEngineOptions = {},
  ): Promise<OcrEngine> {
    const detector = await runtime.createSession(models.detection);
    const recognizer = await runtime.createSession(models.recognition);
    return new OcrEngine(runtime, detector, recognizer, models.dictionary, options);
  }

  private characters?: ReadonlySet<string>;

  /**
   * Every character the recogniser can write: one Set for the engine's life (asked for twice per
   * scanned application, ~6,600 characters each time).
   */
  get dictionary(): ReadonlySet<string> {
    this.characters ??= new Set(this.classes.slice(1));
    return this.characters;
  }

  async release(): Promise<void> {
    await this.detector.release();
    await this.recognizer.release();
  }

  async read(image: RgbaImage, options: ReadImageOptions): Promise<OcrImageResult> {
    const started = performance.now();
    const stages: Record<string, number> = {};
    let last = started;
    const lap = (stage: string) => {
      const now = performance.now();
      // Added up: finding the orientation can take two turns.
      stages[stage] = (stages[stage] ?? 0) + Math.round(now - last);
      last = now;
    };
    const signal = options.signal;
    const ink = inkGray(image);
    let { gray, skew } = straightened(ink);
    lap('prepare');
    signal?.throwIfAborted();

    let boxes = await this.detect(gray, options.dpi);
    lap('detect');
    signal?.throwIfAborted();
    let orientation: Orientation = 0;
    // Lines standing down the page: perhaps a page turned a quarter.
    if (runsDownThePage(boxes)) {
      const turned = await this.turnedAQuarter(ink, gray, boxes, options.dpi);
      if (turned) ({ gray, skew, boxes, orientation } = turned);
      lap('orientation');
      signal?.throwIfAborted();
    }
    // The longest lines are read first; read unsure, the page may be upside down: a sample is
    // read flipped before the rest is read (an upright page loses nothing, its reading is the
    // same batches in another order).
    const unsure = (first: OcrChar[][]) => meanConfidence(first) < FLIP_CHECK_BELOW;
    const firstRead = await this.recognize(
      gray,
      boxes,
      signal,
      orientation === 0 ? unsure : undefined,
    );
    let lines = firstRead.lines;
    lap('recognize');
    if (!lines) {
      // Kept upright, the lines read before stopping are read already: only the rest is read.
      let known: (OcrChar[] | undefined)[] | undefined = firstRead.chars;
      if (await this.readsBetterFlipped(gray, boxes)) {
        // Detected again upright: the detector finds lone digits and the numbers opening lines
        // of upside-down text less well.
        gray = turnGray(gray, 180);
        boxes = await this.detect(gray, options.dpi);
        orientation = 180;
        known = undefined;
      }
      lap('orientation');
      lines = (await this.recognize(gray, boxes, signal, undefined, known)).lines!;
      lap('recognize');
    }

    const pixelsPerPoint = options.dpi / 72;
    const textHeight = textHeightOf(lines, options.dpi);
    const mask = binarize(gray);
    const rulings = findRulings(mask, gray.width, gray.height, { textHeight, pixelsPerPoint });
    const checkboxes = findCheckboxes(mask, gray.data, gray.width, gray.height, { textHeight });
    dropDoubleReadings(lines);
    for (const line of lines) {
      if (line.vertical) continue;
      // Specks of dust the detector took for text: a character with almost no ink under it is
      // not there.
      const minInk = SPECK * line.box.height * line.box.height;
      line.chars = line.chars.filter(
        (c) => inkUnder(mask, gray.width, line, (c.u0 + c.u1) / 2) >= minInk,
      );
      line.ink = inkRuns(mask, gray.width, line, rulings);
    }
    lap('shapes');
    return {
      version: OCR_VERSION,
      lines: lines.filter((l) => l.chars.length > 0),
      width: gray.width,
      height: gray.height,
      dpi: options.dpi,
      skew: Math.abs(skew) >= MIN_SKEW ? skew : 0,
      ...(orientation ? { orientation } : {}),
      rulings,
      checkboxes,
      seconds: (performance.now() - started) / 1000,
      stages,
      runtime: this.runtime.name,
    };
  }

  private async detect(gray: GrayImage, dpi: number): Promise<RotatedRect[]> {
    const input = detectionInput(gray, Math.min(1, (this.options.detectDpi ?? DETECT_DPI) / dpi));
    const output = await this.detector.run(input.data, input.dims);
    const [, , h, w] = output.dims as number[];
    const boxes = boxesFromProbability(output.data, w!, h!, DETECT_DEFAULTS);
    // Back to image pixels. The two scales differ only by rounding to multiples of 32.
    const s = (input.scaleX + input.scaleY) / 2;
    return boxes.map((b) => ({
      cx: b.cx / input.scaleX,
      cy: b.cy / input.scaleY,
      width: b.width / s,
      height: b.height / s,
      angle: b.angle,
    }));
  }

  /**
   * A page whose lines stand down it, turned a quarter either way: the turn whose sample of lines
   * reads clearly better than the page as it is, or null (vertical writing on an upright page,
   * or nothing better). The standing lines are read sideways, both ways round, where they were
   * found; only the turn chosen is detected again (the page is detected twice, whichever way it
   * was turned).
   */
  private async turnedAQuarter(
    ink: GrayImage,
    gray: GrayImage,
    boxes: RotatedRect[],
    dpi: number,
  ): Promise<{
    gray: GrayImage;
    skew: number;
    boxes: RotatedRect[];
    orientation: Orientation;
  } | null> {
    const standing = sampleLines(boxes.filter(isVertical));
    // One after another: a session runs one model call at a time in a browser.
    const asIs = await this.sampleConfidence(gray, sampleLines(boxes));
    const ninety = await this.sampleConfidence(gray, standing.map(sideways));
    const twoSeventy = await this.sampleConfidence(
      gray,
      standing.map((b) => flipped(sideways(b))),
    );
    if (!clearlyBetter(Math.max(ninety, twoSeventy), asIs)) return null;
    // Turned back: text that stood turned clockwise (90) comes out upright turned anticlockwise.
    const orientation: Orientation = ninety >= twoSeventy ? 90 : 270;
    const turned = straightened(turnGray(ink, orientation === 90 ? 270 : 90));
    const turnedBoxes = await this.detect(turned.gray, dpi);
    if (runsDownThePage(turnedBoxes)) return null;
    return { ...turned, boxes: turnedBoxes, orientation };
  }

  /** Does a sample of the page's lines read clearly better upside down? */
  private async readsBetterFlipped(gray: GrayImage, boxes: RotatedRect[]): Promise<boolean> {
    const sample = sampleLines(boxes);
    const asIs = await this.sampleConfidence(gray, sample);
    const upsideDown = await this.sampleConfidence(gray, sample.map(flipped));
    return clearlyBetter(upsideDown, asIs);
  }

  /** Mean character confidence of some lines read as boxed (no margins). */
  private async sampleConfidence(gray: GrayImage, boxes: RotatedRect[]): Promise<number> {
    if (boxes.length === 0) return 0;
    const { chars } = await this.readStrips(boxes.map((box) => cropLine(gray, box)));
    return meanConfidence(chars.map((c) => c ?? []));
  }

  /**
   * The characters of each strip, batched by length, the longest batch first; `stopped` when
   * `giveUp`, shown that first batch's readings, says to stop there (`chars` then holds that
   * batch only). Strips whose characters are `known` (read before, same page and boxes) are not
   * read again.
   */
  private async readStrips(
    strips: LineStrip[],
    signal?: AbortSignal,
    giveUp?: (first: OcrChar[][]) => boolean,
    known?: readonly (OcrChar[] | undefined)[],
  ): Promise<{ chars: (OcrChar[] | undefined)[]; stopped: boolean }> {
    // Similar lengths together, so little of each batch is padding.
    const order = strips.map((_, i) => i).sort((a, b) => strips[a]!.width - strips[b]!.width);
    const chars: (OcrChar[] | undefined)[] = new Array(strips.length);
    const starts: number[] = [];
    for (let k = 0; k < order.length; k += BATCH) starts.unshift(k);
    for (const k of starts) {
      signal?.throwIfAborted();
      const batch = order.slice(k, k + BATCH);
      if (known && batch.every((i) => known[i] !== undefined)) {
        for (const i of batch) chars[i] = known[i];
        continue;
      }
      const input = recognitionInput(batch.map((i) => strips[i]!));
      const output = await this.recognizer.run(input.data, input.dims);
      const [, columns] = output.dims as number[];
      const stride = input.dims[3]! / columns!;
      batch.forEach((i, row) => {
        const strip = strips[i]!;
        const decoded = ctcDecode(output.data, row, columns!, this.classes, stride, strip.width);
        chars[i] = decoded.map((d) => ({
          c: d.char,
          p: d.confidence,
          u0: d.x0 * strip.unitsPerPixel,
          u1: d.x1 * strip.unitsPerPixel,
        }));
      });
      if (k === starts[0] && giveUp?.(batch.map((i) => chars[i]!))) return { chars, stopped: true };
    }
    return { chars, stopped: false };
  }

  /**
   * The page's lines read; `lines` null when `giveUp` stopped it after the longest lines, `chars`
   * what was read of each box (to pass back as `known` when the same boxes are read on).
   */
  private async recognize(
    gray: GrayImage,
    boxes: RotatedRect[],
    signal?: AbortSignal,
    giveUp?: (first: OcrChar[][]) => boolean,
    known?: readonly (OcrChar[] | undefined)[],
  ): Promise<{ lines: OcrLine[] | null; chars: (OcrChar[] | undefined)[] }> {
    // A little more room along each line than the detector gives: a light first or last stroke
    // (一 at the start of 一级教师) is easily left just outside its box.
    const strips = boxes.map((found) => {
      const box = isVertical(found) ? found : withMargins(found, boxes);
      return { box, strip: cropLine(gray, box) };
    });
    const { chars, stopped } = await this.readStrips(
      strips.map((s) => s.strip),
      signal,
      giveUp,
      known,
    );
    if (stopped) return { lines: null, chars };
    const lines: OcrLine[] = strips.map(({ box, strip }, i) => ({
      box,
      vertical: strip.vertical,
      chars: chars[i] ?? [],
    }));
    return {
      lines: lines
        .filter((l) => l.chars.some((c) => c.c.trim() !== ''))
        .sort((a, b) => a.box.cy - b.box.cy || a.box.cx - b.box.cx),
      chars,
    };
  }
}

/**
 * The page's text height in pixels: the median height of its horizontal lines with text, 12 pt
 * where it has none. What the shapes found in the pixels (boxes, borders) are sized against.
 */
export function textHeightOf(lines: readonly OcrLine[], dpi: number): number {
  const heights = lines.filter((l) => !l.vertical && l.chars.length > 0).map((l) => l.box.height);
  return upperMedian(heights) ?? 12 * (dpi / 72);
}
