/**
 * Synthetic OCR output for unit tests of what is read from scans: lines of text at given heights,
 * each character sure unless told otherwise, as one scanned page 2 (A4 at 144 dpi).
 */
import type { OcrImageResult, OcrLine } from '../../lib/ocr/engine';
import { type OcrPage, ocrPageText } from '../../lib/ocr/page-text';

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

/** The OCR reading of one A4 page at 144 dpi (pdf.js's viewport at scale 2) made of `lines`. */
export function ocrPage(lines: OcrLine[], extra: Partial<OcrImageResult> = {}, page = 2): OcrPage {
  return {
    page,
    view: [0, 0, 595, 842],
    rotation: 0,
    // x' = 2x, y' = 2(842 − y).
    transform: [2, 0, 0, -2, 0, 1684],
    image: {
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
      ...extra,
    },
  };
}

/** A scanned page 2 made of `lines`, as page text. */
export function scannedPage(lines: OcrLine[]) {
  return ocrPageText(ocrPage(lines));
}
