/**
 * A small typesetter for the documents the panel hands out (opinions, the panel report): titles,
 * headings, wrapped paragraphs, label/value grids, tables whose header repeats on each page, bar
 * charts, and a signature box kept on one page whose position is returned (the signature widget
 * goes there). Line breaking is in line-break.ts. Pure pdf-lib: runs in Node and browsers.
 */
import { PDFDocument, type PDFPage, rgb } from 'pdf-lib';
import { type EmbeddedFont, embedCjkFont, type FontAssets, printable } from './fonts';
import { Measure, wrap } from './line-break';

export type Align = 'left' | 'center' | 'right';

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; size?: number; muted?: boolean }
  /** Label/value rows in a bordered grid; `widths` are fractions of the text width. */
  | { kind: 'fields'; rows: [string, string][]; widths?: [number, number] }
  | {
      kind: 'table';
      header: string[];
      rows: string[][];
      widths: number[];
      align?: Align[];
      size?: number;
    }
  /** Horizontal bars: value / max of the width, the value printed after the bar. */
  | { kind: 'bars'; items: { label: string; value: number; text: string }[]; max: number }
  /** A bordered box kept on one page; its rectangle is reported under `id`. */
  | { kind: 'box'; id: string; title: string; rows: [string, string][] }
  | { kind: 'spacer'; height: number }
  | { kind: 'pageBreak' };

export interface TypesetOptions {
  fonts: FontAssets;
  landscape?: boolean;
  /** Document information. `date` makes the output reproducible. */
  info: { title: string; author?: string; subject?: string; keywords?: string[]; date: Date };
  /** Running header (small, top left) on every page. */
  header?: string;
  /** Footer text per page, e.g. "第 1 页 共 3 页". */
  footer?: (page: number, pages: number) => string;
}

export interface TypesetResult {
  pdf: PDFDocument;
  /** Where each `box` landed: page index and rectangle in PDF units. */
  anchors: Record<string, { page: number; x: number; y: number; width: number; height: number }>;
  missingGlyphs: string[];
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BODY = 10.5;
const GAP = 1.5;
const PAD = 4;
const INK = rgb(0, 0, 0);
const MUTED = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.45, 0.45, 0.45);
const SHADE = rgb(0.93, 0.93, 0.93);

function blockText(block: Block): string {
  switch (block.kind) {
    case 'title':
    case 'subtitle':
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'fields':
      return block.rows.flat().join('');
    case 'table':
      return [...block.header, ...block.rows.flat()].join('');
    case 'bars':
      return block.items.map((i) => i.label + i.text).join('');
    case 'box':
      return block.title + block.rows.flat().join('');
    default:
      return '';
  }
}

class Pages {
  page!: PDFPage;
  pageIndex = -1;
  y = 0;
  readonly size: [number, number];
  constructor(
    readonly pdf: PDFDocument,
    readonly m: Measure,
    landscape: boolean,
  ) {
    this.size = landscape ? [A4[1], A4[0]] : A4;
    this.newPage();
  }
  get width() {
    return this.size[0] - 2 * MARGIN;
  }
  get top() {
    return this.size[1] - MARGIN;
  }
  newPage() {
    this.page = this.pdf.addPage(this.size);
    this.pageIndex++;
    this.y = this.top;
  }
  /** Start a new page unless `height` fits (a block taller than a page just starts fresh). */
  ensure(height: number) {
    if (this.y - height < MARGIN && this.y < this.top) this.newPage();
  }
  text(text: string, x: number, y: number, size: number, muted = false) {
    if (!text) return;
    this.page.drawText(text, { x, y, size, font: this.m.font, color: muted ? MUTED : INK });
  }
  lines(
    text: string,
    size: number,
    opts: { align?: Align; muted?: boolean; indent?: number } = {},
  ) {
    const lh = size * GAP;
    const indent = opts.indent ?? 0;
    for (const line of wrap(this.m, text, size, this.width - indent)) {
      this.ensure(lh);
      const w = this.m.width(line, size);
      const x =
        opts.align === 'center'
          ? MARGIN + (this.width - w) / 2
          : opts.align === 'right'
            ? MARGIN + this.width - w
            : MARGIN + indent;
      this.text(line, x, this.y - size, size, opts.muted);
      this.y -= lh;
    }
  }
}

interface Row {
  cells: string[][];
  height: number;
}

function layoutRow(p: Pages, cells: string[], widths: number[], size: number): Row {
  const wrapped = widths.map((w, i) => wrap(p.m, cells[i] ?? '', size, w - 2 * PAD));
  const height = Math.max(1, ...wrapped.map((c) => c.length)) * size * GAP + 2 * PAD - size * 0.3;
  return { cells: wrapped, height };
}

function drawRow(
  p: Pages,
  row: Row,
  widths: number[],
  size: number,
  opts: { align?: Align[]; shade?: boolean } = {},
) {
  let x = MARGIN;
  for (const [i, lines] of row.cells.entries()) {
    const w = widths[i]!;
    p.page.drawRectangle({
      x,
      y: p.y - row.height,
      width: w,
      height: row.height,
      borderColor: RULE,
      borderWidth: 0.5,
      color: opts.shade ? SHADE : undefined,
    });
    let y = p.y - PAD - size * 0.9;
    for (const line of lines) {
      const align = opts.align?.[i] ?? 'left';
      const lw = p.m.width(line, size);
      const lx =
        align === 'center' ? x + (w - lw) / 2 : align === 'right' ? x + w - PAD - lw : x + PAD;
      p.text(line, lx, y, size);
      y -= size * GAP;
    }
    x += w;
  }
  p.y -= row.height;
}

function drawTable(p: Pages, block: Extract<Block, { kind: 'table' }>) {
  const size = block.size ?? BODY;
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => (w / total) * p.width);
  const header = layoutRow(p, block.header, widths, size);
  const center = block.header.map(() => 'center' as Align);
  const start = () => drawRow(p, header, widths, size, { align: center, shade: true });
  p.ensure(header.height * 2);
  start();
  for (const cells of block.rows) {
    const row = layoutRow(p, cells, widths, size);
    if (p.y - row.height < MARGIN) {
      p.newPage();
      start();
    }
    drawRow(p, row, widths, size, { align: block.align });
  }
  p.y -= size;
}

function drawBars(p: Pages, block: Extract<Block, { kind: 'bars' }>) {
  const lh = BODY * GAP + 2;
  const labelWidth = Math.min(
    p.width * 0.4,
    Math.max(...block.items.map((i) => p.m.width(i.label, BODY))) + 8,
  );
  const valueWidth = Math.max(...block.items.map((i) => p.m.width(i.text, BODY))) + 8;
  const barMax = p.width - labelWidth - valueWidth;
  for (const item of block.items) {
    p.ensure(lh);
    p.text(item.label, MARGIN, p.y - BODY, BODY);
    const w = block.max > 0 ? Math.max(0, (item.value / block.max) * barMax) : 0;
    p.page.drawRectangle({
      x: MARGIN + labelWidth,
      y: p.y - BODY - 1,
      width: w,
      height: BODY,
      color: rgb(0.35, 0.47, 0.7),
    });
    p.text(item.text, MARGIN + labelWidth + w + 4, p.y - BODY, BODY);
    p.y -= lh;
  }
  p.y -= BODY / 2;
}

function drawBox(
  p: Pages,
  block: Extract<Block, { kind: 'box' }>,
  anchors: TypesetResult['anchors'],
) {
  const widths = [p.width * 0.22, p.width * 0.78];
  const rows = block.rows.map((r) => layoutRow(p, r, widths, BODY));
  const titleHeight = 13 * GAP + 4;
  const height = titleHeight + rows.reduce((a, r) => a + r.height, 0);
  p.ensure(height + 8);
  const top = p.y;
  p.text(block.title, MARGIN, p.y - 13, 13);
  p.y -= titleHeight;
  for (const row of rows) drawRow(p, row, widths, BODY);
  anchors[block.id] = { page: p.pageIndex, x: MARGIN, y: p.y, width: p.width, height: top - p.y };
  p.y -= BODY;
}

function drawBlock(p: Pages, block: Block, anchors: TypesetResult['anchors']) {
  switch (block.kind) {
    case 'title':
      p.lines(block.text, 17, { align: 'center' });
      p.y -= 6;
      break;
    case 'subtitle':
      p.lines(block.text, BODY, { align: 'center', muted: true });
      p.y -= 8;
      break;
    case 'heading':
      p.ensure(13 * GAP + BODY * GAP * 2);
      p.y -= 6;
      p.lines(block.text, 13);
      p.y -= 2;
      break;
    case 'paragraph':
      p.lines(block.text, block.size ?? BODY, { muted: block.muted });
      p.y -= 4;
      break;
    case 'fields': {
      const [a, b] = block.widths ?? [0.24, 0.76];
      const widths = [p.width * a, p.width * b];
      for (const cells of block.rows) {
        const row = layoutRow(p, cells, widths, BODY);
        p.ensure(row.height);
        drawRow(p, row, widths, BODY);
      }
      p.y -= BODY;
      break;
    }
    case 'table':
      drawTable(p, block);
      break;
    case 'bars':
      drawBars(p, block);
      break;
    case 'box':
      drawBox(p, block, anchors);
      break;
    case 'spacer':
      p.y -= block.height;
      break;
    case 'pageBreak':
      p.newPage();
      break;
  }
}

export async function typeset(blocks: Block[], opts: TypesetOptions): Promise<TypesetResult> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const text = [
    opts.info.title,
    opts.header ?? '',
    opts.footer?.(1, 1) ?? '',
    ...blocks.map(blockText),
  ];
  const embedded: EmbeddedFont = await embedCjkFont(pdf, opts.fonts, text.join(''));
  const p = new Pages(pdf, new Measure(embedded.font), opts.landscape ?? false);
  const anchors: TypesetResult['anchors'] = {};
  for (const block of blocks) drawBlock(p, block, anchors);
  const pages = pdf.getPages();
  for (const [i, page] of pages.entries()) {
    const [w, h] = [page.getWidth(), page.getHeight()];
    if (opts.header) {
      page.drawText(printable(opts.header), {
        x: MARGIN,
        y: h - MARGIN / 2 - 4,
        size: 8,
        font: embedded.font,
        color: MUTED,
      });
    }
    if (opts.footer) {
      const f = printable(opts.footer(i + 1, pages.length));
      const fw = embedded.font.widthOfTextAtSize(f, 8);
      page.drawText(f, {
        x: (w - fw) / 2,
        y: MARGIN / 2,
        size: 8,
        font: embedded.font,
        color: MUTED,
      });
    }
  }
  pdf.setTitle(printable(opts.info.title), { showInWindowTitleBar: true });
  if (opts.info.author) pdf.setAuthor(printable(opts.info.author));
  if (opts.info.subject) pdf.setSubject(printable(opts.info.subject));
  if (opts.info.keywords) pdf.setKeywords(opts.info.keywords.map(printable));
  pdf.setLanguage('zh-CN');
  pdf.setProducer('Review Desk');
  pdf.setCreator('Review Desk 评审台');
  pdf.setCreationDate(opts.info.date);
  pdf.setModificationDate(opts.info.date);
  return { pdf, anchors, missingGlyphs: embedded.missing };
}
