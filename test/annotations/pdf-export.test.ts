/**
 * The annotated PDF copy, checked with real readers: qpdf finds it sound, poppler still extracts
 * its text, and pdf.js lists the annotations with their Chinese comments.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportAnnotatedPdf } from '../../lib/annotations/pdf-export';
import { isReviewDeskError } from '../../lib/errors';
import { getPlatform } from '../../lib/platform';
import { annotation, chinesePdf } from './support';

const CORPUS = path.resolve('../shared/corpus/pdf-edge');
let source: Uint8Array;
let out: Uint8Array;
let outPath: string;

const highlight = annotation({
  kind: 'highlight',
  rects: [
    [56, 760, 300, 772],
    [56, 744, 200, 756],
  ],
  quote: { exact: '主要成员单位不少于4个', prefix: '', suffix: '' },
  position: { start: 5, end: 16 },
  comment: '成员单位只有3个，不符合“不少于4个”的要求。',
  tags: ['资格', '成员单位'],
});
const area = annotation({ kind: 'area', page: 1, rects: [[100, 400, 300, 500]], color: '#64b5f6' });
const note = annotation({ kind: 'note', rects: [[400, 600, 420, 620]], comment: '请核对公章 ✓' });
const removed = { ...annotation({ kind: 'note', comment: '已删除' }), deleted: true };

beforeAll(async () => {
  source = await chinesePdf([
    ['主要成员单位不少于4个，自2019年9月起开展实践。'],
    ['第二页：典型案例6个。'],
  ]);
  out = await exportAnnotatedPdf({
    bytes: source,
    fileName: '申报书.pdf',
    annotations: [highlight, area, note, removed],
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rd-annot-'));
  outPath = path.join(dir, 'annotated.pdf');
  await writeFile(outPath, out);
});

describe('exportAnnotatedPdf', () => {
  it('writes a structurally sound PDF (qpdf --check)', () => {
    const report = execFileSync('qpdf', ['--check', outPath], { encoding: 'utf8' });
    expect(report).toContain('No syntax or stream encoding errors found');
  });

  it('keeps the text readable for poppler', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', outPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('主要成员单位不少于4个');
    expect(text).toContain('典型案例6个');
  });

  it('carries Highlight, Square and Text annotations with their Chinese contents (pdf.js)', async () => {
    const pdfjs = await getPlatform().loadPdfjs();
    const doc = await pdfjs.getDocument({
      data: out.slice(),
      ...getPlatform().pdfDocumentOptions(),
    }).promise;
    const page1 = await doc.getPage(1);
    const page2 = await doc.getPage(2);
    const a1 = await page1.getAnnotations();
    const a2 = await page2.getAnnotations();
    const h = a1.find((a) => a.subtype === 'Highlight');
    expect(h?.contentsObj?.str).toBe('成员单位只有3个，不符合“不少于4个”的要求。\n#资格 #成员单位');
    expect(h?.titleObj?.str).toBe('王老师');
    expect(h?.quadPoints?.length).toBe(16);
    expect(h?.hasAppearance).toBe(true);
    const t = a1.find((a) => a.subtype === 'Text');
    expect(t?.contentsObj?.str).toBe('请核对公章 ✓');
    expect(a1.filter((a) => a.subtype === 'Text')).toHaveLength(1);
    const sq = a2.find((a) => a.subtype === 'Square');
    expect(sq?.rect.map(Math.round)).toEqual([100, 400, 300, 500]);
    expect(sq?.hasAppearance).toBe(true);
    await doc.destroy();
  });

  it('shows the annotations when rendered (poppler draws their appearance)', async () => {
    const ppm = (file: string) =>
      execFileSync('pdftoppm', ['-r', '20', '-f', '2', '-l', '2', '-gray', file], {
        maxBuffer: 1 << 24,
      });
    const srcPath = `${outPath}.src.pdf`;
    await writeFile(srcPath, source);
    // The Square annotation adds ink to page 2 that the source does not have.
    expect(Buffer.compare(ppm(srcPath), ppm(outPath))).not.toBe(0);
  });

  it('refuses an encrypted PDF with a message naming the file', async () => {
    const bytes = await readFile(path.join(CORPUS, 'synthetic/encrypted-aes256-user-password.pdf'));
    const error = await exportAnnotatedPdf({
      bytes: new Uint8Array(bytes),
      fileName: '加密.pdf',
      annotations: [highlight],
    }).catch((e) => e);
    expect(isReviewDeskError(error) && error.code).toBe('viewer/exportEncrypted');
    expect(error.params.file).toBe('加密.pdf');
  });
});
