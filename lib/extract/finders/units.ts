/**
 * Main member units (主要成员单位), not counting the lead unit: from a member table (one unit
 * per row; a row marked 牵头 or naming the lead unit is skipped), or from prose listing them
 * ("主要成员单位共5所：A、B、C、D、E"). A bare count without names gives no list.
 */
import type { ExtractedFact, MemberUnit } from '../../facts/standard';
import { foldForCompare } from '../../pdf/normalize';
import type { DocCell, DocRow, FactDocument } from '../document';
import { cleanLabel, cleanValue } from '../labels';
import { NUMBER, parseCount } from '../numerals';
import { columnOf, headerColumns, rowsOfTable } from './tables';

const NAME_HEADER =
  /^(?:主要)?(?:成员)?(?:单位|学校)(?:名称)?$|^成员单位(?:名称)?$|^(?:成员)?学校名称$/;
const REGION_HEADER = /^(?:所在|所属)?(?:地区|区域|地市|市县|区县|所在地|城市)$/;
const TYPE_HEADER = /^(?:单位|学校)?(?:类型|性质|类别|学段)$/;

/** Does a string read like the name of a school or an institution? */
export function looksLikeUnit(text: string): boolean {
  return (
    text.length >= 4 &&
    text.length <= 40 &&
    /(学校|中学|小学|大学|学院|幼儿园|教育局|中心|研究院|研究所|教研室|馆|局|园|校|部|处|所|站|集团|公司|委员会|基地|分校|校区)$/.test(
      text,
    )
  );
}

function isLeadRow(row: DocRow, nameCell: DocCell | undefined, leadUnit?: string): boolean {
  if (row.cells.some((c) => /^牵头(单位|学校)?$/.test(cleanLabel(c.text)))) return true;
  if (!nameCell || !leadUnit) return false;
  return foldForCompare(nameCell.text) === foldForCompare(leadUnit);
}

function fromTable(doc: FactDocument, leadUnit?: string): ExtractedFact<MemberUnit[]> | undefined {
  for (const row of doc.rows) {
    if (row.table < 0) continue;
    const header = headerColumns(row);
    const nameCol = header.find((h) => NAME_HEADER.test(h.label));
    if (!nameCol || header.some((h) => /^姓名$/.test(h.label)) || header.length < 2) continue;
    const regionCol = header.find((h) => REGION_HEADER.test(h.label));
    const typeCol = header.find((h) => TYPE_HEADER.test(h.label) && h !== nameCol);
    const units: MemberUnit[] = [];
    const cells: DocCell[] = [];
    for (const data of rowsOfTable(doc, row)) {
      if (headerColumns(data).some((h) => NAME_HEADER.test(h.label))) continue; // repeated header
      const nameCell = columnOf(data, nameCol);
      const name = nameCell ? cleanValue(nameCell.text) : '';
      if (!name || isLeadRow(data, nameCell, leadUnit)) continue;
      const unit: MemberUnit = { name };
      const region = regionCol && columnOf(data, regionCol);
      if (region?.text.trim()) unit.region = cleanValue(region.text);
      const type = typeCol && columnOf(data, typeCol);
      if (type?.text.trim()) unit.type = cleanValue(type.text);
      units.push(unit);
      cells.push(...data.cells);
    }
    if (units.length > 0) return { value: units, evidence: doc.evidenceForCells(cells) };
  }
  return undefined;
}

/** "A、B、C和D": split at separators, and at 和/及 only where both sides name a unit (和平区). */
export function splitUnitList(text: string): string[] {
  const items = text
    .split(/[、，,；;]/)
    .map((s) => cleanValue(s.replace(/等$/, '')))
    .filter((s) => s !== '');
  return items.flatMap((item) => {
    if (looksLikeUnit(item) && !/(以及|和|及)/.test(item)) return [item];
    for (const m of item.matchAll(/以及|和|及/g)) {
      const left = item.slice(0, m.index);
      const right = item.slice(m.index + m[0].length);
      if (looksLikeUnit(left) && looksLikeUnit(right)) return [left, right];
    }
    return [item];
  });
}

const PROSE = new RegExp(
  `(?:主要)?成员单位(?:共|有|包括|为|分别为|分别是|是)?\\s*(?:(${NUMBER})\\s*(?:所|个|家)(?:学校|单位)?)?\\s*(?:[，,]?\\s*(?:分别)?(?:为|是|包括))?\\s*[：:]?\\s*([^。\\n]+)`,
  'g',
);

function fromProse(doc: FactDocument, leadUnit?: string): ExtractedFact<MemberUnit[]> | undefined {
  for (const m of doc.flow.matchAll(PROSE)) {
    const names = splitUnitList(m[2]!);
    if (names.length === 0 || !names.every(looksLikeUnit)) continue;
    const lead = leadUnit ? foldForCompare(leadUnit) : '';
    const units = names.filter((n) => foldForCompare(n) !== lead).map((name) => ({ name }));
    const count = m[1] ? parseCount(m[1]) : undefined;
    // A stated count that disagrees with the list means the list was misread.
    if (count !== undefined && count !== units.length && count !== names.length) continue;
    return { value: units, evidence: doc.evidenceForFlow(m.index, m.index + m[0].length) };
  }
  return undefined;
}

export function findMemberUnits(
  doc: FactDocument,
  leadUnit?: string,
): ExtractedFact<MemberUnit[]> | undefined {
  return fromTable(doc, leadUnit) ?? fromProse(doc, leadUnit);
}
