/**
 * Pages displayed turned (/Rotate 90, 180, 270) with their content drawn turned the other way,
 * so that they read upright on screen: a scanner's sideways sheet, a Word or WPS landscape
 * section, a ReportLab table page set landscape on a portrait MediaBox. The page text must read
 * them as the viewer shows them (rows across), while item rectangles stay in user space for
 * highlights and the text layer. The forms are built here with pdf-lib.
 */
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import type { Person } from '../../lib/facts/standard';
import type { Rect } from '../../lib/pdf/layout';
import { openPdf } from '../../lib/pdf/open';
import { applyAffine, readingFrame } from '../../lib/pdf/reading-frame';
import {
  getDocumentText,
  type PageText,
  pageTextFromWords,
  rectsForRange,
} from '../../lib/pdf/text';
import { loadCjkFont, loadFontSubsetter } from '../../lib/platform/node-assets';
import { builtinPack } from '../../lib/rubric';

const yueyang = builtinPack('yueyang-2023-alliance');

const lines = (page: PageText) =>
  page.lines.map((l) => l.cells.map((c) => page.text.slice(c.start, c.end)).join(' | '));

const HEADER = ['角色', '姓名', '工作单位', '职称', '手机'];
const ROWS = [
  ['主持人', '周海峰', '甲市第一中学', '高级教师', '13800000001'],
  ['核心成员', '林晓梅', '甲市第二小学', '一级教师', '13800000002'],
  ['核心成员', '何振东', '乙县实验中学', '二级教师', '13800000003'],
];
const COLUMNS = [40, 110, 170, 290, 370, 480];
const A4: [number, number] = [595, 842];

/**
 * A portrait A4 page displayed turned by `turn` degrees, its people table drawn so that it reads
 * upright as a landscape page: every point placed where it shows at (x, y) of the shown page.
 */
async function turnedTable(turn: 90 | 180 | 270): Promise<Uint8Array> {
  const chars = [...HEADER, ...ROWS.flat(), '团队成员情况'].join('');
  const [full, subset] = await Promise.all([loadCjkFont(), loadFontSubsetter()]);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(subset(full, chars), { subset: false });
  const page = doc.addPage(A4);
  page.setRotation(degrees(turn));
  // The shown page's frame → user space, written out per turn (checked against pdf.js below).
  const [w, h] = A4;
  const toUser = (x: number, y: number): [number, number] =>
    turn === 90 ? [w - y, x] : turn === 180 ? [w - x, h - y] : [y, h - x];
  const text = (s: string, x: number, y: number, size = 10) => {
    const [ux, uy] = toUser(x, y);
    page.drawText(s, { x: ux, y: uy, size, font, rotate: degrees(turn) });
  };
  const line = (x0: number, y0: number, x1: number, y1: number) => {
    const [ax, ay] = toUser(x0, y0);
    const [bx, by] = toUser(x1, y1);
    page.drawLine({ start: { x: ax, y: ay }, end: { x: bx, y: by }, thickness: 0.5 });
  };
  const shownHeight = turn === 180 ? h : w;
  text('团队成员情况', 40, shownHeight - 60, 13);
  let top = shownHeight - 80;
  for (const row of [HEADER, ...ROWS]) {
    for (const [k, cell] of row.entries()) text(cell, COLUMNS[k]! + 4, top - 15);
    line(COLUMNS[0]!, top, COLUMNS.at(-1)!, top);
    top -= 22;
  }
  line(COLUMNS[0]!, top, COLUMNS.at(-1)!, top);
  for (const x of COLUMNS) line(x, shownHeight - 80, x, top);
  return doc.save();
}

async function readPages(bytes: Uint8Array) {
  const pdf = await openPdf(bytes, { fileName: 'turned.pdf' });
  const { pages } = await getDocumentText(pdf);
  const proxy = await pdf.proxy.getPage(1);
  return { pdf, pages, viewport: proxy.getViewport({ scale: 1 }) };
}

describe('a page displayed turned, its content drawn turned back', () => {
  for (const turn of [90, 180, 270] as const) {
    it(`reads a people table on a /Rotate ${turn} page row by row, as shown`, async () => {
      const { pdf, pages, viewport } = await readPages(await turnedTable(turn));
      try {
        const page = pages[0]!;
        expect(page.rotation).toBe(turn);
        expect(lines(page)).toEqual([
          '团队成员情况',
          '角色 | 姓名 | 工作单位 | 职称 | 手机',
          '主持人 | 周海峰 | 甲市第一中学 | 高级教师 | 13800000001',
          '核心成员 | 林晓梅 | 甲市第二小学 | 一级教师 | 13800000002',
          '核心成员 | 何振东 | 乙县实验中学 | 二级教师 | 13800000003',
        ]);
        const facts = extractFacts(pages, { pack: yueyang });
        expect(facts.host?.value).toEqual([
          { name: '周海峰', unit: '甲市第一中学', title: '高级教师', phone: '13800000001' },
        ]);
        expect(isUncertain(facts.host!)).toBe(false);
        expect(((facts.coreMembers?.value ?? []) as Person[]).map((p) => p.name)).toEqual([
          '林晓梅',
          '何振东',
        ]);

        // The reading frame is pdf.js's viewport (what the viewer draws), y kept upwards.
        const frame = readingFrame(page.view, page.rotation)!;
        for (const [x, y] of [
          [10, 20],
          [500, 800],
        ] as const) {
          const [vx, vy] = viewport.convertToViewportPoint(x, y) as [number, number];
          const [rx, ry] = applyAffine(frame.toReading, x, y);
          expect(rx).toBeCloseTo(vx, 6);
          expect(ry).toBeCloseTo(viewport.height - vy, 6);
        }

        // Items keep user space: the shown text sits inside its item's rectangle on screen, and
        // the highlight of a name's second half is the right half of it as shown.
        const at = page.text.indexOf('林晓梅');
        const item = page.items.find((i) => i.start <= at && i.end > at)!;
        const [left, , right] = viewport.convertToViewportRectangle(item.rect) as number[];
        const part = rectsForRange(page, at + 1, at + 3)[0]!;
        const [pl, , pr] = viewport.convertToViewportRectangle(part) as number[];
        const screenLeft = Math.min(left!, right!);
        const screenRight = Math.max(left!, right!);
        expect(Math.min(pl!, pr!)).toBeGreaterThan(screenLeft + 0.2 * (screenRight - screenLeft));
        expect(Math.max(pl!, pr!)).toBeCloseTo(screenRight, 0);
      } finally {
        await pdf.close();
      }
    }, 60_000);
  }
});

describe('words with boxes of a turned page (an OCR engine reading the page as stored)', () => {
  it('are laid out in the page as shown', () => {
    // A /Rotate 90 portrait page: a row shown across at height y stands in user space as a column
    // at x = 595 − y, its words running up the page.
    const word = (text: string, x: number, y: number): { text: string; rect: Rect } => ({
      text,
      rect: [595 - y - 12, x, 595 - y, x + 12 * text.length],
    });
    const page = pageTextFromWords({
      page: 1,
      view: [0, 0, 595, 842],
      rotation: 90,
      words: [
        word('姓名', 60, 500),
        word('单位', 200, 500),
        word('周海峰', 60, 470),
        word('甲市第一中学', 200, 470),
      ].map((w) => ({ ...w, vertical: true })),
    });
    expect(lines(page)).toEqual(['姓名 | 单位', '周海峰 | 甲市第一中学']);
  });
});
