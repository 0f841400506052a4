/**
 * The bridge from the text layer to the page text model: each text-layer span (a pdf.js text
 * item) finds its model item, duplicates (simulated bold) find none, and areas quote the text
 * under them.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { matchItems, textUnder } from '../../components/pdf/selection';
import { buildPageText } from '../../lib/pdf/text';

function item(str: string, x: number, y: number, size = 12): TextItem {
  return {
    str,
    dir: 'ltr',
    transform: [size, 0, 0, size, x, y],
    width: str.length * size,
    height: size,
    fontName: 'f',
    hasEOL: false,
  };
}

describe('matchItems', () => {
  // Content order differs from reading order: the second line comes first in the stream.
  const raw = [
    item('自2019年9月起开展实践', 72, 700),
    item('主要成员单位不少于4个', 72, 720),
    item('主要成员单位不少于4个', 72.1, 720), // drawn twice (simulated bold)
  ];
  const page = buildPageText(1, [0, 0, 595, 842], 0, raw, []);

  it('maps spans to model items by string and position', () => {
    const items = matchItems(raw, page);
    expect(items[0]?.str).toBe('自2019年9月起开展实践');
    expect(items[1]?.str).toBe('主要成员单位不少于4个');
    expect(page.text.slice(items[1]!.start, items[1]!.end)).toBe('主要成员单位不少于4个');
    expect(items[2]).toBeNull();
  });

  it('quotes the text whose items lie inside an area', () => {
    const under = textUnder(page, [60, 715, 400, 740]);
    expect(under && page.text.slice(under.start, under.end)).toBe('主要成员单位不少于4个');
    expect(textUnder(page, [400, 100, 500, 200])).toBeNull();
  });
});
