/**
 * A letter-spaced cell on a scan, read one character a box, is one word again; single
 * characters in a ruled grid, at no one pitch, or too few, stay as they were read.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { withSpacedGlyphsJoined } from '../../lib/ocr/spaced-glyphs';
import type { Ruling } from '../../lib/pdf/rulings';
import { cpuNow } from '../cpu-clock';

const SIZE = 12;

function glyph(str: string, x: number, y = 500, size = SIZE): TextItem {
  return {
    str,
    dir: 'ltr',
    transform: [size, 0, 0, size, x, y],
    width: size * str.length,
    height: size,
    fontName: 'review-desk-ocr',
    hasEOL: false,
  };
}

/** One glyph per item, `pitch` apart from `x`. */
function spread(text: string, x: number, pitch: number, y = 500): TextItem[] {
  return Array.from(text, (c, i) => glyph(c, x + i * pitch, y));
}

const conf = (items: TextItem[]) => items.map((it) => Array.from(it.str, () => 0.9));

describe('letter-spaced glyphs on a scan', () => {
  it('joins a value spread across its cell into one item after its label', () => {
    const items = [glyph('推选部门', 40), ...spread('岳阳楼区教育体育局', 110, 40)];
    const out = withSpacedGlyphsJoined(items, conf(items), []);
    expect(out.items.map((i) => i.str)).toEqual(['推选部门', '岳阳楼区教育体育局']);
    expect(out.items[1]!.width).toBeCloseTo(8 * 40 + SIZE);
    expect(out.confidences[1]).toHaveLength(9);
  });

  it('reads a + inside a spread run as 十, not surely, and never at its ends', () => {
    const items = spread('岳阳市第+四中学+', 110, 40);
    const out = withSpacedGlyphsJoined(items, conf(items), []);
    expect(out.items.map((i) => i.str)).toEqual(['岳阳市第十四中学', '+']);
    expect(out.confidences[0]![4]).toBeLessThanOrEqual(0.6);
    expect(out.confidences[0]![3]).toBe(0.9);
  });

  it('keeps one-character cells of a ruled grid apart', () => {
    const items = spread('男汉党', 100, 60);
    const walls: Ruling[] = [130, 190].map((at) => ({ horizontal: false, at, from: 480, to: 520 }));
    const out = withSpacedGlyphsJoined(items, conf(items), walls);
    expect(out.items.map((i) => i.str)).toEqual(['男', '汉', '党']);
  });

  it('keeps glyphs at no one pitch, too few, on other baselines or not Han', () => {
    const uneven = [glyph('甲', 100), glyph('乙', 130), glyph('丙', 260), glyph('丁', 290)];
    expect(withSpacedGlyphsJoined(uneven, conf(uneven), []).items).toHaveLength(4);
    const two = spread('男女', 100, 40);
    expect(withSpacedGlyphsJoined(two, conf(two), []).items).toHaveLength(2);
    const stairs = [glyph('甲', 100, 500), glyph('乙', 140, 480), glyph('丙', 180, 460)];
    expect(withSpacedGlyphsJoined(stairs, conf(stairs), []).items).toHaveLength(3);
    const latin = spread('ABC', 100, 40);
    expect(withSpacedGlyphsJoined(latin, conf(latin), []).items).toHaveLength(3);
  });

  it('stays linear on a hostile page of 100,000 one-glyph items', () => {
    const items = Array.from({ length: 100_000 }, (_, i) =>
      glyph('字', 40 + (i % 50) * 20, 800 - Math.floor(i / 50) * 20),
    );
    const started = cpuNow();
    const out = withSpacedGlyphsJoined(items, conf(items), []);
    expect(cpuNow() - started).toBeLessThan(5_000);
    expect(out.items).toHaveLength(2000); // each row of 50 one word
  });
});
