/**
 * Member units written as one card each, a row of labels beside values repeated per unit
 * ("单位名称 | 甲市第一中学 | 地区/类型 | 甲市乙区／初中"), as forms that list each member
 * unit over its own people do. The lead unit's card (牵头单位 beside it, or the lead's name) is
 * left out. Read only when the card repeats: one such row is a field, not a list. Or as a small
 * two-column table per unit, stacked down the page (unitsFromStackedCards).
 */
import type { ExtractedFact, MemberUnit } from '../../facts/standard';
import { foldForCompare, normalize } from '../../pdf/normalize';
import type { DocCell, DocRow } from '../../pdf/structure/document';
import { cleanLabel, cleanValue } from '../../pdf/structure/key-values';
import type { Span } from '../../pdf/structure/sections';
import { labelsLeftOf } from '../../pdf/structure/tables';
import { fromCells, type ReadContext } from './context';
import { LEAD_LABEL, looksLikeUnit } from './unit-names';
import { cellLines } from './wrapped-cells';

const REGION = /^(?:所在|所属)?(?:地区|区域|地市|所在地|区县|县区|市县)$/;
const TYPE = /^(?:单位|学校|办学)?(?:类型|性质|类别|学段)$/;

/** "地区/类型 | 甲市乙区／初中": each part of the label takes the value's part in its place. */
function fieldsOf(label: string, value: string): Partial<MemberUnit> | undefined {
  const names = label.split(/[/／、]/);
  const values = value.split(/[/／]/).map((v) => cleanValue(v));
  if (names.length !== values.length) return undefined;
  const out: Partial<MemberUnit> = {};
  for (const [i, name] of names.entries()) {
    const key = REGION.test(name) ? 'region' : TYPE.test(name) ? 'type' : undefined;
    if (!key || !values[i]) return undefined;
    out[key] = values[i];
  }
  return out;
}

function isLeadCard(ctx: ReadContext, row: DocRow, x0: number, lead?: string, name?: string) {
  const marks = [...row.cells, ...labelsLeftOf(ctx.doc, row, x0)];
  if (marks.some((c) => LEAD_LABEL.test(cleanLabel(c.text)))) return true;
  return lead !== undefined && name !== undefined && foldForCompare(lead) === foldForCompare(name);
}

/** A person's name heading a card: the card is a person's (its 单位 is where the person works). */
const PERSON_LABEL = /^(?:姓名|名字|成员姓名)$/;
/** A unit's name by a label the pack does not list: 单位名称, 学校名称, 成员学校… */
const NAME_LABEL = /^(?:成员|参与|合作)?(?:单位|学校)(?:名称)?$/;
/** At most this many field rows under a card's name (address, contact, phone, place, type…). */
const MAX_FIELDS = 12;

/** "label | value": a row of two cells, the first a short label (as a card's rows are). */
function pairOf(row: DocRow): { label: string; value: string; x: number } | undefined {
  if (row.cells.length !== 2) return undefined;
  const label = cleanLabel(row.cells[0]!.text);
  if (label.length < 2 || label.length > 10 || /\d/.test(label)) return undefined;
  return { label, value: cleanValue(row.cells[1]!.text), x: row.cells[0]!.rect[0] };
}

/**
 * Member units as a small two-column table each, stacked down the page ("成员单位一" over
 * 单位名称 | 甲校, 学校类型 | 初中, 地址 | …, 联系人 | …, 联系电话 | …), ruled or not: a card per
 * unit, opened by the name's row; its place and type rows are the unit's fields, other rows
 * (address, contact, phone) are not facts. A card whose name repeats the card before it on the
 * next page continues it (the table's first row repeated over a page break). A name row after a
 * person's name (姓名 | … then 单位 | …) is a person's card, not a unit's. Certain when two cards
 * or more read whole with the same fields, under the fact's section or captioned with its items.
 */
export function unitsFromStackedCards(
  ctx: ReadContext,
  labels: string[],
  words: { sections?: RegExp; items?: RegExp },
  sections: Span[],
  lead?: string,
): ExtractedFact | undefined {
  const rows = ctx.doc.rows;
  const units: MemberUnit[] = [];
  const cells: DocCell[] = [];
  let whole = true;
  let named = false;
  let person = false;
  let lastPage = -1;
  for (let i = 0; i < rows.length; i++) {
    const pair = pairOf(rows[i]!);
    if (!pair) {
      person = false;
      continue;
    }
    if (PERSON_LABEL.test(pair.label)) person = true;
    const isName = labels.includes(pair.label) || NAME_LABEL.test(pair.label);
    if (!isName || person) continue;
    const name = pair.value.replace(/\s+/g, '');
    if (!looksLikeUnit(name)) continue;
    const row = rows[i]!;
    const caption = rows[i - 1] && !pairOf(rows[i - 1]!) ? rows[i - 1] : undefined;
    const leadCard =
      (caption &&
        LEAD_LABEL.test(cleanLabel(caption.text).replace(/[一二三四五六七八九十\d]+$/, ''))) ||
      (lead !== undefined && foldForCompare(lead) === foldForCompare(name));
    // Its fields: the rows under it with their labels where the name's label stands.
    const unit: MemberUnit = { name };
    const own: DocCell[] = [...row.cells];
    let j = i + 1;
    for (; j < rows.length && j <= i + MAX_FIELDS; j++) {
      const field = pairOf(rows[j]!);
      if (!field || Math.abs(field.x - pair.x) > 6) break;
      if (labels.includes(field.label) || NAME_LABEL.test(field.label)) break;
      if (PERSON_LABEL.test(field.label)) whole = false;
      const fields = fieldsOf(field.label, field.value.replace(/\s+/g, ''));
      if (fields) Object.assign(unit, fields);
      else if (REGION.test(field.label) || TYPE.test(field.label)) whole = false;
      own.push(...rows[j]!.cells);
    }
    const previous = units.at(-1);
    i = j - 1;
    if (leadCard) continue;
    const captionText = caption?.text ?? '';
    named ||= !!(words.items?.test(captionText) || words.sections?.test(captionText));
    const at = ctx.doc.position(row.page);
    if (previous && foldForCompare(previous.name) === foldForCompare(name) && at > lastPage) {
      Object.assign(previous, unit);
      cells.push(...own);
      lastPage = at;
      continue;
    }
    units.push(unit);
    cells.push(...own);
    lastPage = at;
  }
  if (units.length < 2) return undefined;
  const first = cells[0]!;
  const under = sections.some((s) => first.flow >= s.start && first.flow <= s.end);
  const shape = (u: MemberUnit) => Object.keys(u).sort().join();
  const same = units.every((u) => shape(u) === shape(units[0]!));
  return fromCells(ctx.doc, cells, units, whole && same && (under || named) ? 0.8 : 0.5);
}

export function unitsFromCards(
  ctx: ReadContext,
  labels: string[],
  lead?: string,
): ExtractedFact | undefined {
  const units: MemberUnit[] = [];
  const cells: DocCell[] = [];
  let complete = true;
  for (const row of ctx.doc.rows) {
    if (row.table < 0) continue;
    const at = row.cells.findIndex((c) => labels.includes(cleanLabel(c.text)));
    const nameCell = row.cells[at + 1];
    if (at < 0 || !nameCell) continue;
    const name = cleanValue(nameCell.text).replace(/\s+/g, '');
    if (!looksLikeUnit(name)) continue;
    if (isLeadCard(ctx, row, row.cells[at]!.rect[0], lead, name)) continue;
    const unit: MemberUnit = { name };
    const label = row.cells[at + 2];
    const value = row.cells[at + 3];
    if (label && value) {
      const fields = fieldsOf(cleanLabel(label.text), cleanValue(value.text).replace(/\s+/g, ''));
      if (fields) Object.assign(unit, fields);
      else complete = false;
    }
    units.push(unit);
    cells.push(...row.cells);
  }
  if (units.length < 2) return undefined;
  // Cards with different fields were read from rows laid out differently: checked.
  const shape = (u: MemberUnit) => Object.keys(u).sort().join();
  const same = units.every((u) => shape(u) === shape(units[0]!));
  return fromCells(ctx.doc, cells, units, complete && same ? 0.8 : 0.5);
}

/**
 * Member units as boxes side by side (a grid of cards, two in a row): each box a unit's name on
 * its first line, then its fields as "所在地区：…" / "学校类型：…" lines, all run together in the
 * page text. Read from the boxes inside the fact's section, in reading order. Certain only when
 * every box reads whole (a unit's name, then fields it knows) and the boxes carry the same fields.
 */
export function unitsFromBoxes(
  ctx: ReadContext,
  sections: Span[],
  lead?: string,
): ExtractedFact | undefined {
  for (const section of sections) {
    const units: MemberUnit[] = [];
    const cells: DocCell[] = [];
    let whole = true;
    for (const row of ctx.doc.rows) {
      if (row.flowStart < section.start || row.flowStart >= section.end) continue;
      if (row.table < 0 || row.cells.length !== 1) continue;
      const cell = row.cells[0]!;
      const lines = cellLines(ctx.doc, cell)
        .map((l) => normalize(l.text).trim())
        .filter(Boolean);
      const name = cleanValue(lines[0] ?? '').replace(/\s+/g, '');
      if (lines.length < 2 || !looksLikeUnit(name) || /[:：]/.test(name)) continue;
      if (lead !== undefined && foldForCompare(lead) === foldForCompare(name)) continue;
      const unit: MemberUnit = { name };
      for (const line of lines.slice(1)) {
        const m = /^([^:：]{2,8})[:：]\s*(.+)$/.exec(line);
        const label = m ? cleanLabel(m[1]!) : '';
        const key = REGION.test(label) ? 'region' : TYPE.test(label) ? 'type' : undefined;
        if (m && key) unit[key] = cleanValue(m[2]!);
        else whole = false;
      }
      units.push(unit);
      cells.push(cell);
    }
    if (units.length < 2) continue;
    const shape = (u: MemberUnit) => Object.keys(u).sort().join();
    const same = units.every((u) => shape(u) === shape(units[0]!));
    return fromCells(ctx.doc, cells, units, whole && same ? 0.8 : 0.5);
  }
  return undefined;
}
