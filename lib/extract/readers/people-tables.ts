/**
 * People tables: a header row with 姓名 and other person columns; each row's role is its own
 * role cell, a label cell merged over several rows (also left of the header, where the header
 * does not name that column), or the heading or caption above the table ("（二）辅导员"). A role
 * whose table has no rows, or whose row names nobody, has an empty list, not unknown.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import type { DocCell, DocRow, DocumentLayout } from '../../pdf/structure/document';
import { cleanLabel, cleanValue } from '../../pdf/structure/key-values';
import { headingOf, numbering } from '../../pdf/structure/sections';
import {
  type Column,
  columnOf,
  coveringCell,
  headerColumns,
  isBand,
  labelsLeftOf,
  type Table,
  tablesOf,
  textUnder,
} from '../../pdf/structure/tables';
import type { ReadContext } from './context';
import {
  type Field,
  headerFields,
  OTHER_HEADERS,
  PERSON_HEADERS,
  roleOfNameHeader,
} from './people-headers';
import {
  hasTeacherTitle,
  isName,
  isTitle,
  joinedText,
  saysNobody,
  splitDutyTitle,
  unitThenDuty,
} from './person-parts';
import { withoutRomanisation } from './person-spaced';
import { mayHeadRole, type Role, roleInNameCell, roleOf, rolesNamedAnywhere } from './roles';
import { looksLikeUnit } from './unit-names';
import { applyCorrection, correctionOf, remarkColumn, withdrawnRow } from './withdrawn-rows';
import { joinBrokenWords, wrapsInsideWord } from './wrapped-cells';

/** Marks set beside a name to give its row a role a note explains ("标*者为项目负责人"). */
const NAME_MARK = /[*＊※★☆]/g;

/**
 * A note giving marked rows one role and the rest another: "注：标*者为项目负责人，其余为核心
 * 成员", "带※的为主持人，其他为成员".
 */
function markLegend(ctx: ReadContext, roles: Role[]) {
  const m =
    /(?:标|注|带|有|加)?\s*([*＊※★☆])\s*号?\s*(?:者|的)?\s*(?:为|是)([^，,。；;\n]{2,12})[，,；;]\s*其(?:余|他)(?:的)?(?:人员|成员)?\s*(?:为|是|均为)([^，,。；;\n]{2,12})/u.exec(
      ctx.doc.flow,
    );
  const marked = m && roleOf(m[2]!, roles);
  const rest = m && roleOf(m[3]!, roles);
  return marked && rest && marked !== rest ? { mark: m[1]!, marked, rest } : undefined;
}

function cleanName(text: string): string {
  // "WEI Zeyu 韦泽宇", "韦泽宇 Zeyu WEI": the Han name without its romanisation.
  const value = cleanValue(text);
  return (withoutRomanisation(value) ?? value)
    .replace(/\s+/g, '')
    .replace(NAME_MARK, '')
    .replace(/[（(][^）)]*[）)]$/, '');
}

/**
 * A row's text under a column; a row with no cell of its own there takes the ruled cell of
 * another row merged down over it (people sorted by unit, the unit written once in a cell
 * spanning its people's rows: the unit of every row it spans).
 */
function fieldText(doc: DocumentLayout | undefined, row: DocRow, column: Column): string {
  const own = textUnder(row, column);
  if (own.cells.length > 0 || !doc) return joinedText(own.text);
  const over = coveringCell(doc, row, column);
  return over && spansRows(over, row) ? joinedText(over.text) : '';
}

/** Is a cell merged over the row and another: it covers the row's height and reaches beyond it? */
function spansRows(cell: DocCell, row: DocRow): boolean {
  const [, y0, , y1] = cell.rect;
  const [lo, hi] = [Math.min(row.top, row.bottom), Math.max(row.top, row.bottom)];
  return y0 <= lo + 1 && y1 >= hi - 1 && y1 - y0 > hi - lo + 2;
}

function personFrom(
  row: DocRow,
  fields: Map<Field, Column>,
  doc?: DocumentLayout,
): Person | undefined {
  const cell = (f: Field) => {
    const column = fields.get(f);
    if (!column) return '';
    // A name is each row's own; the other fields may stand in a cell merged over rows.
    return f === 'name' ? joinedText(textUnder(row, column).text) : fieldText(doc, row, column);
  };
  const name = cleanName(cell('name'));
  if (!isName(name)) return undefined;
  const person: Person = { name };
  const subject = cell('subject');
  if (subject) person.subject = subject;
  const combined = cell('dutyTitle');
  if (combined) Object.assign(person, splitDutyTitle(combined));
  const duty = cell('duty');
  if (duty) person.duty = duty;
  const title = cell('title');
  if (title) person.title = title;
  // A duty column holding a duty and a title set apart by a mark ("副校长，正高级教师" under
  // "职务（职称）", whose label reads 职务): the two fields, as under a combined column.
  if (duty && !title && !combined && /[/／、，,]/.test(duty)) {
    const split = splitDutyTitle(duty);
    if (split.duty && split.title && isTitle(split.title)) Object.assign(person, split);
  }
  // One cell read under both the duty and the title column, or under the duty column with the
  // title's empty ("信息技术主任一级教师": the two run together in a table without borders):
  // split where a title ends it, when one does.
  if (duty && (duty === title || !title) && !combined) {
    const split = splitDutyTitle(duty);
    if (split.duty && split.title && isTitle(split.title)) Object.assign(person, split);
  }
  const unit = cell('unit');
  if (unit) person.unit = unit;
  const read = cell('phone').replace(/\s+/g, '');
  // One cell read under both the unit and the phone column: the row's cells ran together (a
  // table without borders whose text runs the layout could not part); its fields are not
  // proposed, the name alone is (rowHolds leaves the row for checking).
  if (read && unit && read === unit.replace(/\s+/g, '')) return { name };
  // A full-width hyphen (typed in full-width mode) reads as the hyphen it is.
  const phone = read.replaceAll('－', '-');
  if (phone) person.phone = phone;
  // One cell read under both the unit and the duty column ("某校副校长"): split where the
  // unit's name ends and a duty follows, when it does so plainly.
  if (person.unit !== undefined && person.unit === person.duty) {
    const split = unitThenDuty(person.unit);
    if (split?.kind === 'duty' && !hasTeacherTitle(split.rest)) {
      [person.unit, person.duty] = [split.unit, split.rest];
    }
  }
  return person;
}

/**
 * A subject or unit whose cell broke a word at its edge ("Ardui" over "no"), the word joined
 * again; the row stays for checking all the same (rowHolds: wrapsInsideWord).
 */
function mendBrokenWords(
  ctx: ReadContext,
  row: DocRow,
  fields: Map<Field, Column>,
  person: Person,
): void {
  if (row.continued) return;
  for (const field of ['subject', 'unit'] as const) {
    const column = fields.get(field);
    const cell = column && columnOf(row, column);
    const joined = cell && joinBrokenWords(ctx.doc, cell, row.size || 10);
    if (joined && person[field] === joinedText(cell.text)) person[field] = joinedText(joined);
  }
}

/**
 * A row that fills a person's columns but whose name cell holds no name this reading knows (a
 * name of a shape it does not expect, two names run together): a person the list lacks.
 */
function unreadName(row: DocRow, fields: Map<Field, Column>): boolean {
  const name = cleanName(joinedText(textUnder(row, fields.get('name')!).text));
  if (name === '' || isName(name) || name.length > 12) return false;
  const others = [...fields].filter(([f]) => f !== 'name' && f !== 'role');
  const filled = others.filter(([, c]) => cleanValue(textUnder(row, c).text) !== '');
  return filled.length >= 2;
}

/** A row's left and right edges (a loop: a hostile row's cells would overflow a spread). */
function widthOf(row: DocRow): [number, number] {
  let left = Infinity;
  let right = -Infinity;
  for (const c of row.cells) {
    left = Math.min(left, c.rect[0]);
    right = Math.max(right, c.rect[2]);
  }
  return [left, right];
}

/**
 * The role an outer table's label names, when the row above a nested table's header is that
 * label alone, wholly left of the header's first column, on the same page.
 */
function roleOfOuterLabel(row: DocRow, header: DocRow, roles: Role[]): string | undefined {
  const cells = row.cells.filter((c) => cleanValue(c.text) !== '');
  const [left] = widthOf(header);
  if (cells.length !== 1 || row.page !== header.page || cells[0]!.rect[2] > left + 2) return;
  return roleOf(cleanLabel(cells[0]!.text), roles);
}

/**
 * The role a section bar names when the layout set it apart from the table under it: one cell
 * across the whole width of the header, right over it ("顾问", then 序号 | 姓名 | 所在单位 …), as
 * a 审批表 heads each role's roster between its opinion blocks, the bar the last row of the
 * table above or a one-cell table of its own.
 */
function roleOfBar(row: DocRow, header: DocRow, roles: Role[]): string | undefined {
  const cell = row.cells.length === 1 ? row.cells[0]! : undefined;
  if (!cell || row.page !== header.page || !mayHeadRole(cleanValue(cell.text))) return undefined;
  const [left, right] = widthOf(header);
  if (cell.rect[0] > left + 2 || cell.rect[2] < right - 2) return undefined;
  return roleOf(numbering(cell.text)?.rest ?? cell.text, roles);
}

/** The role a table's rows default to: the heading or caption just above the header row. */
function roleAbove(ctx: ReadContext, header: DocRow, roles: Role[]): string | undefined {
  for (let i = header.index - 1; i >= Math.max(0, header.index - 3); i--) {
    const row = ctx.doc.rows[i]!;
    // A title row of the same table, one cell across it ("核心成员" over 序号 | 姓名 | …).
    if (row.table >= 0 && row.table === header.table && row.cells.length === 1) {
      return roleOf(numbering(row.text)?.rest ?? row.text, roles);
    }
    if (row.table >= 0 && row.table === header.table) continue;
    // The header of a twin table beside this one (a roster split into two halves side by
    // side): the heading above both is this table's too.
    if (row.table >= 0 && row.page === header.page && Math.abs(row.top - header.top) < 2) continue;
    // A Word form with a table inside the value cell of an outer table ("项目负责人 | [姓名 |
    // 单位 | …]"): the outer row's label stands alone, left of the inner table, just over its
    // header (a label at the top of its cell).
    if (row.table >= 0 && i === header.index - 1) {
      return roleOfOuterLabel(row, header, roles) ?? roleOfBar(row, header, roles);
    }
    if (row.table >= 0) return undefined;
    const text = numbering(row.text)?.rest ?? row.text;
    const role = roleOf(text, roles);
    if (role) return role;
    if (headingOf(row, ctx.doc)) return undefined;
  }
  return undefined;
}

/**
 * The role a free line just over a repeated header names ("资源内容审核管理员：" over the header
 * at the top of a new page): one role's table after another's, joined into one table by their
 * same columns across a page break.
 */
function roleOfCaption(ctx: ReadContext, header: DocRow, roles: Role[]): string | undefined {
  const row = ctx.doc.rows[header.index - 1];
  if (!row || row.table >= 0 || !mayHeadRole(row.text.trim())) return undefined;
  return roleOf(numbering(row.text)?.rest ?? row.text, roles);
}

/** The text of the free line just above a table's header (its heading or caption), if any. */
function headingTextAbove(ctx: ReadContext, header: DocRow): string | undefined {
  for (let i = header.index - 1; i >= Math.max(0, header.index - 3); i--) {
    const row = ctx.doc.rows[i]!;
    if (row.table >= 0 && row.table === header.table && row.cells.length === 1) return row.text;
    if (row.table >= 0) continue;
    return row.text;
  }
  return undefined;
}

/** A caption that is one unit's name and nothing else; undefined for any other text. */
export function unitCaption(text: string | undefined): string | undefined {
  const t = text === undefined ? '' : cleanValue(text).replace(/\s+/g, '');
  return t !== '' && looksLikeUnit(t) && !/[:：，,。；;]/.test(t) ? t : undefined;
}

const UNIT_LABEL = PERSON_HEADERS.find(([f]) => f === 'unit')![1];

/**
 * The unit a row over a group of people names: its one cell a unit's name ("甲市第一中学"), or
 * a unit label and a unit's name beside it ("单位名称 | 甲市第一中学 | 地区 | …").
 */
function unitOfRow(row: DocRow): string | undefined {
  const cells = row.cells.filter((c) => cleanValue(c.text) !== '');
  if (cells.length === 1) return unitCaption(cells[0]!.text);
  const at = cells.findIndex((c) => UNIT_LABEL.test(cleanLabel(c.text).replace(/\s+/g, '')));
  return at >= 0 ? unitCaption(cells[at + 1]?.text) : undefined;
}

/** The unit named just above a table's header row (in the table or over it), if any. */
function unitAbove(ctx: ReadContext, header: DocRow): string | undefined {
  for (let i = header.index - 1; i >= Math.max(0, header.index - 2); i--) {
    const unit = unitOfRow(ctx.doc.rows[i]!);
    if (unit) return unit;
  }
  return undefined;
}

interface Read {
  people: Person[];
  cells: DocCell[];
  confidence: number;
  /** The tables the role's people were read from. */
  tables: Set<number>;
}

/**
 * A duty and a title run together in the combined column without a mark between them
 * ("资源管理员一级教师"): where one ends is a guess.
 */
function runTogether(row: DocRow, fields: Map<Field, Column>, person: Person): boolean {
  const column = fields.get('dutyTitle');
  if (!column || person.title !== undefined) return false;
  return hasTeacherTitle(joinedText(textUnder(row, column).text));
}

/**
 * One cell under two of the person's columns (a unit and a duty run together in a table without
 * borders): both fields get its whole text, and which part is which is a guess.
 */
export function sharedCell(row: DocRow, fields: Map<Field, Column>): boolean {
  const seen = new Set<DocCell>();
  for (const [field, column] of fields) {
    if (field === 'role') continue;
    const cell = columnOf(row, column);
    if (!cell || cleanValue(cell.text) === '') continue;
    if (seen.has(cell)) return true;
    seen.add(cell);
  }
  return false;
}

/** The last word of a unit's name, which opens no unit's name. */
const UNIT_END_WORD = /^(?:学校|中学|小学|学院|研究院|研究所|教研室|分校|校区)$/;

/**
 * How many characters opening the next unit end a unit read short ("…初级中" + "学…", "…科学技术"
 * + "研究院…"), 0 when none: a wrapped cell's last line fell into the row below (a spreadsheet
 * row too low for its wrapped text prints the line over the next row).
 */
export function unitCutInto(unit: string | undefined, next: string | undefined): number {
  if (unit === undefined || next === undefined) return 0;
  // A unit that reads whole may still be cut ("…镇中心" + "学校…"), when what the next opens
  // with is a unit's last word that no unit's name starts with.
  const whole = looksLikeUnit(unit);
  for (let k = 1; k <= 4 && k < next.length; k++) {
    const carried = next.slice(0, k);
    if (whole && !UNIT_END_WORD.test(carried)) continue;
    if (looksLikeUnit(unit + carried) && looksLikeUnit(next.slice(k))) return k;
  }
  return 0;
}

/**
 * Each unit cut short given back the characters the next row's unit opens with: the two units
 * as the form wrote them. Are any mended (which a reviewer should then check)?
 */
export function mendCutUnits(people: Person[]): boolean {
  let mended = false;
  people.forEach((p, i) => {
    const next = people[i + 1];
    if (p.unit === undefined || next?.unit === undefined) return;
    const k = unitCutInto(p.unit, next.unit);
    if (k > 0) {
      p.unit += next.unit.slice(0, k);
      next.unit = next.unit.slice(k);
      mended = true;
      return;
    }
    // The other way: the next unit's first line printed over this row ("…郭镇中学岳阳市教育
    // 科学技术" over "研究院"), mended where one cut only reads as two units.
    const opens = openingOfNext(p.unit, next.unit);
    if (opens === undefined) return;
    mended = true;
    if (opens > 0) {
      next.unit = p.unit.slice(-opens) + next.unit;
      p.unit = p.unit.slice(0, -opens);
    }
  });
  return mended;
}

/**
 * How many last characters of a unit open the next row's unit, which is no unit by itself
 * ("…郭镇中学岳阳市教育科学技术" over "研究院"): 0 when several cuts would read (a cut seen, not
 * mended), undefined when none.
 */
function openingOfNext(unit: string, next: string): number | undefined {
  if (looksLikeUnit(next)) return undefined;
  const cuts: number[] = [];
  for (let k = 2; k <= unit.length - 4; k++) {
    if (looksLikeUnit(unit.slice(0, -k)) && looksLikeUnit(unit.slice(-k) + next)) cuts.push(k);
  }
  return cuts.length === 0 ? undefined : cuts.length === 1 ? cuts[0] : 0;
}

/** Is a (merged) cell drawn over the middle of a row's cells, in the row's own coordinates? */
function drawnOver(cell: DocCell, row: DocRow): boolean {
  const own = row.cells.find((c) => c !== cell);
  if (!own || !cell.ruled || cell.page !== row.page) return false;
  const middle = (own.rect[1] + own.rect[3]) / 2;
  return (
    middle > Math.min(cell.rect[1], cell.rect[3]) && middle < Math.max(cell.rect[1], cell.rect[3])
  );
}

/** A reading whose structure does not hold together: proposed for checking. */
const INCONSISTENT = 0.5;

/**
 * Do the row's cells stand under the header's columns, one cell per column? A cell under no
 * column, across two, or sharing its column with another cell means the row's text was cut into
 * cells differently from the header (a wrapped cell, two values run together, a missed
 * character): which value belongs to which field is then a guess.
 */
export function alignedWithHeader(row: DocRow, header: DocRow): boolean {
  // A header cell merged down beside the header is a group label the data rows do not fill.
  const columns = headerColumns(header).filter((c) => !c.spansDown);
  if (columns.length < 2) return true;
  const left = columns[0]!.x0;
  const used = new Set<Column>();
  for (let r: DocRow | undefined = row; r; r = r.continued) {
    for (const cell of r.cells) {
      if (cleanValue(cell.text) === '' || cell.rect[2] <= left + 2) continue;
      const under = columns.filter(
        (c) => Math.min(cell.rect[2], c.x1) - Math.max(cell.rect[0], c.x0) > 1,
      );
      // Without borders a value may start a little left of its label: the nearest start then;
      // or end a little into the next column: the column holding its middle, when it reaches
      // into the others by less than half a character.
      const middle = (cell.rect[0] + cell.rect[2]) / 2;
      const spill = 0.4 * (row.size || 10);
      const column =
        under.length === 1
          ? under[0]
          : under.length === 0
            ? columns.find((c) => Math.abs(c.x0 - cell.rect[0]) <= 3)
            : under.find(
                (c) =>
                  middle >= c.x0 &&
                  middle <= c.x1 &&
                  under.every(
                    (o) =>
                      o === c ||
                      Math.min(cell.rect[2], o.x1) - Math.max(cell.rect[0], o.x0) <= spill,
                  ),
              );
      if (!column || (used.has(column) && r === row)) return false;
      used.add(column);
    }
  }
  return true;
}

/**
 * Roles with a person who lacks a field (a phone, a title) that the other people of the role
 * nearly all have: on a form everyone fills the same columns, so a gap is more likely a value
 * lost in reading (a number the scan lost, a column header misread, two cells run together)
 * than one left blank.
 */
export function withGaps(people: { role: string; person: Person }[]): Set<string> {
  const out = new Set<string>();
  const byRole = new Map<string, typeof people>();
  for (const p of people) byRole.set(p.role, [...(byRole.get(p.role) ?? []), p]);
  for (const rows of byRole.values()) {
    if (rows.length < 3) continue;
    const fields = new Set(rows.flatMap((r) => Object.keys(r.person)));
    for (const field of fields) {
      const having = rows.filter((r) => (r.person as Record<string, unknown>)[field] !== undefined);
      // All but one or two, and at least three quarters of the others.
      const missing = rows.length - having.length;
      if (missing === 0 || missing > 2 || having.length < 3 * missing) continue;
      for (const r of rows) if (!having.includes(r)) out.add(r.role);
    }
  }
  return out;
}

/**
 * The column, of those the header does not name as a person's field, whose cells name a role
 * in most rows that have a name: the role column by what it holds.
 */
function roleColumnByContent(
  table: Table,
  fields: Map<Field, Column>,
  roles: Role[],
): Column | undefined {
  const known = new Set([...fields.values()].map((c) => c.cell));
  const nameColumn = fields.get('name')!;
  const named = table.body.filter((r) => isName(cleanName(textUnder(r, nameColumn).text)));
  if (named.length === 0) return undefined;
  // A cell that is a role's word and nothing more (a duty such as 年级组长 only ends like one).
  const words = new Set(roles.flatMap((r) => r.words));
  return table.columns.find((column) => {
    if (known.has(column.cell) || OTHER_HEADERS.test(column.label)) return false;
    if (PERSON_HEADERS.some(([, re]) => re.test(column.label))) return false;
    const roleRows = named.filter((r) => {
      const cell = columnOf(r, column);
      return cell !== undefined && words.has(cleanLabel(cell.text));
    });
    return roleRows.length * 2 > named.length;
  });
}

/** The text of the row's first non-empty cell (where a role label stands). */
function firstText(row: DocRow): string {
  return row.cells.find((c) => cleanValue(c.text) !== '')?.text ?? '';
}

/**
 * How a table's rows get their role: the role its heading or caption gives them all, a role
 * column (named by the header, found by position left of the names, or found by what its cells
 * hold), a note's mark beside some names, or a role written in the name cell.
 */
interface RolePlan {
  /** The role of rows that name none themselves (the heading's or the caption's). */
  defaultRole: string | undefined;
  /** A heading naming two roles over a table without a role column: whose rows are whose is a guess. */
  twoRoles: boolean;
  /** A note saying marked names are one role's, the rest another's. */
  byMark: ReturnType<typeof markLegend>;
  /** Roles written in the name cells; the role of the rows that have none. */
  byName: { rest: string | undefined } | undefined;
  inName: (row: DocRow) => string | undefined;
  nameCell: (row: DocRow) => string;
  roleColumn: Column | undefined;
  /** The role column is read cell by cell (named by the header or by content), not by position. */
  namedRole: boolean;
}

/** Does a column hold role names, or is it left blank (roles merged over it)? */
function namesRoles(table: Table, column: Column, roles: Role[]): boolean {
  const cells = table.body
    .map((r) => columnOf(r, column))
    .filter((c): c is DocCell => c !== undefined && cleanValue(c.text) !== '');
  return cells.length === 0 || cells.some((c) => roleOf(c.text, roles) !== undefined);
}

function rolePlan(
  ctx: ReadContext,
  table: Table,
  header: DocRow,
  fields: Map<Field, Column>,
  roles: Role[],
  legend: ReturnType<typeof markLegend>,
): RolePlan {
  const defaultRole =
    roleOfNameHeader(fields.get('name')!.label, roles) ??
    roleAbove(ctx, header, roles) ??
    (table.caption ? roleOf(table.caption.text, roles) : undefined);
  // A heading naming two roles ("项目负责人及核心成员") over a table without a role column:
  // whose rows are whose is a guess.
  const aboveText = headingTextAbove(ctx, header);
  const headingRoles =
    aboveText === undefined ? new Set<string>() : rolesNamedAnywhere(aboveText, roles);
  const twoRoles = headingRoles.size > 1;
  // ...unless a note says whose: marked names are one role's, the rest the other's.
  const nameCell = (row: DocRow) => textUnder(row, fields.get('name')!).text;
  const byMark =
    legend &&
    twoRoles &&
    !fields.has('role') &&
    table.body.some((r) => nameCell(r).includes(legend.mark))
      ? legend
      : undefined;
  // A role written in the name cell ("顾婉清（负责人）") over a table of two roles or of one:
  // that row is that role's, the others the heading's other role (or the table's own).
  const inName = (row: DocRow) => roleInNameCell(nameCell(row), roles);
  const bracketed = new Set(table.body.map(inName).filter((r): r is string => r !== undefined));
  const byName =
    !byMark && !fields.has('role') && bracketed.size > 0
      ? {
          rest:
            twoRoles && headingRoles.size === 2 && bracketed.size === 1
              ? [...headingRoles].find((r) => !bracketed.has(r))
              : defaultRole,
        }
      : undefined;
  // A column headed like a role column (分工, 职责) whose filled cells name no role holds tasks
  // (课题研究, 活动组织): no role column, and no field of the person's.
  const labelled = fields.get('role');
  if (labelled && /\S/.test(labelled.label) && !namesRoles(table, labelled, roles)) {
    fields.delete('role');
  }
  // A column whose header is no known field but whose cells name roles (团队职务: 项目负责人,
  // 核心成员…) is the role column, wherever it stands.
  const byContent = fields.has('role') ? undefined : roleColumnByContent(table, fields, roles);
  if (byContent) fields.set('role', byContent);
  const roleColumn = fields.get('role');
  // A role column the header names (角色, 类别…) is read cell by cell; one found by position
  // (labels left of the names, maybe nested or merged over rows) by the labels beside a row.
  const namedRole =
    roleColumn !== undefined &&
    (roleColumn === byContent ||
      (/\S/.test(roleColumn.label) &&
        !roleColumn.spansDown &&
        PERSON_HEADERS.some(([f, re]) => f === 'role' && re.test(roleColumn.label))));
  return { defaultRole, twoRoles, byMark, byName, inName, nameCell, roleColumn, namedRole };
}

/**
 * Does each filled cell of a row have its middle under its own column of the header (a value a
 * little wider than its column still counts)?
 */
function centredUnder(row: DocRow, header: DocRow): boolean {
  const columns = headerColumns(header);
  const used = new Set<Column>();
  for (const cell of row.cells) {
    if (cleanValue(cell.text) === '') continue;
    const middle = (cell.rect[0] + cell.rect[2]) / 2;
    const column = columns.find((c) => middle >= c.x0 && middle <= c.x1);
    if (!column || used.has(column)) return false;
    used.add(column);
  }
  return used.size >= 2;
}

/**
 * The rows right after a table's last row, up to the next page, that are in no people table of
 * their own and whose cells stand under the header's columns.
 */
function rowsUnderHeader(
  ctx: ReadContext,
  table: Table,
  header: DocRow,
  fields: Map<Field, Column>,
  personTables: Set<number>,
  consumed: Set<DocRow>,
): DocRow[] {
  const last = table.body.at(-1) ?? header;
  const out: DocRow[] = [];
  for (let i = last.index + 1; i < ctx.doc.rows.length; i++) {
    const row = ctx.doc.rows[i]!;
    if (consumed.has(row) || ctx.doc.position(row.page) > ctx.doc.position(last.page) + 1) break;
    if (row.table === table.id || (row.table >= 0 && personTables.has(row.table))) break;
    if (!personFrom(row, fields, ctx.doc) || !centredUnder(row, header)) break;
    out.push(row);
  }
  return out;
}

/**
 * Does a row's reading hold together, so that its person may be proposed as certain: its role
 * not a guess (a heading of two roles, a note in the name cell, a label carried by position), its
 * page headed, its cells under the header's columns one by one, and no cell wrapped, shared or
 * run together.
 */
function rowHolds(
  ctx: ReadContext,
  row: DocRow,
  header: DocRow,
  fields: Map<Field, Column>,
  person: Person,
  how: { plan: RolePlan; guessed: boolean; unlabelled: boolean; headed: boolean },
): boolean {
  const { plan } = how;
  return (
    !(plan.twoRoles && !plan.roleColumn && !plan.byMark && !plan.byName) &&
    // A role read from the name's own cell is a note beside a name, not a column: checked.
    !plan.byName &&
    !how.guessed &&
    !how.unlabelled &&
    how.headed &&
    alignedWithHeader(row, header) &&
    !runTogether(row, fields, person) &&
    !row.cells.some((c) => wrapsInsideWord(ctx.doc, c)) &&
    !sharedCell(row, fields)
  );
}

/** People of every role from the document's people tables. */
export function peopleFromTables(ctx: ReadContext, roles: Role[]): Map<string, ExtractedFact> {
  const read = new Map<string, Read>();
  const add = (
    role: string,
    people: Person[],
    cells: DocCell[],
    confidence: number,
    table?: number,
  ) => {
    const r = read.get(role) ?? { people: [], cells: [], confidence: 1, tables: new Set() };
    if (people.length > 0 && table !== undefined) r.tables.add(table);
    r.people.push(...people);
    r.cells.push(...cells);
    r.confidence = Math.min(r.confidence, confidence);
    read.set(role, r);
  };
  /** Table rows read as a person (or as a role's empty row). */
  const consumed = new Set<DocRow>();
  /** The people read from tables, with their role. */
  const people: { role: string; person: Person; table: number }[] = [];
  const roleWords = new Set(roles.flatMap((r) => r.words));
  const legend = markLegend(ctx, roles);
  /** Tables whose header names a person's columns. */
  const personTables = new Set(
    tablesOf(ctx.doc)
      .filter((t) => t.header && headerFields(t, t.header, roles))
      .map((t) => t.id),
  );
  /** The role each table's last part ended with, for its part on the next page. */
  const continuedRole = new Map<number, string>();
  for (const table of tablesOf(ctx.doc)) {
    const header = table.header;
    const fields = header && headerFields(table, header, roles);
    if (!header || !fields) continue;
    const plan = rolePlan(ctx, table, header, fields, roles, legend);
    const { byMark, byName, inName, nameCell, roleColumn, namedRole } = plan;
    // A part of a table continued on the next page under its repeated header, nothing above
    // it: the role of the part before.
    const defaultRole = plan.defaultRole ?? continuedRole.get(table.id);
    // A unit's name alone over a table without a unit column ("甲市第一中学" over its teachers,
    // one table per member school): the unit of every person in it.
    let captionUnit = fields.has('unit') ? undefined : unitAbove(ctx, header);
    const nameX = fields.get('name')!.x0;
    // Rows that repeat the header (on a new page, or over the next unit's people), each asked once.
    const headerRows = new Map<DocRow, boolean>();
    const isHeader = (r: DocRow) => {
      if (!headerRows.has(r)) headerRows.set(r, headerFields(table, r, roles) !== undefined);
      return headerRows.get(r)!;
    };
    // Pages where the header stands (repeated on a new page or not): rows on a page without it
    // were joined to the table across a page break by position only.
    const headed = new Set(
      ctx.doc.rows.filter((r) => r.table === table.id && isHeader(r)).map((r) => r.page),
    );
    headed.add(header.page);
    let lastRole: string | undefined;
    /** The role a repeated header's name column names, for the rows under it. */
    let headerRole: string | undefined;
    let lastLabel: { cell: DocCell; row: DocRow } | undefined;
    // The row before, and whether the last label's cell reached down to it (drawn over it, or
    // carried over a page break from a cell reaching the foot of the page before).
    let prev: { row: DocRow; reached: boolean } | undefined;
    const carried = (row: DocRow): boolean => {
      if (!lastLabel) return false;
      if (drawnOver(lastLabel.cell, row)) return true;
      if (!prev?.reached) return false;
      // A merged cell cut by a page break leaves no cell at the top of the next page.
      return prev.row.page !== row.page || prev.row.page !== lastLabel.cell.page;
    };
    let guessed = false;
    let rowsRead = 0;
    const remarks = remarkColumn(table);
    /** A row a remark strikes out or corrects: the table's roles for checking. */
    let remarked = false;
    // A group's title row across the table ("【辅导员】"): the role of the rows under it, and a
    // role with no rows under its title has nobody.
    let band: { role: string; cell: DocCell; people: number } | undefined;
    const closeBand = () => {
      if (band && band.people === 0) add(band.role, [], [band.cell], 0.8);
    };
    for (const row of table.body) {
      if (isHeader(row)) {
        // The header repeated on a new page, or over the next unit's people under its name.
        if (!fields.has('unit')) captionUnit = unitAbove(ctx, row);
        // ...or over the next role's people, its name column naming them ("辅导员成员姓名").
        const name = headerFields(table, row, roles)?.get('name');
        headerRole = (name && roleOfNameHeader(name.label, roles)) ?? headerRole;
        continue;
      }
      // The header repeated on a new page (left out of the body) under a caption naming a role.
      const above = ctx.doc.rows[row.index - 1];
      if (above && above !== header && above.table === table.id && isHeader(above)) {
        headerRole = roleOfCaption(ctx, above, roles) ?? headerRole;
      }
      // A row its remark strikes out ("该成员已调离，删除"): nobody the list holds.
      if (withdrawnRow(row, remarks)) {
        remarked = true;
        consumed.add(row);
        continue;
      }
      const unitRow = fields.has('unit') ? undefined : unitOfRow(row);
      if (unitRow) {
        captionUnit = unitRow;
        continue;
      }
      if (!roleColumn && isBand(row)) {
        const cell = row.cells.find((c) => c.text.trim() !== '')!;
        const role = roleOf(cell.text, roles);
        if (role) {
          closeBand();
          band = { role, cell, people: 0 };
          consumed.add(row);
        }
        continue;
      }
      let role: string | undefined;
      let label: DocCell | undefined;
      guessed = false;
      let unlabelled = false;
      if (roleColumn && !namedRole) {
        // Role labels by position, left of the names: the innermost label naming a role.
        const labels = labelsLeftOf(ctx.doc, row, nameX).filter((c) => !/^\s*\d+\s*$/.test(c.text));
        label = labels.find((c) => roleOf(c.text, roles)) ?? labels[0];
        role = label ? roleOf(label.text, roles) : lastRole;
        // No label beside the row and no ruled cell merged over it: the role of the rows above
        // carries on by position only (a label set in the middle of its group leaves the rows
        // under it to the next group).
        unlabelled = !label && !carried(row);
      } else if (roleColumn) {
        // A short role word set flush left under a centred header (an HTML table imported by
        // LibreOffice without its borders: "顾问" under "角色") misses the header's column; the
        // cell left of the names naming a role is the row's own label, not the role above.
        label =
          columnOf(row, roleColumn) ??
          coveringCell(ctx.doc, row, roleColumn) ??
          labelsLeftOf(ctx.doc, row, nameX).find(
            (c) => c.rect[0] < roleColumn.x1 && roleOf(c.text, roles) !== undefined,
          );
        role = label ? roleOf(label.text, roles) : undefined;
        // An empty role cell under a merged label that could not be tied to rows: keep going.
        if (!label || cleanLabel(label.text) === '') role = lastRole;
        // No cell in the role column, and the last label's cell not drawn over the row: the
        // role of the rows above carries on by position only.
        if (!label) unlabelled = !carried(row);
      }
      // A row without a role label takes the role of the label above only when that label's
      // cell is merged down over it; a one-row label cell above leaves the role a guess.
      if (roleColumn) {
        prev = { row, reached: label !== undefined || carried(row) };
        if (label && cleanLabel(label.text) !== '') lastLabel = { cell: label, row };
        else if (lastLabel?.cell.ruled) {
          const h = (c: DocCell) => Math.abs(c.rect[3] - c.rect[1]);
          const own = lastLabel.row.cells.filter((c) => c !== lastLabel!.cell && c.ruled).map(h);
          guessed = own.length > 0 && h(lastLabel.cell) <= 1.3 * Math.max(...own);
        }
      }
      if (!roleColumn) {
        // "负责人 | 张三 | …" among rows numbered 1) 2) 3): a role's word where the others have
        // their number gives that row its own role.
        const own = labelsLeftOf(ctx.doc, row, nameX).find((c) =>
          roleWords.has(cleanLabel(c.text)),
        );
        if (own) [role, label] = [roleOf(own.text, roles), own];
      }
      if (byMark && !roleColumn)
        role = nameCell(row).includes(byMark.mark) ? byMark.marked : byMark.rest;
      if (byName && !roleColumn) role = inName(row) ?? byName.rest;
      role ??= roleColumn && lastRole ? undefined : (band?.role ?? headerRole ?? defaultRole);
      if (!role) continue;
      if (band && role === band.role) band.people++;
      const fix = correctionOf(row, remarks);
      const read = personFrom(row, fields, ctx.doc);
      // A remark correcting a field of the row: the new value, and the list for checking.
      const person = read && fix ? applyCorrection(read, fix) : read;
      if (fix) remarked = true;
      if (person) mendBrokenWords(ctx, row, fields, person);
      if (person && captionUnit && person.unit === undefined) person.unit = captionUnit;
      if (!person) {
        // A role's own row with nobody in it ("资源内容审核管理员" and empty cells, or "—").
        if (label && row.cells.every((c) => c === label || saysNobody(cleanValue(c.text)))) {
          add(role, [], [label], 0.8);
          consumed.add(row);
        }
        continue;
      }
      lastRole = role;
      rowsRead++;
      consumed.add(row);
      people.push({ role, person, table: table.id });
      const holds = rowHolds(ctx, row, header, fields, person, {
        plan,
        guessed,
        unlabelled,
        headed: headed.has(row.page),
      });
      add(role, [person], row.cells, holds ? 0.9 : INCONSISTENT, table.id);
    }
    closeBand();
    // Rows after the table that stand under its columns yet outside any people table (a roster
    // ruled by horizontal lines only, whose later rows the layout did not join to it): read
    // by position, each with the role its first cell names or the role above, for checking.
    if (roleColumn) {
      const after = rowsUnderHeader(ctx, table, header, fields, personTables, consumed);
      for (const row of after) {
        const first = row.cells[0]!;
        const named = first.rect[2] <= nameX + 2 ? roleOf(first.text, roles) : undefined;
        const role = named ?? lastRole;
        const person = personFrom(row, fields, ctx.doc);
        if (!role || !person) break;
        lastRole = role;
        consumed.add(row);
        people.push({ role, person, table: table.id });
        add(role, [person], row.cells, INCONSISTENT, table.id);
      }
    }
    const ended = lastRole ?? defaultRole;
    if (ended) continuedRole.set(table.id, ended);
    // A row of this table with a name under the name column that no role took (its role cell
    // named none, a role carried nowhere): the roles read from the table may lack people.
    const skipped = table.body.some(
      (r) =>
        !consumed.has(r) &&
        !isHeader(r) &&
        (personFrom(r, fields, ctx.doc) !== undefined || unreadName(r, fields)),
    );
    // Rows of one table fill the same columns: a row that fills others was cut into cells
    // differently (a borderless row, a wrapped cell), and which value is which is a guess.
    const shapes = new Set(
      people.filter((p) => p.table === table.id).map((p) => Object.keys(p.person).sort().join()),
    );
    // A column the header names that no row fills: its values stand off the rows' lines (cells
    // wrapped above and below a borderless row) and were not read.
    const own = people.filter((p) => p.table === table.id).map((p) => p.person);
    const unfilled =
      own.length > 0 &&
      [...fields.keys()].some(
        (f) =>
          f !== 'role' &&
          !own.some((p) =>
            f === 'dutyTitle' ? p.duty !== undefined || p.title !== undefined : p[f] !== undefined,
          ),
      );
    // A unit's name cut short whose last characters open the next row's unit ("…文化路初级中"
    // over "学沈阳市…"): a wrapped cell's rest fell into the row below. Both units are mended,
    // and the records are for checking all the same: where a line fell is read by position.
    const cut = mendCutUnits(own);
    if (skipped || shapes.size > 1 || unfilled || cut || remarked) {
      for (const r of read.values()) {
        if (r.tables.has(table.id)) r.confidence = Math.min(r.confidence, INCONSISTENT);
      }
    }
    // A role's own table without a single person: the role has nobody (an empty list), when
    // its rows are seen empty. Rows holding text that no column reads as a person (cells run
    // together, a layout not understood) are a table unread: the empty list is for checking.
    if (
      rowsRead === 0 &&
      defaultRole &&
      !roleColumn &&
      table.body.every((r) => !personFrom(r, fields, ctx.doc))
    ) {
      // …unless its rows hold text no column could read, or the line right under its header
      // holds a mobile number (a person's row run together so that it fits no column, a
      // one-row borderless table): for checking.
      const below = ctx.doc.rows[header.index + 1];
      const phoneBelow = below?.page === header.page && /(?<!\d)1[3-9]\d{9}(?!\d)/.test(below.text);
      // …or a header alone over a blank stretch several rows high, or last on its page with
      // none of its rows on the next (rows left blank in the page content, their values typed
      // over it in annotations or written by hand).
      const height = header.top - header.bottom;
      const blankBelow =
        table.body.length === 0 &&
        (below === undefined ||
          below.page > header.page ||
          (height > 0 && header.bottom - below.top > 2 * height));
      const unread =
        phoneBelow ||
        blankBelow ||
        table.body.some((r) => !r.cells.every((c) => saysNobody(cleanValue(c.text))));
      add(defaultRole, [], header.cells, unread ? INCONSISTENT : 0.8);
    }
  }
  // A row of a drawn table that starts with a role read here and holds a person's cells (a name
  // and more), yet was not read (a part of the table whose header was lost, cells that did not
  // fit): that role's list is incomplete.
  for (const row of ctx.doc.rows) {
    if (row.table < 0 || consumed.has(row)) continue;
    const first = firstText(row);
    const role = roleOf(first, roles);
    const r = role ? read.get(role) : undefined;
    const rest = row.cells.filter((c) => c.text !== first && cleanValue(c.text) !== '');
    if (!r || rest.length < 3 || !rest.some((c) => isName(cleanName(c.text)))) continue;
    r.confidence = Math.min(r.confidence, INCONSISTENT);
  }
  for (const role of withGaps(people)) {
    const r = read.get(role)!;
    r.confidence = Math.min(r.confidence, INCONSISTENT);
  }
  // People of one role in two tables: one of the tables may be another role's (a team table
  // and the host's table, a roster and a list of signatures).
  for (const r of read.values()) {
    if (r.tables.size > 1) r.confidence = Math.min(r.confidence, INCONSISTENT);
  }
  const out = new Map<string, ExtractedFact>();
  for (const [role, r] of read) {
    out.set(role, {
      value: r.people,
      evidence: ctx.doc.evidenceForCells(r.cells),
      confidence: r.confidence,
      source: 'table',
    });
  }
  return out;
}
