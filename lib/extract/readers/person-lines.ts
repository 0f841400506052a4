/**
 * People one to a line, under a line naming their role, in either of two ways a form writes a
 * record without a drawn table:
 *
 *   核心成员（续）                                  主要成员（8人）
 *   ［姓名 ｜ 所在单位 ｜ 职称］                      ├─ 蔡卫东（某市第二实验学校，高级教师，13787463465）
 *   李明 ｜ 甲市第一中学 ｜ 高级教师                  └─ 任凤英（某市胜利小学，一级教师，13907631709）
 *
 * On the left, fields set apart by a separator (｜, |, │) under a header line of the same
 * fields' labels: the header says which field each piece is. On the right, the name with its
 * fields in brackets after it, on the branches of a tree or a list: the pieces are told by their
 * shape (a phone, a title, a unit…). A line that starts with the role's word holds its own
 * role ("项目负责人 沈丽娟（…）"). Nothing here knows a form: the role words are the pack's.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import { simplified } from '../../pdf/hant';
import type { DocRow } from '../../pdf/structure/document';
import { cleanLabel } from '../../pdf/structure/key-values';
import type { ReadContext } from './context';
import { gathering, hasCutWord, setField } from './people-gathering';
import { type Field, OTHER_HEADERS, PERSON_HEADERS } from './people-headers';
import { describe, isName, joinedText, NAME_CHARS, pieces, saysNobody } from './person-parts';
import { mayHeadRole, type Role, roleOf, rolePrefix } from './roles';

/** Tree branches, bullets and list marks before a line's words. */
const LEAD = /^[\s├└│┃┣┗─━┬┌┐┘┤┼·•◆◇▶►▸■□●○\-—]+/u;
const SEPARATOR = /\s*[｜|│]\s*/;
/** A running page number ("3/8", "第 2 页"): no line of the form. */
const PAGE_NUMBER = /^(?:\d+\s*[/／]\s*\d+|第\s*\d+\s*页(?:\s*[/／共]\s*\d+\s*页?)?)$/;
const BRACKETED = new RegExp(`^(${NAME_CHARS})\\s*[（(]([^（）()]+)[）)]$`, 'u');

const lineText = (row: DocRow) =>
  row.cells
    .map((c) => c.text.trim())
    .join(' ')
    .trim();

/** The field a header piece names ("学科 / 专长" → subject), or undefined. */
function headerField(piece: string): Field | 'other' | undefined {
  const label = simplified(piece)
    .replace(/[［］[\]【】]/g, '')
    .replace(/\s+/g, '');
  const field = PERSON_HEADERS.find(([, re]) => re.test(label))?.[0];
  if (field) return field;
  return OTHER_HEADERS.test(label) ? 'other' : undefined;
}

/** The fields of a separated header line, or undefined when it is not one. */
function headerOf(text: string): (Field | 'other')[] | undefined {
  const parts = text.split(SEPARATOR).filter((p) => p.trim() !== '');
  if (parts.length < 3) return undefined;
  const fields = parts.map(headerField);
  if (fields.some((f) => f === undefined || f === 'role')) return undefined;
  const known = fields as (Field | 'other')[];
  if (known.filter((f) => f === 'name').length !== 1) return undefined;
  return known;
}

const clean = (text: string) => joinedText(text.replace(/\s*[/／]\s*/g, '/'));

/** One person from a separated line under its header; undefined when it does not fit. */
function separated(text: string, header: (Field | 'other')[]): Person | undefined {
  const parts = text.split(SEPARATOR).map((p) => p.trim());
  if (parts.length !== header.length) return undefined;
  const person: Partial<Person> = {};
  for (const [i, field] of header.entries()) {
    const value = clean(parts[i]!);
    if (field === 'other' || saysNobody(value)) continue;
    setField(person, field, value);
  }
  return person.name && isName(person.name) ? (person as Person) : undefined;
}

/** One person from "姓名（field，field，…）", with how many pieces were not told. */
function bracketed(text: string): { person: Person; unsure: number } | undefined {
  const m = BRACKETED.exec(text.replace(/\s+/g, ''));
  if (!m || !isName(m[1]!)) return undefined;
  const parts = pieces(m[2]!);
  if (parts.length < 2) return undefined;
  const { person, unknown, doubtful } = describe(m[1]!, parts.map(clean));
  if (Object.keys(person).length < 3) return undefined;
  return { person, unsure: unknown + doubtful };
}

/**
 * The most lines a record's unclosed bracket is joined with: a record wraps over two or three
 * lines; a bracket whose close a scan lost must not swallow the rest of the page.
 */
const MAX_CONTINUATIONS = 3;

/** Lines of the document, an unclosed bracket's line joined with the lines that close it. */
function linesOf(rows: DocRow[]): { text: string; first: DocRow; last: DocRow }[] {
  const out: { text: string; first: DocRow; last: DocRow }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const first = rows[i]!;
    let text = lineText(first);
    let last = first;
    const open = (t: string) => (t.match(/[（(]/g) ?? []).length > (t.match(/[）)]/g) ?? []).length;
    for (
      let joined = 0;
      open(text) &&
      joined < MAX_CONTINUATIONS &&
      i + 1 < rows.length &&
      rows[i + 1]!.page === last.page;
      joined++
    ) {
      const next = lineText(rows[i + 1]!);
      // A line opening a bracket before it closes one is the next record, not this one's end.
      if (next.length > 60 || /^[^（()）]*[（(]/.test(next)) break;
      text += next.replace(LEAD, '');
      last = rows[++i]!;
    }
    out.push({ text, first, last });
  }
  return out;
}

/** People per role from separated lines and bracketed records under role lines. */
export function peopleFromLines(ctx: ReadContext, roles: Role[]): Map<string, ExtractedFact> {
  const gathered = gathering();
  const entry = gathered.entry;
  let role: string | undefined;
  let header: (Field | 'other')[] | undefined;
  for (const { text: raw, first, last } of linesOf(ctx.doc.rows)) {
    const text = raw.replace(LEAD, '').trim();
    if (text === '' || PAGE_NUMBER.test(text)) continue;
    const evidence = () => ctx.doc.evidenceForFlow(first.flowStart, last.flowEnd);
    if (header) {
      const person = separated(text, header);
      if (person && role) {
        const e = entry(role);
        e.people.push(person);
        if (hasCutWord(person)) e.unsure++;
        e.evidence.push(...evidence());
        continue;
      }
    }
    const fields = headerOf(text);
    if (fields) {
      header = role ? fields : undefined;
      continue;
    }
    header = undefined;
    // "项目负责人 沈丽娟（…）": the record with its own role before it.
    const prefix = rolePrefix(text.replace(/\s+/g, ''), roles);
    const own = prefix ? bracketed(prefix.rest.replace(/^[:：]/, '')) : undefined;
    const record = own ?? bracketed(text);
    const recordRole = own ? prefix!.id : role;
    if (record && recordRole) {
      const e = entry(recordRole);
      e.people.push(record.person);
      e.unsure += record.unsure;
      e.evidence.push(...evidence());
      continue;
    }
    // A record whose closing bracket was lost (a scan): read as closed, and unsure.
    const unclosed = role && /[（(][^）)]*$/.test(text) ? bracketed(`${text}）`) : undefined;
    if (unclosed && role) {
      const e = entry(role);
      e.people.push(unclosed.person);
      e.unsure += unclosed.unsure + 1;
      e.evidence.push(...evidence());
      continue;
    }
    // "（空缺）", "无": the role has nobody.
    if (role && saysNobody(text.replace(/^[（(]|[）)]$/g, ''))) {
      entry(role).nobody = true;
      continue;
    }
    // A line naming a role ("核心成员（续）", "顾问（0人）") opens its list; any other line ends it.
    if (mayHeadRole(text)) {
      role = roleOf(cleanLabel(text).replace(/\s+/g, ''), roles, true);
    } else role = undefined;
  }
  return gathered.facts();
}
