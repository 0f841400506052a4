/**
 * Choices: which of a fact's options the application picks. Options and the wordings that mean
 * each come from the pack. Read from the checkbox group beside the fact's label (a grid over
 * several lines, marks on either side), or inside the fact's section: a marked list, circled
 * numbers citing the notice's numbered list ("符合第①③条"), or the options' wordings in prose.
 * A section naming none of them gives an empty list; a group with boxes but no tick is proposed
 * as uncertain (ticks are what a scan or OCR loses first). Without a field or a section, the
 * options worded in sentences whose subject is one of the fact's `items` ("主持人曾获……，系市级
 * 骨干教师。"), proposed for checking; sentences naming none say nothing (not an empty list).
 */
import type { ExtractedFact } from '../../facts/standard';
import { labelSource, simplified } from '../../pdf/hant';
import { DASHED_NUMBER_SOURCE, OUTLINE_NUMBER_SOURCE } from '../../pdf/outline-numbers';
import {
  findCheckboxGroup,
  MARK,
  type MarkedOptions,
  markedOptions,
  type OptionMatcher,
} from '../../pdf/structure/checkboxes';
import type { DocCell, DocRow } from '../../pdf/structure/document';
import { type Found, findField } from '../../pdf/structure/key-values';
import { findSection, numbering, type Span, sentences } from '../../pdf/structure/sections';
import { type Table, tablesOf } from '../../pdf/structure/tables';
import type { FactDef } from '../../rubric';
import { CIRCLED, circledNumber } from '../numerals';
import {
  doubtful,
  fromCells,
  fromFlow,
  fromFound,
  hintsOf,
  pairConfidence,
  type ReadContext,
} from './context';
import { byPattern } from './text';

/**
 * An outline's number before a field's label: "（五）学段：", "3.学段：", "3）学段：", "五、学段",
 * "1.5 学段：", "（1.5）学段".
 */
const FIELD_NUMBER = `(?:${OUTLINE_NUMBER_SOURCE}|${DASHED_NUMBER_SOURCE}|[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}\\s*[.、．]|\\d{1,2}[）)])?`;

/** A line opening with one of `words` as its label (after any outline number). */
export function anchored(words: string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const spaced = words.map((w) => labelSource(w, '\\s*'));
  // Two of the fact's labels may make one ("年级册次", "年级/册次").
  const one = `(?:${spaced.join('|')})`;
  return new RegExp(
    `^\\s*${FIELD_NUMBER}\\s*${one}(?:\\s*[/／]?\\s*${one})?(?![\\p{Script=Han}])`,
    'u',
  );
}

/** A line ending with one of `words` as its label, a colon after it or not. */
function closing(words: string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const spaced = words.map((w) => labelSource(w, '\\s*'));
  return new RegExp(`(?:${spaced.join('|')})\\s*[:：]?$`, 'u');
}

/**
 * Marks that do not each tie to one option: pairing ambiguous (a mark between two options), or
 * a tick beside no option of the pack. The options read are then not surely the answer.
 */
function doubtfulMarks(marked: MarkedOptions): boolean {
  return marked.ambiguous || (marked.untied ?? 0) > 0;
}

function value(def: FactDef, chosen: string[]): unknown {
  if (def.type === 'enum') return chosen.length === 1 ? chosen[0] : undefined;
  return chosen;
}

/**
 * A note restating the notice's list ("注：①…；②…", or a line "条件：①在省级…；②在全市…") is
 * the notice's, not the applicant's.
 */
const LEGEND =
  /(?:^|\n)\s*(?:(?:注|说明|备注|附注)\s*[:：]|(?:\p{Script=Han}{1,6}\s*[:：])?\s*①[^①②\n]{4,}②)/u;

/** "无", "暂无", "不符合": the field is there and picks nothing. */
const NONE = /^\s*(?:无|暂无|没有|不符合|均不符合)\s*[。.]?\s*$/;

/**
 * A bracket restating the notice's numbered list after the numbers cited ("⑥（序号见通知：①…；
 * ②…）", "第2、5项（1. …；2. …）"): the notice's wording, not the applicant's answer. A bracket
 * holding the first two numbers of a list, in order, is such a restatement (also one a field's
 * value cuts off before its closing bracket).
 */
const RESTATED =
  /[（(](?:[^（）()]|[（(][^（）()]*[）)])*?(?:①[^（）()②]*?②|(?<!\d)1\s*[.．、](?!\d)[^（）()]*?(?<!\d)2\s*[.．、](?!\d))(?:[^（）()]|[（(][^（）()]*[）)])*(?:[）)]|$)/gu;

export function withoutRestatedList(text: string): string {
  return text.replace(RESTATED, ' ');
}

/**
 * Options cited by arabic number after saying they are met: "符合第2、5项", "满足第3条". Not in a
 * bracket: "（序号对应通知第1条）" points into the notice.
 */
function arabicRefs(h: ReturnType<typeof hintsOf>, text: string): string[] {
  const out: string[] = [];
  const bare = text.replace(/[（(][^（）()]*(?:[）)]|$)/g, ' ');
  const cite = /(?:符合|满足|具备)\s*第\s*(\d{1,2}(?:\s*[、，,和及与]\s*\d{1,2})*)\s*[项条款]/g;
  for (const m of bare.matchAll(cite)) {
    for (const n of m[1]!.match(/\d{1,2}/g) ?? []) {
      const option = h.options[Number(n) - 1];
      if (option) out.push(option.value);
    }
  }
  return out;
}

/** Circled numbers citing the notice's numbered options: "①③⑤", "符合第①③条", "条件①、③". */
function circledRefs(h: ReturnType<typeof hintsOf>, text: string): string[] {
  // Every citation: "符合第①项：…。符合第③项：…" cites two.
  // "申报条件（填序号）：⑥": numbers alone after a label's colon, ending the line, cite too.
  const cited = [
    ...text.matchAll(/(?:条件|第|符合)\s*([①-⑳](?:\s*[、，,和及与]?\s*[①-⑳])*)/g),
    ...text.matchAll(/[:：]\s*([①-⑳](?:\s*[、，,和及与]?\s*[①-⑳])*)\s*(?=[。；;]|$)/gm),
  ]
    .map((m) => m[1]!)
    .join('');
  const refs = cited || /^\s*([①-⑳](?:\s*[、，,和及与]?\s*[①-⑳])*)\s*[。；;]?\s*$/.exec(text)?.[1];
  const out: string[] = [];
  for (const c of refs?.match(/[①-⑳]/g) ?? []) {
    const option = h.options[circledNumber(c)! - 1];
    if (option) out.push(option.value);
  }
  return out;
}

/** Matchers for the options by their circled number alone (①, ②…, in the pack's order). */
function numberedMatchers(options: OptionMatcher[]): OptionMatcher[] {
  return options
    .slice(0, CIRCLED.length)
    .map((o, i) => ({ value: o.value, patterns: [new RegExp(CIRCLED[i]!)] }));
}

/** The options a value or a section's text picks: ticked boxes, named options, cited numbers. */
function picked(def: FactDef, raw: string): { chosen: string[]; confidence: number } | undefined {
  const h = hintsOf(def);
  const text = h.numbered ? withoutRestatedList(raw) : raw;
  const flat = text.replace(/[\t\n]/g, ' ');
  // Lines kept: which side of the options the marks stand on shows at the lines' starts.
  const lines = text.replace(/\t/g, ' ');
  // Options cited by their number only, each beside its box ("□① □② √③"): the numbers stand
  // for the notice's numbered options.
  const marked =
    markedOptions(lines, h.options) ??
    (h.numbered ? markedOptions(lines, numberedMatchers(h.options)) : undefined);
  if (marked?.boxed)
    return { chosen: marked.chosen, confidence: doubtfulMarks(marked) ? 0.5 : 0.9 };
  const named = new Set(marked?.chosen ?? []);
  const cited = h.numbered
    ? new Set([...circledRefs(h, flat), ...arabicRefs(h, flat)])
    : new Set<string>();
  if (cited.size > 0) {
    // The form cites the notice's numbers: those are its answer. An option worded elsewhere in
    // the text and not cited (a counselor's duty 教研员 below the answer) makes it doubtful.
    const chosen = h.options.map((o) => o.value).filter((v) => cited.has(v));
    const extra = [...named].some((v) => !cited.has(v));
    return { chosen, confidence: extra ? 0.55 : 0.85 };
  }
  const chosen = h.options.map((o) => o.value).filter((v) => named.has(v));
  if (chosen.length === 0 && NONE.test(flat)) return { chosen, confidence: 0.8 };
  // Every option of three or more named and none marked: the text restates the list of options
  // (the notice's legend under the answer), which says nothing of which one is picked.
  // So does a numbered list of (nearly) every option: ①…②…③… each number once.
  const numbers = new Set(flat.match(/[①-⑳]/g) ?? []);
  const everyOption =
    h.options.length >= 3 &&
    (chosen.length === h.options.length ||
      (chosen.length >= 3 && numbers.size >= h.options.length - 1));
  return { chosen, confidence: everyOption ? 0.5 : 0.85 };
}

function fromSection(ctx: ReadContext, def: FactDef, span: Span): ExtractedFact | undefined {
  const legend = span.text.search(LEGEND);
  const text = legend >= 0 ? span.text.slice(0, legend) : span.text;
  const p = picked(def, text);
  const v = p && value(def, p.chosen);
  if (v === undefined) return undefined;
  return fromFlow(ctx.doc, span.start, span.end, v, p!.confidence, 'section');
}

/**
 * "我符合的是：①在省级…以上；⑥具备…骨干教师。": a field or clause read up to its first
 * semicolon, where a sentence citing the notice's numbered options goes on with the next
 * number. The rest of the sentence (to its full stop) is the answer too, when the text right
 * after `end` starts with a circled number; else nothing.
 */
function citedRest(flow: string, end: number): string {
  const rest = flow.slice(end, end + 400);
  if (!/^\s*[；;，,、]?\s*[①-⑳]/.test(rest)) return '';
  const stop = rest.search(/[。\n\t]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

function withCitedRest(ctx: ReadContext, def: FactDef, found: Found): string {
  if (!hintsOf(def).numbered || found.kind !== 'inline' || !found.flow) return found.value;
  return found.value + citedRest(ctx.doc.flow, found.flow[1]);
}

/**
 * The value of the fact's field ("学段：高中", "性别 | 男", a one-record table's column): the
 * options it names. A field naming none is an empty list for a list of options, when the
 * field says so in words ("（以主题为单位，不对应具体册次）"), proposed for checking.
 */
function fromField(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const labels = hintsOf(def).labels;
  for (const relaxed of [false, true]) {
    for (const label of labels) {
      const found = findField(ctx.doc, [label], false, relaxed);
      if (!found) continue;
      // A free line alone over text is a heading: its section (all of it) is read below, not
      // the first line under it as a field's value.
      const labelRow = found.cells?.[0] && ctx.doc.rowAt(found.cells[0].flow);
      if (found.kind === 'below' && labelRow && labelRow.table < 0 && hintsOf(def).sections) {
        continue;
      }
      const p = picked(def, withCitedRest(ctx, def, found));
      if (!p) continue;
      if (
        p.chosen.length === 0 &&
        def.type === 'names' &&
        /[\p{Script=Han}]{2}/u.test(found.value)
      ) {
        // Marks or numbers the reading could not tie to options: "none" is then a guess.
        const unread = /[①-⑳]|[□■☑☐√✓✔]/.test(found.value);
        return fromFound(ctx.doc, found, [], unread ? 0.4 : 0.6);
      }
      const v = value(def, p.chosen);
      if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
      return fromFound(ctx.doc, found, v, Math.min(p.confidence, pairConfidence(found)));
    }
  }
  return undefined;
}

/**
 * The options worded in sentences about one of the fact's items: a sentence (to 。) that opens,
 * after any list numbering or a label and colon, with the item as its subject. Quoted notice
 * text ("按照通知要求，主持人须……") does not open with it and is not read.
 */
function fromSubjectSentences(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const h = hintsOf(def);
  if (!h.items || def.type !== 'names') return undefined;
  const subject = new RegExp(
    `^(?:[一二两三四五六七八九十\\d]+[位名])?(?:${h.items.source})(?![\\p{Script=Han}]{0,2}[:：])`,
    'u',
  );
  const chosen = new Set<string>();
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  const flow = ctx.doc.flow;
  for (const s of sentences(ctx.doc)) {
    // Sentences split at 。 only: clauses after a comma keep the subject.
    if (s.start > 0 && !/[。！？\n\t]/.test(flow[s.start - 1]!)) continue;
    let text = s.text.trim();
    text = numbering(text)?.rest ?? text;
    text = text.replace(/^[^：:，,。]{1,12}[:：]\s*/, '');
    if (!subject.test(text)) continue;
    let stop = s.end;
    while (stop < flow.length && !/[。！？\n\t]/.test(flow[stop - 1]!)) stop++;
    const whole = flow.slice(s.start, stop);
    const named = markedOptions(whole.replace(/[\t\n]/g, ' '), h.options);
    if (!named || named.boxed || named.chosen.length === 0) continue;
    for (const v of named.chosen) chosen.add(v);
    start = Math.min(start, s.start);
    end = Math.max(end, stop);
  }
  if (chosen.size === 0) return undefined;
  const value = h.options.map((o) => o.value).filter((v) => chosen.has(v));
  return fromFlow(ctx.doc, start, end, value, 0.55, 'sentence');
}

const YES = /^(?:是|符合|√|✓|✔|有)$/;
const NO = /^(?:否|不符合|×|✗|无)$/;

/**
 * A table answering each option ("① | 在省级…获二等奖以上 | 是", one row per option, 是/否 in a
 * cell of its own): the options answered yes. Three answered rows at least, in one table.
 */
function fromAnswerTable(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const h = hintsOf(def);
  if (def.type !== 'names') return undefined;
  for (const table of tablesOf(ctx.doc)) {
    const yes: string[] = [];
    const cells: DocCell[] = [];
    let answered = 0;
    for (const row of table.body) {
      const texts = row.cells.map((c) => c.text.trim());
      const answer = texts.find((t) => YES.test(t) || NO.test(t));
      const named = texts
        .filter((t) => !YES.test(t) && !NO.test(t))
        .map((t) => markedOptions(t, h.options))
        .filter((m) => m && !m.boxed && m.chosen.length === 1);
      if (!answer || named.length !== 1) continue;
      answered++;
      cells.push(...row.cells);
      if (YES.test(answer)) yes.push(named[0]!.chosen[0]!);
    }
    if (answered < 3) continue;
    const chosen = h.options.map((o) => o.value).filter((v) => yes.includes(v));
    return fromCells(ctx.doc, cells, chosen, 0.85, 'grid');
  }
  return undefined;
}

/** A mark that says yes where it stands (a filled box or dot, a tick), not an empty box. */
const FILLED = /[●■☑☒▣√✓✔◉]/;
/** Column heads of a yes/no grid: 是 | 否, 有 | 无 (無), 符合 | 不符合, √ | ×. */
const YES_HEAD = /^(?:是|有|符合|√|✓)$/;
const NO_HEAD = /^(?:否|无|無|不符合|×|✗)$/;

/**
 * A choice grid with a column for yes and one for no ("①在省级…获二等奖以上 | ● |", "… |  | ○"):
 * a filled mark under 是 chooses the row's option. Three answered rows at least, each naming one
 * option and marked in one column only; marks in both, or none, leave the grid unread.
 */
function fromAnswerColumns(
  ctx: ReadContext,
  h: ReturnType<typeof hintsOf>,
  table: Table,
): ExtractedFact | undefined {
  // The heads may stand in a row the table does not take for a header (one-character cells).
  const rows = [...(table.header ? [table.header] : []), ...table.body];
  const at = rows.findIndex(
    (r) =>
      r.cells.some((c) => YES_HEAD.test(c.text.trim())) &&
      r.cells.some((c) => NO_HEAD.test(c.text.trim())),
  );
  if (at < 0) return undefined;
  const head = rows[at]!;
  const yesHead = head.cells.find((c) => YES_HEAD.test(c.text.trim()))!;
  const noHead = head.cells.find((c) => NO_HEAD.test(c.text.trim()))!;
  const under = (row: DocRow, headCell: DocCell) =>
    row.cells.find(
      (c) =>
        Math.min(c.rect[2], headCell.rect[2]) - Math.max(c.rect[0], headCell.rect[0]) >
        0.5 * Math.min(c.rect[2] - c.rect[0], headCell.rect[2] - headCell.rect[0]),
    );
  const yes: string[] = [];
  const cells: DocCell[] = [];
  let answered = 0;
  for (const row of rows.slice(at + 1)) {
    const inYes = under(row, yesHead);
    const inNo = under(row, noHead);
    const marks = [inYes, inNo].filter((c) => c && /[●○■□☑☐☒▣√✓✔×✗◉]/.test(c.text));
    const rest = row.cells.filter((c) => c !== inYes && c !== inNo);
    const named = rest
      .map((c) => markedOptions(c.text, h.options))
      .filter((m) => m && !m.boxed && m.chosen.length === 1);
    if (marks.length !== 1 || named.length !== 1) continue;
    answered++;
    cells.push(...row.cells);
    if (marks[0] === inYes && FILLED.test(inYes!.text)) yes.push(named[0]!.chosen[0]!);
  }
  if (answered < 3) return undefined;
  const chosen = h.options.map((o) => o.value).filter((v) => yes.includes(v));
  return fromCells(ctx.doc, cells, chosen, 0.85, 'grid');
}

/** Words of a clause that quotes the notice rather than answering. */
const QUOTING = /通知|要求|规定|须|应当|可选|任选/;

/**
 * Options a clause names with the head word of one of the fact's labels right after them: "承担
 * 七上册的教研任务" names the volume 七上 as a 年级册 does (册), "初中段" the stage (段), where
 * the label itself is not written.
 */
function headed(clause: string, h: ReturnType<typeof hintsOf>): string[] {
  const heads = new Set(h.labels.map((l) => l.at(-1)));
  return h.options
    .filter((o) =>
      o.patterns.some((p) =>
        [...clause.matchAll(new RegExp(p.source, `${p.flags.replace('g', '')}g`))].some((m) =>
          heads.has(clause[m.index + m[0].length]),
        ),
      ),
    )
    .map((o) => o.value);
}

/**
 * "属高中学段", "研究类别为创客教育", "以七年级上册为研究教材": clauses of free text that name the
 * fact by one of its labels and options by their wording, or name options with a label's head
 * word ("承担七上册的教研任务"). Clauses quoting the notice are not read; clauses naming
 * different options for a single choice give nothing.
 */
function fromLabelledClauses(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const h = hintsOf(def);
  if (h.labels.length === 0) return undefined;
  const chosen = new Set<string>();
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const s of sentences(ctx.doc)) {
    const row = ctx.doc.rowAt(s.start);
    if (!row || row.table >= 0 || s.text.includes('\t')) continue;
    let at = s.start;
    for (const clause of s.text.split(/(?<=[，,])/)) {
      const from = at;
      at += clause.length;
      if (QUOTING.test(clause)) continue;
      const plain = simplified(clause);
      const labelled = h.labels.some((l) => plain.includes(l));
      // The sentence's last clause may go on past a semicolon with the next cited number.
      const more = labelled && h.numbered && at === s.start + s.text.length;
      const rest = more ? citedRest(ctx.doc.flow, at) : '';
      let named = labelled ? markedOptions(clause + rest, h.options)?.chosen : undefined;
      if (!named || named.length === 0) named = headed(clause, h);
      if (named.length === 0 || new RegExp(MARK.source).test(clause)) continue;
      for (const v of named) chosen.add(v);
      start = Math.min(start, from);
      end = Math.max(end, at + rest.length);
    }
  }
  if (chosen.size === 0) return undefined;
  const v = value(
    def,
    h.options.map((o) => o.value).filter((x) => chosen.has(x)),
  );
  return v === undefined ? undefined : fromFlow(ctx.doc, start, end, v, 0.7, 'sentence');
}

export function readChoice(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const h = hintsOf(def);
  if (h.options.length === 0) return undefined;
  // Marks in a yes and a no column are the grid's answers, not boxes before the options.
  if (def.type === 'names') {
    for (const table of tablesOf(ctx.doc)) {
      const grid = fromAnswerColumns(ctx, h, table);
      if (grid) return grid;
    }
  }
  const label = anchored(h.labels);
  const group = findCheckboxGroup(ctx.doc, h.options, label, closing(h.labels));
  if (group?.marked.boxed) {
    const { marked } = group;
    const v = value(def, marked.chosen);
    if (v !== undefined) {
      let confidence = 0.95;
      if (doubtfulMarks(marked) || marked.chosen.length === 0) confidence = 0.5;
      // A grid found as a line naming options, not beside the fact's label: it may be another
      // field's.
      if (!group.labelled && h.labels.length > 0) confidence = 0.5;
      return fromFlow(ctx.doc, group.start, group.end, v, confidence, 'grid');
    }
  }
  // A grid beside the fact's label with ticks that give no value (two ticks for a single
  // choice): whatever another structure says is doubtful.
  const unread =
    group?.marked.boxed && group.labelled && group.marked.chosen.length > 0
      ? value(def, group.marked.chosen) === undefined
      : false;
  const fact = otherStructures(ctx, def, group);
  return fact && unread ? doubtful(fact) : fact;
}

/** The fact from an answer table, a field, a section or sentences (no labelled grid read). */
function otherStructures(
  ctx: ReadContext,
  def: FactDef,
  group: ReturnType<typeof findCheckboxGroup>,
): ExtractedFact | undefined {
  const h = hintsOf(def);
  const answered = fromAnswerTable(ctx, def);
  if (answered) return answered;
  const field = fromField(ctx, def);
  if (field) return field;
  if (group && !h.sections) {
    const v = value(def, group.marked.chosen);
    if (v !== undefined) return fromFlow(ctx.doc, group.start, group.end, v, 0.8, 'grid');
  }
  if (h.sections) {
    const span = findSection(ctx.doc, h.sections);
    if (span && span.text.trim() !== '') return fromSection(ctx, def, span);
  }
  const clauses = fromLabelledClauses(ctx, def);
  if (clauses) return clauses;
  // The pack's own wording of the answer in a sentence ("主持人张三，男，46岁").
  if (h.patterns.length > 0) {
    const patterned = byPattern(ctx, def);
    if (patterned) return patterned;
  }
  return fromSubjectSentences(ctx, def);
}
