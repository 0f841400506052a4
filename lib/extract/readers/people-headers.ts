/**
 * The header row of a people table: which column holds which of a person's fields (姓名, 单位,
 * 职务/职称…), which holds the role (角色, 类别, or the labels left of the names), and which role
 * a name column's own header names ("核心成员姓名"). A row of labels with their values beside
 * them is a card, not a header.
 */

import { simplified } from '../../pdf/hant';
import type { DocRow } from '../../pdf/structure/document';
import { type Column, headerColumns, type Table } from '../../pdf/structure/tables';
import { FIELD_LABELS, type LabelledField, labelsPattern } from './person-labels';
import { type Role, roleOf } from './roles';

export type Field = LabelledField | 'role';

const exactly = (field: LabelledField) => new RegExp(`^(?:${labelsPattern(FIELD_LABELS[field])})$`);

/** A column head's field: the labels of person-labels.ts, and the role's patterns. */
export const PERSON_HEADERS: [Field, RegExp][] = [
  ['name', exactly('name')],
  ['dutyTitle', exactly('dutyTitle')],
  ['subject', exactly('subject')],
  ['duty', exactly('duty')],
  ['title', exactly('title')],
  ['phone', exactly('phone')],
  ['unit', exactly('unit')],
  // A role column may be qualified by what the team is (项目角色, 联盟角色, 团队身份); a
  // qualified 分工 (任务分工) lists tasks, not roles.
  ['role', /^(?:[^\s]{0,6}(?:角色|身份)|类别|成员类别|人员类别|分工|项目分工|职责)$/],
];

/**
 * Columns that are neither a person field nor a role: never read as the role column. A name's
 * romanisation (姓名拼音) is no name column: the name is the Han one beside it.
 */
export const OTHER_HEADERS =
  /^(?:序号|编号|序|性别|年龄|出生年月|民族|学历|学位|政治面貌|备注|身份证号|签名|签字|(?:姓名)?拼音|拼音姓名|英文(?:姓)?名)$/;

/**
 * Does a would-be header hold values beside its labels: right of every field label, a cell
 * that is no label at all (a name right of 姓名, a school right of 单位)?
 */
function holdsValues(columns: Column[], fields: Map<Field, Column>): boolean {
  const labelled = new Set([...fields.values()]);
  const isLabel = (c: Column) =>
    labelled.has(c) ||
    OTHER_HEADERS.test(c.label) ||
    PERSON_HEADERS.some(([, re]) => re.test(c.label));
  let pairs = 0;
  for (const column of labelled) {
    const next = columns[columns.indexOf(column) + 1];
    if (!next || isLabel(next) || next.label === '') return false;
    pairs++;
  }
  return pairs >= 2;
}

/** A table's title run into a header cell ("团队成员一览表所在单位"): the title before the label. */
const TITLE_IN_HEADER = /^[\p{Script=Han}]{2,16}?(?:一览表|名单|情况表|表)(?=[\p{Script=Han}])/u;

/** The person's field a header label names, also with the table's title run into it. */
function fieldOfLabel(label: string): Field | undefined {
  const of = (l: string) => PERSON_HEADERS.find(([, re]) => re.test(l))?.[0];
  return of(label) ?? of(label.replace(TITLE_IN_HEADER, '')) ?? firstOfTwo(label, of);
}

/**
 * Two column heads run together ("成员姓名学科", "姓名任教学科"): a column left empty in every
 * row of a table without borders (an HTML form imported by LibreOffice) has its head set half an
 * em from its neighbour's, closer than cells part. The text under them is the first column's.
 * Only a split into two whole person labels counts.
 */
function firstOfTwo(label: string, of: (l: string) => Field | undefined): Field | undefined {
  const chars = Array.from(label);
  if (chars.length > 16) return undefined;
  for (let k = 2; k <= chars.length - 2; k++) {
    const [a, b] = [of(chars.slice(0, k).join('')), of(chars.slice(k).join(''))];
    if (a && b && a !== 'role' && a !== b) return a;
  }
  return undefined;
}

/**
 * The role a name column's header names before its 姓名 ("核心成员姓名", "辅导员成员姓名"): the
 * table is that role's.
 */
export function roleOfNameHeader(label: string, roles: Role[]): string | undefined {
  // A plain name header (姓名, 成员姓名) names no role.
  if (PERSON_HEADERS.some(([f, re]) => f === 'name' && re.test(label))) return undefined;
  const m = /^([\p{Script=Han}]{2,10})姓名$/u.exec(label);
  return m ? roleOf(m[1]!, roles) : undefined;
}

export function headerFields(
  table: Table,
  row: DocRow,
  roles: Role[],
): Map<Field, Column> | undefined {
  // Labels printed in traditional characters (所在單位, 職稱) name the same fields.
  const columns = headerColumns(row).map((c) => ({ ...c, label: simplified(c.label) }));
  const fields = new Map<Field, Column>();
  for (const column of columns) {
    const field =
      fieldOfLabel(column.label) ?? (roleOfNameHeader(column.label, roles) ? 'name' : undefined);
    if (field && !fields.has(field)) fields.set(field, column);
  }
  if (!fields.has('name') || fields.size < 2) return undefined;
  // "姓名 | 韩振宇 | 单位 | 某校": labels and their values side by side are a card, not a header.
  if (holdsValues(columns, fields)) return undefined;
  if (fields.has('role')) return fields;
  // A column left of the name with no known header holds the role labels (网络教研联盟人员).
  const nameX = fields.get('name')!.x0;
  const left = columns
    .filter(
      (c) =>
        c.x1 <= nameX + 1 &&
        !OTHER_HEADERS.test(c.label) &&
        !PERSON_HEADERS.some(([, re]) => re.test(c.label)),
    )
    .at(-1);
  // A group label merged down beside the header ("网络教研联盟人员") with the rows' own role
  // cells between it and the name column: the role column is that gap.
  const gap =
    left?.spansDown &&
    table.body.some((r) =>
      r.cells.some((c) => c.rect[0] >= left.x1 - 2 && c.rect[2] <= nameX + 2 && c.text.trim()),
    );
  if (left && gap) fields.set('role', { label: '', x0: left.x1, x1: nameX, cell: left.cell });
  else if (left) fields.set('role', left);
  else {
    // Role labels merged over the rows, left of a header that does not name their column.
    const x0 = Math.min(...table.body.flatMap((r) => r.cells.map((c) => c.rect[0])));
    const first = columns[0]!;
    if (Number.isFinite(x0) && first.x0 - x0 > 12) {
      fields.set('role', { label: '', x0, x1: first.x0, cell: first.cell });
    }
  }
  return fields;
}
