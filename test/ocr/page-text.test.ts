/**
 * OCR output as page text: words placed in PDF user space, through the same layout as a text
 * layer (table cells from the borders seen in the image), checkboxes from pixels in the text,
 * confidences per character and per page.
 */
import { describe, expect, it } from 'vitest';
import type { OcrImageResult, OcrLine } from '../../lib/ocr/engine';
import { unrotatePoint } from '../../lib/ocr/image';
import {
  confidenceOf,
  isOcrPageText,
  type OcrPage,
  ocrPageText,
  ocrTextItems,
  PAGE_CONFIDENCE_FLOOR,
  scanFrame,
  scanRect,
} from '../../lib/ocr/page-text';
import { rectsForRange } from '../../lib/pdf/text';
import { ocrPage } from './synthetic-scan';

const DPI = 144; // 2 pixels per point: easy to check by hand
const S = DPI / 72;

/** A line at (x, y) image pixels, characters 40 px wide and high, with confidences. */
function line(x: number, y: number, text: string, confidences?: number[]): OcrLine {
  const chars = Array.from(text);
  const width = chars.length * 40;
  return {
    box: { cx: x + width / 2, cy: y + 20, width, height: 40, angle: 0 },
    vertical: false,
    chars: chars.map((c, i) => ({
      c,
      p: confidences?.[i] ?? 0.99,
      u0: i * 40 + 16,
      u1: i * 40 + 24,
    })),
  };
}

/** Page 1 (2 pixels per point) made of `lines`. */
const page = (lines: OcrLine[], extra: Partial<OcrImageResult> = {}): OcrPage =>
  ocrPage(lines, extra, 1);

describe('OCR page text', () => {
  it('places words in PDF user space and says it was read by OCR', () => {
    const text = ocrPageText(page([line(100, 100, '申报书'), line(100, 200, '项目名称小学编程')]));
    expect(isOcrPageText(text)).toBe(true);
    expect(text.ocr.source).toBe('ocr');
    expect(text.hasText).toBe(true);
    expect(text.text).toBe('申报书\n项目名称小学编程\n');
    // '申报书' spans x 100–220 px, y 100–140 px: x 50–110 pt, y from 842−70 to 842−50.
    const [r] = rectsForRange(text, 0, 3);
    const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1.5);
    near(r![0], 50);
    near(r![2], 110);
    near(r![1], 772);
    near(r![3], 792);
  });

  it('splits a line at wide gaps into words, and reads table cells from the borders', () => {
    const row = line(100, 100, '姓名');
    const value = line(400, 100, '张三');
    const rulings = [
      { horizontal: true, at: 80, from: 80, to: 700 },
      { horizontal: true, at: 160, from: 80, to: 700 },
      { horizontal: false, at: 80, from: 80, to: 160 },
      { horizontal: false, at: 350, from: 80, to: 160 },
      { horizontal: false, at: 700, from: 80, to: 160 },
    ];
    const text = ocrPageText(page([row, value], { rulings }));
    expect(text.lines).toHaveLength(1);
    expect(text.lines[0]!.cells.map((c) => text.text.slice(c.start, c.end))).toEqual([
      '姓名',
      '张三',
    ]);
    expect(text.lines[0]!.cells.every((c) => c.ruled)).toBe(true);
  });

  it('drops a border read as a bracket or bar, keeping a bracket between borders', () => {
    // Row 6 of a ruled list: the table's left border was read as "[" before the number, and
    // the border between number and name as "|".
    const row = line(100, 300, '[6|黑龙江省中学');
    const rulings = [
      { horizontal: true, at: 280, from: 90, to: 800 },
      { horizontal: true, at: 360, from: 90, to: 800 },
      { horizontal: false, at: 120, from: 280, to: 360 },
      { horizontal: false, at: 200, from: 280, to: 360 },
      { horizontal: false, at: 800, from: 280, to: 360 },
    ];
    const text = ocrPageText(page([row, line(100, 500, '[注]见附件')], { rulings }));
    expect(text.lines[0]!.cells.map((c) => text.text.slice(c.start, c.end))).toEqual([
      '6',
      '黑龙江省中学',
    ]);
    expect(text.text).toContain('[注]见附件');
  });

  it('puts checkboxes from the pixels into the text, replacing what the recogniser read', () => {
    // "口小学 初中": the recogniser saw the empty box as 口 and missed the ticked one.
    const l = line(100, 100, '口小学初中');
    l.chars.splice(3, 0); // as read
    const checkboxes = [
      { x0: 104, y0: 104, x1: 136, y1: 136, ticked: false, fill: 0 },
      { x0: 224, y0: 104, x1: 256, y1: 136, ticked: true, fill: 0.2 },
    ];
    // The ticked box stands where 学 is in this synthetic line: move 学 and 初 along.
    l.chars = [
      { c: '口', p: 0.6, u0: 16, u1: 24 },
      { c: '小', p: 0.99, u0: 56, u1: 64 },
      { c: '学', p: 0.99, u0: 96, u1: 104 },
      { c: '初', p: 0.99, u0: 176, u1: 184 },
      { c: '中', p: 0.99, u0: 216 + 40, u1: 224 + 40 },
    ];
    l.box.width = 320;
    l.box.cx = 100 + 160;
    const text = ocrPageText(page([l], { checkboxes }));
    expect(text.text.replace(/\s/g, '')).toBe('☐小学☑初中');
    expect(text.ocr.checkboxes.map((c) => c.ticked)).toEqual([false, true]);
  });

  it('keeps a character that only looks like a box when the recogniser is sure of it', () => {
    const l = line(100, 100, '中国');
    const checkboxes = [{ x0: 144, y0: 104, x1: 176, y1: 136, ticked: true, fill: 0.3 }];
    const text = ocrPageText(page([l], { checkboxes }));
    expect(text.text).toBe('中国\n');
    expect(text.ocr.checkboxes).toEqual([]);
  });

  it('keeps a sure character under a box even when a speck dropped beside it lowered it (4.建设)', () => {
    // 4 . 建 设: the . read at 0.68 is dropped as a speck, which lowers 建 beside it; the box the
    // pixels found in 建's strokes is still no box, the recogniser having read 建 at 0.99.
    const l = line(100, 100, '4.建设', [0.99, 0.68, 0.99, 0.99]);
    const checkboxes = [{ x0: 184, y0: 104, x1: 216, y1: 136, ticked: true, fill: 0.6 }];
    const text = ocrPageText(page([l], { checkboxes }));
    expect(text.text).toBe('4建设\n');
    expect(text.ocr.checkboxes).toEqual([]);
  });

  it('keeps 口 read surely, and a Han character read fairly surely, under a box with ink inside when no other box shares the line', () => {
    // 沙河口区: the pixels take 口 for a ticked box (strokes nearby fall inside); 屈原: the 尸 of 屈.
    const kou = line(100, 100, '沙河口区');
    const qu = line(100, 200, '岳阳市屈原', [0.99, 0.99, 0.99, 0.7, 0.99]);
    const checkboxes = [
      { x0: 184, y0: 104, x1: 216, y1: 136, ticked: true, fill: 0.22 },
      { x0: 224, y0: 204, x1: 256, y1: 236, ticked: true, fill: 0.6 },
    ];
    const text = ocrPageText(page([kou, qu], { checkboxes }));
    expect(text.text).toBe('沙河口区\n岳阳市屈原\n');
    // In a row of boxes (one the recogniser read nothing from) the same readings are boxes.
    const row = line(100, 300, '口小学屈初中高中', [0.99, 0.99, 0.99, 0.7, 0.99, 0.99, 0.99, 0.99]);
    const boxes = [
      { x0: 104, y0: 304, x1: 136, y1: 336, ticked: true, fill: 0.22 },
      { x0: 224, y0: 304, x1: 256, y1: 336, ticked: true, fill: 0.6 },
      { x0: 344, y0: 304, x1: 376, y1: 336, ticked: false, fill: 0.02 },
    ];
    row.chars.splice(6, 1); // the empty box: nothing read
    expect(ocrPageText(page([row], { checkboxes: boxes })).text.replace(/\s/g, '')).toBe(
      '☑小学☑初中☐中',
    );
  });

  it('reads a Latin O or a 0 between Chinese numerals as the Chinese zero 〇', () => {
    const text = ocrPageText(
      page([
        line(100, 100, '自二O一九年起'),
        line(100, 200, '二00五年'),
        line(100, 300, '第O号A0一'),
      ]),
    );
    expect(text.text).toBe('自二〇一九年起\n二〇〇五年\n第O号A0一\n');
  });

  it('reads a lone dash before a Han character as 一, not surely (—级教师)', () => {
    const text = ocrPageText(
      page([line(100, 100, '教师/—级教师'), line(100, 200, '2019-2022'), line(100, 300, '甲——乙')]),
    );
    expect(text.text).toBe('教师/一级教师\n2019-2022\n甲——乙\n');
    expect(confidenceOf(text, 3, 4)).toBeLessThan(0.9);
  });

  it('parts words at a space-wide pause in the ink between Han words, not inside a spaced label', () => {
    /** Han characters 40 px apart, with `extra` px more before the indices given (a space). */
    const spaced = (y: number, text: string, breaks: number[], extra = 24): OcrLine => {
      const l = line(100, y, text);
      let shift = 0;
      l.ink = [];
      l.chars.forEach((c, i) => {
        if (breaks.includes(i)) shift += extra;
        c.u0 += shift;
        c.u1 += shift;
        l.ink!.push(i * 40 + shift + 4, i * 40 + shift + 36);
      });
      l.box.width += shift;
      l.box.cx += shift / 2;
      return l;
    };
    const row = spaced(100, '龙永刚阜新市海州区朝阳中学高级教师', [3, 13]);
    const label = spaced(200, '年级册', [1, 2]);
    const { items } = ocrTextItems(page([row, label]));
    expect(items.map((i) => i.str)).toEqual([
      '龙永刚',
      '阜新市海州区朝阳中学',
      '高级教师',
      '年级册',
    ]);
  });

  it('carries confidence per character and per page; a weak page is not reliable', () => {
    const sure = ocrPageText(page([line(100, 100, '临湘市', [0.99, 0.98, 0.97])]));
    expect(confidenceOf(sure, 0, 3)).toBeCloseTo(0.97, 3);
    expect(sure.ocr.meanConfidence).toBeCloseTo(0.98, 3);
    expect(sure.ocr.reliable).toBe(true);
    const weak = ocrPageText(page([line(100, 100, '临湘市', [0.5, 0.6, 0.7])]));
    expect(weak.ocr.meanConfidence).toBeLessThan(PAGE_CONFIDENCE_FLOOR);
    expect(weak.ocr.reliable).toBe(false);
    expect(confidenceOf(weak, 1, 2)).toBeCloseTo(0.6, 3);
  });

  it('leaves out specks read as punctuation with little confidence', () => {
    const l = line(100, 100, '·名称');
    l.chars[0]!.p = 0.3;
    expect(ocrPageText(page([l])).text).toBe('名称\n');
  });

  it('keeps fairly sure brackets but drops a fairly sure point', () => {
    const l = line(100, 100, '《名称》·');
    l.chars[0]!.p = 0.55;
    l.chars[3]!.p = 0.55;
    l.chars[4]!.p = 0.55;
    expect(ocrPageText(page([l])).text).toBe('《名称》\n');
  });

  it('a mark dropped between two characters makes them unsure (a lost 、 joins two titles)', () => {
    const l = line(100, 100, '《甲》、《乙》');
    l.chars[3]!.p = 0.48;
    const text = ocrPageText(page([l]));
    expect(text.text).toBe('《甲》《乙》\n');
    expect(confidenceOf(text, 2, 3)).toBeCloseTo(0.52, 3);
    expect(confidenceOf(text, 3, 4)).toBeCloseTo(0.52, 3);
    expect(confidenceOf(text, 0, 2)).toBeGreaterThan(0.9);
    // At the end of a line (the text wraps after the mark) the character before it is unsure.
    const end = line(100, 100, '《甲》、');
    end.chars[3]!.p = 0.48;
    expect(confidenceOf(ocrPageText(page([end])), 2, 3)).toBeCloseTo(0.52, 3);
  });

  it('places words of a straightened page back onto the crooked scan', () => {
    const skew = (1.5 * Math.PI) / 180;
    const text = ocrPageText(page([line(100, 100, '申报书项目名称小学')], { skew }));
    expect(text.ocr.skewDegrees).toBeCloseTo(1.5, 6);
    const frame = scanFrame(text);
    // A pixel of the straightened image came from unrotatePoint(...) of the scan.
    const [sx, sy] = [900, 1500];
    const [ox, oy] = unrotatePoint(1190, 1684, skew, sx, sy);
    const user = (x: number, y: number) => [x / S, 842 - y / S];
    const [ux, uy] = user(sx, sy);
    const mapped = [
      frame[0] * ux! + frame[2] * uy! + frame[4],
      frame[1] * ux! + frame[3] * uy! + frame[5],
    ];
    const [tx, ty] = user(ox, oy);
    expect(mapped[0]).toBeCloseTo(tx!, 6);
    expect(mapped[1]).toBeCloseTo(ty!, 6);
    // Far from the centre a box moves by several points; its size barely changes.
    const r = text.items[0]!.rect;
    const onScan = scanRect(text, r);
    expect(Math.abs(onScan[1] - r[1])).toBeGreaterThan(1);
    expect(onScan[2] - onScan[0]).toBeCloseTo(r[2] - r[0], -1);
  });

  it('writes an unsure tick where ink stands in brackets read empty (七上（√） read 七上（）)', () => {
    // Characters 40 px apart (box 40 px high): 七 上 （ ） 七 下 （ ）. Ink: each glyph's, the
    // brackets' narrow strokes, and in the first pair a tick 26 px wide (0.65 of the box).
    const l = line(100, 100, '七上（）七下（）');
    const glyph = (i: number) => [i * 40 + 4, i * 40 + 36];
    const bracket = (i: number, open: boolean) =>
      open ? [i * 40 + 28, i * 40 + 34] : [i * 40 + 6, i * 40 + 12];
    l.ink = [
      ...glyph(0),
      ...glyph(1),
      ...bracket(2, true),
      ...[2 * 40 + 40, 2 * 40 + 66],
      ...bracket(3, false),
      ...glyph(4),
      ...glyph(5),
      ...bracket(6, true),
      ...bracket(7, false),
    ];
    const text = ocrPageText(page([l]));
    expect(text.text).toBe('七上（√）七下（）\n');
    // Not sure: a skipped 一 of （一） leaves ink there too.
    expect(confidenceOf(text, 3, 4)).toBeLessThan(0.9);
    // A small tick, 15 px in a 40 px box (0.38, a (√) of a 150 dpi scan), is a tick too.
    const small = line(100, 100, '（）小学');
    small.ink = [...bracket(0, true), 52, 67, ...bracket(1, false), ...glyph(2), ...glyph(3)];
    expect(ocrPageText(page([small])).text).toBe('（√）小学\n');
  });

  it('lowers the confidence beside ink nothing was read from (a missed 一)', () => {
    const l = line(100, 100, '级教师小学编程教育');
    // Ink before the first character the recogniser read: a stroke it skipped.
    l.ink = [-30, -6, 2, 38, 42, 78, 82, 118];
    l.box.width += 40;
    l.box.cx -= 20;
    for (const c of l.chars) {
      c.u0 += 40;
      c.u1 += 40;
    }
    l.ink = l.ink.map((u) => u + 40);
    const text = ocrPageText(page([l]));
    expect(confidenceOf(text, 0, 1)).toBeLessThanOrEqual(0.5);
    expect(confidenceOf(text, 1, 3)).toBeGreaterThan(0.9);
  });

  it('lowers both neighbours of a mark between two characters that nothing was read from', () => {
    // 《甲》、《乙》 with the 、 (slot 3) not read at all: its ink stands in the gap.
    const slots = [0, 1, 2, 4, 5, 6];
    const read = (inkInGap: number[]) => {
      const l = line(100, 100, '《甲》《乙》');
      l.box.width = 7 * 40;
      l.box.cx = 100 + 140;
      l.chars = l.chars.map((c, i) => ({ ...c, u0: slots[i]! * 40 + 16, u1: slots[i]! * 40 + 24 }));
      l.ink = [...slots.flatMap((k) => [k * 40 + 6, k * 40 + 34]), ...inkInGap].sort(
        (a, b) => a - b,
      );
      return ocrPageText(page([l]));
    };
    const lost = read([132, 142]);
    const close = lost.text.indexOf('》');
    const open = lost.text.lastIndexOf('《');
    expect(confidenceOf(lost, close, close + 1)).toBeLessThanOrEqual(0.5);
    expect(confidenceOf(lost, open, open + 1)).toBeLessThanOrEqual(0.5);
    expect(confidenceOf(lost, 1, 2)).toBeGreaterThan(0.9); // 甲 itself is sure
    // Ink that touches the character before it but sticks out well beyond (a ticked box the
    // recogniser skipped right after 》) counts as well.
    const touching = read([118, 142]);
    const at = touching.text.indexOf('》');
    expect(confidenceOf(touching, at, at + 1)).toBeLessThanOrEqual(0.5);
    // A speck of two pixels in the same gap is not a mark.
    const speck = read([139, 141]);
    expect(confidenceOf(speck, 0, speck.text.trim().length)).toBeGreaterThan(0.9);
    // Nothing in the gap: a wide space, not a lost mark.
    const empty = read([]);
    expect(confidenceOf(empty, 0, empty.text.trim().length)).toBeGreaterThan(0.9);
  });

  it('writes a tick found by its shape where nothing was read, not over a character or off lines', () => {
    // 高中 ✓ 编程教育 on a line 40 px high, characters 40 px apart from x 100: the ✓ (slot 2)
    // was read as nothing.
    const slots = [0, 1, 3, 4, 5, 6];
    const l = line(100, 100, '高中编程教育');
    l.box.width = 7 * 40;
    l.box.cx = 100 + 140;
    l.chars = l.chars.map((c, i) => ({ ...c, u0: slots[i]! * 40 + 16, u1: slots[i]! * 40 + 24 }));
    const tick = (x: number, y: number) => ({
      x0: x,
      y0: y,
      x1: x + 26,
      y1: y + 26,
      ticked: true,
      fill: 0,
      tick: true as const,
    });
    const checkboxes = [
      tick(100 + 2 * 40 + 7, 107), // in the gap after 高中
      tick(100 + 4 * 40 + 7, 107), // a stroke of 程
      tick(600, 500), // on no line
    ];
    const text = ocrPageText(page([l], { checkboxes }));
    expect(text.text.replace(/\s/g, '')).toBe('高中√编程教育');
    const at = text.text.indexOf('√');
    expect(confidenceOf(text, at, at + 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('parts and doubts two Latin letters read together across a pause in the ink as wide as a space', () => {
    // AppInventor on a line 40 px high: letters 14 px of ink, 2 px apart; between p and I a
    // pause of `pause` px where the recogniser wrote no space.
    const read = (pause: number) => {
      const l = line(100, 100, 'AppInventor');
      const starts: number[] = [];
      let x = 10;
      for (let i = 0; i < 11; i++) {
        starts.push(x);
        x += 14 + (i === 2 ? pause : 2);
      }
      l.box.width = x + 10;
      l.box.cx = 100 + l.box.width / 2;
      l.ink = starts.flatMap((a) => [a, a + 14]);
      l.chars = l.chars.map((c, i) => ({ ...c, u0: starts[i]! + 4, u1: starts[i]! + 10 }));
      return ocrPageText(page([l]));
    };
    const spaced = read(16);
    // Two words, as the text twin has them (App Inventor), both sides of the cut not sure.
    expect(spaced.text).toBe('App Inventor\n');
    const p = spaced.text.indexOf('p I');
    expect(confidenceOf(spaced, p, p + 3)).toBeLessThanOrEqual(0.5);
    expect(confidenceOf(spaced, 0, 2)).toBeGreaterThan(0.9);
    const tight = read(2);
    expect(confidenceOf(tight, 0, tight.text.trim().length)).toBeGreaterThan(0.9);
  });

  it('reads a filled square beside an option as ticked, and one opening its line as a bullet', () => {
    const solid = (x: number, y: number) => ({
      x0: x,
      y0: y,
      x1: x + 26,
      y1: y + 26,
      ticked: true,
      fill: 1,
    });
    // 小学 ■ 初中 (slot 2 empty of reading), and a bullet ■ before 类别：智慧 on the line below.
    const slots = [0, 1, 3, 4];
    const grid = line(100, 100, '小学初中');
    grid.box.width = 5 * 40;
    grid.box.cx = 100 + 100;
    grid.chars = grid.chars.map((c, i) => ({
      ...c,
      u0: slots[i]! * 40 + 16,
      u1: slots[i]! * 40 + 24,
    }));
    const listed = line(100, 200, '类别：智慧');
    listed.box.width = 6 * 40;
    listed.box.cx = 100 + 120;
    listed.chars = listed.chars.map((c, i) => ({
      ...c,
      u0: (i + 1) * 40 + 16,
      u1: (i + 1) * 40 + 24,
    }));
    const text = ocrPageText(
      page([grid, listed], { checkboxes: [solid(100 + 2 * 40 + 7, 107), solid(107, 207)] }),
    );
    expect(text.text.replace(/\s/g, '')).toBe('小学☑初中类别：智慧');
    // Opening a line of its own in a row of boxes (■人工智能 | ☐编程): a ticked box.
    const first = line(100, 300, '人工智能');
    first.box.width = 5 * 40;
    first.box.cx = 100 + 100;
    first.chars = first.chars.map((c, i) => ({
      ...c,
      u0: (i + 1) * 40 + 16,
      u1: (i + 1) * 40 + 24,
    }));
    const second = line(400, 300, '编程');
    second.box.width = 3 * 40;
    second.box.cx = 400 + 60;
    second.chars = second.chars.map((c, i) => ({
      ...c,
      u0: (i + 1) * 40 + 16,
      u1: (i + 1) * 40 + 24,
    }));
    const empty = { x0: 407, y0: 307, x1: 433, y1: 333, ticked: false, fill: 0 };
    const row = ocrPageText(page([first, second], { checkboxes: [solid(107, 307), empty] }));
    expect(row.text.replace(/\s/g, '')).toBe('☑人工智能☐编程');
    // …or a row whose other boxes only the recogniser read (口编程).
    const read = line(400, 300, '口编程');
    read.box.width = 3 * 40;
    read.box.cx = 400 + 60;
    const kou = ocrPageText(page([first, read], { checkboxes: [solid(107, 307)] }));
    expect(kou.text.replace(/\s/g, '')).toMatch(/^☑人工智能/);
  });

  it('doubts a narrow character standing on ink as wide as two glyphs (yy read once as y)', () => {
    // y7243 on a line 40 px high: each glyph 14 px of ink, 18 px apart; the first run of ink
    // holds two y's touching (30 px) and one y was read over it.
    const read = (firstRun: number) => {
      const l = line(100, 100, 'y7243');
      l.box.width = 6 * 18 + 20;
      l.box.cx = 100 + l.box.width / 2;
      const starts = [
        10,
        10 + firstRun + 4,
        10 + firstRun + 22,
        10 + firstRun + 40,
        10 + firstRun + 58,
      ];
      l.ink = starts.flatMap((a, i) => [a, a + (i === 0 ? firstRun : 14)]);
      l.chars = l.chars.map((c, i) => {
        const centre = i === 0 ? 10 + firstRun / 2 : starts[i]! + 7;
        return { ...c, u0: centre - 3, u1: centre + 3 };
      });
      return ocrPageText(page([l]));
    };
    const doubled = read(30);
    const y = doubled.text.indexOf('y');
    expect(confidenceOf(doubled, y, y + 1)).toBeLessThanOrEqual(0.5);
    expect(confidenceOf(doubled, y + 1, y + 5)).toBeGreaterThan(0.9);
    // One y on its own ink: sure.
    const single = read(14);
    expect(confidenceOf(single, 0, single.text.trim().length)).toBeGreaterThan(0.9);
  });

  it('finds a glyph skipped between two characters even when the next one reaches into its ink', () => {
    // 市鲅鱼圈区 set tighter than the line is high (30 px apart, 40 px high), 鲅 (slot 1) not
    // read, and the recogniser placing each character 3 px left of its glyph: the extent given
    // to 鱼 starts inside 鲅's ink.
    const slots = [0, 2, 3, 4];
    const read = (skipped: boolean) => {
      const l = line(100, 100, skipped ? '市鱼圈区' : '市鲅鱼圈区');
      const at = skipped ? slots : [0, 1, 2, 3, 4];
      l.box.width = 5 * 30;
      l.box.cx = 100 + 75;
      l.chars = l.chars.map((c, i) => ({ ...c, u0: at[i]! * 30 + 10, u1: at[i]! * 30 + 14 }));
      l.ink = [0, 1, 2, 3, 4].flatMap((k) => [k * 30 + 2, k * 30 + 28]);
      return ocrPageText(page([l]));
    };
    const lost = read(true);
    expect(lost.text.replace(/\s/g, '')).toBe('市鱼圈区');
    const shi = lost.text.indexOf('市');
    const yu = lost.text.indexOf('鱼');
    expect(confidenceOf(lost, shi, shi + 1)).toBeLessThanOrEqual(0.5);
    expect(confidenceOf(lost, yu, yu + 1)).toBeLessThanOrEqual(0.5);
    const quan = lost.text.indexOf('圈');
    expect(confidenceOf(lost, quan, quan + 2)).toBeGreaterThan(0.9);
    // Every glyph read, at the same offset: nothing is unsure.
    const whole = read(false);
    expect(confidenceOf(whole, 0, whole.text.trim().length)).toBeGreaterThan(0.9);
  });

  it('finds a first glyph skipped when the character after it reaches into its ink', () => {
    // 郗月娥 on a line 44 px high, its glyphs 26 px wide and 29 px apart (the detector pads the
    // box), 郗 not read: the extent 月 gets from the line's height starts inside 郗's ink.
    const read = (skipped: boolean) => {
      const l = line(100, 100, skipped ? '月娥' : '郗月娥');
      const at = skipped ? [1, 2] : [0, 1, 2];
      l.box.height = 44;
      l.box.width = 3 * 29 + 30;
      l.box.cx = 100 + l.box.width / 2;
      l.chars = l.chars.map((c, i) => ({ ...c, u0: at[i]! * 29 + 26, u1: at[i]! * 29 + 33 }));
      l.ink = [0, 1, 2].flatMap((k) => [k * 29 + 17, k * 29 + 43]);
      return ocrPageText(page([l]));
    };
    const lost = read(true);
    expect(lost.text.replace(/\s/g, '')).toBe('月娥');
    const yue = lost.text.indexOf('月');
    expect(confidenceOf(lost, yue, yue + 1)).toBeLessThanOrEqual(0.5);
    // Every glyph read: nothing is unsure.
    const whole = read(false);
    expect(confidenceOf(whole, 0, whole.text.trim().length)).toBeGreaterThan(0.9);
  });

  it('takes a run of ink through a line of text for strokes, not a border', () => {
    // Bottom strokes of 县五里 side by side, 30 px above the line's bottom edge; a real border
    // just below the line; and a border in pieces where a thin line steps a pixel row.
    const l = line(100, 100, '湘阴县五里高级中学');
    const borders = (rulings: OcrImageResult['rulings']) =>
      ocrTextItems(page([l], { rulings })).rulings.filter((r) => r.horizontal);
    const horizontal = true;
    expect(borders([{ horizontal, at: 130, from: 150, to: 240 }])).toHaveLength(0);
    expect(borders([{ horizontal, at: 141, from: 90, to: 470 }])).toHaveLength(1);
    const pieces = borders([
      { horizontal, at: 300.4, from: 90, to: 400 },
      { horizontal, at: 301.1, from: 430, to: 900 },
    ]);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.to - pieces[0]!.from).toBeCloseTo(810 / S, 3);
  });

  it('marks a box look-alike the pixels did not confirm, in a row of boxes, as unsure', () => {
    // 口小学口初中: the first box was found in the pixels (ticked), the second was too ragged.
    const l = line(100, 100, '口小学口初中', [0.8, 0.99, 0.99, 0.83, 0.99, 0.99]);
    const checkboxes = [{ x0: 104, y0: 104, x1: 136, y1: 136, ticked: true, fill: 0.3 }];
    const text = ocrPageText(page([l], { checkboxes }));
    expect(text.text.replace(/\s/g, '')).toBe('☑小学口初中');
    const kou = text.text.indexOf('口');
    expect(confidenceOf(text, kou, kou + 1)).toBeLessThanOrEqual(0.5);
    expect(confidenceOf(text, 0, 1)).toBeGreaterThan(0.9);
    // Without any box found in its line, 口 stays as read (人口, 营口).
    const alone = ocrPageText(page([line(100, 100, '营口市', [0.99, 0.83, 0.99])]));
    expect(confidenceOf(alone, 1, 2)).toBeCloseTo(0.83, 3);
  });

  it('reads a box whose inside ink is near the tick threshold as unsure', () => {
    const l = line(100, 100, '口小学口初中', [0.6, 0.99, 0.99, 0.6, 0.99, 0.99]);
    const checkboxes = [
      { x0: 104, y0: 104, x1: 136, y1: 136, ticked: true, fill: 0.12 },
      { x0: 224, y0: 104, x1: 256, y1: 136, ticked: false, fill: 0.0 },
    ];
    const text = ocrPageText(page([l], { checkboxes }));
    expect(text.text.replace(/\s/g, '')).toBe('☑小学☐初中');
    const ticked = text.text.indexOf('☑');
    const empty = text.text.indexOf('☐');
    expect(confidenceOf(text, ticked, ticked + 1)).toBeLessThan(0.9);
    expect(confidenceOf(text, empty, empty + 1)).toBeGreaterThan(0.9);
  });
});
