/**
 * People in a table printed without borders whose cells stand a padding apart, closer than the
 * gap that parts a borderless table's cells (a web form imported by a word processor, which
 * drops the borders): the layout reads a row as one or two runs, and only the file's spaces
 * part the fields ("CHANG Yan 常龑 某某中学 校长 高级教师"). Under a line naming a role and a
 * header line with the name's column (姓名 and two more of a person's columns), each line is one
 * person: the name is its first Han piece, the other pieces told by their shape.
 *
 * A name with its romanisation beside it is that person, named in Han characters: "韦泽宇（WEI
 * Zeyu）", "WEI Zeyu 韦泽宇", "韦泽宇 Zeyu WEI" — Latin words before or after the name with a
 * surname in capitals (as passports and the forms' notes write it). The romanisation is no field.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import type { DocRow } from '../../pdf/structure/document';
import { cleanLabel } from '../../pdf/structure/key-values';
import type { ReadContext } from './context';
import { gathering } from './people-gathering';
import { describe, isDuty, isName, isTitle, saysNobody } from './person-parts';
import { mayHeadRole, type Role, roleOf } from './roles';
import { looksLikeUnit } from './unit-names';

/** A word of Latin letters (a romanised name's part). */
const LATIN = "[A-Za-z][A-Za-z'’-]*";
/** Latin words, one to four, with one in capitals (the surname, "WEI", "GONGSUN"). */
const ROMAN = `${LATIN}(?:\\s+${LATIN}){0,3}`;
const CAPS = /\b[A-Z]{2,}\b/;
const BRACKETED = new RegExp(`^(\\p{Script=Han}{2,6})\\s*[（(]\\s*(${ROMAN})\\s*[）)]`, 'u');
const BEFORE = new RegExp(`^(${ROMAN})\\s*(?=\\p{Script=Han})`, 'u');
const AFTER = new RegExp(`^(\\p{Script=Han}{2,6})\\s*(${ROMAN})(?=\\s|$)`, 'u');
/** A mobile number run together with the cells before and after it. */
const PHONE_INSIDE = /^(.*?\D)?(1\d{10})(\D.*)?$/u;
/** Columns a person's header names besides the name. */
const PERSON_COLUMNS = /单位|职务|职称|电话|手机|学科|专长|学段/g;
/** Lines of a wrapped header a role's heading may stand above its header line. */
const MAX_BEFORE = 2;
/** Past this many characters a line is no person's row. */
const MAX_ROW = 160;
/** Lines of a cell's wrapped text (short, no person) a table may hold between its rows. */
const MAX_FRAGMENT = 8;

/** The line without the romanisation of the name it opens with; undefined when none is there. */
export function withoutRomanisation(line: string): string | undefined {
  if (line.length > MAX_ROW) return undefined;
  const text = line.trim();
  const bracket = BRACKETED.exec(text);
  if (bracket && CAPS.test(bracket[2]!)) return bracket[1]! + text.slice(bracket[0].length);
  const before = BEFORE.exec(text);
  if (before && CAPS.test(before[1]!)) return text.slice(before[0].length);
  const after = AFTER.exec(text);
  if (after && CAPS.test(after[2]!)) return after[1]! + text.slice(after[0].length);
  return undefined;
}

/** A piece that holds two fields run together: a phone, a unit and a title, a duty and a title. */
function split(piece: string): string[] {
  if (piece.length > 40) return [piece];
  const phone = PHONE_INSIDE.exec(piece);
  if (phone && (phone[1] || phone[3])) {
    return [...(phone[1] ? split(phone[1]) : []), phone[2]!, ...(phone[3] ? split(phone[3]) : [])];
  }
  if (isTitle(piece)) return [piece];
  // A title after a unit or a duty ("某校高级教师", "教研员高级教师"); else a duty after a unit.
  for (const tailIs of [isTitle, isDuty]) {
    if (tailIs === isDuty && isDuty(piece)) break;
    for (let i = 2; i < piece.length - 1; i++) {
      const [head, tail] = [piece.slice(0, i), piece.slice(i)];
      if (tailIs(tail) && (looksLikeUnit(head) || isDuty(head))) return [head, tail];
    }
  }
  return [piece];
}

/** A person from a row's spaced text, with how many pieces were not told; or undefined. */
function personOf(text: string, roles: Role[]): { person: Person; unsure: number } | undefined {
  if (text.length > MAX_ROW) return undefined;
  const line = withoutRomanisation(text) ?? text;
  const [name, ...rest] = line.split(/\s+/);
  if (!name || !/^\p{Script=Han}/u.test(name) || !isName(name)) return undefined;
  // A role's word first ("核心成员 张三 …"): a row of a table with a role column, not a name.
  if (roleOf(name, roles)) return undefined;
  const pieces = rest.flatMap(split).filter((p) => !saysNobody(p));
  const { person, unknown, doubtful } = describe(name, pieces);
  if (Object.keys(person).length < 3) return undefined;
  return { person, unsure: unknown + doubtful };
}

/** Words of a people table's header, and what a header may add to them (a gloss, a note). */
const HEADER_WORDS =
  /姓名|拼音|成员|所在|工作|单位|行政|现任|职务|专业技术|职称|职级|联系|电话|手机|学科|专长|学段|序号|角色|[（(][^（）()]{0,30}[）)]|[A-Za-z]+|[\s()（）/／、]+/g;

/**
 * How many fields a header line of a person's columns names (姓名 and two more columns, and
 * nothing else: a record "姓名【张三】单位 …" has its values beside the same words); 0 for
 * another line.
 */
function headerFields(row: DocRow): number {
  const t = row.text;
  const columns = t.length > 80 || !t.includes('姓名') ? 0 : (t.match(PERSON_COLUMNS) ?? []).length;
  return columns >= 2 && t.replace(HEADER_WORDS, '').length <= 2 ? columns + 1 : 0;
}

/** People per role from borderless rows parted by spaces only, under a role line and a header. */
export function peopleFromSpacedRows(ctx: ReadContext, roles: Role[]): Map<string, ExtractedFact> {
  const gathered = gathering();
  let role: string | undefined;
  let header = false;
  let rows = 0;
  let fragments = 0;
  let before = 0;
  let fields = 0;
  // A header with no row under it says the role has nobody only when the next role's heading
  // or a word for nobody follows it; any other line is a row this reader could not read.
  const close = (seenEmpty = false) => {
    if (role && header && rows === 0 && seenEmpty) gathered.entry(role).nobody = true;
    header = false;
  };
  for (const row of ctx.doc.rows) {
    // A drawn table's rows are the table reader's: its cells are parted by their borders.
    if (row.cells.some((c) => c.ruled)) {
      close();
      role = undefined;
      continue;
    }
    const text = ctx.doc.spacedText(row.flowStart, row.flowEnd);
    const heads = mayHeadRole(text)
      ? roleOf(cleanLabel(text).replace(/\s+/g, ''), roles, true)
      : undefined;
    if (heads) {
      // The next role's heading ends the table before it.
      close(true);
      role = heads;
      before = 0;
      continue;
    }
    const columns = role ? headerFields(row) : 0;
    if (columns > 0) {
      fields = columns;
      header = true;
      rows = 0;
      fragments = 0;
      continue;
    }
    if (role && header) {
      if (rows === 0 && saysNobody(text.replace(/^[（(]|[）)]$/g, ''))) {
        close(true);
        continue;
      }
      const read = personOf(text, roles);
      if (read) {
        const e = gathered.entry(role);
        e.people.push(read.person);
        // Fewer fields than the header's columns: some ran together or were left unread.
        const short = Object.keys(read.person).length < fields ? 1 : 0;
        e.unsure += read.unsure + fragments + short;
        e.evidence.push(...ctx.doc.evidenceForFlow(row.flowStart, row.flowEnd));
        rows++;
        fragments = 0;
        continue;
      }
      // A header's or a cell's wrapped line ("SURNAME)", "信息技术主" over "任"): the rows
      // around it lost that text, so they are read unsure.
      const compact = text.replace(/\s+/g, '');
      if (!/\p{Script=Han}/u.test(compact) || (compact.length <= 6 && fragments < MAX_FRAGMENT)) {
        if (rows > 0 && /\p{Script=Han}/u.test(compact)) gathered.entry(role).unsure++;
        else if (/\p{Script=Han}/u.test(compact)) fragments++;
        continue;
      }
    }
    // A header wrapped over lines ("姓名拼音(Given name" above "姓名 职务 …"): its other lines.
    if (role && !header && text.replace(/\s+/g, '').length <= 20 && ++before <= MAX_BEFORE) {
      continue;
    }
    close();
    role = undefined;
  }
  close(true);
  return gathered.facts();
}
