/**
 * A list of units found by the shape of its entries when no label of the fact gives it: forms
 * from unseen writers rename the list's label, set it as a caption under the list, in the
 * margin, or leave it out. Two or more names of institutions (ending as the pack's
 * `hints.nameEndings` say: 学校, 中学, 教育局…) one under another in a column of a table, on
 * numbered lines, or side by side in one cell holding nothing else, may be the list. Always
 * proposed for checking (doubt `unitsByShape`): the shape says "units", not whose.
 *
 * Left out: a people table's unit column (a name, title, phone or duty beside the entry, or a
 * person's field over the column), a key–value table's values (other labels left of them), words
 * of a sentence, a notice's quoted paragraphs, and the value of the fact the pack leaves out of
 * the list (`hints.exclude`: the lead unit).
 */
import type { ExtractedFact, MemberUnit } from '../../facts/standard';
import { foldForCompare } from '../../pdf/normalize';
import type { DocCell, DocRow, DocumentLayout } from '../../pdf/structure/document';
import { cleanLabel, cleanValue } from '../../pdf/structure/key-values';
import { numbering } from '../../pdf/structure/sections';
import { coveringCell, rowsByTable } from '../../pdf/structure/tables';
import type { FactDef } from '../../rubric';
import { doubtful, fromCells, hintsOf, type ReadContext } from './context';
import { inNoticeExcerpt } from './notice-excerpt';
import { FIELD_LABELS } from './person-labels';
import { isName, partKind } from './person-parts';
import { bulleted, described, isType, PLACE, REGION_HEADER, SCHOOL_TYPE } from './units';
import { WITHDRAWN } from './withdrawn-rows';

/** Longer than this, a cell is a paragraph, never one name or a short list of them. */
const MAX_CELL = 200;

/** Words a sentence has and a unit's name has not (我校与…, …开展了合作, 包括…). */
const SENTENCE_WORDS = /[我的了与是为有在等]|本校|以及|包括|其中|共同|开展|合作|参与|联合/;
const ADDRESS = /\d+\s*(?:号|弄|栋|楼)|地址|邮编/;
/** A place or a kind of school beside a unit's name (甲市乙区, 农村, 初中): no person's. */
const PLACE_OR_KIND = /^[\p{Script=Han}]{1,16}(?:省|市|州|县|区|旗|盟|镇|乡|村)$|中$|学$|园$/u;
/** A column head naming a person's field: the column is a team's, not the list of units. */
const PERSON_FIELD = new RegExp(
  `^(?:${[...FIELD_LABELS.name, ...FIELD_LABELS.title, ...FIELD_LABELS.phone, ...FIELD_LABELS.duty, ...FIELD_LABELS.dutyTitle, '所在单位', '工作单位', '任教学校', '所在学校', '任职学校'].join('|')})$`,
);

function endingsOf(def: FactDef): RegExp | undefined {
  const endings = def.hints?.nameEndings;
  if (!endings?.length) return undefined;
  const escaped = endings.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:${escaped.join('|')})$`, 'u');
}

/** A unit's name and nothing else, maybe with its place or kind in brackets after it. */
function unitOf(text: string, endings: RegExp): MemberUnit | undefined {
  const line = cleanValue(text)
    .replace(/\s+/g, '')
    .replace(/[；;。]$/, '');
  if (line.length > 48) return undefined;
  // "甲校，初中": its kind or place after a comma, each a kind or a place, nothing else.
  const [first, ...rest] = line.split(/[，,]/);
  const unit = described(first!) ?? { name: first!.replace(/[（(][^（）()]{1,16}[）)]$/, '') };
  for (const piece of rest) {
    if (SCHOOL_TYPE.test(piece) && !unit.type) unit.type = piece;
    else if (PLACE.test(piece) && !unit.region) unit.region = piece;
    else return undefined;
  }
  const name = unit.name;
  if (name.length < 4 || name.length > 30) return undefined;
  if (!/^[\p{Script=Han}\d（）()·]+$/u.test(name)) return undefined;
  if (SENTENCE_WORDS.test(name) || ADDRESS.test(name)) return undefined;
  return endings.test(name) ? unit : undefined;
}

/** A cell that is one number of a list (序号) or empty. */
const numberOrEmpty = (cell: DocCell) => /^\s*(?:\d{1,3}[.．、]?|[①-⑳])?\s*$/.test(cell.text);

/**
 * A cell beside an entry that a person's record would hold (a name, a title, a phone), unless
 * its column's head says it is a place or a kind (教研机构 under 类型 is no one's name).
 */
function personal(cell: DocCell, head: DocRow | undefined): boolean {
  const text = cleanValue(cell.text).replace(/\s+/g, '');
  if (!text || PLACE_OR_KIND.test(text)) return false;
  const label = headOver(cell, head);
  if (label && (REGION_HEADER.test(label) || isType(label))) return false;
  const kind = partKind(text);
  if (kind && kind !== 'unit') return true;
  return /^\p{Script=Han}{2,3}$/u.test(text) && isName(text);
}

/** The head's label over a cell (the header cell its middle stands under). */
function headOver(cell: DocCell, head: DocRow | undefined): string {
  const mid = (cell.rect[0] + cell.rect[2]) / 2;
  const over = head?.cells.find((c) => c.rect[0] - 2 <= mid && mid <= c.rect[2] + 2);
  return over ? cleanLabel(over.text).replace(/\s+/g, '') : '';
}

interface Candidate {
  units: MemberUnit[];
  cells: DocCell[];
}

/** A run's entry, unless the value the fact leaves out (the lead unit) stands there. */
function add(run: Candidate, unit: MemberUnit, others: Set<string>) {
  if (!others.has(foldForCompare(unit.name))) run.units.push(unit);
}

/**
 * The place and kind in the cells right of a name: under a head saying which (所在地区, 类型),
 * else as they read (甲市乙区, 初中).
 */
function describedBy(unit: MemberUnit, cells: DocCell[], head: DocRow | undefined): MemberUnit {
  const out = { ...unit };
  for (const cell of cells) {
    const text = cleanValue(cell.text).replace(/\s+/g, '');
    if (!text) continue;
    const label = headOver(cell, head);
    const region = label ? REGION_HEADER.test(label) : PLACE.test(text);
    const type = label ? isType(label) : SCHOOL_TYPE.test(text);
    if (region && !out.region) out.region = text;
    else if (type && !out.type) out.type = text;
  }
  return out;
}

/**
 * Runs of rows in one table whose cell at one column is a unit's name, each row of the same
 * shape: only numbers or nothing left of the name (a label merged down over the rows may stand
 * left of the first), nothing a person's record holds right of it, no person's field heading
 * the column.
 */
function columnRuns(doc: DocumentLayout, endings: RegExp, others: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const rows of rowsByTable(doc).values()) {
    let run: (Candidate & { x: number; first: number }) | undefined;
    const close = () => {
      if (run && run.units.length >= 2 && !personalHead(rows, run.first, run.x)) out.push(run);
      run = undefined;
    };
    rows.forEach((row, i) => {
      const named = row.cells.map((c) =>
        c.text.length <= MAX_CELL ? unitOf(c.text, endings) : undefined,
      );
      const at = named.findIndex((u) => u !== undefined);
      const cell = row.cells[at];
      const head = rows[run ? run.first - 1 : i - 1];
      const fits =
        cell !== undefined &&
        row.cells.slice(at + 1).every((c) => !personal(c, head)) &&
        row.cells
          .slice(0, at)
          .every((c) => numberOrEmpty(c) || (run === undefined && spansDown(c, row)));
      if (!fits || (run && Math.abs(cell.rect[0] - run.x) > 8)) {
        close();
        if (!fits) return;
      }
      run ??= { x: cell.rect[0], units: [], cells: [], first: i };
      // A row a remark strikes out ("已退出，删除"): in the list's run, no member.
      if (row.cells.slice(at + 1).some((c) => WITHDRAWN.test(c.text))) return;
      const unit = describedBy(named[at]!, row.cells.slice(at + 1), head);
      if (run.units.length < 50) mergedOver(doc, row, head, unit);
      add(run, unit, others);
      run.cells.push(...row.cells);
    });
    close();
  }
  return out;
}

/** A place or kind merged over several rows (one district's units) stands in one of them only. */
function mergedOver(doc: DocumentLayout, row: DocRow, head: DocRow | undefined, unit: MemberUnit) {
  for (const cell of head?.cells ?? []) {
    const label = cleanLabel(cell.text).replace(/\s+/g, '');
    const key = REGION_HEADER.test(label) ? 'region' : isType(label) ? 'type' : undefined;
    if (!key || unit[key]) continue;
    const column = { label, x0: cell.rect[0], x1: cell.rect[2], cell };
    const over = coveringCell(doc, row, column);
    const text = over ? cleanValue(over.text).replace(/\s+/g, '') : '';
    if (text) unit[key] = text;
  }
}

/** Is a cell merged down below its row (a label beside the rows under it)? */
function spansDown(cell: DocCell, row: DocRow): boolean {
  return (
    cleanLabel(cell.text).length <= 12 && Math.min(cell.rect[1], cell.rect[3]) < row.bottom - 4
  );
}

/** Does the row above a run head its column, or any column, with a person's field? */
function personalHead(rows: DocRow[], first: number, x: number): boolean {
  const head = rows[first - 1];
  if (!head) return false;
  return head.cells.some((c) => {
    const label = cleanLabel(c.text).replace(/\s+/g, '');
    return PERSON_FIELD.test(label) && (c.rect[0] <= x + 8 || !/单位|学校/.test(label));
  });
}

/**
 * A free line as a list's item: numbered (1. 甲校, （1）甲校), bulleted (● 甲校), or a number in a
 * cell of its own before the name (a borderless "1 | 甲校").
 */
function itemOf(row: DocRow): { style: string; rest: string } | null {
  if (row.cells.length === 2 && /^\s*\d{1,3}\s*$/.test(row.cells[0]!.text)) {
    return { style: 'cell', rest: row.cells[1]!.text };
  }
  if (row.cells.length > 2) return null;
  return numbering(row.text, true) ?? bulleted(row.text);
}

/** Consecutive free lines numbered alike, each a unit's name after its number. */
function numberedRuns(doc: DocumentLayout, endings: RegExp, others: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  let run: (Candidate & { style: string }) | undefined;
  const close = () => {
    if (run && run.units.length >= 2) out.push(run);
    run = undefined;
  };
  for (const row of doc.rows) {
    const n = row.table < 0 && row.text.length <= MAX_CELL ? itemOf(row) : null;
    const unit = n ? unitOf(n.rest, endings) : undefined;
    // The notice's own list, quoted, is not the applicant's.
    const item = n && unit && !inNoticeExcerpt(doc, row.flowStart) ? n : undefined;
    if (!item || !unit || (run && run.style !== item.style)) close();
    if (!item || !unit) continue;
    run ??= { units: [], cells: [], style: item.style };
    add(run, unit, others);
    run.cells.push(...row.cells);
  }
  close();
  return out;
}

/**
 * One cell or line holding nothing but names apart by 、 or ；("甲校、乙校、丙校"), not beside
 * another fact's label.
 */
function oneCellLists(
  doc: DocumentLayout,
  endings: RegExp,
  others: Set<string>,
  otherLabels: Set<string>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const row of doc.rows) {
    row.cells.forEach((cell, i) => {
      if (cell.text.length > MAX_CELL || !/[、；;]/.test(cell.text)) return;
      if (inNoticeExcerpt(doc, cell.flow)) return;
      const left = row.cells[i - 1];
      if (left && otherLabels.has(cleanLabel(left.text).replace(/\s+/g, ''))) return;
      const pieces = cleanValue(cell.text)
        .replace(/[。；;]$/, '')
        .split(/[、；;]/)
        .map((p) => p.trim());
      const units = pieces.map((p) => unitOf(p, endings));
      if (units.length < 2 || units.some((u) => u === undefined)) return;
      const run: Candidate = { units: [], cells: [cell] };
      for (const unit of units as MemberUnit[]) add(run, unit, others);
      out.push(run);
    });
  }
  return out;
}

/**
 * The fact's list by the shape of its entries, when its labels gave none: the longest run found
 * (the first of equal ones), two names at least once the lead unit is left out.
 */
export function readUnitsByShape(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const endings = endingsOf(def);
  if (!endings) return undefined;
  // The fact the pack leaves out of the list (the lead unit) is no member; another fact's value
  // may be one (a studio host's school among its members' schools).
  const excluded = def.hints?.exclude ? ctx.found[def.hints.exclude]?.value : undefined;
  const others = new Set(
    typeof excluded === 'string' ? [foldForCompare(excluded.replace(/\s+/g, ''))] : [],
  );
  const otherLabels = new Set(
    (ctx.pack?.facts ?? []).filter((d) => d.id !== def.id).flatMap((d) => hintsOf(d).labels),
  );
  const found = [
    ...columnRuns(ctx.doc, endings, others),
    ...numberedRuns(ctx.doc, endings, others),
    ...oneCellLists(ctx.doc, endings, others, otherLabels),
  ].filter(
    (c) => c.units.length >= 2 && new Set(c.units.map((u) => u.name)).size === c.units.length,
  );
  if (found.length === 0) return undefined;
  const best = found.reduce((a, b) => (b.units.length > a.units.length ? b : a));
  const fact = doubtful(fromCells(ctx.doc, best.cells, best.units, 0.5, 'list'));
  return { ...fact, doubts: [...(fact.doubts ?? []), 'unitsByShape'] };
}
