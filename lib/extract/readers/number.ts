/**
 * Numbers an application states: a plain number (a yearly resource target) or a count of items
 * it promises or has (typical cases to deliver, member units "共5所"). Read from a field of its
 * own, from an outcome table (成果名称 | 数量, "典型案例 | 案例集 | 7个"), or from a sentence
 * naming the counted items, inside the fact's section first. A number the form quotes from the
 * notice ("按照通知要求，每年开发资源不少于200条") is the call's floor, not the applicant's plan:
 * it is never proposed. Sentences about what already exists do not state a promise.
 */
import type { ExtractedFact } from '../../facts/standard';
import { eitherWritingPattern } from '../../pdf/hant';
import type { DocCell } from '../../pdf/structure/document';
import { cleanLabel, cleanValue, findField } from '../../pdf/structure/key-values';
import { runOnFields } from '../../pdf/structure/run-on-fields';
import { findSections, type Span, sentences } from '../../pdf/structure/sections';
import { columnOf, tablesOf } from '../../pdf/structure/tables';
import { escapeRegex } from '../../regex';
import type { FactDef } from '../../rubric';
import { NUMBER, parseCount, parseNumber } from '../numerals';
import {
  fromCells,
  fromFlow,
  fromFound,
  hintsOf,
  pairConfidence,
  type ReadContext,
} from './context';
import { corrected } from './corrected';
import { inNoticeExcerpt } from './notice-excerpt';

/**
 * Checkbox marks and empty brackets standing between items and their number; the tick carries its
 * own `\\s*`, so an empty bracket's white space is read by one (two side by side are quadratic).
 */
const MARKS = '[□■☑☐√✓✔]|[（(]\\s*(?:[√✓✔]\\s*)?[）)]';

/** Said of what exists already: not a promise. */
export const ALREADY =
  /已(?:经)?(?:形成|积累|开发|建成|总结|打造|取得|完成|产出|有)|现有|目前已|已有|前期|累计/;
/** Said of what will be: a plan (a letter's "我们打算/准备…" too). */
const FORWARD =
  /形成|将|预计|计划|拟|力争|建成|打造|完成|开发|产出|不少于|至少|打算|准备|争取|预期/;
/**
 * A range's second number, and the white space after the number: "5-8 个". One `\\s*` per run of
 * white space (two side by side would try every split of a long run when no measure follows).
 */
const RANGE = `\\s*(?:[-—–~～至到]+\\s*${NUMBER}\\s*)?`;

/**
 * Is the number at `at` in `sentence` quoted from the notice? A requirement named before it in
 * the same sentence ("按照通知要求，…", "根据文件规定", "根据《某某通知》，…") with no plan of the applicant's between,
 * or "的要求" right after it.
 */
export function isQuotedRequirement(sentence: string, at: number, length: number): boolean {
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + length, at + length + 8);
  if (/^[^，,。；]{0,3}(?:的)?(?:要求|规定|标准|底线|下限)/.test(after)) return true;
  const m =
    /(?:按照|根据|依据|按|对照|参照|遵照|落实|达到|满足|符合)(?:[^。；]{0,16}?(?:通知|文件|方案|办法|上级|要求|规定|标准)|\s*《[^》]{2,80}》)|(?:通知|文件)》?(?:中)?(?:要求|规定|明确)/.exec(
      before,
    );
  if (!m) return false;
  const between = before.slice(m.index + m[0].length);
  return !/计划|拟|预计|力争|目标|确保|承诺|本联盟|本工作室|本共同体|我们|我校/.test(between);
}

interface Candidate {
  value: number;
  span: Span;
}

/** A number in a field of its own ("预期典型案例数 | 6个", "年度资源开发目标：230条"). */
function fromField(ctx: ReadContext, def: FactDef): ExtractedFact<number> | undefined {
  for (const label of hintsOf(def).labels) {
    const labelled = findField(ctx.doc, [label], false);
    const found = labelled && corrected(ctx.doc, labelled);
    // "230条", "不少于230条", or a few words before the one number ("每年不少于260条"); not a
    // list's number ("1. 甲市第一中学" under the label).
    const m =
      found &&
      (new RegExp(`^(?:不少于|至少|约|共)?\\s*(${NUMBER})(?![.．、)）\\d])`).exec(found.value) ??
        new RegExp(
          `^(?:每年|年均|每学年|年度|全年|计划)(?:不少于|至少|约|共|达到)?\\s*(${NUMBER})\\s*${hintsOf(def).units || '[\\p{Script=Han}]?'}\\s*$`,
          'u',
        ).exec(found.value));
    const n = m ? parseNumber(m[1]!) : undefined;
    if (n !== undefined && found) return fromFound(ctx.doc, found, n, pairConfidence(found));
  }
  return undefined;
}

/**
 * A label saying how many of the items are planned, the items right before the amount word
 * ("…加工资源计划", "带教青年教师人数"): in "资源审核员人数" the people are counted, not the items.
 */
const amountLabel = (items: RegExp) =>
  new RegExp(
    `^[\\p{Script=Han}]{0,16}(?:${items.source})(?:开发|建设|制作|加工|编写|形成)?(?:计划|目标|数量|数目|个数|总数|人数|数)$`,
    'u',
  );

/**
 * A number in a field whose label names one of the fact's items and an amount, in words the
 * pack does not list (the notice's own wording, "每年原创或深度二次加工资源计划 | 360条"): read as
 * the pack's labels are, a little less sure. Labels about what exists already are not plans.
 */
function fromItemLabel(ctx: ReadContext, def: FactDef): ExtractedFact<number> | undefined {
  const h = hintsOf(def);
  if (!h.items) return undefined;
  const amount = new RegExp(
    `^(?:不少于|至少|约|共|计划)?\\s*(${NUMBER})\\s*${h.units ? `${h.units}?` : '[\\p{Script=Han}]?'}$`,
    'u',
  );
  const labelled = amountLabel(h.items);
  const seen = new Set<string>();
  // Labels opening a cell, and labels of fields run together in a paragraph (run-on-fields.ts).
  const texts = function* () {
    for (const row of ctx.doc.rows) for (const cell of row.cells) yield cell.text;
    for (const field of runOnFields(ctx.doc)) yield field.label;
  };
  for (const text of texts()) {
    const label = cleanLabel(text.split(/[:：]/)[0]!);
    if (seen.has(label) || !labelled.test(label)) continue;
    seen.add(label);
    if (ALREADY.test(label) || h.labels.includes(label)) continue;
    const field = findField(ctx.doc, [label], false);
    const found = field && corrected(ctx.doc, field);
    const m = found && amount.exec(found.value.replace(/\s+/g, ''));
    const n = m ? parseNumber(m[1]!) : undefined;
    if (found && n !== undefined && n > 0) {
      return fromFound(ctx.doc, found, n, pairConfidence(found) - 0.1);
    }
  }
  return undefined;
}

function countPatterns(def: FactDef): RegExp[] {
  const h = hintsOf(def);
  if (!h.items) return [];
  const units = h.units || '(?:个|项|条|份|所|家|篇|件|套|例|节)';
  const items = h.items.source;
  // Between the items and their number: a tick, a bracket, a word of planning ("典型案例（√）
  // （计划7个）"). Between a number and the items no list separator: in "报告1份、案例6个" the
  // 1 belongs to the report.
  return [
    new RegExp(`(${NUMBER})${RANGE}${units}(?:以上|左右)?[^。；;\\n\\d、，,]{0,30}?(?:${items})`),
    itemsThenCount(items, units),
  ];
}

/**
 * "典型案例（√）（计划7个）", "案例共：7个": the items, then marks, a plan, a verb and a colon
 * (each optional), then the number (group 1). Each run of white space is read by one `\\s*`,
 * after a word of its own: a hostile page's long runs after the items stay linear.
 */
export function itemsThenCount(items: string, units: string): RegExp {
  const plan = '(?:计划|预计|拟|力争)';
  const make = '(?:形成|开发|建设|完成|编写)';
  return new RegExp(
    `(?:${items})(?:\\s*(?:${MARKS}|[（(]))*\\s*(?:${plan}${make}?\\s*|${make}\\s*)?(?:(?:共|有|总数|数量|数)\\s*)?(?:(?:不少于|至少|达到|共|为|有)\\s*)?(?:[:：]\\s*)?(${NUMBER})${RANGE}${units}`,
  );
}

/** Candidates from sentences: the pack's patterns, else "N units items" / "items N units". */
function fromSentences(
  ctx: ReadContext,
  def: FactDef,
  spans: Span[],
  patterns: RegExp[],
): Candidate[] {
  const out: Candidate[] = [];
  const parse = (raw: string) => (def.type === 'integer' ? parseCount(raw) : parseNumber(raw));
  spans.forEach((s, k) => {
    // The notice's conditions reprinted at the head of the form: the call's floors, not a plan.
    if (inNoticeExcerpt(ctx.doc, s.start)) return;
    // A blank filled in by hand ("案例数：__7__个"): the rule's underscores are not text.
    const text = s.text.replace(/[_＿]/g, ' ');
    for (const re of patterns) {
      for (const m of text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))) {
        const raw = m.groups?.value ?? m[1] ?? m[0];
        const at = m.index + m[0].indexOf(raw);
        if (isQuotedRequirement(text, at, raw.length)) {
          // The applicant's own figure after the quoted one, in the same measure.
          const own = ownAfterQuote(text.slice(at + raw.length), spans[k + 1], s);
          const n = own && parse(own.raw);
          if (own && n !== undefined && n > 0) {
            out.push({ value: n, span: own.span });
            return;
          }
          continue;
        }
        const n = parse(raw);
        if (n === undefined || n <= 0) continue;
        out.push({ value: n, span: s });
        return;
      }
    }
  });
  return out;
}

/** Words of the applicant's own plan before a figure. */
const PLAN = '(?:计划|拟|预计|力争|确保|目标|将)';

/**
 * "通知要求每年…不少于200条；本联盟计划每年完成240条": after a figure quoted from the notice,
 * the applicant's own figure in the same measure word, in a clause of its plan (in the rest of
 * the sentence or the next one, if it directly follows).
 */
function ownAfterQuote(
  rest: string,
  next: Span | undefined,
  span: Span,
): { raw: string; span: Span } | undefined {
  const unit = /^\s*([^\d\s〇零一二两三四五六七八九十百千万])/.exec(rest)?.[1];
  if (!unit) return undefined;
  const own = new RegExp(`${PLAN}[^。；;\\n\\d]{0,16}?(${NUMBER})\\s*${unit}`);
  const here = own.exec(rest.slice(1));
  if (here) return { raw: here[1]!, span };
  const adjacent = next && next.start - span.end <= 1;
  const there = adjacent ? own.exec(next.text) : null;
  return there ? { raw: there[1]!, span: next! } : undefined;
}

/** Rows of outcome-like tables naming the items, with a quantity. */
function fromTables(ctx: ReadContext, def: FactDef): ExtractedFact<number> | undefined {
  const h = hintsOf(def);
  if (!h.items) return undefined;
  const units = h.units || '(?:个|项|条|份|所|家|篇|件|套|例|节)';
  const quantity = new RegExp(
    `^(?:不少于|至少|约|共)?\\s*(${NUMBER})${RANGE}${units}?(?:以上|左右)?$`,
  );
  // Without a quantity column, only a number with its measure word ("7个") is a quantity: a
  // bare number may be the row's 序号.
  const measured = new RegExp(
    `^(?:不少于|至少|约|共)?\\s*(${NUMBER})${RANGE}${units}(?:以上|左右)?$`,
  );
  let total = 0;
  const cells: DocCell[] = [];
  for (const table of tablesOf(ctx.doc)) {
    const qty = table.columns.find((c) => /数量|数目|个数|规模|件数|预期数/.test(c.label));
    for (const row of table.body) {
      const named = row.cells.find((c) => h.items!.test(c.text) && !ALREADY.test(c.text));
      if (!named) continue;
      let n: number | undefined;
      const cell = qty ? columnOf(row, qty) : undefined;
      const candidates = cell ? [cell] : row.cells.filter((c) => c !== named);
      for (const c of candidates) {
        const m = (cell ? quantity : measured).exec(cleanValue(c.text));
        if (m) {
          n = parseCount(m[1]!);
          break;
        }
      }
      if (n === undefined || n <= 0) continue;
      total += n;
      cells.push(...row.cells);
    }
    if (cells.length > 0) return fromCells(ctx.doc, cells, total, 0.9);
  }
  return undefined;
}

/** The answer from candidates: the first, uncertain when others disagree. */
function settle(
  ctx: ReadContext,
  found: Candidate[],
  confidence: number,
  source: 'sentence' | 'section' = 'sentence',
) {
  const first = found[0];
  if (!first) return undefined;
  const disagree = found.some((c) => c.value !== first.value);
  return fromFlow(
    ctx.doc,
    first.span.start,
    first.span.end,
    first.value,
    disagree ? 0.5 : confidence,
    source,
  );
}

/** Sentences of the fact's sections, then (for a plan) forward-looking sentences elsewhere. */
function spansFor(ctx: ReadContext, def: FactDef): { inSection: Span[]; elsewhere: Span[] } {
  const h = hintsOf(def);
  const sections = h.sections ? findSections(ctx.doc, h.sections) : [];
  const inSection = sections.flatMap((s) => sentences(ctx.doc, s.start, s.end));
  const inside = new Set(inSection.map((s) => s.start));
  const all = sentences(ctx.doc).filter((s) => !inside.has(s.start));
  // A fact read in a section is a plan: elsewhere only sentences that look forward count.
  const elsewhere = h.sections
    ? all.filter((s) => FORWARD.test(s.text) && !ALREADY.test(s.text))
    : all;
  return {
    inSection: inSection.filter((s) => !ALREADY.test(s.text) || !h.sections),
    elsewhere,
  };
}

/**
 * A table of the items with a quantity column and a total row ("资源类型 | 每年数量（条）" …
 * "合计 | 240"), the table or its caption naming the items: the total.
 */
function tableTotal(ctx: ReadContext, def: FactDef): ExtractedFact<number> | undefined {
  const items = hintsOf(def).items;
  if (!items) return undefined;
  for (const table of tablesOf(ctx.doc)) {
    const qty = table.columns.find((c) => /数量|数目|个数|条数|总数/.test(c.label));
    const about = `${table.caption?.text ?? ''}\t${table.header?.text ?? ''}`;
    if (!qty || !items.test(about)) continue;
    for (const row of table.body) {
      const first = row.cells.find((c) => cleanValue(c.text) !== '');
      if (!first || !/^(?:合计|总计|共计)$/.test(cleanValue(first.text).replace(/\s+/g, ''))) {
        continue;
      }
      const cell = columnOf(row, qty);
      const m = cell && new RegExp(`^(${NUMBER})\\s*\\S?$`).exec(cleanValue(cell.text));
      const n = m ? parseNumber(m[1]!) : undefined;
      if (n !== undefined && n > 0) return fromCells(ctx.doc, [first, cell!], n, 0.85);
    }
  }
  return undefined;
}

/**
 * A label, 为/是/a colon or not, a number and `unit` on one line. One run of spaces on each side
 * of 为: two side by side tried every split of a long run (quadratic: 100,000 spaces after a
 * label took half a minute).
 */
export function labelledInProsePattern(labels: string[], unit: string): RegExp {
  // Labels, roles and measure words in either writing (年齡, 主持人…).
  return new RegExp(
    eitherWritingPattern(
      `(?:^|(?<=[^\\p{Script=Han}]|主持人|负责人|领衔人|申报人))(?:${labels.map(escapeRegex).join('|')})[^\\S\\n]*(?:(?:为|是|[:：])[^\\S\\n]*)?(${NUMBER})[^\\S\\n]*${unit}`,
    ),
    'gmu',
  );
}

/**
 * "主持人性别男，年龄36岁": a label of the fact starting a clause in running text, the number right
 * after it (or after 为/是/a colon) and the fact's measure word after the number. Without a
 * measure word nothing is read: a bare number after a word is too often something else; nor
 * across a line break (a row of labels over a row of values).
 */
function labelledInProse(ctx: ReadContext, def: FactDef): ExtractedFact<number> | undefined {
  const h = hintsOf(def);
  const unit = h.units || (def.unit?.zh ? escapeRegex(def.unit.zh) : '');
  if (!unit || h.labels.length === 0) return undefined;
  for (const m of ctx.doc.flow.matchAll(labelledInProsePattern(h.labels, unit))) {
    const n = def.type === 'integer' ? parseCount(m[1]!) : parseNumber(m[1]!);
    if (n === undefined || n <= 0) continue;
    return fromFlow(ctx.doc, m.index, m.index + m[0].length, n, 0.85);
  }
  return undefined;
}

export function readNumber(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const field = fromField(ctx, def) ?? fromItemLabel(ctx, def);
  if (field) return field;
  const h = hintsOf(def);
  const patterns = h.patterns.length ? h.patterns : countPatterns(def);
  const { inSection, elsewhere } = spansFor(ctx, def);
  const found = fromSentences(ctx, def, inSection, patterns);
  if (found.length) return settle(ctx, found, 0.9, 'section');
  return (
    settle(ctx, fromSentences(ctx, def, elsewhere, patterns), 0.8) ??
    tableTotal(ctx, def) ??
    labelledInProse(ctx, def)
  );
}

export function readCount(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const field = fromField(ctx, def) ?? fromItemLabel(ctx, def);
  if (field) return field;
  const h = hintsOf(def);
  const patterns = [...h.patterns, ...countPatterns(def)];
  const { inSection, elsewhere } = spansFor(ctx, def);
  const found = fromSentences(ctx, def, inSection, patterns);
  if (found.length) return settle(ctx, found, 0.9, 'section');
  const table = fromTables(ctx, def);
  if (table) return table;
  return (
    settle(ctx, fromSentences(ctx, def, elsewhere, patterns), 0.8) ?? labelledInProse(ctx, def)
  );
}
