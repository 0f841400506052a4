/**
 * People per role (host, counselors, advisors, core members, resource reviewers) with name,
 * subject, duty, title, unit and phone. Read from people tables: a header row with 姓名 and
 * other person columns; the role is the row's own label cell, a label cell merged over several
 * rows, or the heading above the table ("三、核心成员"). A host named in a form field
 * ("项目负责人：张三（副校长，高级教师）", "联系电话：…") is read when no table names one.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import type { DocCell, DocRow, FactDocument } from '../document';
import { cleanLabel, cleanValue, findField } from '../labels';
import { type Column, columnOf, coveringCell, headerColumns, rowsOfTable } from './tables';

export const ROLE_IDS = [
  'host',
  'counselors',
  'advisors',
  'coreMembers',
  'resourceReviewers',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/** Most specific first: 资源内容审核管理员 before 成员, 核心成员 before 成员. */
const ROLE_WORDS: [RoleId, RegExp][] = [
  ['resourceReviewers', /资源.{0,4}审核|审核管理员|资源管理员|审核员/],
  ['counselors', /辅导员/],
  ['advisors', /顾问/],
  ['host', /主持人|项目负责人|负责人|组长/],
  ['coreMembers', /核心成员|主要成员|项目成员|团队成员|成员/],
];

export function roleOf(text: string): RoleId | undefined {
  const label = cleanLabel(text);
  if (label.length > 24) return undefined;
  return ROLE_WORDS.find(([, re]) => re.test(label))?.[0];
}

type Field = 'name' | 'subject' | 'duty' | 'title' | 'dutyTitle' | 'phone' | 'unit' | 'role';

const HEADERS: [Field, RegExp][] = [
  ['name', /^(?:姓名|名字|成员姓名)$/],
  ['dutyTitle', /^职务[/／、]?职称$/],
  ['subject', /^(?:任教)?(?:学科|专长|学科[/／、]?专长|学科专业|专业)$/],
  ['duty', /^(?:职务|行政职务)$/],
  ['title', /^(?:职称|专业技术职称|技术职称)$/],
  ['phone', /^(?:联系方式|联系电话|电话|手机|手机号码|移动电话)$/],
  ['unit', /^(?:所在单位|工作单位|单位|所在学校|学校)$/],
  ['role', /^(?:角色|类别|身份|成员类别|人员类别|团队角色|分工)$/],
];

/** Columns that are neither a person field nor a role: never read as the role column. */
const OTHER_HEADERS =
  /^(?:序号|编号|序|性别|年龄|出生年月|民族|学历|学位|政治面貌|备注|身份证号|签名|签字)$/;

const TITLE_WORDS =
  /^(?:(?:中学|小学)?(?:正高级|高级|一级|二级|三级)(?:教师)?|特级教师|(?:副)?教授|讲师|助教|(?:副|助理)?研究员|(?:高级)?工程师)$/;

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
  if (parts.length >= 2) return { duty: parts[0], title: parts.slice(1).join('/') };
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

function personFrom(row: DocRow, fields: Map<Field, Column>): Person | undefined {
  const cell = (f: Field) => {
    const column = fields.get(f);
    const c = column && columnOf(row, column);
    return c ? cleanValue(c.text) : '';
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

export type PeopleFacts = Partial<Record<RoleId, ExtractedFact<Person[]>>>;

/** The role a table's rows default to: the heading (or label) just above the header row. */
function roleAbove(doc: FactDocument, header: DocRow): RoleId | undefined {
  for (let i = header.index - 1; i >= Math.max(0, header.index - 3); i--) {
    const row = doc.rows[i]!;
    if (row.table === header.table) continue;
    const role = roleOf(row.text.replace(/^[一二三四五六七八九十\d]+[、.．]\s*/, ''));
    if (role) return role;
  }
  return undefined;
}

function fromTables(doc: FactDocument, out: PeopleFacts) {
  const cells: Partial<Record<RoleId, DocCell[]>> = {};
  const seenTables = new Set<number>();
  for (const header of doc.rows) {
    if (header.table < 0 || seenTables.has(header.table)) continue;
    const fields = headerFields(header);
    if (!fields) continue;
    seenTables.add(header.table);
    const defaultRole = roleAbove(doc, header);
    const roleColumn = fields.get('role');
    let lastRole: RoleId | undefined;
    for (const row of rowsOfTable(doc, header)) {
      if (headerFields(row)) continue; // the header repeated on a new page
      let role: RoleId | undefined;
      if (roleColumn) {
        const own = columnOf(row, roleColumn);
        const label = own ?? coveringCell(doc, row, roleColumn);
        role = label ? roleOf(label.text) : undefined;
        // An empty role cell under a merged label that pdf.js could not tie to rows: keep going.
        if (!label) role = lastRole;
      }
      role ??= roleColumn ? undefined : defaultRole;
      const person = role && personFrom(row, fields);
      if (!role || !person) continue;
      lastRole = role;
      const fact = out[role] ?? { value: [], evidence: [] };
      fact.value.push(person);
      out[role] = fact;
      cells[role] = [...(cells[role] ?? []), ...row.cells];
    }
  }
  for (const role of ROLE_IDS) {
    const fact = out[role];
    if (fact) fact.evidence = doc.evidenceForCells(cells[role] ?? []);
  }
}

/** "张三（副校长，高级教师）" or "张三 副校长 高级教师". */
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

function hostFromFields(doc: FactDocument): ExtractedFact<Person[]> | undefined {
  const found = findField(doc, ['项目负责人', '负责人', '主持人', '联盟主持人', '共同体负责人']);
  if (!found) return undefined;
  const person = parseNamedPerson(found.value);
  if (!person) return undefined;
  const cells = [...(found.cells ?? [])];
  const phone = findField(doc, ['联系电话', '手机', '负责人电话', '负责人手机', '联系方式']);
  if (phone && /^[\d\s+()-]{7,}$/.test(phone.value)) {
    person.phone = phone.value.replace(/\s+/g, '');
    cells.push(...(phone.cells ?? []));
  }
  return { value: [person], evidence: doc.evidenceForCells(cells) };
}

export function findPeople(doc: FactDocument): PeopleFacts {
  const out: PeopleFacts = {};
  fromTables(doc, out);
  if (!out.host) {
    const host = hostFromFields(doc);
    if (host) out.host = host;
  }
  return out;
}
