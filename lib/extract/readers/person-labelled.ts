/**
 * People as key–value pairs, one person per role label: the label on a line of its own
 * ("主持人：", "核心成员3、", "成员2") with the person on the line under it, or the label and
 * the person on one line with the person set far right ("成员1：        姜玉兰   某中学   二级教师").
 * The person's fields stand apart by slashes ("彭海燕/数学/教研组长/一级教师/ 187… /某小学"),
 * commas or the file's spaces, each told apart by its shape (person-parts.ts).
 *
 * Labels numbered 1, 2, 3… must run without a gap: a number missing means a person this
 * reading did not find (a label the layout joined to another line), so the list is uncertain.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import type { DocRow, Evidence } from '../../pdf/structure/document';
import { cleanLabel, cleanValue } from '../../pdf/structure/key-values';
import { parseNumber } from '../numerals';
import type { ReadContext } from './context';
import { describe, isName, isSubject, splitDutyTitle } from './person-parts';
import { personLine } from './person-prose';
import { type Role, roleOf } from './roles';

/** "核心成员3、", "成员单位一：", "主持人:", "顾问": a short label, perhaps numbered, alone. */
const LABEL = /^\s*([\p{Script=Han}]{2,12}?)\s*([\d一二三四五六七八九十]{1,2})?\s*[:：、]?\s*$/u;

/** A role's label, maybe numbered, then fields whose labels run into their values. */
const RUN_ON =
  /^\s*([\p{Script=Han}]{2,12}?)\s*([\d一二三四五六七八九十]{1,2})?\s*[:：]\s*(姓名.+)$/u;

const RUN_ON_FIELDS: [RegExp, keyof Person | 'dutyTitle'][] = [
  [/^姓名/, 'name'],
  [/^职务[/／]?职称/, 'dutyTitle'],
  [/^(?:所在|工作)?单位/, 'unit'],
  [/^职务/, 'duty'],
  [/^职称/, 'title'],
  [/^(?:任教)?学科/, 'subject'],
  [/^(?:联系电话|电话|手机)/, 'phone'],
];
const RUN_ON_LABEL =
  /职务[/／]?职称|(?:所在|工作)?单位|职务|职称|(?:任教)?学科|联系电话|电话|手机/g;

/**
 * "姓名乔丽单位某校职务教师职称【一级教师】": a person whose field labels run into the values,
 * no colon or gap between them. Each label once, a name first, two fields more at least.
 */
export function runOnPerson(text: string): Person | undefined {
  const t = text.trim().replace(/[。；;]$/, '');
  if (!t.startsWith('姓名')) return undefined;
  const at = [0, ...[...t.slice(2).matchAll(RUN_ON_LABEL)].map((m) => m.index + 2)];
  const person: Partial<Person> = {};
  for (const [i, start] of at.entries()) {
    const part = t.slice(start, at[i + 1] ?? t.length);
    const field = RUN_ON_FIELDS.find(([re]) => re.test(part));
    if (!field) return undefined;
    const value = cleanValue(part.replace(field[0], '').replace(/^[:：]/, ''));
    if (!value) return undefined;
    if (field[1] === 'dutyTitle') Object.assign(person, splitDutyTitle(value));
    else if (person[field[1]] !== undefined) return undefined;
    else person[field[1]] = value;
  }
  if (!person.name || !isName(person.name) || at.length < 3) return undefined;
  return person as Person;
}

interface Read {
  people: Person[];
  unknown: number;
}

/** One person from a value's text: slash-separated fields, or commas / spaces (personLine). */
export function labelledPerson(text: string): Read | undefined {
  const t = text.trim().replace(/[。；;]$/, '');
  const slashed = t.split(/\s*[/／]\s*/).filter(Boolean);
  if (slashed.length >= 3 && isName(slashed[0]!)) {
    // "信息科技/人工智能": a subject with its speciality is one field, though slashes part it.
    const pieces: string[] = [];
    for (const p of slashed.slice(1)) {
      const last = pieces.at(-1);
      // One speciality at most: "物理/开源硬件/网管" is a subject, its speciality and a duty.
      const one = last !== undefined && isSubject(last) && !last.includes('/');
      if (one && /^[\p{Script=Han}A-Za-z0-9][\p{Script=Han}A-Za-z0-9 ]{1,15}$/u.test(p)) {
        const joined = `${last}/${p}`;
        const alone = describe('某', [p]);
        // Only a piece that is no other field of its own (not a duty, title, unit or phone).
        if (alone.unknown > 0 || (alone.person.subject && !alone.person.duty)) {
          pieces[pieces.length - 1] = joined;
          continue;
        }
      }
      pieces.push(p);
    }
    const d = describe(slashed[0]!, pieces);
    if (Object.keys(d.person).length < 3) return undefined;
    return { people: [d.person], unknown: d.unknown + d.doubtful };
  }
  const line = personLine(t);
  return line && Object.keys(line.people[0] ?? {}).length >= 3 ? line : undefined;
}

/** The row's text as the file spaces it (spaces part a roster line's fields). */
function spaced(ctx: ReadContext, row: DocRow, fromCell = 0): string {
  const first = row.cells[fromCell];
  return first ? ctx.doc.spacedText(first.flow, row.flowEnd) : '';
}

const free = (row: DocRow) => row.table < 0 || row.cells.every((c) => !c.ruled);

/**
 * A line that is a label of its own: a role's word ("顾问", "核心成员3") or any short words
 * ending in a colon ("推荐单位："). Not a bare piece of a value ("县高级中学").
 */
function isLabel(row: DocRow, roles: Role[]): boolean {
  const text = row.cells[0]!.text;
  const m = LABEL.exec(text);
  return !!m && (/[:：、]\s*$/.test(text) || roleOf(cleanLabel(m[1]!), roles, true) !== undefined);
}

/**
 * A value set right of its label and wrapped around it: the label's line between the value's
 * two lines ("          肖浩然 / 物理 / … / 湘" | "核心成员1:" | "          阴县高级中学"). Both
 * lines start right of the label and stand within a line of it.
 */
function around(
  doc: ReadContext['doc'],
  label: DocRow,
  roles: Role[],
): [DocRow, DocRow] | undefined {
  const above = doc.rows[label.index - 1];
  const below = doc.rows[label.index + 1];
  if (!above || !below || label.cells.length !== 1) return undefined;
  const right = label.cells[0]!.rect[2];
  const line = 1.8 * (label.size || 10);
  const fits = (r: DocRow) =>
    r.table < 0 &&
    r.page === label.page &&
    !isLabel(r, roles) &&
    r.cells[0]!.rect[0] > right + 0.5 * (label.size || 10);
  if (!fits(above) || !fits(below)) return undefined;
  if (above.bottom - label.top > line || label.bottom - below.top > line) return undefined;
  return [above, below];
}

/** Two pieces of one value: no space where a word was cut ("湘" + "阴县高级中学"). */
function joinWrapped(a: string, b: string): string {
  return /\p{Script=Han}$/u.test(a) && /^\p{Script=Han}/u.test(b) ? a + b : `${a} ${b}`;
}

/** People per role from labelled lines. */
export function peopleFromLabels(ctx: ReadContext, roles: Role[]): Map<string, ExtractedFact> {
  const doc = ctx.doc;
  const found = new Map<string, { read: Read; numbers: number[]; evidence: Evidence[] }>();
  /** Rows read as a value wrapped around its label: no label's value below. */
  const taken = new Set<number>();
  const labelled: {
    row: DocRow;
    role: string;
    marked: boolean;
    number?: string;
    /** The value's two lines when it wraps around its label (around()). */
    pair?: [DocRow, DocRow];
  }[] = [];
  for (const row of doc.rows) {
    // A label in a table's row is the table's business (people-tables.ts).
    if (row.table >= 0) continue;
    const m = LABEL.exec(row.cells[0]!.text);
    if (!m) continue;
    const label = cleanLabel(m[1]!);
    const role = roleOf(label, roles, true);
    if (!role || /单位|学校|条件|职责|分工|任务/.test(label)) continue;
    const marked = m[2] !== undefined || /[:：、]\s*$/.test(row.cells[0]!.text);
    const pair = around(doc, row, roles);
    labelled.push({
      row,
      role,
      marked,
      ...(m[2] ? { number: m[2] } : {}),
      ...(pair ? { pair } : {}),
    });
    if (pair) for (const r of pair) taken.add(r.index);
  }
  for (const { row, role, marked, number, pair } of labelled) {
    // The person beside the label, wrapped around it, or on the next line (no label itself).
    let read: Read | undefined;
    let [first, last] = [row, row];
    if (pair) {
      read = labelledPerson(joinWrapped(spaced(ctx, pair[0]), spaced(ctx, pair[1])));
      [first, last] = pair;
    } else if (row.cells.length > 1) {
      // Beside its label, only as a key–value line: a marked label ("成员1：") and one value
      // cell. A bare role word among several cells is a role column of a table drawn without
      // borders, whose cells this reading would mix up.
      if (!marked || row.cells.length !== 2) continue;
      read = labelledPerson(spaced(ctx, row, 1));
    } else {
      const next = doc.rows[row.index + 1];
      if (!next || !free(next) || isLabel(next, roles) || taken.has(next.index)) continue;
      read = labelledPerson(spaced(ctx, next));
      last = next;
      // A person on the line after that as well: a roster under a heading (person-prose.ts
      // reads those), not one label's value.
      const after = doc.rows[next.index + 1];
      if (read && after && free(after) && labelledPerson(spaced(ctx, after))) continue;
      // A value ending in a separator goes on somewhere this reading did not follow.
      if (read && /[/／，,、]\s*$/.test(spaced(ctx, next))) read.unknown++;
    }
    if (!read) continue;
    const entry = found.get(role) ?? {
      read: { people: [], unknown: 0 },
      numbers: [],
      evidence: [],
    };
    if (entry.read.people.some((p) => p.name === read.people[0]!.name)) continue;
    entry.read.people.push(...read.people);
    entry.read.unknown += read.unknown;
    if (number) entry.numbers.push(parseNumber(number) ?? Number.NaN);
    entry.evidence.push(...doc.evidenceForFlow(first.flowStart, last.flowEnd));
    found.set(role, entry);
  }
  // "成员1：姓名乔丽单位某校职务教师职称【一级教师】": labels run into their values.
  for (const row of doc.rows) {
    if (row.table >= 0 || row.cells.length !== 1) continue;
    const m = RUN_ON.exec(row.text);
    const role = m ? roleOf(cleanLabel(m[1]!), roles, true) : undefined;
    const person = m && role ? runOnPerson(m[3]!) : undefined;
    if (!role || !person) continue;
    const entry = found.get(role) ?? {
      read: { people: [], unknown: 0 },
      numbers: [],
      evidence: [],
    };
    if (entry.read.people.some((p) => p.name === person.name)) continue;
    entry.read.people.push(person);
    // Where a value ends and the next label starts is a reading of words, not of the layout.
    entry.read.unknown++;
    if (m![2]) entry.numbers.push(parseNumber(m![2]) ?? Number.NaN);
    entry.evidence.push(...doc.evidenceForFlow(row.flowStart, row.flowEnd));
    found.set(role, entry);
  }
  const out = new Map<string, ExtractedFact>();
  for (const [role, { read, numbers, evidence }] of found) {
    // Numbered labels must count 1, 2, 3… with none missing (a list read from 3 on lost two).
    const gap =
      numbers.length > 0 &&
      (numbers.length !== read.people.length || numbers.some((n, i) => n !== i + 1));
    out.set(role, {
      value: read.people,
      evidence,
      confidence: read.unknown > 0 || gap ? 0.55 : 0.8,
      source: 'list',
    });
  }
  return out;
}
