/**
 * The 汇总表 in the call's columns (XLSX and CSV) and the panel report, checked by outside readers:
 * LibreOffice Calc converts the XLSX to CSV with the expected columns and values, the CSV opens
 * as UTF-8 with a BOM, the report passes qpdf and its Chinese extracts with pdftotext.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKey } from '../../lib/crypto/ecdsa';
import { writeReportPdf } from '../../lib/export/report-pdf';
import { type PanelResults, parseResults, rankByScore } from '../../lib/export/results-model';
import { summaryCsvText, writeSummaryCsv } from '../../lib/export/summary-csv';
import { buildSummaryTable } from '../../lib/export/summary-table';
import { writeSummaryXlsx } from '../../lib/export/summary-xlsx';
import { panelIdFromChairKey } from '../../lib/identity/panel-id';
import { builtinPack } from '../../lib/rubric/builtin';
import { summaryHeader } from '../../lib/rubric/summary';
import { testFonts } from '../sign/fixtures';
import {
  charactersWithoutInk,
  libreOfficeCsv,
  pdftotext,
  run,
  tmpDir,
  writeTmp,
} from '../sign/pdf-tools';
import { MEMBERS, sampleResults } from './fixtures';

let results: PanelResults;
let dir: string;

beforeAll(async () => {
  const key = await generateSigningKey(false);
  results = sampleResults({
    panelId: panelIdFromChairKey(key.publicJwk),
    apps: 12,
    members: MEMBERS,
  });
  dir = tmpDir('rd-export-');
});

/** A minimal CSV reader (RFC 4180) for checking what LibreOffice and we wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('汇总表', () => {
  it("has the call's columns in order, then score, level and rank (the verdict column is the call's)", () => {
    const table = buildSummaryTable(results);
    const pack = builtinPack('yueyang-2023-alliance');
    const callColumns = summaryHeader(pack, 'zh-CN');
    expect(table.header.slice(0, callColumns.length)).toEqual(callColumns);
    expect(table.header.slice(callColumns.length)).toEqual([
      '专家组评分',
      '等级',
      '评审结论',
      '排名',
    ]);
    expect(table.title).toBe('岳阳市中小学信息科技（技术）“网络教研联盟”申报汇总表');
    const first = table.rows[0]!;
    expect(first[0]).toBe(1);
    expect(first[1]).toBe(results.applications[0]!.summaryCells[1]);
    expect(first.at(-4)).toBe(results.applications[0]!.score);
    expect(first.at(-1)).toBe(results.applications[0]!.rank ?? '');
  });

  it('the Liaoning layout already has total, level and verdict: only the rank is added', () => {
    const pack = builtinPack('liaoning-2022-community');
    const layout = {
      title: pack.summary.title.zh,
      columns: pack.summary.columns.map((c) => ({
        id: c.id,
        label: c.label.zh,
        ...(c.source.kind === 'result' ? { result: c.source.result } : {}),
      })),
    };
    const table = buildSummaryTable({ ...results, summary: layout, applications: [] });
    expect(table.header).toEqual([...summaryHeader(pack, 'zh-CN'), '排名']);
  });

  it('XLSX: title row merged across the table, header on row 3, A4 landscape one page wide', async () => {
    const bytes = await writeSummaryXlsx(results);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const table = buildSummaryTable(results);
    expect(ws.getCell(1, 1).value).toBe(table.title);
    expect(ws.getCell(1, table.header.length).isMerged).toBe(true);
    expect(ws.getRow(3).values).toEqual([undefined, ...table.header]);
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.getCell(4, 11).alignment?.wrapText).toBe(true);
    // The formula-looking contact stays a string.
    expect(ws.getCell(4, 9).value).toBe('=HYPERLINK("x0")');
  });

  it('LibreOffice Calc converts the XLSX to CSV with the expected columns and values', async () => {
    const xlsx = writeTmp(dir, '汇总表.xlsx', await writeSummaryXlsx(results));
    const rows = parseCsv(libreOfficeCsv(xlsx)).filter((r) => r.some((c) => c !== ''));
    const table = buildSummaryTable(results);
    expect(rows[0]![0]).toBe(table.title);
    expect(rows[2]).toEqual(table.header);
    expect(rows).toHaveLength(3 + results.applications.length);
    for (const [i, app] of results.applications.entries()) {
      const row = rows[3 + i]!;
      expect(row[0]).toBe(String(i + 1));
      expect(row[1]).toBe(table.rows[i]![1]);
      expect(row[10]).toBe(app.title);
      expect(Number(row[table.header.length - 4])).toBeCloseTo(app.score!, 5);
      expect(row.at(-1)).toBe(app.rank === null ? '' : String(app.rank));
    }
  }, 240_000);

  it('CSV: UTF-8 with a BOM, CRLF, quoting, and formula-looking text defused', () => {
    const bytes = writeSummaryCsv(results);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    expect(text).toBe(summaryCsvText(results));
    expect(text.split('\r\n')[0]).toBe(buildSummaryTable(results).header.join(','));
    const rows = parseCsv(text).filter((r) => r.length > 1);
    expect(rows).toHaveLength(1 + results.applications.length);
    expect(rows[1]![8]).toBe(`'=HYPERLINK("x0")`);
    expect(rows[1]![10]).toBe(results.applications[0]!.title);
  });

  it('English results word the added columns in English', () => {
    const en = buildSummaryTable({ ...results, language: 'en' });
    expect(en.header.slice(-4)).toEqual(['Panel score', 'Level', 'Verdict', 'Rank']);
  });
});

describe('results model', () => {
  it('ranks with ties sharing a rank and no score no rank', () => {
    const ranks = rankByScore([
      { id: 'a', score: 80 },
      { id: 'b', score: 90 },
      { id: 'c', score: 80 },
      { id: 'd', score: null },
      { id: 'e', score: 70 },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, a: 2, c: 2, e: 4 });
  });

  it('a bad model names the field', () => {
    expect(() => parseResults({ ...results, panel: { ...results.panel, id: 'x' } })).toThrowError(
      expect.objectContaining({ code: 'export/badResults', params: { field: 'panel.id' } }),
    );
  });
});

describe('panel report', () => {
  it('passes qpdf, extracts the Chinese, every character has ink', async () => {
    const file = writeTmp(dir, 'report.pdf', await writeReportPdf(results, await testFonts()));
    expect(run('qpdf', ['--check', file]).code).toBe(0);
    const text = pdftotext(file).replace(/\s+/g, '');
    for (const s of [
      '评审工作报告',
      '一、评审结果',
      '二、统计',
      '三、问题与处理',
      '四、评审结论',
      '五、评审组成员',
      '六、申报材料校验值',
      '李晓梅',
      '湖南理工学院',
      results.applications[0]!.files[0]!.sha256,
      results.call.rubricSha256,
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toContain(results.applications[0]!.title.replace(/\s+/g, ''));
    expect(charactersWithoutInk(file)).toEqual([]);
  });
});
