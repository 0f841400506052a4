/** Round option marks (○ empty, ◉ and ● ticked) found from the pixels and read in rows of them. */
import { describe, expect, it } from 'vitest';
import { findCheckboxes } from '../../lib/ocr/checkboxes';
import type { OcrImageResult, OcrLine } from '../../lib/ocr/engine';
import { binarize } from '../../lib/ocr/image';
import { type OcrPage, ocrPageText } from '../../lib/ocr/page-text';
import { box, fill, paper, ring } from './raster';
import { ocrPage } from './synthetic-scan';

describe('round marks from pixels', () => {
  it('finds rings, a ringed dot and a disc, and not squares, blots or ovals', () => {
    const page = paper(400, 80);
    ring(page, 30, 40, 12); // ○
    ring(page, 80, 40, 12); // ◉: a ring and a dot inside it
    ring(page, 80, 40, 6, 6);
    ring(page, 130, 40, 12, 12); // ●
    box(page, 170, 28, 24); // □: a box, not round
    fill(page, 220, 28, 244, 52); // ■
    for (let y = 22; y <= 58; y++) {
      // an O taller than wide: a letter
      for (let x = 262; x <= 286; x++) {
        const d = Math.hypot((x - 274) / 12, (y - 40) / 18);
        if (d <= 1 && d > 0.82) page.data[y * 400 + x] = 20;
      }
    }
    const found = findCheckboxes(binarize(page), page.data, 400, 80, { textHeight: 30 })
      .filter((b) => b.round)
      .sort((a, b) => a.x0 - b.x0);
    expect(found.map((b) => [b.x0, b.ticked])).toEqual([
      [18, false],
      [68, true],
      [118, true],
    ]);
  });
});

/** A line at (x, y) image pixels, characters 40 px wide and high. */
function line(x: number, y: number, text: string, p = 0.99): OcrLine {
  const chars = Array.from(text);
  const width = chars.length * 40;
  return {
    box: { cx: x + width / 2, cy: y + 20, width, height: 40, angle: 0 },
    vertical: false,
    chars: chars.map((c, i) => ({ c, p, u0: i * 40 + 4, u1: i * 40 + 36 })),
  };
}
const page = (lines: OcrLine[], extra: Partial<OcrImageResult> = {}): OcrPage =>
  ocrPage(lines, extra, 1);
const mark = (x: number, y: number, ticked: boolean, fill = ticked ? 1 : 0) => ({
  x0: x + 6,
  y0: y + 6,
  x1: x + 34,
  y1: y + 34,
  ticked,
  fill,
  round: true as const,
});

describe('round marks in lines', () => {
  it('reads a row of rings with one filled as boxes, the ring the recogniser read as 〇 too', () => {
    // ○德育 ●体育 〇美育: the filled one read as nothing, the last ring read as 〇.
    const l = line(100, 100, '_德育_体育〇美育');
    l.chars.splice(3, 1);
    l.chars.splice(0, 1);
    const marks = [mark(100, 100, false), mark(220, 100, true), mark(340, 100, false)];
    const text = ocrPageText(page([l], { checkboxes: marks }));
    expect(text.text.replace(/\s/g, '')).toBe('☐德育☑体育☐美育');
  });

  it('keeps a round mark alone on its row, a row of discs (bullets) and 〇 among numerals out', () => {
    const bullet = line(100, 100, '_报告');
    bullet.chars.splice(0, 1);
    const bullets = line(100, 200, '_指南_模式');
    bullets.chars.splice(3, 1);
    bullets.chars.splice(0, 1);
    const year = line(100, 300, '二〇二三年');
    const text = ocrPageText(
      page([bullet, bullets, year], {
        checkboxes: [
          mark(100, 100, true),
          mark(100, 200, true),
          mark(220, 200, true),
          mark(140, 300, false),
          mark(300, 300, false),
        ],
      }),
    );
    expect(text.text.replace(/\s/g, '')).toBe('报告指南模式二〇二三年');
  });

  it('reads a ring whose middle is half inked as unsure', () => {
    const l = line(100, 100, '_德育_体育');
    l.chars.splice(3, 1);
    l.chars.splice(0, 1);
    const marks = [mark(100, 100, false), mark(220, 100, true, 0.35)];
    const text = ocrPageText(page([l], { checkboxes: marks }));
    const at = text.text.indexOf('☑');
    expect(at).toBeGreaterThan(0);
    expect(text.ocr.confidence[at]).toBeLessThan(0.9);
    expect(text.ocr.confidence[text.text.indexOf('☐')]).toBeGreaterThan(0.9);
  });
});
