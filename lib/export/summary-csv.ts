/**
 * The 汇总表 as CSV: UTF-8 with a BOM (so Excel and WPS read the Chinese correctly), CRLF line
 * ends, RFC 4180 quoting. Header and rows only, for other programs to read. Text cells that a
 * spreadsheet would take for a formula (= + - @ and control characters first) get a leading
 * apostrophe: applicants' text never runs as a formula on the chair's computer.
 */
import type { PanelResults } from './results-model';
import { buildSummaryTable } from './summary-table';

const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function summaryCsvText(results: PanelResults): string {
  const table = buildSummaryTable(results);
  return [table.header, ...table.rows]
    .map((row) => row.map(field).join(','))
    .join('\r\n')
    .concat('\r\n');
}

export function writeSummaryCsv(results: PanelResults): Uint8Array {
  const body = new TextEncoder().encode(summaryCsvText(results));
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf], 0);
  out.set(body, 3);
  return out;
}
