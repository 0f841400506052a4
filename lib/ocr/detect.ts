/**
 * Text-line detection with PaddleOCR's DB model: the page image in, a probability map of "text
 * here" out, and our own post-processing from map to boxes (binarise, connected regions, minimum
 * rotated rectangle, mean-probability score, unclip) — the steps PaddleOCR's DBPostProcess does
 * with OpenCV, written plainly so no `eval` is needed anywhere.
 */
import { convexHull, minAreaRect, orient, type Point, type RotatedRect } from './geometry';
import { type GrayImage, resizeGray } from './image';

export interface DetectOptions {
  /** Probability above which a pixel is text (PaddleOCR: 0.3). */
  threshold: number;
  /** Mean probability a box needs to be kept (PaddleOCR: 0.6). */
  boxThreshold: number;
  /** How far the shrunk text kernel is grown back (PaddleOCR: 1.5). */
  unclipRatio: number;
  /** Boxes with a side shorter than this (input pixels) are noise. */
  minSize: number;
  maxCandidates: number;
}

export const DETECT_DEFAULTS: DetectOptions = {
  threshold: 0.3,
  boxThreshold: 0.6,
  unclipRatio: 1.5,
  minSize: 3,
  maxCandidates: 2000,
};

// ImageNet statistics the PaddleOCR detector was trained with.
const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];

export interface DetectionInput {
  data: Float32Array;
  dims: number[];
  /** Detector pixels per image pixel, per axis. */
  scaleX: number;
  scaleY: number;
}

/**
 * The detector's input: the grey page resized by `scale` to sides that are multiples of 32 (the
 * network downsamples five times), the grey value in all three channels.
 */
export function detectionInput(image: GrayImage, scale: number): DetectionInput {
  const width = Math.max(32, Math.round((image.width * scale) / 32) * 32);
  const height = Math.max(32, Math.round((image.height * scale) / 32) * 32);
  const small = resizeGray(image, width, height);
  const plane = width * height;
  const data = new Float32Array(plane * 3);
  for (let c = 0; c < 3; c++) {
    const lut = new Float32Array(256);
    for (let v = 0; v < 256; v++) lut[v] = (v / 255 - MEAN[c]!) / STD[c]!;
    const offset = c * plane;
    for (let i = 0; i < plane; i++) data[offset + i] = lut[small.data[i]!]!;
  }
  return {
    data,
    dims: [1, 3, height, width],
    scaleX: width / image.width,
    scaleY: height / image.height,
  };
}

/** Mean probability inside a rotated rectangle (PaddleOCR's box score). */
function boxScore(prob: Float32Array, width: number, height: number, rect: RotatedRect): number {
  const ux = Math.cos(rect.angle);
  const uy = Math.sin(rect.angle);
  const hw = rect.width / 2 + 0.5;
  const hh = rect.height / 2 + 0.5;
  const ex = Math.abs(hw * ux) + Math.abs(hh * uy);
  const ey = Math.abs(hw * uy) + Math.abs(hh * ux);
  const x0 = Math.max(0, Math.floor(rect.cx - ex));
  const x1 = Math.min(width - 1, Math.ceil(rect.cx + ex));
  const y0 = Math.max(0, Math.floor(rect.cy - ey));
  const y1 = Math.min(height - 1, Math.ceil(rect.cy + ey));
  let sum = 0;
  let n = 0;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const dx = x - rect.cx;
      const dy = y - rect.cy;
      if (Math.abs(dx * ux + dy * uy) > hw || Math.abs(-dx * uy + dy * ux) > hh) continue;
      sum += prob[y * width + x]!;
      n++;
    }
  }
  return n === 0 ? 0 : sum / n;
}

/**
 * Text-line boxes from the detector's probability map (`width` × `height`), in map pixels,
 * oriented so that `width` runs along the line.
 */
export function boxesFromProbability(
  prob: Float32Array,
  width: number,
  height: number,
  options: DetectOptions = DETECT_DEFAULTS,
): RotatedRect[] {
  const n = width * height;
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (prob[i]! > options.threshold) mask[i] = 1;
  const stack = new Int32Array(n);
  // Per row of the region being filled: its leftmost and rightmost pixel (typed, reused).
  const rowMin = new Int32Array(height).fill(-1);
  const rowMax = new Int32Array(height);
  const touched = new Int32Array(height);
  const boxes: RotatedRect[] = [];
  for (let start = 0; start < n && boxes.length < options.maxCandidates; start++) {
    if (mask[start] !== 1) continue;
    // Flood fill (8-connected) one region, noting each row's leftmost and rightmost pixel:
    // those outline points are all the convex hull needs.
    let top = 0;
    stack[top++] = start;
    mask[start] = 2;
    let rows = 0;
    let count = 0;
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % width;
      const y = (i - x) / width;
      count++;
      if (rowMin[y] === -1) {
        rowMin[y] = x;
        rowMax[y] = x;
        touched[rows++] = y;
      } else {
        if (x < rowMin[y]!) rowMin[y] = x;
        if (x > rowMax[y]!) rowMax[y] = x;
      }
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const j = ny * width + nx;
          if (mask[j] === 1) {
            mask[j] = 2;
            stack[top++] = j;
          }
        }
      }
    }
    const outline: Point[] = [];
    for (let r = 0; r < rows; r++) {
      const y = touched[r]!;
      const a = rowMin[y]!;
      const b = rowMax[y]!;
      rowMin[y] = -1;
      // Pixel corners, so a one-pixel-high region still has an area.
      outline.push([a, y], [a, y + 1], [b + 1, y], [b + 1, y + 1]);
    }
    if (count < 4) continue;
    const rect = minAreaRect(convexHull(outline));
    if (Math.min(rect.width, rect.height) < options.minSize) continue;
    if (boxScore(prob, width, height, rect) < options.boxThreshold) continue;
    // Unclip: DB predicts a kernel shrunk by D = A·r / L; grow it back by the same rule.
    const distance =
      (rect.width * rect.height * options.unclipRatio) / (2 * (rect.width + rect.height));
    const grown = orient({
      ...rect,
      width: rect.width + 2 * distance,
      height: rect.height + 2 * distance,
    });
    if (Math.min(grown.width, grown.height) < options.minSize + 2) continue;
    boxes.push(grown);
  }
  return boxes;
}
