/** Pixel work before reading: red seals taken out, skew found, borders and checkboxes found. */
import { describe, expect, it } from 'vitest';
import { findCheckboxes } from '../../lib/ocr/checkboxes';
import { binarize, estimateSkew, inkGray, rotateGray } from '../../lib/ocr/image';
import { findRulings, joinSteps } from '../../lib/ocr/image-rulings';
import { box, fill, line, paper, toRgba } from './raster';

describe('red seals', () => {
  it('makes seal ink paper, and keeps black text under it dark', () => {
    const img = toRgba(paper(60, 20));
    const set = (x: number, y: number, rgb: [number, number, number]) => {
      const p = (y * 60 + x) * 4;
      [img.data[p], img.data[p + 1], img.data[p + 2]] = rgb;
    };
    for (let x = 0; x < 60; x++) {
      for (let y = 0; y < 20; y++) set(x, y, [225, 60, 55]); // a seal's red everywhere
      set(x, 10, [10, 5, 5]); // a stroke of black text printed under it
    }
    set(0, 0, [30, 60, 200]); // blue ink (a signature) is not a seal
    const gray = inkGray(img);
    expect(gray.data[5 * 60 + 30]).toBeGreaterThan(235);
    expect(gray.data[10 * 60 + 30]).toBeLessThan(40);
    expect(gray.data[0]).toBeLessThan(90);
  });
});

describe('skew', () => {
  it('finds the angle of lines of text within a tenth of a degree', () => {
    const page = paper(900, 700);
    for (let y = 60; y < 660; y += 36) {
      // Lines of "characters": short blocks with gaps.
      for (let x = 60; x < 840; x += 30) fill(page, x, y, x + 24, y + 22);
    }
    for (const degrees of [-2.5, -0.7, 1.3, 3]) {
      const turned = rotateGray(page, (-degrees * Math.PI) / 180);
      const found = (estimateSkew(turned) * 180) / Math.PI;
      expect(Math.abs(found - degrees)).toBeLessThan(0.1);
    }
  });
});

describe('table borders', () => {
  it('finds long thin lines, not strokes of characters, and makes corners meet', () => {
    const page = paper(600, 400);
    fill(page, 50, 50, 550, 52); // top
    fill(page, 50, 300, 548, 302); // bottom, ending 2 px short of the right border
    fill(page, 50, 50, 52, 302); // left
    fill(page, 550, 50, 552, 302); // right
    fill(page, 100, 150, 125, 152); // a character's horizontal stroke (25 px)
    fill(page, 200, 120, 202, 146); // a vertical stroke (26 px)
    const rulings = findRulings(binarize(page), 600, 400, { textHeight: 28, pixelsPerPoint: 2.78 });
    const h = rulings.filter((r) => r.horizontal).sort((a, b) => a.at - b.at);
    const v = rulings.filter((r) => !r.horizontal).sort((a, b) => a.at - b.at);
    expect(h.map((r) => Math.round(r.at))).toEqual([51, 301]);
    expect(v.map((r) => Math.round(r.at))).toEqual([51, 551]);
    expect(h[1]!.to).toBeGreaterThanOrEqual(v[1]!.at - 0.5);
  });
});

describe('checkboxes', () => {
  it('finds empty and ticked boxes, crossed and filled ones, and not text', () => {
    const page = paper(400, 80);
    box(page, 20, 20, 26); // empty
    box(page, 80, 20, 26); // ticked ✓
    line(page, 86, 33, 92, 40);
    line(page, 92, 40, 101, 26);
    box(page, 140, 20, 26); // crossed ☒
    line(page, 144, 24, 162, 42);
    line(page, 162, 24, 144, 42);
    box(page, 200, 20, 26); // filled square inside ▣
    fill(page, 207, 27, 219, 39);
    fill(page, 260, 22, 262, 48); // a stroke: not a box
    fill(page, 300, 20, 336, 46); // a solid blot, wider than high: no box
    fill(page, 350, 24, 372, 46); // a box ticked by filling it in ■
    fill(page, 380, 60, 386, 66); // a dot: too small for a box
    const found = findCheckboxes(binarize(page), page.data, 400, 80, { textHeight: 30 }).sort(
      (a, b) => a.x0 - b.x0,
    );
    expect(found.map((b) => [b.x0, b.ticked])).toEqual([
      [20, false],
      [80, true],
      [140, true],
      [200, true],
      [350, true],
    ]);
    expect(found[0]!.fill).toBeLessThan(0.02);
  });
});

describe('borders in pieces', () => {
  const h = (at: number, from: number, to: number) => ({ horizontal: true, at, from, to });

  it('joins the pieces of a slightly crooked thin border, stepping a pixel row with gaps', () => {
    // A table's row border, 1400 px long, read as three pieces a row apart with gaps of 13–36 px.
    const joined = joinSteps(
      [h(1317.9, 141, 427), h(1317.4, 463, 1218), h(1317.1, 1232, 1513)],
      2.8,
      54,
    );
    expect(joined).toHaveLength(1);
    expect(joined[0]!.from).toBe(141);
    expect(joined[0]!.to).toBe(1513);
    expect(joined[0]!.at).toBeGreaterThan(1317.1);
    expect(joined[0]!.at).toBeLessThan(1317.9);
  });

  it('keeps apart borders on other rows and pieces further apart than a line and a half', () => {
    // The next row's border, and two underlines of a fill-in line with a label between them.
    const apart = joinSteps(
      [h(1317, 141, 427), h(1393, 463, 1513), h(500, 100, 300), h(500, 400, 600)],
      2.8,
      54,
    );
    expect(apart).toHaveLength(4);
  });
});

describe('ticks with no box', () => {
  const shapes = (draw: (page: ReturnType<typeof paper>) => void) => {
    const page = paper(120, 80);
    draw(page);
    return findCheckboxes(binarize(page), page.data, 120, 80, { textHeight: 30 });
  };

  it('finds a ✓ or a √ written beside an option by its shape', () => {
    const check = shapes((p) => {
      line(p, 40, 40, 48, 50);
      line(p, 48, 50, 64, 26);
    });
    expect(check.map((b) => [b.tick, b.ticked])).toEqual([[true, true]]);
    const root = shapes((p) => {
      line(p, 36, 38, 40, 36);
      line(p, 40, 36, 47, 52);
      line(p, 47, 52, 60, 24);
    });
    expect(root.map((b) => b.tick)).toEqual([true]);
  });

  it('takes no stroke of a character for a tick (丿, 一, 乚)', () => {
    expect(shapes((p) => line(p, 62, 26, 40, 52))).toEqual([]);
    expect(shapes((p) => line(p, 36, 40, 64, 40))).toEqual([]);
    const hook = shapes((p) => {
      line(p, 40, 24, 40, 50);
      line(p, 40, 50, 62, 50);
      line(p, 62, 50, 62, 42);
    });
    expect(hook).toEqual([]);
  });
});
