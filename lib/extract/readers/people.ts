/**
 * People by role, for every people fact of the pack at once: from people tables (a header row
 * with 姓名 and other person columns), the role being the row's own label cell, a label cell
 * merged over several rows, or the heading or caption above the table ("（二）辅导员"). Role
 * names are the facts' labels in the pack; a row's label goes to the fact whose label matches
 * it most specifically (资源内容审核管理员 before 成员). A role whose table has no rows is an
 * empty list, not unknown. A host named in a form field ("项目负责人：张三（副校长，高级教师）")
 * is read when no table names one.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import type { DocCell, DocRow } from '../../pdf/structure/document';
import { cleanLabel, cleanValue, findField } from '../../pdf/structure/key-values';
import { headingOf, numbering } from '../../pdf/structure/sections';
import {
  type Column,
  columnOf,
  coveringCell,
  headerColumns,
  tablesOf,
} from '../../pdf/structure/tables';
import type { FactDef } from '../../rubric';
import { hintsOf, type ReadContext } from './context';

type Field = 'name' | 'subject' | 'duty' | 'title' | 'dutyTitle' | 'phone' | 'unit' | 'role';

const HEADERS: [Field, RegExp][] = [
  ['name', /^(?:姓名|名字|成员姓名)$/],
  ['dutyTitle', /^职务[/／、]?职称$|^职称[/／、]?职务$/],
  ['subject', /^(?:任教)?(?:学科|专长|学科[/／、]?专长|学科专业|专业|研究方向|任教学科)$/],
  ['duty', /^(?:职务|行政职务)$/],
  ['title', /^(?:职称|专业技术职称|技术职称)$/],
  ['phone', /^(?:联系方式|联系电话|电话|手机|手机号码|移动电话|手机号)$/],
  ['unit', /^(?:所在单位|工作单位|单位|所在学校|学校|单位名称)$/],
  ['role', /^(?:角色|类别|身份|成员类别|人员类别|团队角色|分工|项目分工|职责)$/],
];

/** Columns that are neither a person field nor a role: never read as the role column. */
const OTHER_HEADERS =
  /^(?:序号|编号|序|性别|年龄|出生年月|民族|学历|学位|政治面貌|备注|身份证号|签名|签字)$/;

const TITLE_WORDS =
  /^(?:(?:中学|小学)?(?:正高级|高级|一级|二级|三级)(?:教师)?|特级教师|(?:副)?教授|讲师|助教|(?:副|助理)?研究员|(?:高级)?工程师)$/;

interface Role {
  id: string;
  words: string[];
}

/** The role a label names: the fact whose label matches most specifically (longest word). */
function roleOf(text: string, roles: Role[]): string | undefined {
  const label = cleanLabel(text).replace(/^[（(]?[一二三四五六七八九十\d]+[）)、.．]?/, '');
  if (label.length === 0 || label.length > 24) return undefined;
  let best: { id: string; length: number } | undefined;
  for (const role of roles) {
    for (const w of role.words) {
      if (label.includes(w) && w.length > (best?.length ?? 0))
        best = { id: role.id, length: w.length };
    }
  }
  return best?.id;
}

function headerFields(row: DocRow): Map<Field, Column> | undefined {
  const columns = headerColumns(row);
  const fields = new Map<Field, Column>();
  for (const column of columns) {
    const field = HEADERS.find(([, re]) => re.test(column.label))?.[0];
    if (field && !fields.has(field)) fields.set(field, column);
  }
  if (!fields.has('name') || fields.size < 2) return undefined;
  // A column left of the name with no known header holds the role labels (网络教研联盟人员).
  if (!fields.has('role')) {
    const nameX = fields.get('name')!.x0;
    const left = columns
      .filter(
        (c) =>
          c.x1 <= nameX + 1 &&
          !OTHER_HEADERS.test(c.label) &&
          !HEADERS.some(([, re]) => re.test(c.label)),
      )
      .at(-1);
    if (left) fields.set('role', left);
  }
  return fields;
}

function splitDutyTitle(text: string): { duty?: string; title?: string } {
  const parts = text
    .split(/[/／、，,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length >= 2) {
    if (TITLE_WORDS.test(parts[0]!) && !TITLE_WORDS.test(parts.at(-1)!)) {
      return { title: parts[0], duty: parts.slice(1).join('/') };
    }
    return { duty: parts[0], title: parts.slice(1).join('/') };
  }
  if (parts.length === 1)
    return TITLE_WORDS.test(parts[0]!) ? { title: parts[0] } : { duty: parts[0] };
  return {};
}

function cleanName(text: string): string {
  return cleanValue(text)
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]$/, '');
}

function isName(text: string): boolean {
  return /^[\p{Script=Han}·]{2,5}$/u.test(text) || /^[A-Za-z][A-Za-z .'-]{1,40}$/.test(text);
}

/** A cell's text as one value: a wrapped cell's lines join without the space between them. */
function joined(text: string): string {
  return cleanValue(text).replace(/(?<=[\p{Script=Han}/／])\s+|\s+(?=[\p{Script=Han}/／])/gu, '');
}

function personFrom(row: DocRow, fields: Map<Field, Column>): Person | undefined {
  const cell = (f: Field) => {
    const column = fields.get(f);
    const c = column && columnOf(row, column);
    return c ? joined(c.text) : '';
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
  const unit = cell('unit');
  if (unit) person.unit = unit;
  const phone = cell('phone').replace(/\s+/g, '');
  if (phone) person.phone = phone;
  return person;
}

/** The role a table's rows default to: the heading or caption just above the header row. */
function roleAbove(ctx: ReadContext, header: DocRow, roles: Role[]): string | undefined {
  for (let i = header.index - 1; i >= Math.max(0, header.index - 3); i--) {
    const row = ctx.doc.rows[i]!;
    if (row.table === header.table) continue;
    if (row.table >= 0) return undefined;
    const text = numbering(row.text)?.rest ?? row.text;
    const role = roleOf(text, roles);
    if (role) return role;
    if (headingOf(row, ctx.doc)) return undefined;
  }
  return undefined;
}

function parseNamedPerson(text: string): Person | undefined {
  const m = /^([\p{Script=Han}·]{2,5})\s*(?:[（(]([^）)]*)[）)]|\s+(.+))?$/u.exec(text.trim());
  if (!m) return undefined;
  const person: Person = { name: m[1]! };
  const extra = (m[2] ?? m[3] ?? '').split(/[，,、\s/／]+/).filter(Boolean);
  for (const part of extra) {
    if (TITLE_WORDS.test(part)) person.title ??= part;
    else person.duty ??= part;
  }
  return person;
}

function personFromField(ctx: ReadContext, def: FactDef): ExtractedFact<Person[]> | undefined {
  const found = findField(ctx.doc, hintsOf(def).labels, false);
  if (!found) return undefined;
  const person = parseNamedPerson(found.value);
  if (!person) return undefined;
  const cells = [...(found.cells ?? [])];
  const phone = findField(
    ctx.doc,
    ['联系电话', '手机', '负责人电话', '负责人手机', '联系方式'],
    false,
  );
  if (phone && /^[\d\s+()-]{7,}$/.test(phone.value)) {
    person.phone = phone.value.replace(/\s+/g, '');
    cells.push(...(phone.cells ?? []));
  }
  return {
    value: [person],
    evidence: ctx.doc.evidenceForCells(cells),
    confidence: 0.8,
    source: 'keyValue',
  };
}

/** All people facts of the pack, read together (a table holds several roles). */
export function readPeople(ctx: ReadContext, defs: FactDef[]): Record<string, ExtractedFact> {
  const roles: Role[] = defs.map((d) => ({ id: d.id, words: hintsOf(d).labels }));
  const people: Record<string, Person[]> = {};
  const cells: Record<string, DocCell[]> = {};
  const confidence: Record<string, number> = {};
  for (const table of tablesOf(ctx.doc)) {
    const header = table.header;
    const fields = header && headerFields(header);
    if (!header || !fields) continue;
    const defaultRole =
      roleAbove(ctx, header, roles) ??
      (table.caption ? roleOf(table.caption.text, roles) : undefined);
    const roleColumn = fields.get('role');
    let lastRole: string | undefined;
    let rowsRead = 0;
    for (const row of table.body) {
      if (headerFields(row)) continue; // the header repeated on a new page
      let role: string | undefined;
      if (roleColumn) {
        const own = columnOf(row, roleColumn);
        const label = own ?? coveringCell(ctx.doc, row, roleColumn);
        role = label ? roleOf(label.text, roles) : undefined;
        // An empty role cell under a merged label that could not be tied to rows: keep going.
        if (!label || cleanLabel(label.text) === '') role = lastRole;
      }
      role ??= roleColumn && lastRole ? undefined : defaultRole;
      const person = role && personFrom(row, fields);
      if (!role || !person) continue;
      lastRole = role;
      rowsRead++;
      people[role] = [...(people[role] ?? []), person];
      cells[role] = [...(cells[role] ?? []), ...row.cells];
      confidence[role] = Math.min(confidence[role] ?? 1, 0.9);
    }
    // A role's own table without a single person: the role has nobody (an empty list).
    if (
      rowsRead === 0 &&
      defaultRole &&
      !roleColumn &&
      table.body.every((r) => !personFrom(r, fields))
    ) {
      people[defaultRole] ??= [];
      cells[defaultRole] = [...(cells[defaultRole] ?? []), ...header.cells];
      confidence[defaultRole] ??= 0.8;
    }
  }
  const out: Record<string, ExtractedFact> = {};
  for (const def of defs) {
    const list = people[def.id];
    if (list) {
      out[def.id] = {
        value: list,
        evidence: ctx.doc.evidenceForCells(cells[def.id] ?? []),
        confidence: confidence[def.id] ?? 0.9,
        source: 'table',
      };
    }
  }
  // A person named in a field: the host of a form without a people table for that role.
  for (const def of defs) {
    if (out[def.id]) continue;
    const field = personFromField(ctx, def);
    if (field) out[def.id] = field;
  }
  return out;
}
