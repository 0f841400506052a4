/**
 * The font size of scanned text: the detector's boxes are padded, so sizes read off them are too
 * large and the layout's gaps (measured in font sizes) come out too small — a label and its value
 * set a space or two apart ran into one cell (联盟名称岳阳市…), and no fact was found on the page.
 */
import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../lib/ocr/engine';
import { fontShare } from '../../lib/ocr/font-size';
import { ocrPageText } from '../../lib/ocr/page-text';
import { ocrPage } from './synthetic-scan';

/** A line at (x, y) pixels: characters `pitch` apart in a box `height` high (the font's em is the pitch). */
function line(x: number, y: number, text: string, pitch: number, height: number): OcrLine {
  const chars = Array.from(text);
  const width = chars.length * pitch;
  return {
    box: { cx: x + width / 2, cy: y + height / 2, width, height, angle: 0 },
    vertical: false,
    chars: chars.map((c, i) => ({
      c,
      p: 0.99,
      u0: i * pitch + pitch * 0.4,
      u1: i * pitch + pitch * 0.6,
    })),
  };
}

describe('font size of scanned text', () => {
  it('is the spacing of Han characters against the height of their padded boxes', () => {
    const lines = [
      line(100, 100, '岳阳市经开区长安中学', 30, 40),
      line(100, 200, '经开区教育技术中心', 30, 40),
      line(100, 300, '信息科技校长', 30, 40),
    ];
    expect(fontShare(lines)).toBeCloseTo(0.75, 2);
    // Too little Han text to measure: boxes taken as they are.
    expect(fontShare(lines.slice(0, 2))).toBe(1);
    expect(fontShare([line(100, 100, '15064095974', 15, 40), ...lines.slice(0, 2)])).toBe(1);
    // A letter-spaced label does not move the median.
    expect(fontShare([...lines, line(100, 400, '类别姓名', 90, 40)])).toBeCloseTo(0.75, 2);
  });

  it('parts a label from its value two font sizes away (1.5 padded box heights)', () => {
    // Font 30 px (15 pt at 144 dpi), boxes 40 px high, values 60 px after their labels.
    const rows: [string, string][] = [
      ['联盟名称', '岳阳市初中创客教育网络教研联盟'],
      ['所在单位', '岳阳市经开区长安中学'],
      ['推选单位', '经开区教育技术中心'],
    ];
    const lines = rows.flatMap(([label, value], k) => [
      line(100, 100 + 60 * k, label, 30, 40),
      line(100 + 4 * 30 + 60, 100 + 60 * k, value, 30, 40),
    ]);
    const text = ocrPageText(ocrPage(lines, {}, 1));
    const cells = text.lines.map((l) => l.cells.map((c) => text.text.slice(c.start, c.end)));
    expect(cells).toEqual(rows);
  });
});
