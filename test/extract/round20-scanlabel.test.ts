/**
 * Round 20: a scanned blank form whose typed values are the only text. The page is one picture
 * of the printed form (title, labels, headers, rules) with the values typed over it as text, as
 * a PDF editor or a "fill in the scanned form" tool leaves it. Such a mixed page is found
 * (lib/ocr/mixed-pages.ts: a page-sized picture, visible text, writing in the picture outside
 * the text layer's words — picture-ink.ts), read by OCR, and merged with its text layer
 * (lib/ocr/mixed-merge.ts): the typed words win where both cover the same place, OCR adds the
 * labels. Text forms over a picture of paper and scans with an invisible OCR layer are not mixed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts, extractFromPdf } from '../../lib/extract';
import type { OcrLine } from '../../lib/ocr/engine';
import { packLabels } from '../../lib/ocr/extraction';
import {
  isMixedPageText,
  itemBox,
  mergeReadings,
  mixedPageText,
  spellMixedLabels,
  withoutCovered,
  withoutCrossings,
} from '../../lib/ocr/mixed-merge';
import { holdsPagePicture, isMixedPage, type PageCensus } from '../../lib/ocr/mixed-pages';
import type { OcrPage } from '../../lib/ocr/page-text';
import { writingOutside } from '../../lib/ocr/picture-ink';
import type { OcrService } from '../../lib/ocr/service';
import { getPlatform } from '../../lib/platform';
import { diskOcrCache } from '../../lib/platform/node-ocr';
import { builtinPack } from '../../lib/rubric';
import { ocrPage } from '../ocr/synthetic-scan';
import { item } from './pages';

const latin1 = (s: string) => new Uint8Array(Array.from(s, (c) => c.charCodeAt(0) & 0xff));

describe('a file holding a page-sized picture, from its bytes', () => {
  it('finds a page-sized image and passes over a logo or a file without images', () => {
    const image = (w: string, h: string) =>
      `5 0 obj\n<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length 9 >>\nstream\n`;
    expect(holdsPagePicture(latin1(`%PDF-1.4\n${image('1240', '1753')}`))).toBe(true);
    expect(holdsPagePicture(latin1(`%PDF-1.4\n${image('200', '80')}`))).toBe(false);
    expect(holdsPagePicture(latin1('%PDF-1.4\n1 0 obj << /Type /Page >> endobj'))).toBe(false);
    // A logo beside a large object that is not an image: the logo's own sizes are read.
    const neighbour = `4 0 obj\n<< /Width 2000 /Height 2000 >>\nendobj\n${image('120', '60')}`;
    expect(holdsPagePicture(latin1(neighbour))).toBe(false);
    // A size written as a reference cannot be read here: looked at closer, not passed over.
    expect(holdsPagePicture(latin1(`%PDF-1.4\n${image('12 0 R', '1753')}`))).toBe(true);
  });

  it('reads a large file of hostile text quickly', () => {
    const junk = '/Subtype /Image /Width 1 /Height 1 '.repeat(20_000) + 'x'.repeat(300_000);
    const started = Date.now();
    expect(holdsPagePicture(latin1(junk))).toBe(false);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('a mixed page, told apart', () => {
  const census = (over: Partial<PageCensus>): PageCensus => ({
    pictureCover: 1,
    visibleGlyphs: 400,
    invisibleGlyphs: 0,
    ink: { outside: 500, total: 520 },
    ...over,
  });
  const withText = { hasText: true };

  it('is a page-sized picture holding writing the visible text layer does not', () => {
    expect(isMixedPage(census({}), withText)).toBe(true);
    // Values typed as annotations over the picture: no glyph of the page's own.
    expect(isMixedPage(census({ visibleGlyphs: 0 }), withText)).toBe(true);
  });

  it('is not a text form over a picture of paper, a scan with an OCR layer, or a page without a picture', () => {
    expect(isMixedPage(census({ ink: { outside: 0, total: 0 } }), withText)).toBe(false);
    expect(isMixedPage(census({ ink: { outside: 3, total: 2600 } }), withText)).toBe(false);
    expect(isMixedPage(census({ visibleGlyphs: 0, invisibleGlyphs: 1100 }), withText)).toBe(false);
    expect(isMixedPage(census({ pictureCover: 0.3 }), withText)).toBe(false);
    expect(isMixedPage(census({ ink: undefined }), withText)).toBe(false);
    // A page without text is a scan: read by OCR as one, not merged.
    expect(isMixedPage(census({}), { hasText: false })).toBe(false);
  });
});

describe('writing in a picture, counted', () => {
  // A 600 × 400 pixel picture drawn over a 300 × 200 point page (2 pixels a point).
  const W = 600;
  const H = 400;
  const ctm: [number, number, number, number, number, number] = [300, 0, 0, 200, 0, 0];
  const blank = () => ({ width: W, height: H, grey: new Uint8Array(W * H).fill(235) });
  /** Strokes like a line of characters: a grid of short crossing strokes from (x, y), n wide. */
  function write(p: ReturnType<typeof blank>, x: number, y: number, n: number) {
    for (let k = 0; k < n; k++) {
      const x0 = x + k * 20;
      for (let t = 0; t < 18; t++) {
        p.grey[(y + 2) * W + x0 + t] = 20; // across
        p.grey[(y + 9) * W + x0 + t] = 20;
        p.grey[(y + t) * W + x0 + 4] = 20; // down
        p.grey[(y + t) * W + x0 + 13] = 20;
      }
    }
  }

  it('counts a label in the picture, not a rule, a speck or a dark edge', () => {
    const p = blank();
    write(p, 40, 40, 6);
    for (let x = 20; x < 580; x++) p.grey[200 * W + x] = 30; // a rule
    p.grey[300 * W + 300] = 0; // a speck
    for (let y = 0; y < H; y++) for (let x = 0; x < 12; x++) p.grey[y * W + x] = 10; // edge
    const ink = writingOutside(p, ctm, []);
    expect(ink.outside).toBeGreaterThan(6);
    expect(ink.outside).toBe(ink.total);
    const onlyNoise = blank();
    for (let x = 20; x < 580; x++) onlyNoise.grey[200 * W + x] = 30;
    for (let y = 0; y < H; y++) for (let x = 0; x < 12; x++) onlyNoise.grey[y * W + x] = 10;
    expect(writingOutside(onlyNoise, ctm, []).total).toBe(0);
  });

  it('does not count writing under the text layer’s words', () => {
    const p = blank();
    write(p, 40, 40, 6);
    // The words over it, in points: pixels 40–160 across, 40–58 down (y from the top).
    const ink = writingOutside(p, ctm, [[20, 200 - 29, 80, 200 - 20]]);
    expect(ink.total).toBeGreaterThan(0);
    expect(ink.outside).toBe(0);
  });
});

/** An OCR word at (x, y) points, characters 20 points wide. */
function ocrWord(str: string, x: number, y: number): TextItem {
  const w = item(str, x, y, 20);
  return { ...w, width: Array.from(str).length * 20 };
}

/** An OCR line at x points on the line 722–742 pt (144 dpi), characters `low` unsure. */
function labelLine(x: number, text: string, low: number[] = []): OcrLine {
  return {
    box: {
      cx: x * 2 + Array.from(text).length * 20,
      cy: 220,
      width: text.length * 40,
      height: 40,
      angle: 0,
    },
    vertical: false,
    chars: Array.from(text).map((c, i) => ({
      c,
      p: low.includes(i) ? 0.5 : 0.99,
      u0: i * 40 + 16,
      u1: i * 40 + 24,
    })),
  };
}

describe('OCR words merged with the typed words', () => {
  it('keeps the label an OCR word holds beside a typed value, drops the value read again', () => {
    const typed = [item('数字阅读共同体', 150, 700, 20)];
    const read = {
      items: [ocrWord('共同体名称数字阅读共同休', 50, 700)],
      confidences: [[...Array(11).fill(0.97), 0.6]],
    };
    const kept = withoutCovered(read, typed);
    expect(kept.items.map((i) => i.str)).toEqual(['共同体名称']);
    expect(kept.confidences[0]).toHaveLength(5);
  });

  it('drops OCR’s boxes and ticks beside typed marks, keeps a label between typed values', () => {
    const typed = [item('□智慧德育', 100, 700, 20), item('√其他', 230, 700, 20)];
    const read = {
      items: [ocrWord('☐', 205, 699), ocrWord('至', 330, 700)],
      confidences: [[0.9], [0.99]],
    };
    // 至 stands four points after the last typed word: a label of the picture's own.
    const kept = withoutCovered(read, typed);
    expect(kept.items.map((i) => i.str)).toEqual(['至']);
  });

  it('leaves out the stretch of a border seen in the picture that crosses a typed word', () => {
    const typed = [item('学生心理健康数据画像', 135, 710, 10)];
    const [x0, y0, x1, y1] = itemBox(typed[0]!);
    const rulings = withoutCrossings(
      [
        { horizontal: false, at: 152, from: 600, to: 780 },
        { horizontal: false, at: 120, from: 600, to: 780 },
        { horizontal: true, at: y0 + 1, from: 100, to: 300 }, // an underline: kept
      ],
      typed,
    );
    const crossing = rulings.filter((r) => !r.horizontal && r.at === 152);
    expect(crossing).toEqual([
      { horizontal: false, at: 152, from: 600, to: y0 },
      { horizontal: false, at: 152, from: y1, to: 780 },
    ]);
    expect(x0 < 152 && 152 < x1).toBe(true);
    expect(rulings.filter((r) => r.at === 120 || r.horizontal)).toHaveLength(2);
  });

  it('lays both out as one page marked as read by OCR, typed characters sure, the value found by its label', () => {
    // OCR at 144 dpi (2 px a point, y from the top): the label at x 50–150 pt, the typed value
    // read again (one character unsure and wrong) at x 300–440 pt, on the line 722–742 pt.
    const line = (x: number, text: string, low: number[] = []): OcrLine => ({
      box: {
        cx: x * 2 + Array.from(text).length * 20,
        cy: 220,
        width: text.length * 40,
        height: 40,
        angle: 0,
      },
      vertical: false,
      chars: Array.from(text).map((c, i) => ({
        c,
        p: low.includes(i) ? 0.5 : 0.99,
        u0: i * 40 + 16,
        u1: i * 40 + 24,
      })),
    });
    const ocr: OcrPage = ocrPage([line(50, '共同体名称'), line(300, '数字阅读共同休', [6])], {}, 1);
    const layer = {
      page: 1,
      view: [0, 0, 595, 842] as [number, number, number, number],
      rotation: 0,
      items: [item('数字阅读共同体', 300, 726, 20)],
      rulings: [],
    };
    const page = mixedPageText(layer, ocr);
    expect(isMixedPageText(page)).toBe(true);
    expect(page.ocr.source).toBe('ocr');
    expect(page.source.trim()).toBe('共同体名称 数字阅读共同体');
    const at = page.source.indexOf('数字阅读共同体');
    expect(page.ocr.confidence.slice(at, at + 7)).toEqual(Array(7).fill(1));
    expect(page.ocr.textLayer).toEqual([[at, at + 7]]);
    const label = page.source.indexOf('共同体名称');
    expect(page.ocr.confidence[label]).toBeCloseTo(0.99, 2);
    const facts = extractFacts([page], { pack: builtinPack('liaoning-2022-community') });
    expect(facts.projectName?.value).toBe('数字阅读共同体');
  });

  it('writes a pack label where OCR read one of its characters unsurely, not where surely', () => {
    const page = (low: number[]) =>
      mixedPageText(
        {
          page: 1,
          view: [0, 0, 595, 842],
          rotation: 0,
          items: [item('抚顺市教育局', 300, 726, 20)],
          rulings: [],
        },
        ocrPage([labelLine(50, '推荐部內', low)], {}, 1),
      );
    const pack = builtinPack('liaoning-2022-community');
    const dictionary = new Set(Array.from('推荐部內门'));
    const [unsure] = spellMixedLabels([page([3])], packLabels(pack), dictionary);
    expect(unsure!.source.trim()).toBe('推荐部门 抚顺市教育局');
    expect(extractFacts([unsure!], { pack }).recommendingBody?.value).toBe('抚顺市教育局');
    const [sure] = spellMixedLabels([page([])], packLabels(pack), dictionary);
    expect(sure!.source.trim()).toBe('推荐部內 抚顺市教育局');
  });

  it('never respells a typed character, even one the recogniser does not know', () => {
    // 內 is typed in the text layer (the file's own); the dictionary lacks it, as OCR's might.
    const page = mixedPageText(
      {
        page: 1,
        view: [0, 0, 595, 842],
        rotation: 0,
        items: [item('推荐部內', 300, 726, 20)],
        rulings: [],
      },
      ocrPage([labelLine(50, '项目名称', [])], {}, 1),
    );
    const pack = builtinPack('liaoning-2022-community');
    const [spelled] = spellMixedLabels([page], packLabels(pack), new Set(Array.from('推荐部门')));
    expect(spelled!.source).toContain('推荐部內');
  });

  it('without OCR words the page is the text layer alone, all of it sure', () => {
    const layer = {
      page: 1,
      view: [0, 0, 595, 842] as [number, number, number, number],
      rotation: 0,
      items: [item('数字阅读共同体', 160, 726, 20)],
      rulings: [],
    };
    const reading = mixedPageText(layer, ocrPage([], {}, 1)).ocr;
    const page = mergeReadings(layer, { items: [], confidences: [] }, [], reading);
    expect(page.source.trim()).toBe('数字阅读共同体');
    expect(page.ocr.meanConfidence).toBe(1);
    expect(page.ocr.confidence.every((p) => p === 1)).toBe(true);
  });
});

describe('development forms', () => {
  const never: OcrService = {
    prepare: async () => {},
    read: async () => {
      throw new Error('this page must not be read by OCR');
    },
    dictionary: async () => new Set<string>(),
  };
  const form = (f: string) => new Uint8Array(readFileSync(path.resolve('test/fixtures', f)));

  it('never sends a text form over a picture of paper, or a scan with its OCR layer, to OCR', async () => {
    for (const [file, pack] of [
      ['heldout-v16/forms/b16-ln11-scanlook.pdf', 'liaoning-2022-community'],
      ['heldout-v17/forms/b17-yy01-ocrscan.pdf', 'yueyang-2023-alliance'],
    ] as const) {
      const result = await extractFromPdf(form(file), {
        fileName: path.basename(file),
        pack: builtinPack(pack),
        ocr: { service: never },
      });
      expect(result.ocr, file).toBeUndefined();
    }
  }, 120_000);

  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'rd-mixed-ocr-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('reads a scanned blank form with typed values: labels by OCR, values as typed', async () => {
    const file = 'heldout-v20/forms/b20-ln11-scanlabel.pdf';
    const truth = JSON.parse(
      readFileSync(path.resolve('test/fixtures', file.replace(/\.pdf$/, '.truth.json')), 'utf8'),
    ) as { facts: Record<string, unknown> };
    const pack = builtinPack('liaoning-2022-community');
    const without = await extractFromPdf(form(file), { fileName: 'f.pdf', pack });
    expect(without.facts.projectName).toBeUndefined();
    const result = await extractFromPdf(form(file), {
      fileName: 'f.pdf',
      pack,
      ocr: { service: getPlatform().ocr!(), cache: diskOcrCache(cacheDir) },
    });
    expect(result.ocr?.pages.map((p) => p.page)).toEqual([1]);
    for (const id of ['projectName', 'leadUnit', 'recommendingBody', 'direction', 'host']) {
      expect(result.facts[id]?.value, id).toEqual(truth.facts[id]);
    }
    // The typed values are the text layer's: proposed as certain.
    expect(result.ocr?.facts.projectName?.certain).toBe(true);
    // Its evidence says which words OCR read from the picture: the label, not the value.
    const byOcr = result.ocr?.facts.projectName?.readByOcr ?? [];
    expect(byOcr.join('')).toContain('共同体名称');
    expect(byOcr.join('')).not.toContain(String(truth.facts.projectName));
  }, 300_000);
});
