/**
 * OCR of a page displayed turned (/Rotate 90: a scanner that stores the sheet as fed and turns it
 * for display, a landscape section scanned into a portrait page). The page is rendered as shown,
 * so the recogniser reads it upright; its words go back to user space, where the page's lines
 * run up the page, and the layout must read them turned again, as the viewer shows them.
 */
import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../lib/ocr/engine';
import { type OcrPage, ocrPageText } from '../../lib/ocr/page-text';
import { rectsForRange } from '../../lib/pdf/text';
import { ocrPage } from './synthetic-scan';

/** A line at (x, y) image pixels, characters 40 px wide and high. */
function line(x: number, y: number, text: string): OcrLine {
  const chars = Array.from(text);
  const width = chars.length * 40;
  return {
    box: { cx: x + width / 2, cy: y + 20, width, height: 40, angle: 0 },
    vertical: false,
    chars: chars.map((c, i) => ({ c, p: 0.99, u0: i * 40 + 16, u1: i * 40 + 24 })),
  };
}

/** A portrait A4 page with /Rotate 90 rendered at 2 px/pt through pdf.js's viewport. */
function turnedPage(lines: OcrLine[]): OcrPage {
  const base = ocrPage(lines, { width: 1684, height: 1190 }, 1);
  // pdf.js's viewport at rotation 90, scale 2: x_px = 2·y, y_px = 2·x.
  return { ...base, rotation: 90, transform: [0, 2, 2, 0, 0, 0] };
}

describe('OCR of a /Rotate 90 page', () => {
  it('reads its rows across, as shown, with rectangles in user space', () => {
    const text = ocrPageText(
      turnedPage([
        line(100, 100, '姓名'),
        line(600, 100, '工作单位'),
        line(100, 200, '周海峰'),
        line(600, 200, '甲市第一中学'),
      ]),
    );
    const rows = text.lines.map((l) => l.cells.map((c) => text.text.slice(c.start, c.end)));
    expect(rows).toEqual([
      ['姓名', '工作单位'],
      ['周海峰', '甲市第一中学'],
    ]);
    // 姓名 spans x 100–180 px, y 100–140 px of the image: user x = y_px / 2, user y = x_px / 2.
    const [r] = rectsForRange(text, text.text.indexOf('姓名'), text.text.indexOf('姓名') + 2);
    const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1.5);
    near(r![0], 50);
    near(r![2], 70);
    near(r![1], 50);
    near(r![3], 90);
  });
});
