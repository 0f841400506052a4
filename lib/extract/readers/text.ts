/**
 * Text values (a project's name, the lead unit, the recommending body, a pack's own fields): the
 * value a form writes beside, below or after one of the fact's labels; else the first match of
 * one of its patterns. A stamp or signature note in a unit's cell ("（盖章）") is not part of
 * the name. Also converts raw text to a pack fact's type (integer, date, boolean…).
 */
import type { ExtractedFact } from '../../facts/standard';
import { foldForCompare } from '../../pdf/normalize';
import { MARK } from '../../pdf/structure/checkboxes';
import type { DocCell } from '../../pdf/structure/document';
import { withoutGuidance } from '../../pdf/structure/guidance';
import {
  cleanLabel,
  cleanValue,
  evidenceOf,
  type Found,
  fieldsLabelled,
  findField,
  isDateBlank,
  isLabelText,
} from '../../pdf/structure/key-values';
import { columnMatching, columnOf, tablesOf } from '../../pdf/structure/tables';
import { escapeRegex } from '../../regex';
import type { FactDef } from '../../rubric';
import { DATE_SEPARATOR } from '../../rubric/patterns';
import { noteFor } from '../note-references';
import {
  parseCount,
  parseNumber,
  parseWithHalf,
  parseYearMonth,
  YEAR_MONTH,
  yearMonthFrom,
} from '../numerals';
import { addressee } from './addressee';
import {
  doubtful,
  fromCells,
  fromFlow,
  fromFound,
  hintsOf,
  pairConfidence,
  type ReadContext,
} from './context';
import { corrected } from './corrected';
import { coverTitle } from './cover-title';
import { inMailHeader } from './mail-header';
import { findTickRow, tickedText, withOptionLines } from './tick-rows';

export { tickedText } from './tick-rows';

/** Stamps and signatures written into a unit's cell. */
function withoutStamp(value: string): string {
  return cleanValue(value.replace(/[（(]\s*(盖章|公章|签章|章|签字|签名)\s*[）)]\s*$/, ''));
}

/**
 * A blank filled in fill-in brackets ends at its closing bracket: "【甲市教育局】 填报日期：…"
 * read as one value ends with the next label's first words, which are no part of it.
 */
export function filledIn(value: string): string {
  const m = /^[【〔]([^【】〔〕]{2,60})[】〕]\s*[\p{Script=Han}]{1,4}$/u.exec(value.trim());
  return m ? m[1]!.trim() : value;
}

const DATE = new RegExp(
  `(\\d{4})\\s*(?:年|${DATE_SEPARATOR})\\s*(\\d{1,2})\\s*(?:月|${DATE_SEPARATOR})\\s*(\\d{1,2})\\s*日?`,
);
/** A date in Chinese numerals: 二〇二二年九月二十日. */
const HAN = '[〇零一二三四五六七八九十]';
const HAN_DATE = new RegExp(`(${HAN}{4})\\s*年\\s*(${HAN}{1,3})\\s*月\\s*(${HAN}{1,3})\\s*日`);

/** Convert a raw string to the fact's type; undefined when it does not fit. */
export function convert(def: FactDef, raw: string, groups?: string[]): unknown {
  // The template's guidance beside the value ("（限20字以内）", "（如：2019年9月）") is no part of it.
  const text = withoutGuidance(raw).trim();
  if (!text) return undefined;
  const options = def.options?.map((o) => o.value);
  switch (def.type) {
    case 'text':
      return withoutStamp(filledIn(text)) || undefined;
    case 'integer':
      return parseCount(text.replace(/[^\d〇零一二两三四五六七八九十百千万]/g, ''));
    case 'number':
      return (
        parseWithHalf(text) ??
        parseNumber(text.replace(/[^\d.〇零一二两三四五六七八九十百千万]/g, ''))
      );
    case 'month': {
      if (groups && groups.length >= 2) return yearMonthFrom(['', ...groups]);
      const m = new RegExp(YEAR_MONTH).exec(text);
      return m ? yearMonthFrom(m) : parseYearMonth(text);
    }
    case 'date': {
      const m = DATE.exec(text) ?? HAN_DATE.exec(text);
      if (!m) return undefined;
      const [y, mo, d] = [m[1]!, m[2]!, m[3]!].map((x) => parseCount(x) ?? Number.NaN) as [
        number,
        number,
        number,
      ];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
      return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
    case 'enum':
      if (!options) return text;
      return options.find((o) => text === o) ?? options.find((o) => text.includes(o));
    case 'boolean':
      return /^(是|有|√|☑|yes|true)$/i.test(text)
        ? true
        : /^(否|无|no|false)$/i.test(text)
          ? false
          : undefined;
    case 'names': {
      const names = text
        .split(/[、，,；;\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
      if (options) return names.filter((n) => options.includes(n));
      return names;
    }
    default:
      return undefined;
  }
}

/**
 * No value: nothing read, only a blank's fill-in line ("申报单位（盖章）：__________"), or only a
 * date's blank beside a stamp line ("申报单位（盖章）　　年　月　日").
 */
const empty = (v: unknown) =>
  v === undefined ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'string' && (/^[_＿\s]*$/.test(v) || isDateBlank(v)));

const globalCache = new WeakMap<RegExp, RegExp>();

/** The pattern with the g flag (matchAll needs it), compiled once per pack pattern. */
function globalOf(re: RegExp): RegExp {
  let all = globalCache.get(re);
  if (!all) {
    all = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
    globalCache.set(re, all);
  }
  return all;
}

/** The first pattern match, converted: the group `value`, else the first group, else the match. */
export function byPattern(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  for (const re of hintsOf(def).patterns) {
    // Every match in turn: the first may name no value (the kind of thing, below).
    for (const m of ctx.doc.flow.matchAll(globalOf(re))) {
      // A printed mail's headers and signature are the sender's (mail-header.ts).
      if (inMailHeader(ctx.doc, m.index)) continue;
      const named = m.groups?.value;
      const asciiOnly = /^[\x20-\x7e]+$/.test(m[0]);
      const raw = named ?? (asciiOnly && def.type === 'text' ? m[0] : (m[1] ?? m[0]));
      const groups = m.slice(1).filter((g): g is string => g !== undefined);
      const value = convert(def, raw, def.type === 'month' && !named ? groups : undefined);
      if (empty(value) || namesTheKind(def, value)) continue;
      return fromFlow(ctx.doc, m.index, m.index + m[0].length, value, 0.75);
    }
  }
  return undefined;
}

/**
 * A value that is the kind of thing named, not a name: a letter titled 申报“网络教研联盟”的一封信
 * quotes the call's word for what is applied for, whose name the fact's label asks
 * (网络教研联盟名称). Labels ending in 名称/名 give the kind.
 */
function namesTheKind(def: FactDef, value: unknown): boolean {
  if (def.type !== 'text' || typeof value !== 'string') return false;
  const v = foldForCompare(value);
  return (def.hints?.keywords ?? []).some((k) => {
    const kind = /^(.{2,})名称?$/.exec(k)?.[1];
    return kind !== undefined && foldForCompare(kind) === v;
  });
}

/**
 * The labels of the pack's other facts, four characters or more (short ones like 类别 also end
 * ordinary words), per fact: where a value must stop. Cached by the fact's declaration, which
 * a pack holds for its lifetime.
 */
const otherLabelsCache = new WeakMap<FactDef, { words: Set<string>; runOn: RegExp | null }>();

function otherLabels(ctx: ReadContext, def: FactDef) {
  const facts = ctx.pack?.facts;
  if (!facts) return undefined;
  let known = otherLabelsCache.get(def);
  if (!known) {
    const words = new Set(
      facts
        .filter((f) => f !== def)
        .flatMap((f) => f.hints?.keywords ?? [])
        .map((k) => k.replace(/\s+/g, ''))
        .filter((k) => k.length >= 4),
    );
    const alternatives = [...words].map(escapeRegex).join('|');
    const runOn = alternatives ? new RegExp(`(?<=\\S)(?:${alternatives})\\s*[:：]`) : null;
    known = { words, runOn };
    otherLabelsCache.set(def, known);
  }
  return known;
}

/**
 * Where another field's label and its colon start inside a value ("某某共同体项目类别：…", two
 * pairs run together without a space).
 */
function runOnLabel(ctx: ReadContext, def: FactDef): RegExp | undefined {
  return otherLabels(ctx, def)?.runOn ?? undefined;
}

/**
 * A value beside its label that runs on into the next pair of its line, parted by spaces only
 * ("某某平台 牵头单位 某某小学": a web table printed without borders puts cells a padding apart):
 * the value ends before another fact's label standing as a piece of its own, four characters
 * or more, as the file spaces the cell.
 */
function beforeSpacedLabel(ctx: ReadContext, def: FactDef, found: Found, raw: string): string {
  const cell = found.kind === 'beside' || found.kind === 'below' ? found.cells?.[1] : undefined;
  const others = otherLabels(ctx, def)?.words;
  if (!cell || !others || cell.text.length > 200) return raw;
  const pieces = ctx.doc.spacedText(cell.flow, cell.flow + cell.text.length).split(' ');
  if (pieces.length < 2) return raw;
  for (let k = 1; k < pieces.length; k++) {
    const word = cleanLabel(pieces[k]!);
    if (!others.has(word)) continue;
    const at = raw.indexOf(word, 1);
    if (at > 0) return raw.slice(0, at);
  }
  return raw;
}

/** An e-mail address or a QQ number. */
const CONTACT = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d{5,12})$/;

/**
 * A yes/no word or a tick alone: the head of a yes/no grid's column beside the label ("所属类别 |
 * 有 | 无" over the options' rows) or a box of it, never a text field's answer.
 */
const YES_NO_ALONE = /^(?:有|无|無|是|否|[√✓✔☑■□☐×✗])$/;

/** The pages a found value stands on. */
function pagesOf(ctx: ReadContext, found: Found): number[] {
  return evidenceOf(ctx.doc, found).map((e) => e.page);
}

/** The value beside one of the fact's labels, converted to its type. */
export function byLabel(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const labels = hintsOf(def).labels;
  if (labels.length === 0) return undefined;
  // Labels are tried most specific first: the pack lists them in that order; then labels
  // qualified or shortened ("主持人所在单位", "实践起始"), then sentences.
  // A value under a label of a person's record (a row with 姓名: "姓名 | 所在单位 | …" over one
  // person) is that person's: the form's own field is looked for first, the record's kept last.
  let personal: ExtractedFact | undefined;
  const marks = def.type === 'text';
  // Every field labelled exactly, in one walk of the document: the exact pass takes each label's
  // first, and a field stated twice is seen in the same list.
  const exact = [...fieldsLabelled(ctx.doc, labels, false, marks)];
  for (const pass of ['exact', 'relaxed', 'prose'] as const) {
    for (const label of labels) {
      const labelled =
        pass === 'exact'
          ? exact.find((f) => f.label === label)
          : findField(ctx.doc, [label], pass === 'prose', pass === 'relaxed', marks);
      if (!labelled) continue;
      // A printed mail's headers and its sender's signature are the sender's (mail-header.ts).
      const at = labelled.flow?.[0] ?? labelled.cells?.[0]?.flow;
      if (at !== undefined && inMailHeader(ctx.doc, at)) continue;
      const found = corrected(ctx.doc, labelled);
      const stated = def.type === 'text' ? withOptionLines(ctx, found) : found;
      const ticked = def.type === 'text' ? tickedText(stated.value) : undefined;
      if (ticked === null) continue;
      let raw = ticked ?? found.value;
      const runOn = def.type === 'text' ? runOnLabel(ctx, def)?.exec(raw) : undefined;
      if (runOn) raw = raw.slice(0, runOn.index);
      if (def.type === 'text') raw = beforeSpacedLabel(ctx, def, found, raw);
      // "名称：某某联盟。主持人所在单位：…" in running text: a field's value ends its sentence.
      if (def.type === 'text' && found.kind === 'inline') raw = raw.replace(/[。；;].*$/s, '');
      // A contact wrapped in a narrow cell ("1527668@ 163.com"): the break is no space.
      const joined = raw.replace(/\s+/g, '');
      if (/^[\w.@+-]+(?:\s+[\w.@+-]+)+$/.test(raw.trim()) && CONTACT.test(joined)) raw = joined;
      // "详见注释①": the value is the note's text (note-references.ts); a lost note, none.
      const note = noteFor(ctx.doc, cleanValue(raw), pagesOf(ctx, found));
      if (note === null) continue;
      if (note) raw = note.text;
      const value = convert(def, raw);
      if (empty(value)) continue;
      if (def.type === 'text' && YES_NO_ALONE.test(String(value).trim())) continue;
      const confidence =
        inOptionGrid(ctx, found) || marksInValue(raw) || isPackLabel(ctx, value) || farBelow(found)
          ? 0.5
          : pairConfidence(found);
      const fact = fromFound(ctx.doc, ticked ? stated : found, value, confidence);
      if (note) fact.evidence = [note.evidence, ...fact.evidence];
      if (inPersonRecord(ctx, found)) {
        personal ??= fact;
        continue;
      }
      // The same field stated again with another value (a cover's summary and the form, two
      // versions of a page): which one holds is for the reviewer.
      if (pass !== 'prose' && statedOtherwise(ctx, def, exact, found, value)) {
        return doubtful(fact);
      }
      return fact;
    }
  }
  return personal;
}

/**
 * A value taken from the line under its label that stands on another page or more than two
 * lines' height below it: the label's own value may be missing (left blank) and the line under
 * it another field's.
 */
function farBelow(found: Found): boolean {
  const [label, value] = found.kind === 'below' ? (found.cells ?? []) : [];
  if (!label || !value) return false;
  if (label.page !== value.page) return true;
  const height = Math.abs(label.rect[3] - label.rect[1]) || 10;
  const gap = Math.min(label.rect[1], label.rect[3]) - Math.max(value.rect[1], value.rect[3]);
  return gap > 2 * height;
}

/**
 * Is the field labelled again elsewhere with another value? `exact`: every field labelled
 * exactly by one of the fact's labels.
 */
function statedOtherwise(
  ctx: ReadContext,
  def: FactDef,
  exact: Found[],
  found: Found,
  value: unknown,
): boolean {
  const key = (v: unknown) => (typeof v === 'string' ? foldForCompare(v) : JSON.stringify(v));
  const own = key(value);
  for (const other of exact) {
    if (other.cells?.[0] === found.cells?.[0] || inPersonRecord(ctx, other)) continue;
    if (def.type === 'text' && tickedText(other.value) !== undefined) continue;
    const v = convert(def, other.value);
    if (!empty(v) && key(v) !== own) return true;
  }
  return false;
}

/**
 * A value holding two or more checkbox marks ("智慧德育（）智慧体育（）…其他（智慧课堂）（√）")
 * that could not be read as one ticked option: a grid, not the field's text.
 */
function marksInValue(raw: string): boolean {
  return (raw.match(MARK) ?? []).length >= 2;
}

/**
 * A value that is, word for word, a label of one of the pack's facts ("所属方向 | 牵头学校" in a
 * grid of labels over values): the next label, not this field's value.
 */
function isPackLabel(ctx: ReadContext, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const bare = cleanLabel(value);
  return (ctx.pack?.facts ?? []).some((f) => (f.hints?.keywords ?? []).includes(bare));
}

/**
 * Is the value beside its label the first of a grid of choices ("类别 | 智慧德育 | 智慧体育 |
 * 智慧劳动教育" over a row of more, the mark in a cell of its own)? Which one is the answer is not
 * the first cell's say: proposed for checking.
 */
function inOptionGrid(ctx: ReadContext, found: Found): boolean {
  if (found.kind !== 'beside' || !found.cells?.[0]) return false;
  const row = ctx.doc.rowAt(found.cells[0].flow);
  if (!row || row.table < 0) return false;
  const at = row.cells.indexOf(found.cells[0]);
  const rest = row.cells.slice(at + 1).filter((c) => cleanValue(c.text) !== '');
  const short = (c: DocCell) => cleanValue(c.text).length <= 10 && !isLabelText(c.text);
  if (rest.length < 3 || !rest.every(short)) return false;
  // The grid goes on under the options, in a row with no label of its own.
  const next = ctx.doc.rows[row.index + 1];
  return (
    (next !== undefined &&
      next.table === row.table &&
      next.cells[0]!.rect[0] >= found.cells[0].rect[2] - 2) ||
    rest.some((c) => /^[√✓✔☑■]$/.test(c.text.trim()))
  );
}

/** Is a value found below its label in a row that also labels a person's name? */
function inPersonRecord(ctx: ReadContext, found: Found): boolean {
  const label = found.kind === 'below' ? found.cells?.[0] : undefined;
  const row = label && ctx.doc.rowAt(label.flow);
  return !!row && row.cells.some((c) => /^(?:姓名|名字)$/.test(cleanLabel(c.text)));
}

/**
 * A unit table with a role column (角色: 牵头单位 / 成员单位): the row whose role cell is the
 * fact's label gives the value in its name column ("1 | 甲市第一小学 | 牵头单位 | …" → the lead
 * unit). Certain when exactly one row carries the label.
 */
function byRoleCell(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const labels = new Set(hintsOf(def).labels);
  for (const table of tablesOf(ctx.doc)) {
    const role = columnMatching(table, /^(?:角色|单位角色|类别|身份|性质)$/);
    const name = columnMatching(table, /^(?:单位名称|学校名称|单位|学校|名称)$/);
    if (!role || !name) continue;
    const rows = table.body.filter((r) => {
      const cell = columnOf(r, role);
      return cell !== undefined && labels.has(cleanLabel(cell.text));
    });
    const cell = rows[0] && columnOf(rows[0], name);
    const value = cell && cleanValue(cell.text).replace(/\s+/g, '');
    if (!value) continue;
    return fromCells(
      ctx.doc,
      [columnOf(rows[0]!, role)!, cell],
      value,
      rows.length === 1 ? 0.8 : 0.5,
    );
  }
  return undefined;
}

/**
 * A label with no colon, its row of boxes right after it ("申报类别[ ]甲[x]乙…"), or alone over
 * lines of boxes: the ticked option (tick-rows.ts).
 */
function byTickRow(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const labels = hintsOf(def).labels;
  if (def.type !== 'text' || labels.length === 0) return undefined;
  const row = findTickRow(ctx, labels);
  const value = row && convert(def, row.ticked);
  return row && !empty(value) ? fromFound(ctx.doc, row.found, value, 0.85) : undefined;
}

export function readText(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const found =
    byLabel(ctx, def) ?? byTickRow(ctx, def) ?? byPattern(ctx, def) ?? byRoleCell(ctx, def);
  // A name no label states: the cover's title (slides, a 申报书's cover); a body no label
  // states: the addressee of a letter.
  return (
    found ??
    (def.hints?.fromCover ? coverTitle(ctx) : undefined) ??
    (def.hints?.fromAddressee ? addressee(ctx) : undefined)
  );
}
