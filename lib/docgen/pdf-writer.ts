/**
 * Render a GeneratedDocument to PDF with pdf-lib and an embedded (pre-subset) CJK font. A4,
 * wrapped text, tables with borders that continue across pages row by row. The output carries a
 * ToUnicode map, so its text extracts exactly as written.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { type Block, CHECKED_MARK, type GeneratedDocument, UNCHECKED_MARK } from './document';

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

function drawTable(layout: Layout, block: Extract<Block, { kind: 'table' }>) {
  const columns = Math.max(...block.rows.map((r) => r.length));
  const fractions = block.widths ?? Array.from({ length: columns }, () => 1 / columns);
  const widths = fractions.map((f) => f * layout.width);
  const lineHeight = BODY_SIZE * LINE_GAP;
  for (const row of block.rows) {
    const cells = widths.map((w, i) =>
      wrapText(row[i] ?? '', layout.font, BODY_SIZE, w - 2 * CELL_PAD),
    );
    const height = Math.max(...cells.map((c) => c.length)) * lineHeight + 2 * CELL_PAD;
    layout.ensure(height);
    let x = MARGIN;
    for (const [i, lines] of cells.entries()) {
      const w = widths[i]!;
      layout.page.drawRectangle({
        x,
        y: layout.y - height,
        width: w,
        height,
        borderColor: rgb(0, 0, 0),
        borderWidth: 0.6,
      });
      let y = layout.y - CELL_PAD;
      for (const line of lines) {
        layout.page.drawText(line, {
          x: x + CELL_PAD,
          y: y - BODY_SIZE,
          size: BODY_SIZE,
          font: layout.font,
        });
        y -= lineHeight;
      }
      x += w;
    }
    layout.y -= height;
  }
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
    case 'checkboxes': {
      const marks = block.options.map(
        (o) => `${o.text}${o.checked ? CHECKED_MARK : UNCHECKED_MARK}`,
      );
      drawLines(layout, `${block.label}：${marks.join('  ')}`, BODY_SIZE);
      layout.y -= 3;
      break;
    }
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
  const font = await pdf.embedFont(options.font, { subset: false });
  const date = options.date ?? new Date('2022-09-01T08:00:00Z');
  pdf.setTitle(doc.title);
  if (doc.author) pdf.setAuthor(doc.author);
  pdf.setProducer('Review Desk docgen');
  pdf.setCreator('Review Desk');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  const layout = new Layout(pdf, font);
  for (const block of doc.blocks) drawBlock(layout, block);
  return pdf.save({ useObjectStreams: false });
}
