/**
 * What an application promises and what it already has, beyond counts (number.ts): which of the
 * fact's outcome options its outcome section or table names (`flags`: a research report, a
 * guide), and titles listed after an intro about what exists ("已形成的典型案例：1. … 2. …",
 * inline "A、B", or a table column headed by one of the fact's labels) (`list`).
 */
import type { ExtractedFact } from '../../facts/standard';
import type { DocCell } from '../../pdf/structure/document';
import { cleanValue } from '../../pdf/structure/key-values';
import { findSections, numbering, type Span, sentences } from '../../pdf/structure/sections';
import { columnOf, tablesOf } from '../../pdf/structure/tables';
import type { FactDef } from '../../rubric';
import { NUMBER } from '../numerals';
import { fromCells, fromFlow, hintsOf, type ReadContext } from './context';
import { ALREADY } from './number';

const FORWARD = /形成|将|预计|计划|拟|力争|建成|打造|编制|撰写|完成|产出/;

/** Outcome tables: a column of outcome names (成果名称, 成果形式, 预期成果). */
function outcomeTableText(ctx: ReadContext): { text: string; cells: DocCell[] } | undefined {
  for (const table of tablesOf(ctx.doc)) {
    if (!table.columns.some((c) => /成果/.test(c.label))) continue;
    const cells = table.body.flatMap((r) => r.cells).filter((c) => !ALREADY.test(c.text));
    if (cells.length > 0) return { text: cells.map((c) => c.text).join('\t'), cells };
  }
  return undefined;
}

export function readFlags(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const h = hintsOf(def);
  if (h.options.length === 0) return undefined;
  const flags = (text: string) =>
    Object.fromEntries(h.options.map((o) => [o.value, o.patterns.some((p) => p.test(text))]));
  const sections = h.sections ? findSections(ctx.doc, h.sections) : [];
  const spans: Span[] = sections.filter((s) => s.text.trim() !== '');
  if (spans.length > 0) {
    const s = spans[0]!;
    const text = sentences(ctx.doc, s.start, s.end)
      .filter((x) => !ALREADY.test(x.text))
      .map((x) => x.text)
      .join('');
    return fromFlow(ctx.doc, s.start, s.end, flags(text), 0.9, 'section');
  }
  const table = outcomeTableText(ctx);
  if (table) return fromCells(ctx.doc, table.cells, flags(table.text), 0.85);
  // Without a section, a forward-looking sentence naming one of the outcomes states them.
  const sentence = sentences(ctx.doc).find(
    (s) =>
      FORWARD.test(s.text) &&
      !ALREADY.test(s.text) &&
      h.options.some((o) => o.patterns.some((p) => p.test(s.text))),
  );
  if (!sentence) return undefined;
  return fromFlow(ctx.doc, sentence.start, sentence.end, flags(sentence.text), 0.7);
}

const ENUMERATED =
  /^\s*(?:\d{1,2}\s*[.、．)）]|[（(]\s*\d{1,2}\s*[)）]|[①-⑳]|[一二三四五六七八九十]+、)\s*/;

/** A table of titles: a column headed by one of the fact's labels, one title per row. */
function listFromTable(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const labels = hintsOf(def).labels;
  for (const table of tablesOf(ctx.doc)) {
    const column = table.columns.find((c) => labels.includes(c.label));
    if (!column) continue;
    const cells: DocCell[] = [];
    const titles: string[] = [];
    for (const row of table.body) {
      const cell = columnOf(row, column);
      const title = cell ? cleanValue(cell.text).replace(/^《(.+)》$/, '$1') : '';
      if (title.length < 2) continue;
      titles.push(title);
      cells.push(...row.cells);
    }
    if (titles.length > 0) return fromCells(ctx.doc, cells, titles, 0.9);
  }
  return undefined;
}

export function readList(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const table = listFromTable(ctx, def);
  if (table) return table;
  const h = hintsOf(def);
  if (!h.items) return undefined;
  const intro = new RegExp(
    `(?:${ALREADY.source})[^。；\\n：:]{0,12}?(?:${h.items.source})(?:清单|名称|目录)?(?:有|共|包括)?\\s*(?:${NUMBER}\\s*(?:个|篇|项|例))?\\s*(?:[，,]?\\s*(?:分别为|包括|如下|为))?\\s*[：:]`,
  );
  const doc = ctx.doc;
  const m = intro.exec(doc.flow);
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
    const introRow = doc.rowAt(m.index);
    let style = '';
    for (const row of doc.rows.slice((introRow?.index ?? 0) + (inline ? 0 : 1))) {
      const text = row.text.trim();
      // A long title wraps: its next line joins it in the flow (no line break between).
      const wrapped = titles.length > 0 && doc.flow[row.flowStart - 1] !== '\n';
      const n = numbering(text);
      if (wrapped) titles[titles.length - 1] += text;
      else if (ENUMERATED.test(text) && (style === '' || n?.style === style)) {
        style = n?.style ?? style;
        titles.push(text.replace(ENUMERATED, ''));
      } else break;
      end = row.flowEnd;
    }
    titles = titles.map(cleanValue);
  }
  titles = titles.map((t) => t.replace(/^《(.+)》$/, '$1')).filter((t) => t.length >= 2);
  if (titles.length === 0) return undefined;
  return fromFlow(doc, m.index, end, titles, 0.85, 'list');
}
