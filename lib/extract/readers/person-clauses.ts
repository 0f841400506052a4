/**
 * People appointed to a role in running prose, without a label and colon:
 * - "项目负责人由张三担任（校长，高级教师，联系电话…）" (role, 由, people, 担任),
 * - "由李四（某县教研室，教研员）担任辅导员", "聘请王五（…）、赵六（…）担任顾问" (people, 担任,
 *   role),
 * - "本项目主持人为钱七老师（教师，一级教师）" (role, 为, people),
 * - "…核心成员十人，名单如下：" and one person per numbered line after it.
 * A clause is read only when every piece of it is a person (a name, maybe "老师" and a bracket
 * describing them): anything else is a sentence about the role, not a roster. Sentences quoting
 * the call's requirements (通知要求…) are not the applicant's team and are never read.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import { headingOf, numbering } from '../../pdf/structure/sections';
import type { ReadContext } from './context';
import { describe, isDuty, isName, isTitle, pieces } from './person-parts';
import { type Role, roleOf } from './roles';

/** Sentences that state a requirement, not the applicant's own team. */
const QUOTED = /通知|要求|规定|须|应当|不少于|不超过|原则上/;

/** Honorifics after a name ("张三老师"). */
const HONORIFIC = /(?:老师|教师|同志|先生|女士|教授)$/;

/** "两位老师", "二人", "等3人": a count closing a list of names. */
const COUNT_TAIL =
  /(?:等|共)?(?:\d{1,2}|十?[一二三四五六七八九]|十|两)\s*(?:位|名|人)(?:老师|教师|同志)?$/;

interface Parsed {
  people: Person[];
  unknown: number;
}

/** Split at the marks given, outside brackets. */
export function splitOutside(text: string, marks: RegExp): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && marks.test(ch)) {
      out.push({ text: text.slice(from, i), at: from });
      from = i + 1;
    }
  }
  out.push({ text: text.slice(from), at: from });
  return out;
}

/** A name that is a word of the form (a duty, a title, a role) is no name. */
function isPersonName(name: string, roles: Role[]): boolean {
  return isName(name) && !isDuty(name) && !isTitle(name) && !roleOf(name, roles);
}

/** "张三老师（校长，高级教师）": one person; the bracket may be given apart (after 担任). */
export function onePerson(text: string, roles: Role[], bracket?: string): Parsed | undefined {
  // Greedy, trimmed after: a lazy name before `\s*` tried every split of a run of spaces.
  const m = /^([^（）()]+)(?:[（(]([^（）()]*)[）)])?$/u.exec(text.trim());
  if (!m) return undefined;
  let name = m[1]!.trim();
  if (!isPersonName(name, roles)) name = name.replace(HONORIFIC, '');
  if (!isPersonName(name, roles)) return undefined;
  const described = m[2] ?? bracket;
  if (described === undefined) return { people: [{ name }], unknown: 0 };
  const d = describe(name, pieces(described));
  return { people: [d.person], unknown: d.unknown + d.doubtful };
}

/**
 * The last item of a list, split at 和/及 only where both sides read as a person: a 和 or 及
 * inside a name (和平, 李及第) is no conjunction. Where more than one split reads, which one is
 * meant cannot be told: the item stays whole and counts as unsure.
 */
export function splitLastItem(
  item: { text: string; at: number },
  reads: (text: string) => boolean,
): { items: { text: string; at: number }[]; unsure: boolean } {
  const splits: { text: string; at: number }[][] = [];
  for (const cut of splitOutside(item.text, /[和及]/).slice(0, -1)) {
    const at = cut.at + cut.text.length; // where this 和/及 stands
    const left = item.text.slice(0, at);
    const right = item.text.slice(at + 1);
    if (reads(left) && reads(right)) {
      splits.push([
        { text: left, at: item.at },
        { text: right, at: item.at + at + 1 },
      ]);
    }
  }
  if (splits.length === 1) return { items: splits[0]!, unsure: false };
  return { items: [item], unsure: splits.length > 1 };
}

/** "张三（…）、李四（…）两位老师": people joined by 、 (or 和/及 before the last). */
function peopleList(text: string, roles: Role[], bracket?: string): Parsed | undefined {
  const t = text.trim().replace(COUNT_TAIL, '');
  const listed = splitOutside(t, /[、]/);
  const last = splitLastItem(listed.at(-1)!, (x) => onePerson(x, roles) !== undefined);
  const items = [...listed.slice(0, -1), ...last.items];
  if (items.length === 0) return undefined;
  const out: Parsed = { people: [], unknown: last.unsure ? 1 : 0 };
  for (const item of items) {
    const one = onePerson(item.text, roles, items.length === 1 ? bracket : undefined);
    if (!one) return undefined;
    out.people.push(...one.people);
    out.unknown += one.unknown;
  }
  return out;
}

/** Words before the people that say who appoints them ("联盟聘请", "由"). */
const APPOINT = /^.*?(?:聘请|邀请|聘任|特聘|推选|确定|安排|请|由)/;

/** A role named after 担任/为, with the team's own words before it ("本联盟顾问"). */
function roleAfter(text: string, roles: Role[]): string | undefined {
  const t = text.trim();
  return t.length <= 16 ? roleOf(t, roles, true) : undefined;
}

/** One clause read as an appointment: the role and its people. */
function appointment(clause: string, roles: Role[]): { role: string; parsed: Parsed } | undefined {
  const c = clause.trim().replace(/[。.]$/, '');
  // Role 由 people 担任（bracket）
  let m = /^([^（）()]{2,16}?)由(.+?)担任(?:[（(]([^（）()]*)[）)])?$/u.exec(c);
  if (m) {
    const role = roleOf(m[1]!, roles, true);
    const parsed = role ? peopleList(m[2]!, roles, m[3]) : undefined;
    if (role && parsed) return { role, parsed };
  }
  // (由|聘请…) people 担任 role
  m = /^(.+?)担任(.+)$/u.exec(c);
  if (m) {
    const role = roleAfter(m[2]!, roles);
    const people = m[1]!.replace(APPOINT, '');
    const parsed = role ? peopleList(people, roles) : undefined;
    if (role && parsed) return { role, parsed };
  }
  // role 为 people
  m = /^([^（）()]{2,16}?)(?:为|是)(.+)$/u.exec(c);
  if (m) {
    const role = roleOf(m[1]!, roles, true);
    const parsed = role ? peopleList(m[2]!, roles) : undefined;
    if (role && parsed) return { role, parsed };
  }
  return undefined;
}

/** "项目负责人张三": a role's label and a name run together (the label strictly a role's). */
function roleThenName(clause: string, roles: Role[]): { role: string; name: string } | undefined {
  const text = clause.replace(
    /^(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)/,
    '',
  );
  for (let i = text.length - 2; i >= Math.max(2, text.length - 5); i--) {
    const [label, name] = [text.slice(0, i), text.slice(i)];
    if (label.length > 10 || !isPersonName(name, roles)) continue;
    const role = roleOf(label, roles, true);
    if (role && roleOf(label, roles) === role && !/[，,：:（(]/.test(label)) return { role, name };
  }
  return undefined;
}

/**
 * "项目负责人张三（校长）" → the clause before its closing bracket, and what the bracket holds.
 * The opening is trimmed after matching: a lazy group before `\s*` tried every split of a run of
 * spaces (quadratic: 100,000 spaces took seconds).
 */
export function openingAndBracket(text: string): [string, string | undefined] {
  const m = /^([^（）()]+)[（(]([^（）()]+)[）)]$/u.exec(text);
  return m ? [m[1]!.trimEnd(), m[2]!] : [text, undefined];
}

/**
 * A person from a name, the pieces of a bracket after it (all of which must read as theirs)
 * and the clauses after it, as long as each reads as a piece of them. `used` counts the clauses
 * taken; nobody is read where a piece of the bracket is not theirs.
 */
function describeFrom(
  name: string,
  clauses: { text: string }[],
  _roles: Role[],
  bracket: string[] = [],
): { parsed: Parsed; used: number } {
  if (bracket.length > 0 && describe(name, bracket).unknown > 0) {
    return { parsed: { people: [], unknown: 0 }, used: 0 };
  }
  const parts: string[] = [...bracket];
  for (const c of clauses) {
    const t = c.text.trim().replace(/[。.]$/, '');
    const d = describe(name, [t]);
    if (d.unknown > 0) break;
    parts.push(t);
  }
  const d = describe(name, parts);
  return {
    parsed: { people: [d.person], unknown: d.unknown + d.doubtful },
    used: parts.length - bracket.length,
  };
}

/** People of every role appointed in prose sentences (roles found elsewhere are skipped later). */
export function peopleFromClauses(ctx: ReadContext, roles: Role[]): Map<string, ExtractedFact> {
  const doc = ctx.doc;
  const out = new Map<string, ExtractedFact>();
  const set = (role: string, parsed: Parsed, start: number, end: number) => {
    if (out.has(role) || parsed.people.length === 0) return;
    out.set(role, {
      value: parsed.people,
      evidence: doc.evidenceForFlow(start, end),
      // Appointments and résumés in running text: no label, no field, no row says where a
      // person starts or which role a clause is about. Proposed for checking.
      confidence: 0.55,
      source: 'sentence',
    });
  };
  // Sentences of the free text (tables' rows are read as tables).
  for (const sentence of splitOutside(doc.flow, /[。\n！？]/)) {
    const row = doc.rowAt(sentence.at);
    if (!row || row.table >= 0 || sentence.text.includes('\t')) continue;
    const clauses = splitOutside(sentence.text, /[，,；;]/);
    // "项目负责人张三，副校长，高级教师，联系电话…": a role's label run into the name, the
    // person's pieces in the clauses after it.
    // Or the role's heading on the line above and "张三，某校，高级教师…" under it.
    // "主持人谢春燕（正高级教师），…": the name's own bracket holds pieces of them too.
    const [opening, bracket] = openingAndBracket(clauses[0]?.text.trim() ?? '');
    const above = doc.rows[row.index - 1];
    const headed =
      above && headingOf(above, doc) && roleOf(headingOf(above, doc)!.title, roles, true);
    const first =
      roleThenName(opening, roles) ??
      (headed && isPersonName(opening, roles) ? { role: headed, name: opening } : undefined);
    const described =
      first && describeFrom(first.name, clauses.slice(1), roles, bracket ? pieces(bracket) : []);
    const bracketRead = bracket !== undefined && described?.parsed.people.length === 1;
    if (first && described && (described.used > 0 || bracketRead)) {
      const last = clauses[described.used]!;
      set(first.role, described.parsed, sentence.at, sentence.at + last.at + last.text.length);
      continue;
    }
    for (const [k, clause] of clauses.entries()) {
      const start = sentence.at + clause.at;
      if (QUOTED.test(clause.text)) continue;
      const found = appointment(clause.text, roles);
      if (found) {
        set(found.role, found.parsed, start, start + clause.text.length);
        continue;
      }
      // "…核心成员十人，名单如下：" and numbered lines, one person each.
      if (!/如下\s*[:：]\s*$/.test(clause.text) || k !== clauses.length - 1) continue;
      const named = [clause, ...clauses.slice(0, k).reverse()]
        .filter((c) => !QUOTED.test(c.text))
        .map((c) => roleOf(c.text.replace(/如下\s*[:：]\s*$/, ''), roles))
        .find((r) => r !== undefined);
      if (!named) continue;
      const parsed: Parsed = { people: [], unknown: 0 };
      let end = start + clause.text.length;
      const last = doc.rowAt(end - 1);
      let style: string | undefined;
      for (const next of doc.rows.slice((last?.index ?? 0) + 1)) {
        // A note standing alone between two parts of the list ("（名单接上页）").
        if (/^[（(][^（）()]*[）)]$/.test(next.text.trim())) continue;
        const n = numbering(next.text);
        // The list's items share one numbering style; another style is the next heading.
        if (!n || next.table >= 0 || (style !== undefined && n.style !== style)) break;
        style = n.style;
        const parts = pieces(n.rest.replace(/[。；;]$/, ''));
        const name = parts[0] ?? '';
        if (!isPersonName(name, roles)) break;
        const d = describe(name, parts.slice(1));
        parsed.people.push(d.person);
        parsed.unknown += d.unknown + d.doubtful;
        end = next.flowEnd;
      }
      set(named, parsed, start, end);
    }
  }
  return out;
}
