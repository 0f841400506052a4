/**
 * Text-line recognition with PaddleOCR's CRNN/SVTR model: each detected line is cut out of the
 * page as a 48-pixel-high strip (straightened along its own angle), strips of similar length are
 * batched, and the model's per-column character probabilities are read back by CTC decoding —
 * with, for every character, its probability (the OCR confidence) and the column where it was
 * seen (its position along the line, so words and checkboxes can be placed).
 */
import type { RotatedRect } from './geometry';
import { type GrayImage, sample } from './image';

export const LINE_HEIGHT = 48;
/** Longer strips are squeezed: the model reads a line of ~50 characters at this width. */
const MAX_LINE_WIDTH = 2560;

export interface LineStrip {
  data: Uint8Array;
  width: number;
  /** Line units (along the rectangle's width, in image pixels) per strip pixel. */
  unitsPerPixel: number;
  /** Text running top to bottom: the strip is the line's characters side by side. */
  vertical: boolean;
}

/** Is this box a vertical line of text (characters stacked top to bottom)? */
export function isVertical(rect: RotatedRect): boolean {
  return rect.height > rect.width * 1.5;
}

/**
 * The line's pixels as a strip LINE_HEIGHT high. A vertical line is cut into squares (one per
 * character, CJK characters being square) laid side by side, so the model reads each character
 * upright.
 */
export function cropLine(image: GrayImage, rect: RotatedRect): LineStrip {
  const vertical = isVertical(rect);
  const ux = Math.cos(rect.angle);
  const uy = Math.sin(rect.angle);
  if (!vertical) {
    const width = Math.max(
      8,
      Math.min(MAX_LINE_WIDTH, Math.round((LINE_HEIGHT * rect.width) / rect.height)),
    );
    const data = new Uint8Array(width * LINE_HEIGHT);
    for (let j = 0; j < LINE_HEIGHT; j++) {
      const v = ((j + 0.5) / LINE_HEIGHT - 0.5) * rect.height;
      for (let i = 0; i < width; i++) {
        const u = ((i + 0.5) / width - 0.5) * rect.width;
        data[j * width + i] = sample(image, rect.cx + u * ux - v * uy, rect.cy + u * uy + v * ux);
      }
    }
    return { data, width, unitsPerPixel: rect.width / width, vertical };
  }
  // Vertical: squares of side rect.width down the line, each drawn LINE_HEIGHT square.
  const side = rect.width;
  const count = Math.max(1, Math.round(rect.height / side));
  const step = rect.height / count;
  const width = count * LINE_HEIGHT;
  const data = new Uint8Array(width * LINE_HEIGHT);
  for (let k = 0; k < count; k++) {
    const v0 = -rect.height / 2 + k * step;
    for (let j = 0; j < LINE_HEIGHT; j++) {
      const v = v0 + ((j + 0.5) / LINE_HEIGHT) * step;
      for (let i = 0; i < LINE_HEIGHT; i++) {
        const u = ((i + 0.5) / LINE_HEIGHT - 0.5) * side;
        data[j * width + k * LINE_HEIGHT + i] = sample(
          image,
          rect.cx + u * ux - v * uy,
          rect.cy + u * uy + v * ux,
        );
      }
    }
  }
  return { data, width, unitsPerPixel: step / LINE_HEIGHT, vertical };
}

/** Strips of one batch as the model's input: [n, 3, 48, width], grey in every channel. */
export function recognitionInput(strips: LineStrip[]): { data: Float32Array; dims: number[] } {
  const width = Math.ceil(Math.max(...strips.map((s) => s.width)) / 8) * 8;
  const plane = LINE_HEIGHT * width;
  const data = new Float32Array(strips.length * 3 * plane); // 0 = mid grey, PaddleOCR's padding
  strips.forEach((strip, n) => {
    for (let j = 0; j < LINE_HEIGHT; j++) {
      for (let i = 0; i < strip.width; i++) {
        const value = strip.data[j * strip.width + i]! / 127.5 - 1;
        const at = j * width + i;
        for (let c = 0; c < 3; c++) data[(n * 3 + c) * plane + at] = value;
      }
    }
  });
  return { data, dims: [strips.length, 3, LINE_HEIGHT, width] };
}

/** The model's classes: CTC blank, the dictionary's characters, then a space. */
export function dictionaryClasses(keys: string): string[] {
  const chars = keys.split('\n').map((line) => line.replace(/\r$/, ''));
  while (chars.length > 0 && chars.at(-1) === '') chars.pop();
  return ['', ...chars, ' '];
}

export interface DecodedChar {
  char: string;
  /** The model's probability for this character (max over the columns that emitted it). */
  confidence: number;
  /** Position along the strip, in strip pixels: the centre, first and last column. */
  x: number;
  x0: number;
  x1: number;
}

/**
 * Greedy CTC decoding of one batch row: the best class per column, repeats merged, blanks
 * dropped. `stride` is strip pixels per output column.
 */
export function ctcDecode(
  probs: Float32Array,
  row: number,
  columns: number,
  classes: string[],
  stride: number,
  stripWidth: number,
): DecodedChar[] {
  const count = classes.length;
  const out: DecodedChar[] = [];
  let previous = 0;
  // Columns beyond the strip are padding.
  const usable = Math.min(columns, Math.ceil(stripWidth / stride));
  for (let t = 0; t < usable; t++) {
    const base = (row * columns + t) * count;
    let best = 0;
    let bestP = probs[base]!;
    for (let k = 1; k < count; k++) {
      const p = probs[base + k]!;
      if (p > bestP) {
        bestP = p;
        best = k;
      }
    }
    if (best !== 0 && best === previous) {
      const last = out.at(-1)!;
      last.confidence = Math.max(last.confidence, bestP);
      last.x1 = (t + 1) * stride;
      last.x = (last.x0 + last.x1) / 2;
    } else if (best !== 0) {
      out.push({
        char: classes[best] ?? '',
        confidence: bestP,
        x0: t * stride,
        x1: (t + 1) * stride,
        x: (t + 0.5) * stride,
      });
    }
    previous = best;
  }
  return out;
}
