/** The viewer's page layout and virtualisation arithmetic, and document search in folded text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeLayout,
  currentPage,
  fitWidthScale,
  PAGE_GAP,
  pageAt,
  visibleRange,
  zoomIn,
  zoomOut,
} from '../../components/pdf/layout';
import { mergeLineRects, quadPoints } from '../../lib/annotations/geometry';
import { PageTextIndex } from '../../lib/annotations/text-search';

const A4 = { width: 595, height: 842 };

describe('layout', () => {
  it('stacks pages with gaps, rotated pages swapping width and height', () => {
    const l = computeLayout([A4, A4, A4], 1, { '1': 90 });
    expect(l.heights[1]).toBe(595);
    expect(l.widths[1]).toBe(842);
    expect(l.tops[2]! - l.tops[1]!).toBe(595 + PAGE_GAP);
    expect(l.maxWidth).toBe(842);
  });

  it('keeps the number of mounted pages bounded however long the document', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0.25, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, scale, where) => {
          const layout = computeLayout(new Array(n).fill(A4), scale, {});
          const height = 900;
          const top = where * Math.max(0, layout.totalHeight - height);
          const [first, last] = visibleRange(layout, top, height);
          const visible = Math.ceil(height / (A4.height * scale)) + 1;
          expect(last - first + 1).toBeLessThanOrEqual(Math.min(n, visible + 4));
          const current = currentPage(layout, top, height);
          expect(current).toBeGreaterThanOrEqual(first);
          expect(current).toBeLessThanOrEqual(last);
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });

  it('finds the page at a position', () => {
    const l = computeLayout(new Array(10).fill(A4), 0.5, {});
    expect(pageAt(l, 0)).toBe(0);
    expect(pageAt(l, l.tops[7]! + 1)).toBe(7);
    expect(pageAt(l, l.totalHeight + 1000)).toBe(9);
  });

  it('zooms in steps and fits the width', () => {
    expect(zoomIn(1)).toBe(1.1);
    expect(zoomOut(1)).toBe(0.9);
    expect(zoomIn(0.87)).toBe(0.9);
    expect(zoomOut(0.25)).toBe(0.25);
    const s = fitWidthScale([A4], {}, 800);
    expect(s * A4.width).toBeLessThanOrEqual(800);
    expect(s * A4.width).toBeGreaterThan(700);
  });
});

describe('PageTextIndex', () => {
  const pages = ['网络教研联盟申报表', '核心成员：网络教研 联盟成员８人', 'NETWORK alliance', ''];
  const index = new PageTextIndex((p) => pages[p]);

  it('finds Chinese across spaces and Latin regardless of case, with ranges in page text', () => {
    const hits = index.search('教研联盟', [0, 1, 2, 3]);
    expect(hits.map((h) => h.page)).toEqual([0, 1]);
    expect(pages[1]!.slice(hits[1]!.start, hits[1]!.end)).toBe('教研 联盟');
    expect(index.search('network ALLIANCE', [0, 1, 2])).toEqual([{ page: 2, start: 0, end: 16 }]);
  });

  it('matches full-width digits with half-width ones', () => {
    const [hit] = index.search('8人', [1]);
    expect(pages[1]!.slice(hit!.start, hit!.end)).toBe('８人');
    expect(index.search('', [0, 1])).toEqual([]);
  });

  it('searches a page again when its text changes (a scan whose OCR reading came in later)', () => {
    const texts: (string | undefined)[] = [''];
    const changing = new PageTextIndex((p) => texts[p]);
    expect(changing.search('编程', [0])).toEqual([]);
    texts[0] = '少儿编程教育';
    expect(changing.search('编程', [0])).toEqual([{ page: 0, start: 2, end: 4 }]);
  });
});

describe('geometry', () => {
  it('merges the runs of one line and keeps lines apart', () => {
    const merged = mergeLineRects([
      [10, 100, 50, 112],
      [50, 100, 90, 112],
      [10, 80, 60, 92],
    ]);
    expect(merged).toEqual([
      [10, 100, 90, 112],
      [10, 80, 60, 92],
    ]);
    expect(quadPoints([[10, 80, 60, 92]])).toEqual([10, 92, 60, 92, 10, 80, 60, 80]);
  });
});
