/**
 * Render a GeneratedDocument to PDF with pdf-lib and an embedded (pre-subset) CJK font. A4,
 * wrapped text, tables with borders that continue across pages row by row. The output carries a
 * ToUnicode map, so its text extracts exactly as written.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import {
  type Block,
  checkboxText,
  columnCount,
  type GeneratedDocument,
  layoutGrid,
} from './document';
import { NO_SHAPING } from './font-features';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BODY_SIZE = 11;
const LINE_GAP = 1.45;
const CELL_PAD = 4;

export interface PdfWriteOptions {
  /** The font bytes, already subset to the document's characters. */
  font: Uint8Array;
  /** Fixed dates make the output byte-for-byte reproducible. */
  date?: Date;
}

/** Break text into lines no wider than `width`; CJK text breaks between any two characters. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const ch of paragraph) {
      const next = line + ch;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        lines.push(line);
        line = ch.trim() ? ch : '';
      } else {
        line = next;
      }
    }
    lines.push(line);
  }
  return lines;
}

class Layout {
  page!: PDFPage;
  y = 0;
  constructor(
    private readonly doc: PDFDocument,
    readonly font: PDFFont,
  ) {
    this.newPage();
  }
  get width() {
    return A4[0] - 2 * MARGIN;
  }
  newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  ensure(height: number) {
    if (this.y - height < MARGIN) this.newPage();
  }
  text(text: string, x: number, size: number) {
    this.page.drawText(text, { x, y: this.y - size, size, font: this.font, color: rgb(0, 0, 0) });
  }
}

function drawLines(layout: Layout, text: string, size: number, indent = 0, centered = false) {
  const lineHeight = size * LINE_GAP;
  for (const line of wrapText(text, layout.font, size, layout.width - indent)) {
    layout.ensure(lineHeight);
    const x = centered
      ? MARGIN + (layout.width - layout.font.widthOfTextAtSize(line, size)) / 2
      : MARGIN + indent;
    layout.text(line, x, size);
    layout.y -= lineHeight;
  }
}

type TableBlock = Extract<Block, { kind: 'table' }>;

/**
 * A table row by row; a cell spanning columns is one box, a cell spanning rows is written in its
 * first row and its box runs down over the rows it spans. The header row is repeated on every
 * new page the table reaches.
 */
function drawTable(layout: Layout, block: TableBlock) {
  const columns = columnCount(block.rows, block.widths);
  const fractions = block.widths ?? Array.from({ length: columns }, () => 1 / columns);
  const widths = fractions.map((f) => f * layout.width);
  const lineHeight = BODY_SIZE * LINE_GAP;
  const borders = block.borders !== false;
  const { starts, covered } = layoutGrid(block.rows, columns);
  const x0 = (col: number) => MARGIN + widths.slice(0, col).reduce((a, b) => a + b, 0);
  const span = (col: number, n: number) => widths.slice(col, col + n).reduce((a, b) => a + b, 0);
  const heights = starts.map((row) => {
    let h = 1;
    for (const g of row) {
      if ((g.cell.rowspan ?? 1) > 1) continue;
      const w = span(g.col, g.cell.colspan ?? 1);
      h = Math.max(h, wrapText(g.cell.text, layout.font, BODY_SIZE, w - 2 * CELL_PAD).length);
    }
    return h * lineHeight + 2 * CELL_PAD;
  });
  const header =
    block.header === true ||
    (starts[0]?.length ? starts[0].every((g) => g.cell.bold) && block.header !== false : false);
  const drawRow = (r: number) => {
    const height = heights[r]!;
    if (layout.y - height < MARGIN) {
      layout.newPage();
      if (header && r > 0) drawRow(0);
    }
    for (let col = 0; col < columns; col++) {
      if (covered[r]![col] === 'col') continue;
      const start = starts[r]!.find((g) => g.col === col);
      const cs = start?.cell.colspan ?? 1;
      const w = span(col, cs);
      if (borders) {
        // Inside a rowspan only the side walls are drawn, so the merged cell reads as one box.
        const inSpan = covered[r]![col] === 'row';
        const spanEnds = inSpan && covered[r + 1]?.[col] !== 'row';
        const x = x0(col);
        const top = layout.y;
        const bottom = layout.y - height;
        const line = (a: [number, number], b: [number, number]) =>
          layout.page.drawLine({
            start: { x: a[0], y: a[1] },
            end: { x: b[0], y: b[1] },
            thickness: 0.6,
          });
        line([x, top], [x, bottom]);
        line([x + w, top], [x + w, bottom]);
        const opensSpan = (start?.cell.rowspan ?? 1) > 1;
        if (!inSpan) line([x, top], [x + w, top]);
        if (!opensSpan && (!inSpan || spanEnds)) line([x, bottom], [x + w, bottom]);
      }
      if (start) {
        let y = layout.y - CELL_PAD;
        for (const text of wrapText(start.cell.text, layout.font, BODY_SIZE, w - 2 * CELL_PAD)) {
          layout.page.drawText(text, {
            x: x0(col) + CELL_PAD,
            y: y - BODY_SIZE,
            size: BODY_SIZE,
            font: layout.font,
          });
          y -= lineHeight;
        }
      }
      col += cs - 1;
    }
    layout.y -= height;
  };
  for (let r = 0; r < block.rows.length; r++) drawRow(r);
  layout.y -= lineHeight / 2;
}

function drawBlock(layout: Layout, block: Block) {
  switch (block.kind) {
    case 'title':
      drawLines(layout, block.text, 17, 0, true);
      layout.y -= 8;
      break;
    case 'heading':
      layout.y -= 4;
      drawLines(layout, block.text, 13);
      layout.y -= 2;
      break;
    case 'paragraph':
      drawLines(layout, block.text, BODY_SIZE, 0);
      layout.y -= 3;
      break;
    case 'table':
      drawTable(layout, block);
      break;
    case 'checkboxes':
      drawLines(layout, checkboxText(block), BODY_SIZE);
      layout.y -= 3;
      break;
    case 'pageBreak':
      layout.newPage();
      break;
  }
}

export async function writePdf(
  doc: GeneratedDocument,
  options: PdfWriteOptions,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(options.font, { subset: false, features: NO_SHAPING });
  const date = options.date ?? new Date('2022-09-01T08:00:00Z');
  pdf.setTitle(doc.title);
  if (doc.author) pdf.setAuthor(doc.author);
  pdf.setProducer('Review Desk docgen');
  pdf.setCreator('Review Desk');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  const layout = new Layout(pdf, font);
  for (const block of doc.blocks) drawBlock(layout, block);
  if (doc.pageNumbers) {
    pdf.getPages().forEach((page, i) => {
      const text = `第 ${i + 1} 页`;
      const w = font.widthOfTextAtSize(text, 9);
      page.drawText(text, { x: (A4[0] - w) / 2, y: MARGIN / 2, size: 9, font });
    });
  }
  return pdf.save({ useObjectStreams: false });
}
