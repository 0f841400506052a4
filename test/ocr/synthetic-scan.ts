/**
 * Synthetic OCR output for unit tests of what is read from scans: lines of text at given heights,
 * each character sure unless told otherwise, as one scanned page 2 (A4 at 144 dpi).
 */
import type { OcrImageResult, OcrLine } from '../../lib/ocr/engine';
import { ocrPageText } from '../../lib/ocr/page-text';

/** One OCR line at height `y`; `low` gives characters (by index) a lower confidence. */
export function ocrLine(y: number, text: string, low: Record<number, number> = {}): OcrLine {
  const chars = Array.from(text);
  return {
    box: {
      cx: 100 + chars.length * 20,
      cy: y + 20,
      width: chars.length * 40,
      height: 40,
      angle: 0,
    },
    vertical: false,
    chars: chars.map((c, i) => ({ c, p: low[i] ?? 0.99, u0: i * 40 + 16, u1: i * 40 + 24 })),
  };
}

/** A scanned page 2 made of `lines`. */
export function scannedPage(lines: OcrLine[]) {
  const image: OcrImageResult = {
    version: 1,
    width: 1190,
    height: 1684,
    dpi: 144,
    skew: 0,
    lines,
    rulings: [],
    checkboxes: [],
    seconds: 1,
    stages: {},
    runtime: 'test',
  };
  return ocrPageText({
    page: 2,
    view: [0, 0, 595, 842],
    rotation: 0,
    transform: [2, 0, 0, -2, 0, 1684],
    image,
  });
}
