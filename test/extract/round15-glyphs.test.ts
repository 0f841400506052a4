/**
 * Round 15 (v15 as a development set): every glyph drawn as its own text object, the page's
 * objects stored out of reading order (pdf-lib drawText per character, an optimiser reordering a
 * page). pdf.js joins glyphs that follow each other in the file when they stand near on one
 * baseline, with a space for the gap: a later glyph may stand in that gap.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { withInterleavedRunsParted } from '../../lib/pdf/interleaved-runs';
import type { LayoutItem } from '../../lib/pdf/layout';
import { buildPageText } from '../../lib/pdf/text';
import { item } from './pages';

const SIZE = 10;
const DIGIT = 0.55 * SIZE;

/** A phone number's glyphs, the file storing "…1", "2" as one run "1 2" and "9" after it. */
function phoneLine(): TextItem[] {
  const x = 200;
  const head = Array.from('1886709').map((d, k) => item(d, x + k * DIGIT, 700, SIZE));
  const at = x + 7 * DIGIT;
  return [
    item('手机', 60, 700, SIZE),
    ...head,
    item('1 2', at, 700, SIZE),
    item('2', at + 3 * DIGIT, 700, SIZE),
    item('9', at + DIGIT, 700, SIZE),
  ];
}

describe('glyphs stored out of order', () => {
  it('reads a run drawn around a later glyph in the order the glyphs stand', () => {
    const page = buildPageText(1, [0, 0, 595, 842], 0, phoneLine(), []);
    expect(page.text).toContain('18867091922');
  });

  it('leaves a run with nothing inside its gaps whole (a list, a spaced word)', () => {
    const runs: LayoutItem[] = [
      { str: '1 2 3', rect: [50, 698, 77.5, 708], baseline: 700, size: 10, vertical: false },
      { str: '4', rect: [90, 698, 95.5, 708], baseline: 700, size: 10, vertical: false },
    ];
    expect(withInterleavedRunsParted(runs)).toBe(runs);
  });

  it('parts a run at its spaces, first piece at its start and last at its end', () => {
    const run: LayoutItem = {
      str: 'A B',
      rect: [100, 698, 116.5, 708],
      baseline: 700,
      size: 10,
      vertical: false,
    };
    const inside: LayoutItem = { ...run, str: 'x', rect: [105.5, 698, 111, 708] };
    const out = withInterleavedRunsParted([run, inside]);
    expect(out.map((i) => [i.str, i.rect[0], i.rect[2]])).toEqual([
      ['A', 100, 105.5],
      ['B', 111, 116.5],
      ['x', 105.5, 111],
    ]);
  });
});
