/**
 * Page orientation without the models: which boxes say "turned a quarter", turning images and
 * boxes, and a page read turned placed back on the scan as drawn.
 */
import { describe, expect, it } from 'vitest';
import type { RotatedRect } from '../../lib/ocr/geometry';
import { grayImage, turnGray, turnPoint } from '../../lib/ocr/image';
import { clearlyBetter, flipped, runsDownThePage, sampleLines } from '../../lib/ocr/orientation';
import { ocrPageText, scanFrame, scanRect } from '../../lib/ocr/page-text';
import { rectsForRange } from '../../lib/pdf/text';
import { ocrLine, ocrPage } from './synthetic-scan';

const across = (cx: number, cy: number, chars: number): RotatedRect => ({
  cx,
  cy,
  width: chars * 30,
  height: 30,
  angle: 0,
});
/** A box standing down the page (orient gives it angle 0 and height > width). */
const down = (cx: number, cy: number, chars: number): RotatedRect => ({
  cx,
  cy,
  width: 30,
  height: chars * 30,
  angle: 0,
});

describe('which way the lines run', () => {
  it('a form with a vertical label column still runs across', () => {
    const boxes = [
      down(60, 600, 6), // 主要成员情况, one character a line in a merged cell
      down(60, 1000, 4),
      ...Array.from({ length: 12 }, (_, i) => across(400, 200 + i * 60, 8)),
      across(300, 100, 1), // one character: says nothing
    ];
    expect(runsDownThePage(boxes)).toBe(false);
  });

  it('a page turned a quarter runs down', () => {
    const boxes = [
      across(300, 100, 2), // a stamp's date, say
      ...Array.from({ length: 12 }, (_, i) => down(200 + i * 60, 600, 8)),
    ];
    expect(runsDownThePage(boxes)).toBe(true);
  });

  it('samples the longest lines, their middle ten characters', () => {
    const boxes = [across(0, 0, 2), down(0, 0, 9), across(0, 0, 5), across(7, 8, 40)];
    expect(sampleLines(boxes, 3)).toEqual([{ ...boxes[3], width: 300 }, boxes[1], boxes[2]]);
  });

  it('turns a page only for a clearly better reading', () => {
    expect(clearlyBetter(0.97, 0.65)).toBe(true); // upside down, read flipped
    expect(clearlyBetter(0.985, 0.879)).toBe(true); // a few sideways lines read square by square
    expect(clearlyBetter(0.6, 0.98)).toBe(false); // vertical writing, turned
    expect(clearlyBetter(0.95, 0.9)).toBe(false); // a noisy page: not half the doubt
    expect(clearlyBetter(0.99, 0.96)).toBe(false); // too close to tell
  });
});

describe('turning images and boxes', () => {
  it('turns an image clockwise, every pixel where turnPoint says', () => {
    const image = grayImage(5, 3);
    image.data.forEach((_, i) => {
      image.data[i] = i;
    });
    for (const degrees of [90, 180, 270] as const) {
      const turned = turnGray(image, degrees);
      expect([turned.width, turned.height]).toEqual(degrees === 180 ? [5, 3] : [3, 5]);
      for (let y = 0; y < 3; y++) {
        for (let x = 0; x < 5; x++) {
          const [tx, ty] = turnPoint(5, 3, degrees, x, y);
          expect(turned.data[ty * turned.width + tx]).toBe(image.data[y * 5 + x]);
        }
      }
    }
  });

  it('flips a box in place', () => {
    const box = across(100, 40, 4);
    expect(flipped(box)).toMatchObject({ cx: 100, cy: 40, width: 120, height: 30 });
    expect(flipped(box).angle).toBeCloseTo(Math.PI);
  });
});

describe('a page read turned, placed on the page as drawn', () => {
  // The A4 page (2 px per point) of synthetic-scan.ts, with a title at x 100–220 px, y 100–140 px.
  const lines = [ocrLine(100, '申报书'), ocrLine(200, '项目名称小学编程')];
  const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1.5);

  it('a sheet fed sideways: text in reading order, boxes where the words are on the scan', () => {
    // Scanned turned 90° clockwise: a landscape page (842 × 595 pt, 1684 × 1190 px); the engine
    // read the image turned back upright, so its lines are those of the upright page.
    const upright = ocrPage(lines);
    const page = ocrPageText({
      ...upright,
      view: [0, 0, 842, 595],
      transform: [2, 0, 0, -2, 0, 1190],
      image: { ...upright.image, orientation: 90 },
    });
    expect(page.text).toBe(ocrPageText(upright).text);
    const onScan = scanRect(page, rectsForRange(page, 0, 3)[0]!);
    // Upright pixels (x, y) lie at (1683 − y, x) on the turned scan: a point (X, Y) of the
    // upright page lies at (Y, 595 − X) on the landscape one.
    const [upr] = rectsForRange(ocrPageText(upright), 0, 3);
    near(onScan[0], upr![1]);
    near(onScan[2], upr![3]);
    near(onScan[1], 595 - upr![2]);
    near(onScan[3], 595 - upr![0]);
    // The title is near the top of the upright page: on the right of the landscape scan.
    expect(onScan[0]).toBeGreaterThan(700);
  });

  it('a sheet fed upside down: boxes turned half round the page', () => {
    const upright = ocrPage(lines);
    const page = ocrPageText({ ...upright, image: { ...upright.image, orientation: 180 } });
    const [upr] = rectsForRange(ocrPageText(upright), 0, 3);
    const onScan = scanRect(page, rectsForRange(page, 0, 3)[0]!);
    near(onScan[0], 595 - upr![2]);
    near(onScan[2], 595 - upr![0]);
    near(onScan[1], 842 - upr![3]);
    near(onScan[3], 842 - upr![1]);
  });

  it('an upright page keeps the identity frame', () => {
    expect(scanFrame(ocrPageText(ocrPage(lines)))).toEqual([1, 0, 0, 1, 0, 0]);
  });
});
