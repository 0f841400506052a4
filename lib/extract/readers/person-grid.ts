/**
 * People laid out side by side, a person to a column, under a line or cell naming their role:
 *
 *   核心成员（续） | 第5人   | 第6人          核心成员（5人）
 *   姓名          | 朱颖    | 董娜            ┌────────────────────┐ ┌────────────────────┐
 *   职称          | 高级教师 | 一级教师         │徐新宇               │ │彭梓萱               │
 *   所在单位       | 甲中学  | 乙小学          │所在单位：甲中学       │ │所在单位：乙小学       │
 *                                          └────────────────────┘ └────────────────────┘
 *
 * On the left a table turned on its side: each row is one field, labelled in its first cell,
 * and each column one person; the field a row holds is its label's, the person a value belongs
 * to is the name above it in the same column. On the right cards: the name as the card's head,
 * then the person's fields as "label：value", a card cut by a page going on in the same column
 * on the next. Either way a record is read where a name sits with a person's field labels
 * around it, whatever the arrangement. The role words are the pack's.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import { simplified } from '../../pdf/hant';
import type { DocCell, DocRow } from '../../pdf/structure/document';
import { cleanLabel } from '../../pdf/structure/key-values';
import type { ReadContext } from './context';
import { gathering, hasCutWord, setField } from './people-gathering';
import { type Field, OTHER_HEADERS, PERSON_HEADERS } from './people-headers';
import { parseCard } from './person-cards';
import { isName, joinedText, saysNobody } from './person-parts';
import { mayHeadRole, type Role, roleOf } from './roles';

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The person's field a row label names, 'other' for a column that is no field, or undefined. */
function rowField(text: string): Field | 'other' | undefined {
  const label = simplified(cleanLabel(text));
  const field = PERSON_HEADERS.find(([, re]) => re.test(label))?.[0];
  if (field && field !== 'role') return field;
  return OTHER_HEADERS.test(label) ? 'other' : undefined;
}

const centre = (c: DocCell) => (c.rect[0] + c.rect[2]) / 2;
const inColumn = (c: DocCell, column: DocCell) =>
  centre(c) > column.rect[0] && centre(c) < column.rect[2];

/** A cell under a card's head in its column: left edges together, or its middle inside. */
const sameColumn = (c: DocCell, head: DocCell) =>
  Math.abs(c.rect[0] - head.rect[0]) < 12 || inColumn(c, head);

/** A card's field line: a short label and its colon ("学科/专长：", "所在单位："). */
const FIELD_START = /^[\p{Script=Han}/／]{2,8}[:：]/u;

/** People read from one block of a table, with how many of them are unsure. */
interface Block {
  role: string;
  /** Per person, when a row of the block names each one's role (a table on its side). */
  roles?: string[];
  /** With `roles`: the cells of each person's column, and the row labels. */
  columns?: DocCell[][];
  labels?: DocCell[];
  people: Person[];
  cells: DocCell[];
  end: number;
  unsure: number;
}

/** A heading line naming a role ("核心成员（5人）", "工作室主持人"), as the role's id. */
function headingRole(row: DocRow, roles: Role[]): string | null | undefined {
  if (row.cells.length !== 1) return undefined;
  const text = row.cells[0]!.text.trim();
  if (!mayHeadRole(text)) return undefined;
  return roleOf(squeeze(cleanLabel(text)), roles, true) ?? null;
}

/** Is the row labelled as the people's role (角色, 身份, 成员类别: the pack's role column)? */
function isRoleRow(row: DocRow | undefined): boolean {
  const label = simplified(cleanLabel(row?.cells[0]?.text ?? ''));
  return PERSON_HEADERS.some(([field, re]) => field === 'role' && re.test(label));
}

/**
 * The role of each person of a table on its side from its role row ("角色 | 主持人 | 顾问 |
 * 核心成员"): the role a spreadsheet's one team table turned sideways gives each column, as a role
 * column does in a table standing up. Every person's cell must name one of the pack's roles, or
 * the row is not read at all.
 */
function columnRoles(row: DocRow, names: DocCell[], roles: Role[]): string[] | undefined {
  const found = names.map((n) => {
    const cell = row.cells.slice(1).find((c) => inColumn(c, n));
    return cell ? roleOf(squeeze(cleanLabel(cell.text)), roles, true) : undefined;
  });
  return found.every((r) => r !== undefined) ? (found as string[]) : undefined;
}

/**
 * A table on its side from the row of names at `at`: the role in the first cell of the row
 * above (or the heading above that), or per person in a role row among its rows, the fields in
 * the rows around it whose first cell labels one. Undefined when the rows do not hold together
 * that way.
 */
function turnedTable(rows: DocRow[], at: number, roles: Role[]): Block | undefined {
  const nameRow = rows[at]!;
  const [label, ...names] = nameRow.cells;
  if (!label || rowField(label.text) !== 'name' || names.length === 0) return undefined;
  if (!names.every((c) => isName(squeeze(c.text)))) return undefined;
  const people: Person[] = names.map((c) => ({ name: squeeze(c.text) }));
  const cells = [...nameRow.cells];
  const fieldRows: DocRow[] = [];
  let roleRow: DocRow | undefined;
  const takes = (row: DocRow) => {
    if (rowField(row.cells[0]?.text ?? '') !== undefined) return true;
    // One role row to a block: another one further down starts the next block.
    if (roleRow || !isRoleRow(row)) return false;
    roleRow = row;
    return true;
  };
  let top = at - 1;
  while (top >= 0 && takes(rows[top]!)) {
    if (rows[top] !== roleRow) fieldRows.push(rows[top]!);
    top--;
  }
  let end = at + 1;
  while (end < rows.length && takes(rows[end]!)) {
    if (rowField(rows[end]!.cells[0]!.text) === 'name') break;
    if (rows[end] !== roleRow) fieldRows.push(rows[end]!);
    end++;
  }
  // The row above the fields: its first cell names the role ("核心成员（续）"), the others
  // number the people ("第5人"); or a heading line naming the role stands there.
  const above = rows[top];
  const perPerson = roleRow && columnRoles(roleRow, names, roles);
  const role = perPerson
    ? perPerson[0]!
    : above && roleOf(squeeze(cleanLabel(above.cells[0]?.text ?? '')), roles, true);
  if (!role || (roleRow && !perPerson)) return undefined;
  const columns = names.map((n) => [n]);
  const labels = [label];
  for (const row of fieldRows) {
    const field = rowField(row.cells[0]!.text)!;
    if (field === 'other' || field === 'name') continue;
    labels.push(row.cells[0]!);
    for (const cell of row.cells.slice(1)) {
      const k = names.findIndex((n) => inColumn(cell, n));
      const value = joinedText(cell.text);
      if (k < 0 || value === '') continue;
      setField(people[k]!, field, value);
      cells.push(cell);
      columns[k]!.push(cell);
    }
  }
  const unsure = people.filter(hasCutWord).length;
  if (!perPerson) return { role, people, cells: [above!.cells[0]!, ...cells], end, unsure };
  // Each role quotes its own columns: another role's values are not its people's.
  const [roleLabel, ...roleCells] = roleRow!.cells;
  for (const [k, column] of columns.entries()) {
    const own = roleCells.find((c) => inColumn(c, names[k]!));
    if (own) column.push(own);
  }
  labels.push(roleLabel!);
  return { role, roles: perPerson, columns, labels, people, cells, end, unsure };
}

/**
 * A table whose header row opens with the role ("共同体负责人 | 姓名 | 所在单位 | 职称"), the
 * role's cell merged down beside its rows: each row under the header is a person of that role,
 * its cells the fields of the header's columns above them.
 */
function roleHeaderTable(rows: DocRow[], at: number, roles: Role[]): Block | undefined {
  const [first, ...labels] = rows[at]!.cells;
  if (!first || labels.length < 2) return undefined;
  const role = roleOf(squeeze(cleanLabel(first.text)), roles, true);
  if (!role) return undefined;
  const fields = labels.map((c) => rowField(c.text));
  if (fields.some((f) => f === undefined) || fields.filter((f) => f === 'name').length !== 1)
    return undefined;
  const nameAt = fields.indexOf('name');
  const people: Person[] = [];
  const cells: DocCell[] = [first];
  let end = at + 1;
  for (; end < rows.length; end++) {
    const row = rows[end]!;
    // A cell under the role's own cell starts another block.
    if (row.cells.some((c) => centre(c) < first.rect[2])) break;
    const nameCell = row.cells.find((c) => inColumn(c, labels[nameAt]!));
    if (!nameCell || !isName(squeeze(nameCell.text))) break;
    const person: Partial<Person> = {};
    for (const cell of row.cells) {
      const k = labels.findIndex((l) => inColumn(cell, l));
      const field = fields[k];
      const value = joinedText(cell.text);
      if (k < 0 || !field || field === 'other' || field === 'role' || value === '') continue;
      setField(person, field, field === 'name' ? squeeze(value) : value);
      cells.push(cell);
    }
    people.push(person as Person);
  }
  return people.length > 0
    ? { role, people, cells, end, unsure: people.filter(hasCutWord).length }
    : undefined;
}

/** The name heading a card, before its first field's label ("郑军所在单位：…"). */
function cardHead(text: string): string | undefined {
  const card = parseCard(`姓名：${text.trim()}`, 2);
  const name = card?.person.name;
  return name && text.trim().startsWith(name) ? name : undefined;
}

/** A card whose head is the name: "郑军所在单位：某校职称：高级教师". */
function namedCard(text: string): { person: Person; unsure: number } | undefined {
  const name = cardHead(text);
  const card = name ? parseCard(`姓名：${text.trim()}`) : undefined;
  return card?.person.name === name ? card : undefined;
}

interface Card {
  cell: DocCell;
  text: string;
  cells: DocCell[];
}

/** People per role from tables on their side and from cards headed by the name. */
export function peopleFromGrid(ctx: ReadContext, roles: Role[]): Map<string, ExtractedFact> {
  const rows = ctx.doc.rows;
  const gathered = gathering();
  const entry = gathered.entry;
  let role: string | undefined;
  let cards: Card[] = [];
  // The role's cards, read once a card cut by a page has its rest.
  const close = () => {
    for (const card of cards) {
      const read = namedCard(card.text);
      const e = entry(role!);
      if (!read) {
        e.unsure++;
        continue;
      }
      e.people.push(read.person);
      e.unsure += read.unsure;
      e.evidence.push(...ctx.doc.evidenceForCells(card.cells));
    }
    cards = [];
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const turned = turnedTable(rows, i, roles) ?? roleHeaderTable(rows, i, roles);
    if (turned) {
      // A block of several roles (a role row) gives each role its people, quoting their columns.
      const ids = turned.roles ?? turned.people.map(() => turned.role);
      for (const id of new Set(ids)) {
        const e = entry(id);
        const mine = turned.people.filter((_, k) => ids[k] === id);
        e.people.push(...mine);
        e.unsure += mine.filter(hasCutWord).length;
        const cells = turned.columns
          ? [...turned.labels!, ...turned.columns.filter((_, k) => ids[k] === id).flat()]
          : turned.cells;
        e.evidence.push(...ctx.doc.evidenceForCells(cells));
      }
      i = turned.end - 1;
      continue;
    }
    const heading = headingRole(row, roles);
    if (heading !== undefined) {
      close();
      role = heading ?? undefined;
      continue;
    }
    if (!role) continue;
    let read = false;
    const names = row.cells.every((c) => isName(squeeze(c.text)));
    for (const cell of row.cells) {
      const text = cell.text.trim();
      // A card's head: the name with its first fields, or the name alone over its fields.
      if (cardHead(text) || names) {
        cards.push({ cell, text: names ? squeeze(text) : text, cells: [cell] });
        read = true;
        continue;
      }
      // A card's fields on lines of their own, or its rest on the next page, in its column.
      const before = cards.findLast((c) => sameColumn(cell, c.cell));
      if (before && FIELD_START.test(text)) {
        before.text += text;
        before.cells.push(cell);
        read = true;
      }
    }
    if (read) continue;
    if (cards.length === 0 && row.cells.length === 1 && saysNobody(row.cells[0]!.text)) {
      // "暂无" under the role's heading: the role has nobody.
      entry(role).nobody = true;
      continue;
    }
    // Anything else ends the role's cards.
    close();
    role = undefined;
  }
  close();
  return gathered.facts();
}
