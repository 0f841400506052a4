/**
 * Page orientation with the real models (onnxruntime-node, PP-OCRv4): a sheet scanned sideways
 * or upside down is read turned back, its words placed where they stand on the scan; an upright
 * form with a column of one-character-a-line labels is read as it is, at no extra cost. A few
 * pages only: each takes seconds.
 */
import { readFileSync } from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import ort from 'onnxruntime-node';
import { degrees, PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ocrPdfPage } from '../../lib/ocr/document';
import { OcrEngine, type OcrImageResult } from '../../lib/ocr/engine';
import { type RgbaImage, turnGray } from '../../lib/ocr/image';
import { ocrPageText, scanRect } from '../../lib/ocr/page-text';
import { type OrtModule, ortRuntime } from '../../lib/ocr/runtime';
import { getDocumentText } from '../../lib/pdf/document-text';
import { openPdf } from '../../lib/pdf/open';
import { type Rect, rectsForRange } from '../../lib/pdf/text';
import { cjkFontPath } from '../../lib/platform/node-assets';
import { nodeOcrService, ocrModelPaths } from '../../lib/platform/node-ocr';
import { scanPdf, type Turn } from '../../scripts/zoo/scanner';
import { toRgba } from './raster';

const FIXTURE = 'test/fixtures/extract/ln-prose-chromium.pdf';
const WORD = '本溪德育评价应用共同体'; // the project name, on the form's first lines

function union(rects: Rect[]): Rect {
  return [
    Math.min(...rects.map((r) => r[0])),
    Math.min(...rects.map((r) => r[1])),
    Math.max(...rects.map((r) => r[2])),
    Math.max(...rects.map((r) => r[3])),
  ];
}

/** Where the word stands on the text PDF's (upright, A4) page, in PDF user space. */
async function wordOnTextPage(
  bytes: Uint8Array,
): Promise<{ rect: Rect; width: number; height: number }> {
  const pdf = await openPdf(bytes.slice(), { fileName: 'text.pdf' });
  try {
    const page = (await getDocumentText(pdf, { budgetMs: 60_000 })).pages[0]!;
    const at = page.text.indexOf(WORD);
    expect(at).toBeGreaterThanOrEqual(0);
    const [x0, y0, x1, y1] = page.view;
    return {
      rect: union(rectsForRange(page, at, at + WORD.length)),
      width: x1 - x0,
      height: y1 - y0,
    };
  } finally {
    await pdf.close();
  }
}

/** The text PDF scanned with its sheet turned, read by OCR: the word on the scan, and the page. */
async function readTurned(bytes: Uint8Array, turn: Turn) {
  const scan = await scanPdf(bytes.slice(), { turns: { 1: turn }, seed: 7 });
  const pdf = await openPdf(scan, { fileName: `turned-${turn}.pdf` });
  try {
    const page = ocrPageText(await ocrPdfPage(pdf, 1, nodeOcrService));
    const at = page.text.indexOf(WORD);
    expect(at, page.text.slice(0, 200)).toBeGreaterThanOrEqual(0);
    return { page, rect: scanRect(page, union(rectsForRange(page, at, at + WORD.length))) };
  } finally {
    await pdf.close();
  }
}

/** The same scan with /Rotate set on its page: a viewer (and the renderer) shows it turned. */
async function withRotate(scan: Uint8Array, rotate: number): Promise<Uint8Array> {
  const doc = await PDFDocument.load(scan);
  doc.getPage(0).setRotation(degrees(rotate));
  return doc.save();
}

/** Rectangles the same within `tolerance` points on every side. */
function expectNear(got: Rect, want: Rect, tolerance = 6) {
  for (let i = 0; i < 4; i++) {
    expect(Math.abs(got[i]! - want[i]!), `${got} vs ${want}`).toBeLessThan(tolerance);
  }
}

describe('pages scanned turned', () => {
  const bytes = new Uint8Array(readFileSync(FIXTURE));

  it('reads a sheet fed sideways, its words where they stand on the scan', async () => {
    const { rect: upright, width } = await wordOnTextPage(bytes);
    const { page, rect } = await readTurned(bytes, 90);
    expect(page.ocr.frame.orientation).toBe(90);
    expect(page.ocr.meanConfidence).toBeGreaterThan(0.9);
    // Turned 90° clockwise onto a landscape page: (X, Y) upright lies at (Y, width − X).
    const [x0, y0, x1, y1] = upright;
    expectNear(rect, [y0, width - x1, y1, width - x0]);
  }, 180_000);

  it('finds a sheet fed upside down', async () => {
    const { rect: upright, width, height } = await wordOnTextPage(bytes);
    const { page, rect } = await readTurned(bytes, 180);
    expect(page.ocr.frame.orientation).toBe(180);
    expect(page.ocr.meanConfidence).toBeGreaterThan(0.9);
    const [x0, y0, x1, y1] = upright;
    expectNear(rect, [width - x1, height - y1, width - x0, height - y0]);
  }, 180_000);

  it('reads a turned scan on a page with /Rotate, its words where they stand in user space', async () => {
    // The sheet fed sideways (90) on a page that also says /Rotate 90: rendered, the text stands
    // upside down. User space is the same with or without /Rotate, so the word lies where it
    // lies on the same scan without it.
    const scan = await scanPdf(bytes.slice(), { turns: { 1: 90 }, seed: 7 });
    const read = async (pdfBytes: Uint8Array) => {
      const pdf = await openPdf(pdfBytes, { fileName: 'rotated.pdf' });
      try {
        const page = ocrPageText(await ocrPdfPage(pdf, 1, nodeOcrService));
        const at = page.text.indexOf(WORD);
        expect(at, page.text.slice(0, 200)).toBeGreaterThanOrEqual(0);
        return { page, rect: scanRect(page, union(rectsForRange(page, at, at + WORD.length))) };
      } finally {
        await pdf.close();
      }
    };
    const plain = await read(scan.slice());
    const rotated = await read(await withRotate(scan.slice(), 90));
    expect(plain.page.ocr.frame.orientation).toBe(90);
    expect(rotated.page.ocr.frame.orientation).toBe(180);
    expectNear(rotated.rect, plain.rect);
  }, 240_000);

  it('reads an upright form with a column of one-character labels as it is, checking nothing more', async () => {
    const result = await readUpright();
    expect(result.orientation).toBeUndefined();
    // The cheap check (which way the lines run, how sure the reading is) asked for nothing more.
    expect(result.stages.orientation).toBeUndefined();
    const text = result.lines.map((l) => l.chars.map((c) => c.c).join('')).join('\n');
    expect(text).toContain('项目名称');
    // The label column was seen standing, and read down.
    // The label column was seen, partly standing (the detector often boxes such a column a
    // character or two at a time), and its characters read upright.
    expect(result.lines.some((l) => l.vertical)).toBe(true);
    for (const ch of '员情况') expect(text).toContain(ch);
  }, 120_000);

  it('reads a page turned a quarter anticlockwise exactly as upright', async () => {
    const upright = await readUpright();
    const form = formWithLabelColumn();
    const gray = {
      width: form.width,
      height: form.height,
      data: new Uint8Array(form.width * form.height),
    };
    for (let i = 0; i < gray.data.length; i++) gray.data[i] = form.data[i * 4]!;
    const turned = await nodeOcrService.read(toRgba(turnGray(gray, 270)), { dpi: 150 });
    expect(turned.orientation).toBe(270);
    expect([turned.width, turned.height]).toEqual([upright.width, upright.height]);
    const texts = (r: OcrImageResult) => r.lines.map((l) => l.chars.map((c) => c.c).join(''));
    expect(texts(turned)).toEqual(texts(upright));
  }, 120_000);

  it('finds a quarter turn either way with the page detected twice, not three times', async () => {
    // The real models, the detector's runs counted (it is the first session made).
    const runtime = ortRuntime(ort as unknown as OrtModule, 'onnxruntime-node');
    let detections = 0;
    let sessions = 0;
    const counting = {
      name: runtime.name,
      async createSession(model: Uint8Array) {
        const session = await runtime.createSession(model);
        if (sessions++ > 0) return session;
        return {
          run: (data: Float32Array, dims: number[]) => {
            detections++;
            return session.run(data, dims);
          },
          release: () => session.release(),
        };
      },
    };
    const paths = ocrModelPaths();
    const engine = await OcrEngine.create(counting, {
      detection: new Uint8Array(readFileSync(paths.detection)),
      recognition: new Uint8Array(readFileSync(paths.recognition)),
      dictionary: readFileSync(paths.dictionary, 'utf8'),
    });
    try {
      const form = formWithLabelColumn();
      const gray = {
        width: form.width,
        height: form.height,
        data: new Uint8Array(form.width * form.height),
      };
      for (let i = 0; i < gray.data.length; i++) gray.data[i] = form.data[i * 4]!;
      for (const turn of [90, 270] as const) {
        detections = 0;
        const read = await engine.read(toRgba(turnGray(gray, turn)), { dpi: 150 });
        expect(read.orientation).toBe(turn);
        expect(detections).toBe(2);
      }
    } finally {
      await engine.release();
    }
  }, 180_000);
});

let upright: Promise<OcrImageResult> | undefined;
/** The form below read as drawn (once for the tests that need it). */
function readUpright(): Promise<OcrImageResult> {
  upright ??= nodeOcrService.read(formWithLabelColumn(), { dpi: 150 });
  return upright;
}

/**
 * An A4 form at 150 dpi: label and value rows, and on the left a tall merged cell whose label
 * stands one character a line (项目组主要成员情况), as application forms have.
 */
function formWithLabelColumn(): RgbaImage {
  GlobalFonts.registerFromPath(cjkFontPath(), 'FormSans');
  const width = 1240;
  const height = 1754;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.strokeStyle = '#000';
  ctx.lineWidth = 2;
  ctx.font = '30px FormSans';
  ctx.textBaseline = 'middle';
  ctx.fillText('项目名称：小学编程教育应用共同体', 200, 150);
  ctx.fillText('牵头单位：本溪市立山区新华高级中学', 200, 220);
  const rows = ['姓名 张明 职称 一级教师', '姓名 李华 职称 高级教师', '姓名 王芳 职称 二级教师'];
  const top = 320;
  const rowHeight = 110;
  ctx.strokeRect(100, top, 1040, rowHeight * 6);
  ctx.beginPath();
  ctx.moveTo(200, top);
  ctx.lineTo(200, top + rowHeight * 6);
  ctx.stroke();
  // Set solid, one character under the other, as in a merged cell of a Word table.
  Array.from('项目组主要成员情况').forEach((ch, i) => {
    ctx.fillText(ch, 135, top + 170 + i * 36);
  });
  for (let r = 0; r < 6; r++) {
    ctx.beginPath();
    ctx.moveTo(200, top + r * rowHeight);
    ctx.lineTo(1140, top + r * rowHeight);
    ctx.stroke();
    ctx.fillText(
      `${rows[r % 3]!} 电话 1380000${1000 + r}`,
      230,
      top + r * rowHeight + rowHeight / 2,
    );
  }
  for (let i = 0; i < 8; i++) {
    ctx.fillText('近三年开展的主要活动与取得的成果，不超过八百字。', 150, 1100 + i * 70);
  }
  const data = ctx.getImageData(0, 0, width, height);
  return { width, height, data: data.data };
}
