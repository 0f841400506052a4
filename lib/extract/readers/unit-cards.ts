/**
 * Member units written as one card each, a row of labels beside values repeated per unit
 * ("单位名称 | 甲市第一中学 | 地区/类型 | 甲市乙区／初中"), as forms that list each member
 * unit over its own people do. The lead unit's card (牵头单位 beside it, or the lead's name) is
 * left out. Read only when the card repeats: one such row is a field, not a list.
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
