/**
 * Hostile pages for the round-14 layout (frames, stacked labels, repeats): each read in well
 * under the page budget, none lost to a call-stack overflow.
 */

import { describe, expect, it } from 'vitest';
import { readFrames } from '../../lib/pdf/frames';
import type { LayoutItem } from '../../lib/pdf/layout';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText } from '../../lib/pdf/text';
import { withUnderlinedChoices } from '../../lib/pdf/underlined-choices';
import { cpuNow } from '../cpu-clock';
import { item } from '../extract/pages';

const VIEW: [number, number, number, number] = [0, 0, 595, 842];

function box(x0: number, y0: number, x1: number, y1: number): Ruling[] {
  return [
    { horizontal: true, at: y0, from: x0, to: x1 },
    { horizontal: true, at: y1, from: x0, to: x1 },
    { horizontal: false, at: x0, from: y0, to: y1 },
    { horizontal: false, at: x1, from: y0, to: y1 },
  ];
}

/** A layout item: `size` high, `width` wide, its baseline at y. */
function run(str: string, x: number, y: number, size: number, width: number): LayoutItem {
  return {
    str,
    rect: [x, y - 0.2 * size, x + width, y + 0.8 * size],
    baseline: y,
    size,
    vertical: false,
  };
}

/** A different character for each of 20,000 runs in turn: no run repeats the one beside it. */
const glyph = (i: number) => String.fromCharCode(0x4e00 + (i % 20_000));

describe('a cell with a small label over a line of 200,000 runs', () => {
  it('reads the page', () => {
    const items = [item('项目名称', 60, 740, 8)];
    for (let i = 0; i < 200_000; i++) {
      const run = item(glyph(i), 60 + i * 0.002, 725, 10.5);
      run.width = 0.002;
      items.push(run);
    }
    const page = buildPageText(1, VIEW, 0, items, box(50, 700, 540, 752));
    expect(page.text.startsWith('项目名称')).toBe(true);
  });
});

describe('a box around two lines of 100,000 columns each, no legend', () => {
  it('is read in linear time', () => {
    const items: LayoutItem[] = [];
    const members: number[] = [];
    for (const [y, x] of [
      [740, 60],
      [720, 4000],
    ] as const) {
      for (let i = 0; i < 100_000; i++) {
        items.push(run(glyph(i), x + i * 0.03, y, 0.001, 0.0005));
        members.push(items.length - 1);
      }
    }
    const started = cpuNow();
    const box = { left: 50, right: 8000, top: 760, bottom: 700 };
    const read = readFrames([{ box, members }], [0], items, []);
    // A quadratic path takes minutes here; the bound leaves room for a loaded machine.
    expect(cpuNow() - started).toBeLessThan(5000);
    // The two lines' columns stand apart: no table, the box stays one cell.
    expect(read.cells).toHaveLength(1);
  }, 60_000);
});

describe('100,000 runs in a type size so small that the grid of repeats overflows', () => {
  it('is read in linear time', () => {
    const items = [];
    for (let i = 0; i < 100_000; i++) items.push(item('a', 1000 + i * 0.004, 500, 1e-305));
    const started = cpuNow();
    buildPageText(1, VIEW, 0, items, []);
    expect(cpuNow() - started).toBeLessThan(5000);
  }, 60_000);
});

describe('underlined choices on a hostile page', () => {
  it('reads two lines of 50,000 groups under one underline in linear time', () => {
    const items = [run('小学', 60, 600, 10, 20), run('初中', 90, 600, 10, 20)];
    for (let i = 0; i < 50_000; i++) items.push(run(glyph(i), 60 + i * 40, 500, 10, 10));
    for (let i = 0; i < 50_000; i++) items.push(run(glyph(i), 65 + i * 40, 488, 10, 10));
    const started = cpuNow();
    withUnderlinedChoices(items, [{ horizontal: true, at: 599, from: 90, to: 110 }]);
    // A quadratic path takes minutes here; the bound leaves room for a loaded machine.
    expect(cpuNow() - started).toBeLessThan(5000);
  }, 120_000);

  it('reads 50,000 runs in a large type over 10,000 underlines in linear time', () => {
    const items = [];
    for (let i = 0; i < 50_000; i++) {
      items.push(item(`甲${i}`, 60 + ((i * 7) % 400), 300 + (i / 50_000) * 50, 400));
    }
    const rulings: Ruling[] = [];
    for (let k = 0; k < 10_000; k++) {
      const x = 60 + ((k * 37) % 400);
      rulings.push({ horizontal: true, at: 300 + (k % 1000) * 0.05, from: x, to: x + 10 });
    }
    const started = cpuNow();
    buildPageText(1, VIEW, 0, items, rulings);
    expect(cpuNow() - started).toBeLessThan(5000);
  }, 120_000);
});
