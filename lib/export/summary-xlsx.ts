/**
 * The 汇总表 as an XLSX workbook (exceljs): the title row merged across the table as on the
 * call's template, the panel line under it, the header repeated on every printed page, wrapped
 * cells with borders, column widths from their content, and a page setup that prints on A4
 * landscape one page wide. Strings stay strings: nothing an applicant wrote becomes a formula.
 */
import ExcelJS from 'exceljs';
import type { PanelResults } from './results-model';
import { buildSummaryTable, type SummaryTable } from './summary-table';

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'SimSun';

/** Display width in Excel character units: CJK characters take two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

function columnWidth(table: SummaryTable, col: number): number {
  const kind = table.kinds[col];
  const longest = Math.max(
    displayWidth(table.header[col] ?? '') / 2 + 2,
    ...table.rows.map((r) => displayWidth(String(r[col] ?? ''))),
  );
  const cap = kind === 'index' ? 6 : kind === 'number' ? 9 : kind === 'long' ? 30 : 16;
  const floor = kind === 'index' ? 5 : 7;
  return Math.min(cap, Math.max(floor, longest + 2));
}

/**
 * Row height from the wrapped line count: spreadsheet programs do not grow a row for wrapped text
 * on their own when they open a file, so long cells would print over each other.
 */
function rowHeight(cells: (string | number)[], widths: number[], lineHeight: number): number {
  const lines = cells.map((c, i) =>
    Math.max(1, Math.ceil(displayWidth(String(c)) / Math.max(1, (widths[i] ?? 10) - 1))),
  );
  return Math.max(...lines, 1) * lineHeight + 4;
}

/**
 * A worksheet name Excel accepts, from the table's title (a pack's text): at most 31 characters,
 * none of \ / ? * [ ] : or control characters, no apostrophe first or last (exceljs throws on
 * one, which stopped the whole export), not blank and not Excel's reserved `History`.
 */
export function sheetName(title: string): string {
  const name = title
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are replaced
    .replace(/[\\/?*[\]:\u0000-\u001f\u007f]/g, ' ')
    .replace(/^[\s']+/, '')
    .slice(0, 31)
    .replace(/[\uD800-\uDBFF]$/, '')
    .replace(/[\s']+$/, '');
  return name && name.toLowerCase() !== 'history' ? name : '汇总表';
}

export async function writeSummaryXlsx(results: PanelResults): Promise<Uint8Array> {
  const table = buildSummaryTable(results);
  const n = table.header.length;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Review Desk 评审台';
  wb.created = new Date(results.panel.exportedAt);
  wb.modified = new Date(results.panel.exportedAt);
  wb.title = table.title;
  const ws = wb.addWorksheet(sheetName(table.title), {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      printTitlesRow: '3:3',
    },
    views: [{ state: 'frozen', ySplit: 3 }],
    headerFooter: { oddFooter: '&C&P / &N' },
  });
  const widths = table.header.map((_, i) => columnWidth(table, i));
  ws.columns = widths.map((width) => ({ width }));

  ws.mergeCells(1, 1, 1, n);
  const title = ws.getCell(1, 1);
  title.value = table.title;
  title.font = { name: FONT, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(1).height = 32;

  ws.mergeCells(2, 1, 2, n);
  const sub = ws.getCell(2, 1);
  sub.value = table.subtitle;
  sub.font = { name: FONT, size: 11 };
  sub.alignment = { horizontal: 'left', vertical: 'middle' };
  ws.getRow(2).height = 20;

  const header = ws.getRow(3);
  header.height = rowHeight(table.header, widths, 15);
  table.header.forEach((label, i) => {
    const cell = header.getCell(i + 1);
    cell.value = label;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
  });

  table.rows.forEach((cells, r) => {
    const row = ws.getRow(4 + r);
    row.height = rowHeight(cells, widths, 14);
    cells.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      // A string that looks like a formula is still a string: exceljs writes it as text.
      cell.value = value;
      cell.font = { name: FONT, size: 10.5 };
      cell.border = BORDER;
      const kind = table.kinds[i];
      cell.alignment = {
        horizontal:
          typeof value === 'string' && (kind === 'long' || kind === 'text') ? 'left' : 'center',
        vertical: 'middle',
        wrapText: true,
      };
    });
  });
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
