/**
 * What an application promises and what it already has, beyond counts (number.ts): which of the
 * fact's outcome options its outcome section or table names (`flags`: a research report, a
 * guide), and titles listed after an intro about what exists ("已形成的典型案例：1. … 2. …",
 * inline "A、B", or a table column headed by one of the fact's labels) (`list`).
 */
import type { ExtractedFact } from '../../facts/standard';
import { normalize } from '../../pdf/normalize';
import { OUTLINE_NUMBER_SOURCE, outlineItem } from '../../pdf/outline-numbers';
import { answerBelow } from '../../pdf/structure/answers';
import { wrappedOnto } from '../../pdf/structure/bracketed-labels';
import {
  findCheckboxGroup,
  type MarkedOptions,
  markedOptions,
  type OptionMatcher,
} from '../../pdf/structure/checkboxes';
import type { DocCell, DocRow } from '../../pdf/structure/document';
import { withoutGuidance } from '../../pdf/structure/guidance';
import { cellUnderLabel, cleanLabel, cleanValue } from '../../pdf/structure/key-values';
import {
  BRACKET_NUMBER,
  findSections,
  headingOf,
  type Span,
  sentences,
  withoutBullet,
} from '../../pdf/structure/sections';
import { columnOf, tablesOf } from '../../pdf/structure/tables';
import type { FactDef } from '../../rubric';
import { NUMBER, parseCount } from '../numerals';
import { anchored } from './choice';
import { doubtful, fromCells, fromFlow, fromFound, hintsOf, type ReadContext } from './context';
import { beforeRunOnField, itemsGoingOn, secondItemBelow } from './list-going-on';
import { ALREADY, isQuotedRequirement } from './number';
import { withoutNumber as itemWords, numberedRowsBeside } from './numbered-beside';
import { splitSlashedTitles, wideSpacedTitles } from './one-cell-lists';
import { cellLines } from './wrapped-cells';

/**
 * Words of a plan: what will be made ("将", "拟", "力争"), by when ("建设期满", "期满"), how much
 * at least ("不少于"). Verbs of making alone ("开发", "发表") are also what a host's record says
 * of work done. A letter says it plainly: "我们打算/准备交出…", "争取…".
 */
const FORWARD =
  /形成|将|预计|计划|拟|力争|建成|打造|编制|撰写|完成|产出|不少于|至少|期满|打算|准备|争取|预期/;

/** Outcome tables: a column of outcome names (成果名称, 成果形式, 预期成果). */
function outcomeTableText(ctx: ReadContext): { text: string; cells: DocCell[] } | undefined {
  for (const table of tablesOf(ctx.doc)) {
    if (!table.columns.some((c) => /成果/.test(c.label))) continue;
    const cells = table.body.flatMap((r) => r.cells).filter((c) => !ALREADY.test(c.text));
    if (cells.length > 0) return { text: cells.map((c) => c.text).join('\t'), cells };
  }
  return undefined;
}

/**
 * A sentence without the options it names as the notice's requirement ("按照通知要求，成果形式
 * 包括…研究报告和应用指南"): those are the call's words, not the applicant's plan.
 */
function withoutQuoted(sentence: string, options: OptionMatcher[]): string {
  let out = sentence;
  for (const o of options) {
    for (const p of o.patterns) {
      const re = new RegExp(p.source, `${p.flags.replace('g', '')}g`);
      for (const m of sentence.matchAll(re)) {
        if (isQuotedRequirement(sentence, m.index, m[0].length)) {
          out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
        }
      }
    }
  }
  return out;
}

/**
 * Sections that may state the outcomes, the pack's most specific heading first ("预期成果"
 * before "建设目标" before "成果"), each once, in document order within a heading word.
 */
function outcomeSections(ctx: ReadContext, words: RegExp[]): Span[] {
  const seen = new Set<number>();
  const out: Span[] = [];
  for (const word of words) {
    for (const s of findSections(ctx.doc, word)) {
      if (s.text.trim() === '' || seen.has(s.start)) continue;
      seen.add(s.start);
      out.push(s);
    }
  }
  return out;
}

/**
 * The line that goes on with a section cut by a page break ("…教学案" at the foot of a page,
 * "例集1部、…。" at the top of the next): the section's last words end no sentence and the next
 * line, on the next page, is no heading.
 */
function overPage(ctx: ReadContext, s: Span): { text: string } | undefined {
  const last = ctx.doc.rowAt(Math.max(s.start, s.end - 1));
  const next = last && ctx.doc.rows[last.index + 1];
  if (!last || !next || next.page === last.page || /[。！？!?；;]$/.test(s.text.trim())) {
    return undefined;
  }
  if (next.cells.length !== 1 || headingOf(next, ctx.doc) !== null) return undefined;
  return { text: next.text.trim() };
}

/**
 * A checklist with boxes and not one tick: the ticks may be drawn as lines a text layer does not
 * hold (a flattened form) or lost on a scan, so "none of them" is not surely the answer.
 */
function untickedList(marked: MarkedOptions): boolean {
  return marked.chosen.length === 0 && (marked.untied ?? 0) === 0;
}

/**
 * Which options the document says it will produce. A section, table or sentence that names
 * one of them states it; one that names none proves little (a heading of another kind that
 * happened to match, a table header, a plan written elsewhere), so a reading where every
 * option is absent is proposed only as uncertain, after every place that could name one.
 */
export function readFlags(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const h = hintsOf(def);
  if (h.options.length === 0) return undefined;
  const flags = (text: string) =>
    Object.fromEntries(h.options.map((o) => [o.value, o.patterns.some((p) => p.test(text))]));
  const names = (value: Record<string, boolean>) => Object.values(value).some(Boolean);
  let none: ExtractedFact | undefined;
  // A row of boxes after the fact's label ("预期成果[x]A[x]B", the label and its colon on the
  // line's start, no heading of its own), else a line of boxes naming two options or more whose
  // label is gone (a glyph the font does not map): a checklist, read as a grid.
  const grid = findCheckboxGroup(ctx.doc, h.options, anchored(def.hints?.sections ?? []));
  const gridFact = () => {
    if (!grid?.marked.boxed || (!grid.labelled && grid.marked.seen.length < 2)) return undefined;
    const chosen = new Set(grid.marked.chosen);
    const value = Object.fromEntries(h.options.map((o) => [o.value, chosen.has(o.value)]));
    const doubtful =
      !grid.labelled ||
      grid.marked.ambiguous ||
      (grid.marked.unboxed ?? 0) > 0 ||
      untickedList(grid.marked);
    return fromFlow(ctx.doc, grid.start, grid.end, value, doubtful ? 0.5 : 0.9, 'grid');
  };
  for (const s of outcomeSections(ctx, h.sectionWords)) {
    // Ticked boxes say it where the section is a checklist: an empty checklist is a reading.
    // The notice's list quoted in the section ("《通知》明确成果形式包括：…研究报告和应用指南")
    // names options without boxes: the call's words, not unticked options of the checklist.
    const own = sentences(ctx.doc, s.start, s.end)
      .map((x) => withoutQuoted(x.text, h.options))
      .join(' ');
    const marked = markedOptions(own.replace(/[\t\n]/g, ' '), h.options);
    // A label spanning rows of a ruled cell, one option a row, stands beside a middle one: the
    // labelled grid holds the rows the label's own row does not.
    if (marked?.boxed && grid?.labelled && grid.marked.seen.length > marked.seen.length) {
      const fact = gridFact();
      if (fact) return fact;
    }
    if (marked?.boxed) {
      const chosen = new Set(marked.chosen);
      const value = Object.fromEntries(h.options.map((o) => [o.value, chosen.has(o.value)]));
      // Every option with its own box: else the marks are not a grid (a bullet read as a
      // tick). Ticks beside other items of the checklist (典型案例, 其他) are the form's own.
      const doubtful = marked.ambiguous || (marked.unboxed ?? 0) > 0 || untickedList(marked);
      return fromFlow(ctx.doc, s.start, s.end, value, doubtful ? 0.5 : 0.9, 'grid');
    }
    const cut = overPage(ctx, s);
    const text = sentences(ctx.doc, s.start, s.end)
      .filter((x) => !ALREADY.test(x.text))
      .map((x) => withoutQuoted(x.text, h.options))
      .join('')
      .concat(cut?.text ?? '');
    const value = flags(text);
    // A statement run over a page break ends on the next page: sure only where it ends there.
    const sure = !cut || /[。！？!?]$/.test(cut.text);
    if (names(value)) return fromFlow(ctx.doc, s.start, s.end, value, sure ? 0.9 : 0.5, 'section');
    none ??= fromFlow(ctx.doc, s.start, s.end, value, 0.5, 'section');
  }
  const checklist = gridFact();
  if (checklist) return checklist;
  const table = outcomeTableText(ctx);
  if (table) {
    const value = flags(table.text);
    if (names(value)) return fromCells(ctx.doc, table.cells, value, 0.85);
    none ??= fromCells(ctx.doc, table.cells, value, 0.5);
  }
  // Without a section, a forward-looking sentence naming one of the outcomes states them.
  const sentence = sentences(ctx.doc).find(
    (s) =>
      FORWARD.test(s.text) &&
      !ALREADY.test(s.text) &&
      h.options.some((o) => o.patterns.some((p) => p.test(s.text))),
  );
  if (!sentence) return none;
  // The statement goes on to its full stop: "形成《…研究报告》1份；编制《…指南》1册；…。" names
  // each outcome in a clause of its own, across lines.
  const end = statementEnd(ctx.doc.flow, sentence.end);
  const text = sentences(ctx.doc, sentence.start, end)
    .filter((x) => !ALREADY.test(x.text))
    .map((x) => withoutQuoted(x.text, h.options))
    .join('');
  const value = flags(text);
  // Every option it names quoted from the notice: it says nothing of the plan.
  if (!names(value)) return none ?? fromFlow(ctx.doc, sentence.start, end, value, 0.5);
  return fromFlow(ctx.doc, sentence.start, end, value, 0.7);
}

/** Where the statement holding `from` ends: its full stop, or a blank line, within 300 characters. */
function statementEnd(flow: string, from: number): number {
  if (/[。！？!?]\s*$/.test(flow.slice(Math.max(0, from - 2), from))) return from;
  const rest = flow.slice(from, from + 300);
  const stop = rest.search(/[。！？!?]|\n\s*\n/);
  return stop < 0 ? from : from + stop + 1;
}

/**
 * A list item's number: "1.", "(1)", "①", "一、", an outline's "3.1.2", or a bracketed marker
 * that may name the item ("〔1〕", "【案例一】", "[2]"), as forms filled in brackets number their
 * lines.
 */
const ENUMERATED = new RegExp(
  `^\\s*(?:${OUTLINE_NUMBER_SOURCE}|\\d{1,2}\\s*[.、．)）]|[（(]\\s*\\d{1,2}\\s*[)）]|[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[)）]|[①-⑳]|[一二三四五六七八九十]+、|${BRACKET_NUMBER.source})\\s*`,
  'u',
);

/** A column head naming titles without saying of what ("序号 | 名称"). */
const TITLE_HEAD = /^(?:名称|题目|标题)$/;

/**
 * A table's caption naming the fact's list ("附表：已形成的典型案例", a sheet's own caption over
 * "序号 | 名称"): the items said to exist already, or one of the fact's labels, after a "附表：".
 */
function captionedAsList(caption: DocRow | undefined, def: FactDef): boolean {
  const h = hintsOf(def);
  if (!caption || !h.items) return false;
  const text = cleanLabel(
    caption.text.replace(/^\s*(?:附表|附件|表)\s*[\d一二三四五六七八九十]*\s*[:：]/, ''),
  );
  const about = new RegExp(
    `^(?:${ALREADY.source})[^。；\\n：:]{0,12}?(?:${h.items.source})(?:清单|名称|目录|一览表|表)?$`,
  );
  return about.test(text) || h.labels.includes(text);
}

/** A table of titles: a column headed by one of the fact's labels, one title per row. */
function listFromTable(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const labels = hintsOf(def).labels;
  for (const table of tablesOf(ctx.doc)) {
    const column =
      table.columns.find((c) => labels.includes(c.label)) ??
      (captionedAsList(table.caption, def)
        ? table.columns.find((c) => TITLE_HEAD.test(c.label))
        : undefined);
    if (!column) continue;
    const cells: DocCell[] = [];
    const titles: string[] = [];
    const numbers = table.columns.find((c) => /^(?:序号|编号|序)$/.test(c.label));
    for (const row of table.body) {
      // Rows of another part of the form ruled into the same table ("项目简介 | …" under the
      // list): no number where the list numbers its rows.
      const number = numbers && columnOf(row, numbers);
      const label =
        number && cleanValue(number.text) !== '' && !/^\d{1,3}$/.test(number.text.trim());
      if (titles.length > 0 && label) break;
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

/**
 * Items numbered in one run of text ("1.A；2.B。", "1.A2.B", "①A②B"): split where the numbers
 * 1, 2, 3… (or ①②③…) stand in order. Undefined when the text is not such a run.
 */
export function splitEnumerated(text: string): string[] | undefined {
  const marks: { at: number; end: number }[] = [];
  let next = 1;
  const re =
    /(?<![\d.])(\d{1,2})\s*[.、．)）](?!\d)|[（(]\s*(\d{1,2})\s*[)）]|([①-⑳])|[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]/g;
  for (const m of text.matchAll(re)) {
    const n = m[3]
      ? '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'.indexOf(m[3]) + 1
      : m[4]
        ? parseCount(m[4])
        : Number(m[1] ?? m[2]);
    if (n !== next) continue;
    // The first number opens the text; later ones follow an item's end or its last character.
    if (next === 1 && text.slice(0, m.index).trim() !== '') return undefined;
    marks.push({ at: m.index, end: m.index + m[0].length });
    next++;
  }
  if (marks.length === 0) return undefined;
  return marks.map((mk, i) =>
    cleanValue(text.slice(mk.end, marks[i + 1]?.at ?? text.length).replace(/[。；;]\s*$/, '')),
  );
}

/**
 * Titles written in one line: numbered ("1.A；2.B"), or listed with 、 ；. Two titles in book
 * marks with nothing between them (《A》《B》, the 、 lost on a poor scan) are two titles too.
 */
export function inlineTitles(text: string): string[] {
  // A template's note before the list ("（列出案例名称，可附页）1.A2.B") would hide its numbering.
  const t = withoutGuidance(text)
    .trim()
    .replace(/[。.]$/, '');
  return (
    splitEnumerated(t) ??
    t
      .split(/[、；;]|(?<=》)\s*(?=《)/)
      .map((x) => cleanValue(x))
      .filter(Boolean)
  );
}

/** A borderless table's header line: "序号 | 案例名称", or the two run into "序号案例名称". */
const NUMBERED_HEADER = /^(?:序号|编号)[^\d]{0,10}(?:名称|题目|标题)$/;

/**
 * A borderless numbered table under a heading: its header line, then "1 | A", "2 | B" (the
 * numbers counting from 1). Undefined when the line under the heading is no such header.
 */
function numberedRowsUnder(
  ctx: ReadContext,
  from: number,
): { titles: string[]; end: number } | undefined {
  const header = ctx.doc.rows[from];
  if (!header || !NUMBERED_HEADER.test(header.text.replace(/[\s|｜]+/g, ''))) return undefined;
  const titles: string[] = [];
  let end = header.flowEnd;
  let titleX = 0;
  for (const row of ctx.doc.rows.slice(from + 1)) {
    const [number, title] = row.cells;
    // A title wrapped onto a line of its own, under the title's column.
    const wrapped =
      row.cells.length === 1 && Math.abs(number!.rect[0] - titleX) <= (row.size || 10);
    if (titles.length > 0 && wrapped) {
      titles[titles.length - 1] += cleanValue(number!.text);
      end = row.flowEnd;
      continue;
    }
    if (row.cells.length !== 2 || Number(number!.text.trim()) !== titles.length + 1) break;
    titles.push(cleanValue(title!.text));
    titleX = title!.rect[0];
    end = row.flowEnd;
  }
  return titles.length > 0 ? { titles, end } : undefined;
}

/** Numbered lines from a row on ("1. A" / "2. B"), a wrapped title's next line joining it. */
/** Plain title lines read as a list only from this many on (one line alone may be prose). */
const MIN_PLAIN_TITLES = 2;
const MAX_TITLE_CHARS = 40;

/**
 * Lines from row `from` on, each a whole title ending in the items' word ("…案例"), with no
 * number, bullet, colon or comma: a list whose bullets a scan lost or a typist never wrote. Ends
 * at the first line that is not such a title; none when fewer than MIN_PLAIN_TITLES.
 */
function plainTitleLines(
  doc: ReadContext['doc'],
  from: number,
  items: RegExp,
): { titles: string[]; end: number } | undefined {
  const endsInItem = new RegExp(`(?:${items.source})$`);
  const titles: string[] = [];
  let end = -1;
  for (const row of doc.rows.slice(from, from + 100)) {
    const text = row.text.trim();
    const title =
      row.table < 0 &&
      row.cells.length === 1 &&
      text.length <= MAX_TITLE_CHARS &&
      !/[，,：:；;。]/.test(text) &&
      !numberShape(text) &&
      !headingOf(row, doc) &&
      endsInItem.test(text) &&
      // The item word alone is a heading of its own, not a title.
      text.replace(endsInItem, '').length >= 2;
    if (!title) break;
    titles.push(text);
    end = row.flowEnd;
  }
  return titles.length >= MIN_PLAIN_TITLES ? { titles, end } : undefined;
}

function numberedLines(ctx: ReadContext, from: number): { titles: string[]; end: number } {
  const doc = ctx.doc;
  const titles: string[] = [];
  const lines: string[] = [];
  let style = '';
  let end = -1;
  /** "第1项" on a line of its own, its title on the next line (a form's numbered boxes). */
  let labelled = false;
  for (const row of doc.rows.slice(from)) {
    const text = row.text.trim();
    const label = ITEM_LABEL.exec(text);
    if (
      label &&
      (style === '' || style === 'label') &&
      parseCount(label[1]!) === titles.length + 1
    ) {
      [labelled, style, end] = [true, 'label', row.flowEnd];
      continue;
    }
    if (style === 'label') {
      // A title wrapped onto the next line goes on in the flow without a line break.
      if (!labelled && titles.length > 0 && doc.flow[row.flowStart - 1] !== '\n') {
        titles[titles.length - 1] += text;
        end = row.flowEnd;
        continue;
      }
      if (!labelled || row.cells.length !== 1) break;
      titles.push(text);
      lines.push(text);
      [labelled, end] = [false, row.flowEnd];
      continue;
    }
    const wrapped = titles.length > 0 && doc.flow[row.flowStart - 1] !== '\n';
    const shape = numberShape(text);
    if (wrapped) {
      titles[titles.length - 1] += text;
      lines[lines.length - 1] += text;
    } else if (
      shape &&
      (style === '' || shape === style) &&
      // The list's numbers run on: "（11）" after "（3）" is the form's next question.
      continues(text, titles.length + 1)
    ) {
      // The list's items share one numbering shape: "六、" after "1)" is the next heading.
      style = shape;
      titles.push(text.replace(shape.startsWith('bullet') ? BULLET : ENUMERATED, ''));
      lines.push(text);
    } else break;
    end = row.flowEnd;
  }
  // "1)A；2)B；3)C" on one line: the items are numbered inside the line.
  const inline = lines.length === 1 ? splitEnumerated(lines[0]!.replace(/[。.]$/, '')) : undefined;
  if (inline && inline.length > 1) return { titles: inline, end };
  return { titles: titles.map(cleanValue), end };
}

/** Does a numbered line carry number `n` (a bullet or an unread number does not say)? */
function continues(text: string, n: number): boolean {
  const m = ENUMERATED.exec(text);
  if (!m || BULLET.test(text)) return true;
  const outline = outlineItem(text);
  if (outline) return outline.last === n;
  const mark = /\d{1,2}|[①-⑳]|[一二三四五六七八九十]{1,3}/u.exec(m[0]);
  if (!mark) return true;
  const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'.indexOf(mark[0]);
  const number = /\d/.test(mark[0])
    ? Number(mark[0])
    : circled >= 0
      ? circled + 1
      : parseCount(mark[0]);
  return number === undefined || number === n;
}

/**
 * A bullet opening a list line ("• A", "▶ A", "·A", "- A"). Box marks (■ □ ☑) tick options and
 * are no bullets.
 */
const BULLET = /^\s*([●•◆◇▪▸►▶❖➢➤✦○◎·・\-–—*※])\s*/u;

/**
 * The shape of a line's numbering ("n)", "(n)", "n.", "①", "一、"), whatever its number, or
 * its bullet: lines of one list open alike.
 */
function numberShape(text: string): string | undefined {
  const bullet = BULLET.exec(text);
  if (bullet && text.slice(bullet[0].length).trim() !== '') return `bullet${bullet[1]}`;
  const m = ENUMERATED.exec(text);
  if (!m) return undefined;
  // "3.1.2": items of one list share the parent (3.1.n); the next chapter's 3.2 is no item.
  const outline = outlineItem(text);
  if (outline) return outline.style;
  return m[0]
    .trim()
    .replace(/\s+/g, '')
    .replace(/\d{1,2}|[①-⑳]|[一二三四五六七八九十]+/, 'n')
    .replace(/[（(]/, '(')
    .replace(/[)）]/, ')')
    .replace(/[.．]/, '.')
    .replace(/[【〔［]/, '[')
    .replace(/[】〕］]/, ']');
}

/** An item's number standing as its label ("第1项" over the title's box): no title. */
const ITEM_LABEL = /^第\s*([\d一二三四五六七八九十]{1,3})\s*(?:项|个|例|条|篇|则)\s*[:：]?$/;

const finish = (titles: string[]) =>
  titles
    // The template's note under the list ("（列出案例名称，可附页）") is no part of a title.
    .map((t) => withoutGuidance(t).replace(/^《(.+)》$/, '$1'))
    .filter((t) => t.length >= 2 && !ITEM_LABEL.test(t.trim()));

/** A list's one line saying there is none: "（无）", "暂无". */
const NONE = /^[（(]?\s*(?:无|暂无|尚无|没有|暂未形成|尚未形成)\s*[）)]?[。.]?$/;

/**
 * A title that may be two run together: a slash between its parts ("A案例/B案例"), or a list
 * mark inside it ("（一）A（二）B" read as one). Its list is proposed for checking.
 */
export function runTogetherTitle(title: string): boolean {
  return (
    /[/／]/.test(title) ||
    /.[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|.[①-⑳]/u.test(title)
  );
}

/**
 * Titles a value cell sets one per line ("A案例" over "B案例", read as one run of text): a line
 * that ends short of the cell's right edge ends its title (the writer broke it there), one that
 * runs to the edge wraps on. Rows below in the same table with nothing under the label go on
 * with the value (a cell drawn over several rows). Titles only when there are two or more, each
 * shaped alike: no sentence marks, no list marks of another shape; `goesOn` says rows went on.
 */
function titlesByLine(
  ctx: ReadContext,
  row: DocRow,
  at: number,
): { titles?: string[]; start: number; end: number; goesOn: boolean } | undefined {
  const doc = ctx.doc;
  const value = row.cells[at + 1];
  if (!value || row.cells.length !== at + 2) return undefined;
  const size = row.size || 10;
  const cells = [value];
  let [start, end] = [row.flowStart, row.flowEnd];
  // A row of the value alone, under the value: the label stands beside its middle or its top.
  const under = (other: DocRow | undefined) =>
    other !== undefined &&
    row.table >= 0 &&
    other.table === row.table &&
    other.cells.length === 1 &&
    Math.abs(other.cells[0]!.rect[0] - value.rect[0]) <= size;
  for (let i = row.index - 1; under(doc.rows[i]); i--) {
    cells.unshift(doc.rows[i]!.cells[0]!);
    start = doc.rows[i]!.flowStart;
  }
  for (let i = row.index + 1; under(doc.rows[i]); i++) {
    cells.push(doc.rows[i]!.cells[0]!);
    end = doc.rows[i]!.flowEnd;
  }
  const lines: string[] = [];
  for (const cell of cells) {
    let open = false;
    for (const line of cellLines(doc, cell)) {
      // Items as the file has them: folded as the page text is (⾯ → 面).
      const text = normalize(line.text).trim();
      if (!text) continue;
      if (open) lines[lines.length - 1] += text;
      else lines.push(text);
      open = line.right > cell.rect[2] - 2 * size;
    }
  }
  const goesOn = cells.length > 1;
  if (lines.length < 2) return { start, end, goesOn };
  const shapes = new Set(lines.map(numberShape));
  if (shapes.size > 1) return { start, end, goesOn };
  const shape = [...shapes][0];
  const titles = lines.map((l) =>
    shape ? l.replace(shape.startsWith('bullet') ? BULLET : ENUMERATED, '') : l,
  );
  const alike = titles.every((t) => t.length >= 4 && t.length <= 40 && !/[，,。；;：:、]/.test(t));
  return alike ? { titles: titles.map(cleanValue), start, end, goesOn } : { start, end, goesOn };
}

/** A line without its list number ("（10）", "3.", "问题3："). */
function withoutNumber(text: string): string {
  return text.replace(ENUMERATED, '').replace(/^\s*(?:问题?|[Qq])\s*\d{1,2}\s*[:：.．、]?\s*/u, '');
}

/** Titles of what is already done (cases, courses), from a table, a list or a sentence. */
export function readList(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const h = hintsOf(def);
  // The list's own label ("已形成的典型案例") or a column's (案例名称) beside one cell.
  const own =
    h.items &&
    new RegExp(`^(?:${ALREADY.source}).{0,12}?(?:${h.items.source})(?:清单|名称|目录)?$`);
  const isLabel = (l: string) => h.labels.includes(l) || (own?.test(l) ?? false);
  const found = wideSpacedTitles(ctx, isLabel, h.items) ?? listOf(ctx, def);
  // "已形成的典型案例" over "（无）": the list is empty, not a title "（无）".
  const none =
    Array.isArray(found?.value) &&
    found.value.length > 0 &&
    found.value.every((t) => NONE.test(String(t).trim()));
  const fact = found && none ? { ...found, value: [] } : found;
  const titles = fact?.value;
  if (!fact || !Array.isArray(titles) || !titles.some((t) => runTogetherTitle(String(t)))) {
    return fact;
  }
  // "A案例 / B案例": titles a cell parts with slashes set apart by spaces, as a list's marks are,
  // each ending in the items' word. A slash inside one run ("A案例/B案例") stays for checking.
  const items = h.items;
  const spaced = fact.evidence.some((e) => /\s[/／]\s/.test(e.quote));
  const split = spaced && items && splitSlashedTitles(titles.map(String), items);
  if (split && !split.some((t) => runTogetherTitle(t))) return { ...fact, value: split };
  return doubtful(fact);
}

/**
 * "已形成的典型案例共3个，分别为：" (`about`: the words before a count): a count, a verb, an
 * English gloss a bilingual form sets before the colon ("Existing cases"), each optional, then a
 * colon — or the closing bracket of a label set off by brackets ("〖已形成的典型案例〗①…"). Each `\\s*` but the first follows a word of its own (the gloss's too), so that no two stand
 * side by side when the optional parts are absent: a long run of white space stays linear.
 */
export function introPattern(about: string): RegExp {
  return new RegExp(
    `${about}(?:有|共|包括)?\\s*(?:${NUMBER}\\s*(?:个|篇|项|例)\\s*)?(?:(?:[，,]\\s*)?(?:分别为|包括|如下|为)\\s*)?(?:[A-Za-z][A-Za-z .,&/'’-]{0,40}\\s*)?(?:[】〗〕］]\\s*[：:]?|[：:])`,
  );
}

/** "已形成《A》、《B》等3个典型案例": the titles (group 1), then the items they are. */
export function titlesBeforePattern(items: string): RegExp {
  return new RegExp(
    `(?:${ALREADY.source})\\s*((?:《[^》\\n]{2,40}》\\s*(?:[、，,；;和及]\\s*)?)+)(?:等\\s*)?(?:${NUMBER}\\s*(?:个|篇|项|例)\\s*)?(?:${items})`,
  );
}

/**
 * "期间形成的典型案例有A、B、C等。": the items made (a verb of making and 的 before them: what
 * was made, not what will be) and the list after 有/包括, to the sentence's end, in running
 * text. A plan's words in the sentence make it no list of done work. Ending in 等 it may not
 * name them all: proposed for checking.
 */
function toldList(ctx: ReadContext, items: string): ExtractedFact | undefined {
  const re = new RegExp(
    `(?:形成|积累|总结|开发|打造|提炼|产生)(?:了)?的(?:${items})(?:主要|先后)?(?:有|包括|是)[：:]?([^。；;\\n\\t]{2,600})`,
    'g',
  );
  for (const m of ctx.doc.flow.matchAll(re)) {
    const start = Math.max(0, ctx.doc.flow.lastIndexOf('。', m.index) + 1);
    const clause = ctx.doc.flow.slice(start, m.index);
    if (/将|拟|计划|打算|准备|争取|预计/.test(clause)) continue;
    let listed = m[1]!.trim();
    let end = m.index + m[0].length;
    // "已形成的典型案例有哪些？": a question, answered under it ("回答：①…；②…").
    if (/[？?]$/.test(listed)) {
      const row = ctx.doc.rowAt(m.index);
      const answer = row && answerBelow(ctx.doc, row);
      if (!answer) continue;
      listed = answer.value.trim().replace(/[。.]$/, '');
      end = answer.flow[1];
    }
    // "有3个，分别是…" or a clause going on: prose, not the titles.
    if (/[，,]/.test(listed) || new RegExp(`^${NUMBER}`).test(listed)) continue;
    const etc = /等$/.test(listed);
    const titles = finish(inlineTitles(listed.replace(/等$/, '')));
    if (titles.length === 0) continue;
    return fromFlow(ctx.doc, m.index, end, titles, etc || titles.length < 2 ? 0.5 : 0.75, 'list');
  }
  return undefined;
}

/**
 * A label's numbered list going on under its value, one item a line, the label's column empty
 * ("已形成的典型案例 | 1.A" over "| 2.B"): the titles, and where the last ends in the flow.
 */
function numberedBelow(
  ctx: ReadContext,
  row: DocRow,
  label: DocCell,
): { titles: string[]; end: number } | undefined {
  if (label === row.cells.at(-1)) return undefined;
  const rows = numberedRowsBeside(ctx.doc, row, label);
  if (!rows) return undefined;
  const titles = finish(
    rows.map((r) => {
      const cell = r.cells.find((c) => c.rect[0] >= label.rect[2] - 2);
      return cleanValue(itemWords(cell?.text ?? ''));
    }),
  );
  return titles.length === rows.length ? { titles, end: rows.at(-1)!.flowEnd } : undefined;
}

function listOf(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const table = listFromTable(ctx, def);
  if (table) return table;
  const h = hintsOf(def);
  if (!h.items) return undefined;
  const doc = ctx.doc;
  const about = `(?:${ALREADY.source})[^。；\\n：:]{0,12}?(?:${h.items.source})(?:清单|名称|目录)?`;
  // "已形成的典型案例：…" in a sentence or a line.
  const intro = introPattern(about);
  const m = intro.exec(doc.flow);
  if (m) {
    const introEnd = m.index + m[0].length;
    const rest = doc.flow.slice(introEnd);
    // The line's end, or where the next field starts on it (fields run together: run-on-fields.ts).
    const lineBreak = rest.search(/\n|$/);
    const lineEnd = beforeRunOnField(doc, introEnd, introEnd + lineBreak) - introEnd;
    const written = rest.slice(0, lineEnd).split('\t')[0]!;
    const row = doc.rowAt(m.index);
    const label = row?.cells.find((c) => c.flow <= m.index && m.index < c.flow + c.text.length);
    // "①A；②B；" at a paragraph's right edge goes on at the next line's start ("③C；④D").
    const onto =
      row &&
      label &&
      lineEnd === lineBreak &&
      written.length === lineEnd &&
      /[；;，,、]\s*$/.test(written)
        ? wrappedOnto(doc, row, label)
        : undefined;
    const more = onto ? onto.text.slice(0, onto.text.search(/[【〖〔［]|\t|$/)) : '';
    const inline = (written + more).trim();
    if (onto && more.trim()) {
      const titles = finish(inlineTitles(inline));
      if (titles.length > 0) {
        return fromFlow(doc, m.index, onto.flow + more.length, titles, 0.85, 'list');
      }
    }
    if (inline) {
      const titles = finish(inlineTitles(inline));
      // "已形成的典型案例 | 1.A" with "2.B" on the line under the value, nothing under the label:
      // a spreadsheet's cells run on down the column (numbered-beside.ts).
      const below =
        titles.length === 1 && row && label ? numberedBelow(ctx, row, label) : undefined;
      if (below) return fromFlow(doc, m.index, below.end, below.titles, 0.85, 'list');
      // "已形成的典型案例：1.A" over "2.B", "3.C" at the line's left (list-going-on.ts).
      const goingOn = titles.length === 1 && row ? itemsGoingOn(doc, row, inline) : undefined;
      if (goingOn) {
        const all = finish([...titles, ...goingOn.items]);
        return fromFlow(doc, m.index, goingOn.end, all, 0.85, 'list');
      }
      // Its first item alone with a second numbered under it: the list is cut short.
      const short = titles.length === 1 && row !== undefined && secondItemBelow(doc, row, inline);
      if (titles.length > 0)
        return fromFlow(doc, m.index, introEnd + lineEnd, titles, short ? 0.5 : 0.85, 'list');
    } else {
      const row = doc.rowAt(m.index);
      const { titles, end } = numberedLines(ctx, (row?.index ?? 0) + 1);
      if (finish(titles).length > 0)
        return fromFlow(doc, m.index, end, finish(titles), 0.85, 'list');
    }
  }
  // "已形成典型案例《A》、《B》": titles in book-title marks right after the words, no colon —
  // whole titles: "《红岩》整本书共读打卡案例" on the line under a heading is one title that
  // begins with a book's name, not the title 红岩.
  const marked = new RegExp(
    `${about}\\s*((?:《[^》\\n]{2,40}》\\s*[、，,；;和及]?\\s*)+)(?=[。；;，,、(（\\n]|等|共|计|$)`,
  ).exec(doc.flow);
  if (marked) {
    const titles = finish([...marked[1]!.matchAll(/《([^》]+)》/g)].map((t) => cleanValue(t[1]!)));
    if (titles.length > 0) {
      return fromFlow(doc, marked.index, marked.index + marked[0].length, titles, 0.75, 'list');
    }
  }
  // "已形成《A》、《B》等典型案例": the titles first, then the items they are.
  const before = titlesBeforePattern(h.items.source).exec(doc.flow);
  if (before) {
    const titles = finish([...before[1]!.matchAll(/《([^》]+)》/g)].map((t) => cleanValue(t[1]!)));
    if (titles.length > 0) {
      return fromFlow(doc, before.index, before.index + before[0].length, titles, 0.75, 'list');
    }
  }
  // "期间形成的典型案例有A、B、C等。" in a letter's prose.
  const told = toldList(ctx, h.items.source);
  if (told) return told;
  // A label or a heading saying so ("已有典型案例 | 1.A2.B", "已形成的典型案例" over lines).
  const label = new RegExp(
    `^(?:${OUTLINE_NUMBER_SOURCE}|[一二三四五六七八九十\\d]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)])?\\s*${about}$`,
  );
  // "典型案例 | 已形成：A；B": the items' own label, and the value saying they are done.
  const items = new RegExp(`^(?:${h.items.source})$`);
  const done = new RegExp(`^\\s*(?:${ALREADY.source})[^。；\\n：:]{0,8}[：:]\\s*`);
  const doneBeside = (row: DocRow, at: number) => done.test(row.cells[at + 1]?.text ?? '');
  const runOn = new RegExp(`^\\s*${about}\\s*(?=[1１][.．、]|[（(][1１一][）)]|①)`);
  for (const row of doc.rows) {
    // A box and a space before a heading are its bullet ("■ 已有典型案例").
    let at = row.cells.findIndex((c) =>
      label.test(cleanLabel(withoutBullet(c.text.replace(/^\s*[■□◆◇]\s+/u, '')))),
    );
    if (at < 0) {
      at = row.cells.findIndex((c, i) => items.test(cleanLabel(c.text)) && doneBeside(row, i));
    }
    if (at < 0) {
      // The label run into its numbered list, the gap between them too narrow to part the two
      // cells (a scan's text layer, a label longer than its column): "已形成的典型案例1.A；2.B".
      const cell = row.cells.find((c) => runOn.test(c.text));
      if (cell) {
        const rest = [
          cell.text.replace(runOn, ''),
          ...row.cells.slice(row.cells.indexOf(cell) + 1).map((c) => c.text),
        ].join('');
        const titles = finish(inlineTitles(rest));
        if (titles.length > 1)
          return fromFlow(doc, row.flowStart, row.flowEnd, titles, 0.8, 'list');
      }
      // The fact's own label as a numbered line of its own ("（10）典型案例名称（逐条列出）"),
      // read only as a heading over numbered lines of one shape.
      const own = row.cells.length === 1 && h.labels.includes(cleanLabel(withoutNumber(row.text)));
      const { titles, end } = own ? numberedLines(ctx, row.index + 1) : { titles: [], end: 0 };
      if (finish(titles).length > 0) {
        return fromFlow(doc, row.flowStart, end, finish(titles), 0.8, 'list');
      }
      continue;
    }
    // A label heading the column of one record (a transposed form): the titles are under it.
    const under = cellUnderLabel(doc, row, at);
    if (under) {
      const titles = finish(inlineTitles(under.value));
      if (titles.length > 0) return fromFound(doc, under, titles, 0.85);
    }
    const beside = row.cells
      .slice(at + 1)
      .map((c) => c.text)
      .join('')
      .trim()
      .replace(done, '');
    if (beside) {
      const byLine = titlesByLine(ctx, row, at);
      if (byLine?.titles) {
        return fromFlow(doc, byLine.start, byLine.end, finish(byLine.titles), 0.8, 'list');
      }
      const titles = finish(inlineTitles(beside));
      const below = titles.length === 1 ? numberedBelow(ctx, row, row.cells[at]!) : undefined;
      if (below) return fromFlow(doc, row.flowStart, below.end, below.titles, 0.8, 'list');
      // Lines below the value that are not titles alike: where the list ends is a guess.
      const sure = !byLine?.goesOn;
      if (titles.length > 0) {
        return fromFlow(doc, row.flowStart, row.flowEnd, titles, sure ? 0.85 : 0.5, 'list');
      }
      continue;
    }
    const { titles, end } =
      numberedRowsUnder(ctx, row.index + 1) ?? numberedLines(ctx, row.index + 1);
    if (finish(titles).length > 0)
      return fromFlow(doc, row.flowStart, end, finish(titles), 0.8, 'list');
    // Lines under the heading each one title ending in the items' word, unnumbered (bullets a
    // scan lost, or none): "《红岩》整本书共读打卡案例" / "乒乓球发球慢动作分析案例".
    const plain = plainTitleLines(doc, row.index + 1, h.items);
    if (plain) return fromFlow(doc, row.flowStart, plain.end, finish(plain.titles), 0.75, 'list');
    // One line of titles under the heading, listed with 、 or ；: a line with a comma is prose.
    const next = doc.rows[row.index + 1];
    if (next && next.table < 0 && next.cells.length === 1 && !headingOf(next, doc)) {
      const line = next.text.trim();
      const whole = doc.flow[next.flowEnd] === undefined || doc.flow[next.flowEnd] === '\n';
      const listed = finish(inlineTitles(line));
      if (
        whole &&
        !/[，,：:]/.test(line) &&
        listed.length > 0 &&
        listed.every((t) => t.length <= 30)
      ) {
        // Under the label as a list line stands: starting where the label starts. A line set
        // right of it is a value wrapped around the label (its other lines above, or beside).
        const under =
          Math.abs(next.cells[0]!.rect[0] - row.cells[at]!.rect[0]) <= 2 * (row.size || 10);
        return fromFlow(doc, row.flowStart, next.flowEnd, listed, under ? 0.7 : 0.5, 'list');
      }
    }
  }
  return undefined;
}
