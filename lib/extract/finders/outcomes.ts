/**
 * What the application promises and what it already has: the number of typical cases it will
 * deliver (`typicalCases`, the lower bound of "6—8个"), the research report and application
 * guide (`expectedOutcomes`), the cases already produced (`existingCases`, their titles), and
 * the yearly resource target (`annualResourceTarget`).
 */
import type { ExtractedFact } from '../../facts/standard';
import type { DocCell, FactDocument } from '../document';
import { cleanValue, evidenceOf, findField } from '../labels';
import { NUMBER, parseCount } from '../numerals';
import { findSection, type Span, sentences } from '../sections';
import { columnOf, headerColumns, rowsOfTable } from './tables';

const OUTCOME_HEADING = /预期成果|预期目标|成果形式|建设成果|预期效果|预期产出|项目成果|建设目标/;
const ALREADY = /已(?:经)?(?:形成|积累|开发|建成|总结|打造|取得|完成|产出)|现有|目前已|已有|前期/;
const RANGE = `\\s*(?:[-—–~～至到]+\\s*${NUMBER})?`;
const CASES_AFTER = new RegExp(
  `(${NUMBER})${RANGE}\\s*(?:个|篇|项|例|件|套)(?:以上|左右)?[^。；;\\n]{0,30}?典型(?:应用)?案例`,
);
const CASES_BEFORE = new RegExp(
  `典型(?:应用)?案例\\s*(?:不少于|至少|达到|共|为)?\\s*[:：]?\\s*(${NUMBER})${RANGE}\\s*(?:个|篇|项|例|件|套)`,
);

function promisedCases(s: Span): number | undefined {
  const m = CASES_AFTER.exec(s.text) ?? CASES_BEFORE.exec(s.text);
  return m ? parseCount(m[1]!) : undefined;
}

function outcomeSentences(doc: FactDocument): Span[] {
  const section = findSection(doc, OUTCOME_HEADING);
  const inSection = section ? sentences(doc, section.start, section.end) : [];
  // Elsewhere, only sentences that look forward count (形成/将/预计), never ones about the past.
  const forward = sentences(doc).filter(
    (s) => /形成|将|预计|计划|拟|力争|建成|打造/.test(s.text) && !ALREADY.test(s.text),
  );
  return [...inSection.filter((s) => !ALREADY.test(s.text)), ...forward];
}

/** A count in a field of its own ("预期典型案例数 | 6个"). */
function countField(doc: FactDocument, labels: string[]): ExtractedFact<number> | undefined {
  const found = findField(doc, labels);
  const m = found && new RegExp(`^(?:不少于|至少|约)?\\s*(${NUMBER})`).exec(found.value);
  const n = m ? parseCount(m[1]!) : undefined;
  return n !== undefined && n > 0 && found
    ? { value: n, evidence: evidenceOf(doc, found) }
    : undefined;
}

export function findTypicalCases(doc: FactDocument): ExtractedFact<number> | undefined {
  const field = countField(doc, [
    '预期典型案例数',
    '典型案例数',
    '典型案例数量',
    '预期典型案例数量',
  ]);
  if (field) return field;
  for (const s of outcomeSentences(doc)) {
    const n = promisedCases(s);
    if (n !== undefined && n > 0)
      return { value: n, evidence: doc.evidenceForFlow(s.start, s.end) };
  }
  return undefined;
}

export function findExpectedOutcomes(
  doc: FactDocument,
): ExtractedFact<{ researchReport: boolean; guide: boolean }> | undefined {
  const section = findSection(doc, OUTCOME_HEADING);
  let span: Span | undefined = section;
  if (!span) {
    // Without a section, the sentence promising the typical cases is the outcome statement.
    span = sentences(doc).find(
      (s) =>
        promisedCases(s) !== undefined && !ALREADY.test(s.text) && /报告|指南|案例/.test(s.text),
    );
  }
  if (!span || span.text.trim() === '') return undefined;
  return {
    value: { researchReport: /研究报告/.test(span.text), guide: /指南/.test(span.text) },
    evidence: doc.evidenceForFlow(span.start, span.end),
  };
}

const CASE_INTRO = new RegExp(
  `(?:${ALREADY.source})[^。；\\n：:]{0,12}?典型(?:应用)?案例(?:清单|名称|目录)?(?:有|共|包括)?\\s*(?:${NUMBER}\\s*(?:个|篇|项|例))?\\s*(?:[，,]?\\s*(?:分别为|包括|如下|为))?\\s*[：:]`,
);
const ENUMERATED =
  /^\s*(?:\d{1,2}\s*[.、．)）]|[（(]\s*\d{1,2}\s*[)）]|[①-⑳]|[一二三四五六七八九十]+、)\s*/;

/** The numbering style of a list item, so a following heading ("三、…") ends a "1." list. */
function numberingStyle(text: string): string {
  const m = ENUMERATED.exec(text);
  if (!m) return '';
  const mark = m[0].trim();
  if (/^[①-⑳]/.test(mark)) return 'circled';
  if (/^[（(]/.test(mark)) return 'paren';
  if (/^[一二三四五六七八九十]/.test(mark)) return 'chinese';
  return `arabic${mark.replace(/[\d\s]/g, '')}`;
}

/** A table of cases: a column headed 案例名称 (or 典型案例), one case per row. */
function casesFromTable(doc: FactDocument): ExtractedFact<string[]> | undefined {
  for (const header of doc.rows) {
    if (header.table < 0) continue;
    const column = headerColumns(header).find((c) =>
      /^(?:已形成的)?(?:典型)?案例(?:名称|题目|标题)$/.test(c.label),
    );
    if (!column || header.cells.length < 2) continue;
    const cells: DocCell[] = [];
    const titles: string[] = [];
    for (const row of rowsOfTable(doc, header)) {
      const cell = columnOf(row, column);
      const title = cell ? cleanValue(cell.text) : '';
      if (title.length < 2) continue;
      titles.push(title);
      cells.push(...row.cells);
    }
    if (titles.length > 0) return { value: titles, evidence: doc.evidenceForCells(cells) };
  }
  return undefined;
}

/** Titles listed after "已形成的典型案例：", inline (A、B) or one per line (1. A / 2. B). */
export function findExistingCases(doc: FactDocument): ExtractedFact<string[]> | undefined {
  const table = casesFromTable(doc);
  if (table) return table;
  const m = CASE_INTRO.exec(doc.flow);
  if (!m) return undefined;
  const introEnd = m.index + m[0].length;
  const rest = doc.flow.slice(introEnd);
  const lineEnd = rest.search(/\n|$/);
  const inline = rest.slice(0, lineEnd).trim();
  let titles: string[] = [];
  let end = introEnd;
  if (inline && !ENUMERATED.test(inline)) {
    titles = inline
      .replace(/。$/, '')
      .split(/[、；;]/)
      .map((t) => cleanValue(t))
      .filter(Boolean);
    end = introEnd + lineEnd;
  } else {
    const intro = doc.rowAt(m.index);
    let style = '';
    for (const row of doc.rows.slice((intro?.index ?? 0) + (inline ? 0 : 1))) {
      const text = row.text.trim();
      // A long title wraps: its next line joins it in the flow (no line break between).
      const wrapped = titles.length > 0 && doc.flow[row.flowStart - 1] !== '\n';
      if (wrapped) titles[titles.length - 1] += text;
      else if (ENUMERATED.test(text) && (style === '' || numberingStyle(text) === style)) {
        style = numberingStyle(text);
        titles.push(text.replace(ENUMERATED, ''));
      } else break;
      end = row.flowEnd;
    }
    titles = titles.map(cleanValue);
  }
  titles = titles.filter((t) => t.length >= 2);
  if (titles.length === 0) return undefined;
  return { value: titles, evidence: doc.evidenceForFlow(m.index, end) };
}

const UNIT = '(?:条|个|节|份|件|套|篇)';
const RESOURCE_TARGET = [
  new RegExp(
    `(?:每年|年均|每学年|年度)[^。；;\\n]{0,30}?(?:资源|微课|课例|课件|教学设计|作品)[^。；;\\n\\d]{0,8}?(?:不少于|不低于|至少|达到|共|约|为)?\\s*(${NUMBER})\\s*${UNIT}`,
  ),
  new RegExp(
    `(?:年度|每年)(?:资源)?(?:开发|建设)?目标\\s*[:：]?\\s*(?:不少于|至少)?\\s*(${NUMBER})\\s*${UNIT}`,
  ),
];

export function findAnnualResourceTarget(doc: FactDocument): ExtractedFact<number> | undefined {
  const field = countField(doc, [
    '年度资源开发目标',
    '每年资源开发数量',
    '年资源建设目标',
    '资源开发目标',
    '每年开发资源数',
  ]);
  if (field) return field;
  let fallback: ExtractedFact<number> | undefined;
  for (const s of sentences(doc)) {
    for (const re of RESOURCE_TARGET) {
      const m = re.exec(s.text);
      if (!m) continue;
      const n = parseCount(m[1]!);
      if (n === undefined || n === 0) continue;
      const found = { value: n, evidence: doc.evidenceForFlow(s.start, s.end) };
      // A quoted requirement ("按照每年不少于200条的要求") is the call's, not the plan.
      if (/要求|规定|标准/.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 6))) {
        fallback ??= found;
        continue;
      }
      return found;
    }
  }
  return fallback;
}
