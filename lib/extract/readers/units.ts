/**
 * Lists of units (member schools): from a table whose name column the fact's labels head, found
 * under the fact's section or anywhere, one unit per row (a row marked 牵头, or naming the unit
 * of the `exclude` fact, is left out); or from a sentence listing them after the fact's item
 * words ("主要成员单位共5所：A、B、C、D、E"). A people table (a 姓名 column) is never a unit
 * table, also when it comes first under the section.
 */
import type { ExtractedFact, MemberUnit } from '../../facts/standard';
import { foldForCompare } from '../../pdf/normalize';
import { OUTLINE_NUMBER_SOURCE } from '../../pdf/outline-numbers';
import { answerBelow } from '../../pdf/structure/answers';
import type { DocCell, DocRow } from '../../pdf/structure/document';
import { cleanLabel, cleanValue, withoutGloss } from '../../pdf/structure/key-values';
import { findSections, headingOf, numbering } from '../../pdf/structure/sections';
import {
  type Column,
  columnOf,
  coveringCell,
  isBand,
  labelsLeftOf,
  type Table,
  tablesOf,
} from '../../pdf/structure/tables';
import type { FactDef } from '../../rubric';
import { circledNumber, NUMBER, parseCount } from '../numerals';
import { fromCells, fromFlow, hintsOf, type ReadContext } from './context';
import { beforeRunOnField, itemsGoingOn } from './list-going-on';
import { numberedRowsBeside, withoutNumber } from './numbered-beside';
import { unitsInOneCell } from './one-cell-lists';
import { OPTION_MARKS } from './person-bullets';
import { unitsFromBoxes, unitsFromCards, unitsFromStackedCards } from './unit-cards';
import { LEAD_LABEL, LEAD_MARK, looksLikeUnit, splitUnitList } from './unit-names';
import { applyCorrection, correctionOf, remarkColumn, withdrawnRow } from './withdrawn-rows';

export { looksLikeUnit, splitUnitList };

/** 所在市区, 县市区, 地区…: where a unit is (省 市 州 县 区 in any combination). */
export const REGION_HEADER =
  /^(?:所在|所属)?(?:(?:[省市州县区][、/／]?){1,3}|地区|区域|地市|所在地|城市|行政区|地域)$/;
const TYPE_HEADER = /^(?:单位|学校|办学)?(?:类型|性质|类别|学段|层次)$/;
/** "学段/类型": a header naming two things, each of them a type. */
export const isType = (label: string) => label.split(/[/／、]/).every((p) => TYPE_HEADER.test(p));
const PERSON_HEADER = /^(?:姓名|名字|成员姓名)$/;
const NUMBER_HEADER = /^(?:序号|编号|序)$/;
/** A unit's name column the pack's labels do not name: 单位名称, 成员学校名称, 参与单位… */
const UNIT_NAME_HEADER = /^(?:成员|参与|合作)?(?:单位|学校)(?:名称)?$/;

function isLeadRow(row: DocRow, nameCell: DocCell | undefined, lead?: string): boolean {
  if (row.cells.some((c) => LEAD_LABEL.test(cleanLabel(c.text)))) return true;
  if (nameCell && LEAD_MARK.test(cleanValue(nameCell.text).replace(/\s+/g, ''))) return true;
  if (!nameCell || !lead) return false;
  return foldForCompare(nameCell.text) === foldForCompare(lead);
}

/** A list without the lead unit (the `exclude` fact's value), which the form may list among them. */
function withoutLead(units: MemberUnit[], lead?: string): MemberUnit[] {
  if (!lead) return units;
  const key = foldForCompare(lead);
  return units.filter((u) => foldForCompare(u.name) !== key);
}

function nameColumn(table: Table, labels: string[]): Column | undefined {
  if (table.columns.some((c) => PERSON_HEADER.test(c.label))) return undefined;
  // A role's people first ("主持人成员姓名 | 所在学校"): their schools, not a list of units (a
  // unit table may name each unit's contact after it: "单位名称 | 负责人姓名").
  const first = table.columns.find((c) => !NUMBER_HEADER.test(c.label));
  if (first && /姓名$/.test(first.label)) return undefined;
  // Labels in the pack's order: the most specific first.
  for (const label of labels) {
    const col = table.columns.find((c) => c.label === label);
    if (col) return col;
  }
  // A label qualified before it ("参与单位成员单位名称": a header naming the column twice).
  return table.columns.find((c) => isNameHeader(c.label, labels));
}

/**
 * A column headed only 名称 (序号 | 名称), in a table under the fact's own caption or heading
 * ("成员学校" over it): the caption says what the names are.
 */
function bareNameColumn(table: Table): Column | undefined {
  if (table.columns.some((c) => PERSON_HEADER.test(c.label))) return undefined;
  return table.columns.find((c) => /^(?:名称|全称)$/.test(c.label));
}

function fromTable(
  ctx: ReadContext,
  table: Table,
  nameCol: Column,
  lead: string | undefined,
  underHeading: boolean,
  labels: readonly string[] = [],
) {
  const regionCol = table.columns.find((h) => REGION_HEADER.test(h.label));
  const typeCol = table.columns.find((h) => isType(h.label) && h !== nameCol);
  const units: MemberUnit[] = [];
  const cells: DocCell[] = [];
  let odd = 0;
  let leadRow = false;
  const numberCol = table.columns.find((c) => NUMBER_HEADER.test(c.label));
  const ownLabel = labels.includes(nameCol.label);
  const remarks = remarkColumn(table);
  let numbered = 0;
  for (const data of table.body) {
    // A row its remark strikes out ("…已退出，删除"): not a member, and the list for checking.
    if (withdrawnRow(data, remarks)) {
      odd++;
      continue;
    }
    // Rows of another part of the form ruled into the same table ("工作基础 | …" under the
    // list): no number where the list numbers its rows.
    const number = numberCol && columnOf(data, numberCol);
    const numeral =
      number && (/^\d{1,3}$/.test(number.text.trim()) || LEAD_LABEL.test(cleanLabel(number.text)));
    if (units.length > 0 && number && !numeral) break;
    const nameCell = columnOf(data, nameCol);
    // A name without its number between numbered rows: cells wrapped into lines of their own
    // (columns run together in a narrow table), no unit per row to read. A header "序号单位名称"
    // has the numbers in the name's column, before the name or glued to it.
    const numberText = numberCol
      ? number?.text
      : /序号/.test(nameCol.label)
        ? (/^\s*\d{1,3}/.exec(data.cells[0]?.text ?? '')?.[0] ?? '')
        : undefined;
    if (numberText !== undefined) {
      if (numbered > 0 && !numberText.trim() && nameCell?.text.trim()) return undefined;
      if (numberText.trim()) numbered++;
    }
    // A table of one record (a transposed form) holds every unit in its one cell, numbered,
    // under the fact's own label: the other columns are the record's (its stage), not each
    // unit's.
    const listed =
      table.body.length === 1 && nameCell ? inlineNumbered(nameCell.text, lead) : undefined;
    if (listed && listed.length > 0) {
      return fromCells(ctx.doc, [nameCell!], listed, underHeading || ownLabel ? 0.85 : 0.55);
    }
    let name = nameCell ? cleanValue(nameCell.text).replace(/\s+/g, '') : '';
    // "序号单位名称" over "1甲校": the number's column run into the name's, its number glued on.
    const glued = /序号/.test(nameCol.label) ? /^(\d{1,3})(?=\p{Script=Han})/u.exec(name) : null;
    if (glued && Number(glued[1]) === units.length + 1 + (leadRow ? 1 : 0)) {
      name = name.slice(glued[0].length);
    }
    if (name && isLeadRow(data, nameCell, lead)) leadRow = true;
    if (!name || isLeadRow(data, nameCell, lead)) continue;
    if (!looksLikeUnit(name)) odd++;
    const unit: MemberUnit = { name };
    // A region or a type merged over several rows (units of one district, schools of one
    // kind) stands in one of them only.
    const region =
      regionCol && (columnOf(data, regionCol) ?? coveringCell(ctx.doc, data, regionCol));
    const type = typeCol && (columnOf(data, typeCol) ?? coveringCell(ctx.doc, data, typeCol));
    // One cell under two columns: values run together (a wrapped borderless row), uncertain.
    if ((region && region === nameCell) || (type && type === nameCell)) odd++;
    if (region?.text.trim() && region !== nameCell) {
      unit.region = cleanValue(region.text).replace(/\s+/g, '');
    }
    if (type?.text.trim() && type !== nameCell) {
      unit.type = cleanValue(type.text).replace(/\s+/g, '');
    }
    // A remark correcting the row ("原为“甲校”，现改为“乙校”"): the new value, for checking.
    const fix = correctionOf(data, remarks);
    if (fix) odd++;
    units.push(fix ? applyCorrection(unit, fix) : unit);
    cells.push(...data.cells);
  }
  if (units.length === 0) return undefined;
  // A unit table neither under the fact's heading (or its label beside the rows) nor listing
  // the lead unit among its own may list other units (a team's schools, units of the notice):
  // proposed for checking.
  const own = underHeading || leadRow;
  return fromCells(ctx.doc, cells, units, odd > 0 || !own ? 0.55 : 0.9);
}

/**
 * "成员单位共5所，分别为：A、B…": the fact's items, a count, a verb and a colon, each optional,
 * then the list (group 2; the count is group 1). Every white-space run is read by one `\\s*`
 * only, each after a word of its own: two unbounded quantifiers side by side over the same
 * run would try every split of it when the list is missing (a hostile PDF's thousands of line
 * breaks after the items took minutes).
 */
export function proseListPattern(items: string, units: string): RegExp {
  // The count may stand in brackets after the items, as a 申报书 heads its list: "成员学校（二所）：…".
  return new RegExp(
    `(?:${items})(?:共|有|包括|为|分别为|分别是|是)?\\s*(?:[（(](?:共|计)?(?=${NUMBER}${units}[）)]))?(?:(${NUMBER})\\s*${units}(?:[（(]${units}[）)])?(?:(?<=[（(](?:共|计)?${NUMBER}${units})[）)])?(?:学校|单位)?\\s*)?(?:(?:[，,]\\s*)?(?:分别)?(?:为|是|包括)\\s*)?(?:[：:]\\s*)?([^。\\n\\t]+)`,
    'g',
  );
}

/**
 * "A、B和C，共5所学校": the count after the list (group 1). A match starts at the comma or where
 * white space begins, never inside a run, so that a long run is not read once per position.
 */
export function countAfterPattern(units: string): RegExp {
  return new RegExp(`(?:[，,]|(?<!\\s))\\s*(?:等\\s*)?共计?\\s*(${NUMBER})\\s*${units}`);
}

/**
 * Words pointing to the list that follows ("加入，它们是", "即", "分别是"), a few words of the
 * clause before them at most: not part of the first name.
 */
const REFERRING =
  /^(?:[^。，,；;：:、（）()\s]{0,8}[，,]\s*)?(?:它们|他们|这些学校|这些单位|依次|分别|具体|即)(?:是|为|有|包括)?\s*[：:]?\s*/;

/** A count and its measure word right before the items ("共有六所学校作为主要…"), in its clause. */
function countBefore(flow: string, at: number, units: string): string | undefined {
  const before = flow.slice(Math.max(0, at - 16), at);
  const m = new RegExp(`(${NUMBER})\\s*${units}(?:学校|单位)?\\s*(?:作为|为|是)?(?:主要)?$`).exec(
    before,
  );
  return m?.[1];
}

function fromProse(ctx: ReadContext, def: FactDef, lead?: string): ExtractedFact | undefined {
  const h = hintsOf(def);
  const items = h.items?.source ?? '成员单位';
  const units = h.units || '(?:所|个|家)';
  const re = proseListPattern(items, units);
  // "A、B和C，共5所学校，覆盖…": the count after the list ends it.
  const after = countAfterPattern(units);
  for (const m of ctx.doc.flow.matchAll(re)) {
    // The items' word over numbered or bulleted lines ("成员学校" then "（1）甲校", "● 乙校"): a
    // list of lines (numberedLines), not a sentence's list of its first line alone.
    // "成员学校有哪些？": a question, answered under it ("回答：①甲校；②乙校。").
    if (/^(?:哪|什么)|[？?]$/.test(m[2]!.trim())) {
      const row = ctx.doc.rowAt(m.index);
      const answer = row && answerBelow(ctx.doc, row);
      const listed = answer && inlineNumbered(answer.value.replace(/[。.]$/, ''), lead);
      if (answer && listed) return fromFlow(ctx.doc, m.index, answer.flow[1], listed, 0.85, 'list');
      continue;
    }
    const leadIn = m[0].slice(0, m[0].length - m[2]!.length);
    if (leadIn.includes('\n') && (numbering(m[2]!, true) ?? bulleted(m[2]!))) continue;
    const numbered = inlineNumbered(m[2]!, lead);
    if (numbered) {
      return fromFlow(ctx.doc, m.index, m.index + m[0].length, numbered, 0.85, 'list');
    }
    // "…作为成员单位加入，它们是A、B" / "来自三所学校，即A、B": the list after the words
    // pointing to it.
    const body = m[2]!.replace(REFERRING, '');
    const tail = after.exec(body);
    const names = splitUnitList(tail ? body.slice(0, tail.index) : body);
    // "成员单位名称：甲校；学校类型：初中": a record's labelled fields, no list of names.
    if (names.length === 0 || !names.every((n) => looksLikeUnit(n) && !/[:：]/.test(n))) continue;
    // "甲校（初中）": a name with its type or place in brackets.
    const list = withoutLead(
      names.map((name) => described(name) ?? { name }),
      lead,
    );
    // "共有六所学校作为主要成员单位加入": the count just before the items.
    const stated = m[1] ?? tail?.[1] ?? countBefore(ctx.doc.flow, m.index, units);
    const count = stated ? parseCount(stated) : undefined;
    // "共5所，均为…中小学": one phrase where the count says several is no list of their names.
    if (names.length === 1 && count !== undefined && count > 1) continue;
    // A list in a sentence is certain only when the count stated with it agrees: nothing else
    // shows where one name ends and the next begins, or that the sentence lists them all.
    const agrees = count === list.length || count === names.length;
    return fromFlow(ctx.doc, m.index, m.index + m[0].length, list, agrees ? 0.85 : 0.5, 'list');
  }
  return (
    joinedWith(ctx, units, lead) ?? numberedLines(ctx, def, lead) ?? numberedLabels(ctx, def, lead)
  );
}

/**
 * One unit per numbered label ("成员单位一：  甲市第一中学", "成员单位2" over "甲市实验小学"):
 * the value beside the label or on the line under it. The labels must count 1, 2, 3… without a
 * gap, and every value name a unit, for the list to be certain.
 */
function numberedLabels(ctx: ReadContext, def: FactDef, lead?: string): ExtractedFact | undefined {
  const items = hintsOf(def).items;
  if (!items) return undefined;
  const doc = ctx.doc;
  const label = new RegExp(
    `^\\s*(?:主要)?(?:${items.source})\\s*([一二三四五六七八九十\\d]{1,3})\\s*[:：、]?\\s*$`,
  );
  const units: MemberUnit[] = [];
  const numbers: number[] = [];
  let [start, end] = [-1, -1];
  for (const row of doc.rows) {
    if (row.table >= 0 && row.cells.some((c) => c.ruled)) continue;
    const m = label.exec(row.cells[0]!.text);
    if (!m) continue;
    const next = doc.rows[row.index + 1];
    const valueRow = row.cells.length === 2 ? row : row.cells.length === 1 ? next : undefined;
    const cell =
      valueRow === row
        ? row.cells[1]
        : valueRow?.cells.length === 1
          ? valueRow.cells[0]
          : undefined;
    if (!valueRow || !cell || label.test(cell.text)) continue;
    const name = cleanValue(cell.text).replace(/\s+/g, '');
    if (!looksLikeUnit(name)) continue;
    units.push({ name });
    numbers.push(parseCount(m[1]!) ?? Number.NaN);
    if (start < 0) start = row.flowStart;
    end = valueRow.flowEnd;
  }
  if (units.length < 2) return undefined;
  const list = withoutLead(units, lead);
  const counts = numbers.every((n, i) => n === i + 1);
  return fromFlow(doc, start, end, list, counts ? 0.85 : 0.5, 'list');
}

/**
 * "1.甲市第一中学（甲市乙区）2.甲市第二小学（甲市丙区）…" or "①甲校（甲市）②乙校…": a numbered
 * list run together in one cell or line. The numbers must count 1, 2, 3… and every item name a unit (with its place and
 * type in brackets, if any); "第38中学" has no mark after its number and is no item number.
 */
function inlineNumbered(text: string, lead?: string): MemberUnit[] | undefined {
  const marks = [...text.matchAll(/(\d{1,2})\s*[.．、]\s*(?!\d)|([①-⑳])\s*/g)];
  if (marks.length < 2 || marks[0]!.index !== text.search(/\S/)) return undefined;
  const number = (m: RegExpMatchArray) => (m[2] ? circledNumber(m[2]) : Number(m[1]));
  if (marks.some((m, i) => number(m) !== i + 1)) return undefined;
  const units: MemberUnit[] = [];
  for (const [i, m] of marks.entries()) {
    const end = marks[i + 1]?.index ?? text.length;
    const item = cleanValue(text.slice(m.index! + m[0].length, end)).replace(/\s+/g, '');
    const unit = described(item);
    if (!unit || !looksLikeUnit(unit.name)) return undefined;
    units.push(unit);
  }
  return withoutLead(units, lead);
}

const OUTLINE_LEAD = new RegExp(`^${OUTLINE_NUMBER_SOURCE}`, 'u');

/**
 * Is the line the section's words and nothing else ("成员学校" on a line of its own, set in the
 * body's size and unnumbered: a label over its list, as a heading is)?
 */
function wholeLine(words: RegExp, text: string): boolean {
  // A bilingual form's label keeps its English after it ("成员学校 Member schools").
  // An outline's number before it ("3.1 成员学校") numbers the label, not a heading's level.
  const line = withoutGloss(text)
    .replace(/\s+/g, '')
    .replace(/[:：]$/, '')
    .replace(OUTLINE_LEAD, '');
  const m = words.exec(line);
  return m !== null && m.index === 0 && m[0].length === line.length;
}

/** A line standing alone between two parts of a list: "（名单接上页）", "（续）". */
const NOTE = /^[（(][^（）()]{0,20}[）)]$/;

/**
 * "…作为主要成员单位，名单如下：" (a line naming the fact's items and ending in a colon), or the
 * fact's section heading, then one unit per numbered line: the units. Every line must name a
 * unit; a count stated in the lead-in that disagrees leaves the list uncertain.
 */
function numberedLines(ctx: ReadContext, def: FactDef, lead?: string): ExtractedFact | undefined {
  const h = hintsOf(def);
  const doc = ctx.doc;
  for (const row of doc.rows) {
    if (row.table >= 0) continue;
    const text = row.text.trim();
    // The lead-in: a sentence about the items ending in a colon, or the section's heading.
    const sentence = doc.flow.slice(doc.flow.lastIndexOf('\n', row.flowEnd - 1) + 1, row.flowEnd);
    const intro =
      (/[:：]$/.test(text) && h.items?.test(sentence)) ||
      (h.sections?.test(text) && (headingOf(row, doc) !== null || wholeLine(h.sections, text)));
    if (!intro) continue;
    const names: MemberUnit[] = [];
    let unsure = 0;
    let style: string | undefined;
    let end = row.flowEnd;
    for (const next of doc.rows.slice(row.index + 1)) {
      if (NOTE.test(next.text.trim())) continue;
      const n = numbering(next.text, true) ?? bulleted(next.text);
      // A line of a tab-aligned list may be laid out as a borderless table: its cells after
      // the name are "所在地：…" fields.
      const fieldsOnly = next.cells.slice(1).every((c) => /^[^：:]{1,6}[：:]/.test(c.text.trim()));
      if (!n || (next.table >= 0 && !fieldsOnly) || (style !== undefined && n.style !== style)) {
        break;
      }
      // "单位名称：甲校所在地区：…": the name's own label before it is no part of the name.
      const line = withoutLabel(
        cleanValue(n.rest.replace(/[。；;，,]$/, '')).replace(/\s+/g, ''),
        h.labels,
      );
      const unit =
        labelled(line) ??
        (n.style.startsWith('bullet') ? separated(bulletText(doc, next)) : undefined) ??
        described(line);
      // A unit's name, with or without its description in brackets.
      if (!looksLikeUnit(unit?.name ?? line.replace(/[（(][^（）()]*[）)]$/, ''))) {
        // The next item of the same list that names no unit: the list does not hold together.
        if (style !== undefined) unsure++;
        break;
      }
      style = n.style;
      if (!unit) unsure++;
      names.push(unit ?? { name: line });
      end = next.flowEnd;
    }
    if (names.length === 0) continue;
    const list = withoutLead(names, lead);
    // The applicant's count, not a requirement quoted beside it ("通知要求不少于4个").
    const own = sentence
      .split(/[，,；;]/)
      .filter((c) => !/通知|要求|规定|不少于|不低于/.test(c))
      .join('，');
    const stated = new RegExp(`(${NUMBER})\\s*${h.units || '(?:所|个|家)'}`).exec(own);
    const count = stated ? parseCount(stated[1]!) : undefined;
    const agrees = count === undefined || count === list.length || count === names.length;
    return fromFlow(doc, row.flowStart, end, list, agrees && !unsure ? 0.85 : 0.5, 'list');
  }
  return undefined;
}

/** A list's bullet opening a line (no more marks after it: a row of checkboxes is no list). */
const BULLET_MARK = /^\s*([●■□○◆◇▪▫•◦‣▸►▶❖➢➤✦])\s*/u;

/** A bulleted line as a list item: its mark as the style, the words after it. */
export function bulleted(text: string): { level: number; style: string; rest: string } | null {
  const m = BULLET_MARK.exec(text);
  const rest = m ? text.slice(m[0].length).trim() : '';
  if (!m || rest === '' || OPTION_MARKS.test(rest)) return null;
  return { level: 6, style: `bullet${m[1]}`, rest };
}

/** A bulleted line's words as the file spaces them, without the bullet. */
function bulletText(doc: ReadContext['doc'], row: DocRow): string {
  return doc.spacedText(row.flowStart, row.flowEnd).replace(BULLET_MARK, '').trim();
}

/**
 * "甲市第一中学，完全中学", "甲校 / 甲市乙区 / 小学", "甲校　小学": a unit's name and its place or
 * type after a separator. Undefined when a piece is neither (the line is read another way).
 */
function separated(line: string): MemberUnit | undefined {
  const parts = line
    .replace(/[。；;，,]$/, '')
    .split(/\s*[，,；;]\s*|\s+[/／]\s+|\s+/)
    .filter(Boolean);
  if (parts.length < 2 || !looksLikeUnit(parts[0]!)) return undefined;
  const unit: MemberUnit = { name: parts[0]! };
  for (const piece of parts.slice(1)) {
    if (SCHOOL_TYPE.test(piece) && !unit.type) unit.type = piece;
    else if (PLACE.test(piece) && !unit.region) unit.region = piece;
    else return undefined;
  }
  return unit;
}

/** A line without the name's label before it ("单位名称：甲校…" → "甲校…"). */
function withoutLabel(line: string, labels: string[]): string {
  const label = labels.find((l) => line.startsWith(l) && /^[:：]/.test(line.slice(l.length)));
  if (label) return line.slice(label.length + 1);
  // A record's own label for the name ("成员单位名称：", "学校全称："), whatever it qualifies.
  const named = /^\p{Script=Han}{0,6}(?:名称|全称)[:：]/u.exec(line);
  return named ? line.slice(named[0].length) : line;
}

/** Kinds of school (学段/类型), as a unit's description names them. */
export const SCHOOL_TYPE =
  /^(?:小学|初中|高中|中学|初级中学|高级中学|完全中学|九年一贯制学校|十二年一贯制学校|中等职业(?:技术)?学校|职业(?:技术)?学校|中职(?:学校)?|职业高中|特殊教育学校|幼儿园|大学|学院|高校)$/;
/** A place: a province, city, county or district (新宾满族自治县, 沈阳市浑南区). */
export const PLACE = /^[\p{Script=Han}]{1,16}(?:省|市|州|县|区|旗|盟)$/u;

/** A unit's field by its label after the name: "所在地：", "类型：". */
const UNIT_FIELD = /(所在地区?|所属地区|地区|区域|所在县区|单位类型|学校类型|办学类型|类型)[:：]/;

/**
 * "甲市第一中学　所在地：甲市乙区　类型：初级中学": a unit's name, then its place and type by
 * label. Undefined when the line has no such field; a field of another label is no unit line.
 */
function labelled(line: string): MemberUnit | undefined {
  // Labels where they stand, each once ("所在地区：" holds "地区：": one label, not two).
  const marks = [...line.matchAll(new RegExp(UNIT_FIELD.source, 'g'))];
  if (marks.length === 0) return undefined;
  const name = line.slice(0, marks[0]!.index).replace(/[，,；;]$/, '');
  if (!looksLikeUnit(name)) return undefined;
  const unit: MemberUnit = { name };
  for (const [i, m] of marks.entries()) {
    const value = cleanValue(line.slice(m.index + m[0].length, marks[i + 1]?.index ?? line.length));
    if (!value) return undefined;
    const key = /类型/.test(m[1]!) ? 'type' : 'region';
    if (unit[key]) return undefined;
    unit[key] = value;
  }
  return unit;
}

/**
 * "甲市第一中学（甲市乙区，高级中学）": a unit's name with its place and type in brackets.
 * Undefined when a bracket holds something else (then the line is kept whole, as uncertain).
 */
export function described(line: string): MemberUnit | undefined {
  const m = /^(.+?)[（(]([^（）()]+)[）)]$/.exec(line);
  if (!m) return { name: line };
  const unit: MemberUnit = { name: m[1]! };
  if (!looksLikeUnit(unit.name)) return undefined;
  for (const piece of m[2]!.split(/[，,、；;\s]+/).filter(Boolean)) {
    if (SCHOOL_TYPE.test(piece) && !unit.type) unit.type = piece;
    else if (PLACE.test(piece) && !unit.region) unit.region = piece;
    else return undefined;
  }
  return unit;
}

/**
 * "由X牵头，联合A、B和C共三所学校组建": the units a sentence says the lead joins with, counted
 * after the list. A count that disagrees with the list leaves it uncertain.
 */
export function joinedPattern(units: string): RegExp {
  // The list starts and ends with other than white space: the runs around it are read by one
  // `\\s*` each, not tried split by split against the list's own characters. It is at most 400
  // characters (a dozen units): a line of 联合 repeated is then tried a bounded way from each.
  return new RegExp(
    `(?:联合|携手|会同|联合了)\\s*([^。；;\\n\\s](?:[^。；;\\n]{0,400}?[^。；;\\n\\s])?)\\s*(?:等\\s*)?共\\s*(${NUMBER})\\s*${units}(?:学校|单位|成员单位|成员校)?`,
    'g',
  );
}

function joinedWith(ctx: ReadContext, units: string, lead?: string): ExtractedFact | undefined {
  const re = joinedPattern(units);
  for (const m of ctx.doc.flow.matchAll(re)) {
    const names = splitUnitList(m[1]!);
    // "成员单位名称：甲校；学校类型：初中": a record's labelled fields, no list of names.
    if (names.length === 0 || !names.every((n) => looksLikeUnit(n) && !/[:：]/.test(n))) continue;
    const list = withoutLead(
      names.map((name) => ({ name })),
      lead,
    );
    const agrees = parseCount(m[2]!) === list.length;
    return fromFlow(ctx.doc, m.index, m.index + m[0].length, list, agrees ? 0.85 : 0.5, 'list');
  }
  return undefined;
}

/** Where a borderless list's columns start: the name's, and a place's or a type's if headed. */
interface RowHeader {
  /** The numbers stand in the name's column, before the names ("序号单位名称"). */
  glued: boolean;
  name: number;
  region?: number;
  type?: number;
}

/**
 * A free line heading a numbered list: "序号 | 单位名称 [| 所在地区 | 类型]", or "序号单位名称 | …",
 * also alone (a narrow borderless table, centred, its two labels set close enough to run into
 * one cell).
 */
function rowHeader(row: DocRow, labels: string[]): RowHeader | undefined {
  if (row.table >= 0 || row.cells.length < 1 || row.cells.length > 4) return undefined;
  const texts = row.cells.map((c) => cleanLabel(c.text));
  const separate = NUMBER_HEADER.test(texts[0]!);
  // "序号" alone on its line: no name column beside it to read under.
  if (separate && texts.length < 2) return undefined;
  const at = separate ? 1 : 0;
  const nameLabel = separate ? texts[1]! : texts[0]!.replace(/^序号/, '');
  if (!separate && nameLabel === texts[0]) return undefined;
  if (!isNameHeader(nameLabel, labels)) return undefined;
  const header: RowHeader = { glued: !separate, name: row.cells[at]!.rect[0] };
  for (const [i, text] of texts.entries()) {
    if (i <= at) continue;
    if (REGION_HEADER.test(text)) header.region = row.cells[i]!.rect[0];
    else if (isType(text)) header.type = row.cells[i]!.rect[0];
    else return undefined;
  }
  return header;
}

/**
 * A numbered list without borders under a header line, "序号 | 单位名称" over "1 | 甲校", or
 * with a place and a type ("序号单位名称 | 所在地区 | 类型" over "1 | 甲校 | 甲市乙区 | 初中"):
 * too few columns, or rows too far apart, for a table. Each line is a unit, the numbers count
 * 1, 2, 3…; a header repeated on a new page is passed over. Certain under the fact's heading.
 */
function numberedRows(ctx: ReadContext, def: FactDef, lead?: string): ExtractedFact | undefined {
  const h = hintsOf(def);
  const doc = ctx.doc;
  const near = (cell: DocCell, x?: number) => x !== undefined && Math.abs(cell.rect[0] - x) <= 8;
  for (const row of doc.rows) {
    const header = rowHeader(row, h.labels);
    if (!header) continue;
    const units: MemberUnit[] = [];
    const cells: DocCell[] = [];
    let nameX: number | undefined;
    for (const next of doc.rows.slice(row.index + 1)) {
      if (rowHeader(next, h.labels)) continue;
      if (next.table >= 0) break;
      const first = next.cells[0]!;
      const number = /^\s*(\d{1,3})\s*$/.exec(first.text);
      // The number in a cell of its own, or (a glued header) in the name's cell before it.
      const nameCell = number ? next.cells[1] : header.glued ? first : undefined;
      if (!nameCell) break;
      let name = cleanValue(nameCell.text).replace(/\s+/g, '');
      const glued = number ? null : /^(\d{1,3})(?=\p{Script=Han})/u.exec(name);
      if (glued) name = name.slice(glued[0].length);
      const n = Number(number?.[1] ?? glued?.[1]);
      if (n !== units.length + 1 || !looksLikeUnit(name)) {
        // A line of the name's column without a number: a name wrapped onto lines of its own,
        // no unit per line to read.
        const wrapped =
          units.length > 0 && !number && near(first, nameX) && headingOf(next, doc) === null;
        if (wrapped) return undefined;
        break;
      }
      // A name running over the next column's head: columns run together.
      const nextColumn = Math.min(header.region ?? Infinity, header.type ?? Infinity);
      if (nameCell.rect[2] > nextColumn + 4) return undefined;
      const unit: MemberUnit = { name };
      const rest = next.cells.slice(next.cells.indexOf(nameCell) + 1);
      for (const cell of rest) {
        const value = cleanValue(cell.text).replace(/\s+/g, '');
        if (near(cell, header.region) && !unit.region) unit.region = value;
        else if (near(cell, header.type) && !unit.type) unit.type = value;
        else return undefined;
      }
      nameX ??= nameCell.rect[0];
      units.push(unit);
      cells.push(...next.cells);
    }
    if (units.length === 0) continue;
    const above = doc.rows[row.index - 1];
    const own = above !== undefined && !!h.sections?.test(above.text);
    return fromCells(doc, cells, withoutLead(units, lead), own ? 0.85 : 0.55, 'list');
  }
  return undefined;
}

/**
 * Units in the rows beside the fact's label cell merged down over them ("主要成员单位" beside
 * "甲校 | 初中", "乙校 | 小学", …, no header): one unit per row, its type or place after it.
 * Every row beside the label must name a unit.
 */
function besideLabel(ctx: ReadContext, def: FactDef, lead?: string): ExtractedFact | undefined {
  const h = hintsOf(def);
  const doc = ctx.doc;
  if (!h.sections) return undefined;
  for (const row of doc.rows) {
    const label = row.cells[0];
    const text = label ? cleanLabel(label.text) : '';
    if (row.table < 0 || !label || text.length > 10 || !h.sections.test(text)) continue;
    const [top, bottom] = [
      Math.max(label.rect[1], label.rect[3]),
      Math.min(label.rect[1], label.rect[3]),
    ];
    const spanned = doc.rows.filter(
      (r) =>
        r.table === row.table && r.page === row.page && r.top <= top + 1 && r.bottom >= bottom - 1,
    );
    // Not merged down: numbered items in the rows under it, its column left empty there.
    const numbered = spanned.length < 2 ? numberedRowsBeside(doc, row, label) : undefined;
    const rows = numbered ?? spanned;
    if (rows.length < 2) continue;
    const units: MemberUnit[] = [];
    const cells: DocCell[] = [];
    for (const r of rows) {
      const own = r.cells.filter((c) => c !== label && c.rect[0] >= label.rect[2] - 2);
      // Items may be numbered ("1.甲校"), in rows merged under the label or beside its empty column.
      const name = withoutNumber(cleanValue(own[0]?.text ?? '').replace(/\s+/g, ''));
      if (!looksLikeUnit(name) || own.length > 2) return undefined;
      const unit: MemberUnit = { name };
      const more = cleanValue(own[1]?.text ?? '').replace(/\s+/g, '');
      if (SCHOOL_TYPE.test(more)) unit.type = more;
      else if (PLACE.test(more)) unit.region = more;
      else if (more) return undefined;
      units.push(unit);
      cells.push(...own);
    }
    return fromCells(doc, [label, ...cells], withoutLead(units, lead), 0.85);
  }
  return undefined;
}

/**
 * "成员学校：1.甲校" with "2.乙校", "3.丙校" one a line under it (list-going-on.ts): the units,
 * every item naming one. Free lines only; the label is the fact's or its section's words.
 */
function numberedGoingOn(ctx: ReadContext, def: FactDef, lead?: string): ExtractedFact | undefined {
  const h = hintsOf(def);
  const doc = ctx.doc;
  for (const row of doc.rows) {
    if (row.table >= 0 || row.cells.length !== 1) continue;
    const colon = row.text.search(/[:：]/);
    if (colon < 1 || colon > 30) continue;
    const label = cleanLabel(row.text.slice(0, colon));
    if (!h.labels.includes(label) && !(h.sections && wholeLine(h.sections, label))) continue;
    const from = row.flowStart + colon + 1;
    const first = doc.flow.slice(from, beforeRunOnField(doc, from, row.flowEnd));
    const going = itemsGoingOn(doc, row, first);
    if (!going) continue;
    const names = [withoutNumber(cleanValue(first)), ...going.items].map((n) =>
      n.replace(/\s+/g, ''),
    );
    const units = names.map((n) => described(n) ?? { name: n });
    if (!units.every((u) => looksLikeUnit(u.name))) continue;
    return fromFlow(doc, row.flowStart, going.end, withoutLead(units, lead), 0.85, 'list');
  }
  return undefined;
}

/** Does a column's head name the units' names (the pack's label, qualified or not)? */
function isNameHeader(label: string, labels: string[]): boolean {
  if (labels.includes(label) || UNIT_NAME_HEADER.test(label)) return true;
  return labels.some((l) => l.length >= 4 && label.endsWith(l));
}

export function readUnits(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const h = hintsOf(def);
  const excluded = h.exclude ? ctx.found[h.exclude]?.value : undefined;
  const lead = typeof excluded === 'string' ? excluded : undefined;
  const tables = tablesOf(ctx.doc);
  // Tables under the fact's section first (its heading or caption), then any unit table.
  const sections = h.sections ? findSections(ctx.doc, h.sections) : [];
  const inSection = (t: Table) => {
    const row = t.header ?? t.body[0];
    if (!row) return false;
    if (t.caption && h.sections?.test(t.caption.text)) return true;
    // A title row of the same table over the header ("成员学校" across a two-level table).
    const band = ctx.doc.rows[row.index - 1];
    if (band && band.table === row.table && isBand(band) && h.sections?.test(cleanLabel(band.text)))
      return true;
    // The section's words heading the table ("成员单位序号单位名称": its label run into the header).
    if (t.header && h.sections?.test(cleanLabel(t.header.cells[0]?.text ?? ''))) return true;
    // The fact's label in a cell merged down beside the rows ("主要成员单位 | 单位名称 | …").
    const x0 = Math.min(...t.columns.map((c) => c.x0));
    const beside = t.body[0] ? labelsLeftOf(ctx.doc, t.body[0], x0) : [];
    if (beside.some((c) => h.sections?.test(cleanLabel(c.text)))) return true;
    return sections.some((s) => row.flowStart >= s.start && row.flowStart <= s.end);
  };
  const beside = besideLabel(ctx, def, lead);
  if (beside) return beside;
  const placed = tables.map((table) => ({ table, under: inSection(table) }));
  const ordered = [...placed.filter((t) => t.under), ...placed.filter((t) => !t.under)];
  for (const { table, under } of ordered) {
    const col = nameColumn(table, h.labels) ?? (under ? bareNameColumn(table) : undefined);
    if (!col) continue;
    const found = fromTable(ctx, table, col, lead, under, h.labels);
    if (found) return found;
  }
  return (
    numberedRows(ctx, def, lead) ??
    unitsFromStackedCards(ctx, h.labels, h, sections, lead) ??
    unitsFromCards(ctx, h.labels, lead) ??
    unitsFromBoxes(ctx, sections, lead) ??
    (h.sections ? unitsInOneCell(ctx, h.sections, lead) : undefined) ??
    numberedGoingOn(ctx, def, lead) ??
    fromProse(ctx, def, lead)
  );
}
