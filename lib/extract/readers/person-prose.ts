/**
 * People written in sentences, after a role's label and a colon:
 * - "项目负责人：金秀英，德育主任，高级教师，联系电话15129267265。" (one person, pieces after
 *   the name),
 * - "主持人：冯明（汨罗市龙湾小学，教师，高级教师，信息科技，13724890399）" (pieces in brackets),
 * - "核心成员：罗志强（阜新市海州区求是学校，一级教师）；方金凤（…）；…" (several),
 * - "核心成员：" and then one person per numbered line ("（一）孙桂芳，科学，…").
 * Each piece is told apart by its shape (person-parts.ts). A person with a piece that could not
 * be told apart is proposed as uncertain.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import type { DocRow, DocumentLayout } from '../../pdf/structure/document';
import { cleanLabel } from '../../pdf/structure/key-values';
import { bracketless, headingOf, numbering } from '../../pdf/structure/sections';
import type { ReadContext } from './context';
import { PERSON_HEADERS } from './people-headers';
import { splitOutside } from './person-clauses';
import {
  describe,
  isName,
  NAME_CHARS,
  NOBODY,
  pieces,
  saysNobody,
  splitDutyTitle,
} from './person-parts';
import { type Role, roleOf } from './roles';
import { looksLikeUnit } from './unit-names';

/**
 * A role's label opening a line or a sentence, with a colon: "核心成员（11人）：", also with its
 * count and the words introducing the names ("核心成员6人，分别是：").
 */
const ROLE_LINE =
  /(?<=^|[\n\t。；;])[ \t]*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?[ \t]*([\p{Script=Han}]{2,14}?)[ \t]*(?:[（(][^（）()\n]{0,10}[）)])?[ \t]*(?:(?:共|计)?[\d一二三四五六七八九十两]{1,3}[人名位](?:[，,][ \t]*(?:分别是|分别为|包括|如下|为))?)?[ \t]*[:：]/gu;

interface Parsed {
  people: Person[];
  unknown: number;
}

/** "名字（…），…": a bracket's pieces and a sentence's after it. */
const BRACKET_THEN_LIST = new RegExp(
  `^(${NAME_CHARS})\\s*[（(]([^（）()]*)[）)]\\s*[，,]\\s*(.+)$`,
  'u',
);
/** "名字（…）": the pieces in a bracket. */
const BRACKETED = new RegExp(`^(${NAME_CHARS})\\s*[（(]([^（）()]*)[）)]$`, 'u');
/** "名字，…，…": the pieces after a comma. */
const LISTED = new RegExp(`^(${NAME_CHARS})\\s*[，,]\\s*(.+)$`, 'u');
/** A name followed by its details (a bracket, a comma). */
const WITH_DETAILS = new RegExp(`^(${NAME_CHARS})\\s*[（(，,]`, 'u');

/** One person written as "名字（…）", "名字，…，…" or a name alone. */
function onePerson(text: string): Parsed | undefined {
  // The person's sentence ends at its full stop: "…联系电话139…。全面负责…" goes on about
  // their task, no field of theirs.
  const t = text
    .trim()
    .replace(/。.*$/s, '')
    .replace(/[。.]$/, '');
  // "龙文博（男，五十岁），某校副校长，…": the bracket's pieces and the sentence's after it.
  const both = BRACKET_THEN_LIST.exec(t);
  if (both && isName(both[1]!)) {
    const d = describe(both[1]!, [...pieces(both[2]!), ...pieces(both[3]!)]);
    return { people: [d.person], unknown: d.unknown + d.doubtful };
  }
  const bracket = BRACKETED.exec(t);
  if (bracket && isName(bracket[1]!)) {
    const d = describe(bracket[1]!, pieces(bracket[2]!));
    return { people: [d.person], unknown: d.unknown + d.doubtful };
  }
  const listed = LISTED.exec(t);
  if (listed && isName(listed[1]!)) {
    const d = describe(listed[1]!, pieces(listed[2]!));
    return { people: [d.person], unknown: d.unknown + d.doubtful };
  }
  if (isName(t)) return { people: [{ name: t }], unknown: 0 };
  return undefined;
}

/**
 * One person on a line of a roster, pieces apart by commas or by spaces ("丁慧平 云溪区第一中学
 * 教务主任 高级教师 19539143044"). Spaces split only where every piece is told apart (a unit
 * name may hold none, but a duty or title may not run into the next piece unseen).
 */
export function personLine(text: string): Parsed | undefined {
  const one = onePerson(text);
  if (one) return one;
  const parts = text
    .trim()
    .replace(/[。；;]$/, '')
    .split(/\s+/);
  if (parts.length < 3 || !isName(parts[0]!)) return undefined;
  const d = describe(parts[0]!, parts.slice(1));
  if (d.unknown > 0 || Object.keys(d.person).length < 3) return undefined;
  return { people: [d.person], unknown: 0 };
}

/** The people of a role line's text: pieces at ；, each a person (or names joined by 、). */
export function parsePeople(text: string): Parsed | undefined {
  const out: Parsed = { people: [], unknown: 0 };
  const parts = text.split(/[；;]/);
  for (const [i, part] of parts.entries()) {
    // "…；和李四（…）": a conjunction before the last person, unless 和 is the name's own
    // surname (和平): only where the rest still reads as a person.
    const t = part.trim();
    const bare = t.replace(/^(?:等|及|和)/, '');
    const piece = bare !== t && i > 0 && onePerson(bare) ? bare : t.replace(/^等/, '');
    if (!piece) continue;
    const one = onePerson(piece);
    if (one) {
      out.people.push(...one.people);
      out.unknown += one.unknown;
      continue;
    }
    // "张三、李四、王五": names only.
    const names = piece.split(/[、，,]/).map((s) => s.trim());
    if (names.length > 1 && names.every(isName)) {
      out.people.push(...names.map((name) => ({ name })));
      continue;
    }
    // "张三（…）、李四（…）": people with their brackets, listed with 、.
    const listed = splitOutside(piece, /[、]/).map((p) => onePerson(p.text));
    if (listed.length > 1 && listed.every((p) => p !== undefined)) {
      for (const p of listed) {
        out.people.push(...p!.people);
        out.unknown += p!.unknown;
      }
      continue;
    }
    return undefined; // not a list of people: a sentence about the role
  }
  return out.people.length > 0 ? out : undefined;
}

type DeclaredField = (typeof PERSON_HEADERS)[number][0];

/** The fields a role line's bracket declares, in order ("（姓名／单位／职称）"), if it does. */
function declaredFields(line: string): { fields: DeclaredField[]; sep: RegExp } | undefined {
  const inside = /[（(]([^（）()]+)[）)]\s*[:：]\s*$/.exec(line)?.[1];
  if (!inside) return undefined;
  const words = inside.split(/[/／、，,|｜]/).map((w) => w.trim());
  const fields = words.map((w) => PERSON_HEADERS.find(([, re]) => re.test(w))?.[0]);
  if (words.length < 2 || fields[0] !== 'name' || fields.some((f) => f === undefined)) {
    return undefined;
  }
  return { fields: fields as DeclaredField[], sep: /[/／|｜，,、]/ };
}

/** One person per line after a declared order, as long as each line has that many parts. */
function declaredLines(
  ctx: ReadContext,
  from: number,
  declared: { fields: DeclaredField[]; sep: RegExp },
): { people: Person[]; unknown: number; end: number } {
  const out = { people: [] as Person[], unknown: 0, end: 0 };
  for (const row of ctx.doc.rows.slice(from)) {
    if (row.table >= 0) break;
    const text = (numbering(row.text)?.rest ?? row.text).trim().replace(/[。；;]$/, '');
    const parts = text.split(declared.sep).map((p) => p.trim());
    if (parts.length !== declared.fields.length || !isName(parts[0]!)) break;
    const person: Person = { name: parts[0]! };
    declared.fields.forEach((f, i) => {
      const v = parts[i]!;
      if (i === 0 || !v || f === 'role') return;
      if (f === 'dutyTitle') Object.assign(person, splitDutyTitle(v));
      else (person as Record<string, string>)[f] = v;
    });
    out.people.push(person);
    out.end = row.flowEnd;
  }
  return out;
}

/** A bracketed list of person fields standing as a line ("（姓名　单位　职称）"). */
function isFieldList(text: string): boolean {
  const inside = /^\s*[（(]([^（）()]+)[）)]\s*$/.exec(text)?.[1];
  const words = inside?.split(/[\s/／、，,|｜]+/).filter(Boolean) ?? [];
  return words.length >= 2 && words.every((w) => PERSON_HEADERS.some(([, re]) => re.test(w)));
}

/** A bullet or mark setting off a heading line ("◆ 甲市第一中学", "■ …"). */
const HEADING_MARK = /^[\s◆◇■□●○▶►▪•·★☆◎※>-]+/u;

/**
 * The unit a role line is listed under, in forms that group people by their unit: a line naming
 * a unit alone ("◆ 甲市第一中学"), then its people as role lines ("核心成员：张三，一级教师";
 * "资源审核管理员：李四"). Other role lines between the heading and this one are its group's.
 */
function unitHeadingAbove(doc: DocumentLayout, row: DocRow | undefined, roles: Role[]) {
  for (let i = (row?.index ?? 0) - 1; row && i >= 0; i--) {
    const above = doc.rows[i]!;
    if (above.table >= 0 || above.cells.length !== 1) return undefined;
    const text = above.text.trim();
    const label = /^([^:：]{2,20})[:：]/.exec(text)?.[1];
    if (label && roleOf(cleanLabel(label), roles, true)) continue;
    const name = (numbering(text)?.rest ?? text).replace(HEADING_MARK, '').replace(/\s+/g, '');
    return !/[:：，,。；;]/.test(name) && looksLikeUnit(name) ? name : undefined;
  }
  return undefined;
}

/** People of every role written as role lines in the document's text. */
export function peopleFromProse(ctx: ReadContext, roles: Role[]): Map<string, ExtractedFact> {
  const doc = ctx.doc;
  const flow = doc.flow;
  const out = new Map<string, ExtractedFact>();
  /** Where each role's last line ended: a repeated label must start the very next line. */
  const lastLineEnd = new Map<string, number>();
  const repeatsRole = (role: string, at: number) => {
    const gap = flow.slice(lastLineEnd.get(role) ?? 0, at);
    return lastLineEnd.has(role) && gap.trim() === '' && gap.includes('\n');
  };
  /** Roles whose last line sat under a unit's heading: people grouped by unit. */
  const byUnit = new Set<string>();
  for (const m of flow.matchAll(ROLE_LINE)) {
    const label = m[1]!;
    if (/单位|学校|条件|职责|分工|任务/.test(label)) continue;
    const role = roleOf(label, roles, true);
    if (!role) continue;
    // The role's label again on a line of its own ("顾问：甲…" then "顾问：乙…"): one person per
    // line, the lines one list.
    const before = out.get(role);
    const start = m.index + m[0].length;
    // People grouped by unit: the role's lines under each unit's heading make one list.
    const unit = unitHeadingAbove(doc, doc.rowAt(start - 1), roles);
    if (before && !repeatsRole(role, m.index) && !(unit && byUnit.has(role))) continue;
    const lineEnd = flow.slice(start).search(/[\n。]|$/);
    let end = start + lineEnd;
    let parsed = parsePeople(flow.slice(start, end).replace(/\t/g, ''));
    // "资源内容审核管理员：暂未确定，…": the role is stated and has nobody.
    if (NOBODY.test(flow.slice(start, end).trim())) parsed = { people: [], unknown: 0 };
    // "辅导员：孙梓敏　某县教研室　教研员": one person whose fields only the file's spaces part.
    if (!parsed && flow.slice(start, end).trim() !== '') {
      parsed = personLine(doc.spacedText(start, end).replace(/[。；;]$/, ''));
    }
    // "主持人：张三（…），主要负责…": one person, then the sentence goes on about them.
    const closed = flow.slice(start, end).search(/[）)][，,]/);
    if (!parsed && closed > 0) {
      const one = parsePeople(flow.slice(start, start + closed + 1).replace(/\t/g, ''));
      if (one?.people.length === 1) {
        parsed = one;
        end = start + closed + 1;
      }
    }
    if (!parsed && flow.slice(start, end).trim() === '') {
      // The role's label alone; one person per numbered line after it.
      parsed = { people: [], unknown: 0 };
      const row = doc.rowAt(start);
      let style: string | undefined;
      for (const next of doc.rows.slice((row?.index ?? 0) + 1)) {
        const n = numbering(next.text);
        // The items share one numbering style: "四、" after "1." is the next section.
        if (n && style !== undefined && n.style !== style) break;
        style = n?.style;
        // A numbered line, also one a borderless layout split into cells; its fields apart by
        // commas or by the spaces the file sets between them.
        const free = next.table < 0 || next.cells.every((c) => !c.ruled);
        const spaced = n && free ? doc.spacedText(next.flowStart, next.flowEnd) : '';
        const one =
          n && free
            ? ((next.table < 0 ? onePerson(n.rest) : undefined) ??
              personLine(numbering(spaced)?.rest ?? spaced))
            : undefined;
        if (!one) {
          // An item of the list's numbering that reads as no person: the list goes on unread.
          if (n && parsed.people.length > 0 && numbering(next.text)?.style === style) {
            parsed.unknown++;
          }
          break;
        }
        parsed.people.push(...one.people);
        parsed.unknown += one.unknown;
        end = next.flowEnd;
      }
      if (parsed.people.length === 0) parsed = undefined;
      // "核心成员（姓名／单位／职称）：" and one person per line in that order.
      const declared = declaredFields(m[0]);
      if (!parsed && declared) {
        const read = declaredLines(ctx, (row?.index ?? 0) + 1, declared);
        if (read.people.length > 0) [parsed, end] = [read, read.end];
      }
    }
    if (!parsed) continue;
    if (before && parsed.people.length !== 1) continue;
    if (unit) {
      // The unit's heading gives the unit of those whose line names none.
      parsed.people = parsed.people.map((p) => (p.unit ? p : { ...p, unit }));
      byUnit.add(role);
    } else byUnit.delete(role);
    out.set(role, {
      value: [...((before?.value as Person[] | undefined) ?? []), ...parsed.people],
      evidence: [...(before?.evidence ?? []), ...doc.evidenceForFlow(m.index, end)],
      confidence: Math.min(before?.confidence ?? 1, parsed.unknown > 0 ? 0.55 : 0.8),
      source: 'sentence',
    });
    lastLineEnd.set(role, end);
  }
  for (const [role, fact] of rosterSections(ctx, roles)) if (!out.has(role)) out.set(role, fact);
  return out;
}

/**
 * Role sections of a roster: a heading naming a role alone on its line ("【辅导员】", "（二）顾问")
 * and one person per line under it ("1. 袁峰涛 云溪区教育科学研究室 教研员 高级教师 174…"), up to
 * the first line that is no person. A heading with a table under it is the tables' business.
 */
export function rosterSections(ctx: ReadContext, roles: Role[]): Map<string, ExtractedFact> {
  const doc = ctx.doc;
  const out = new Map<string, ExtractedFact>();
  for (const row of doc.rows) {
    if (row.table >= 0 || row.cells.length !== 1 || !headingOf(row, doc)) continue;
    const title = bracketless(cleanLabel(numbering(row.text)?.rest ?? row.text));
    const role = roleOf(title, roles, true);
    if (!role || out.has(role) || title.length > 12) continue;
    const people: Person[] = [];
    let end = row.flowEnd;
    let style: string | undefined;
    let cut = false;
    let unknown = 0;
    let nobody = false;
    const rows = doc.rows.slice(row.index + 1);
    for (let k = 0; k < rows.length; k++) {
      const next = rows[k]!;
      if (next.table >= 0) break;
      // "（姓名　工作单位　职称　任教学科）" under the heading: the lines' order, not a person.
      if (k === 0 && isFieldList(next.text)) continue;
      // The items share one numbering style: "四、" after "1." is the next section.
      const n = numbering(next.text);
      if (n && style !== undefined && n.style !== style) break;
      style = n?.style;
      // "主持人龙文博（男，五十岁），…" under the heading 主持人: the role's word opens the line.
      const text = withoutRoleWord(n?.rest ?? next.text, role, roles);
      // The next role's heading ends this one ("（二）核心成员" reads like a name, too).
      if (roleOf(bracketless(cleanLabel(text)), roles)) break;
      // The line as the file spaces it: spaces part a roster line's fields; a sentence about
      // the person wrapped onto the next lines goes on there.
      const more = wrappedOn(rows, k, doc);
      const spaced = rows
        .slice(k, k + more + 1)
        .map((r) => doc.spacedText(r.flowStart, r.flowEnd).trim())
        .join('');
      // "无", "暂无", "—" alone under the heading: the role has nobody.
      if (people.length === 0 && text.trim() !== '' && saysNobody(text)) {
        nobody = true;
        end = next.flowEnd;
        break;
      }
      const one = personLine(withoutRoleWord(numbering(spaced)?.rest ?? spaced, role, roles));
      k += more;
      // An item of the same numbering that reads as no person: the list goes on unread.
      if (!one) {
        cut = n !== null && style !== undefined && n.style === style && people.length > 0;
        break;
      }
      people.push(...one.people);
      end = rows[k]!.flowEnd;
      // A piece of no kind, or a second of a kind already read ("…教师，教授，特级教师"): the
      // fields were placed by a guess.
      unknown += one.unknown;
    }
    if (people.length === 0 && !nobody) continue;
    out.set(role, {
      value: people,
      evidence: doc.evidenceForFlow(row.flowStart, end),
      confidence: cut || unknown > 0 ? 0.5 : 0.8,
      source: 'list',
    });
  }
  return out;
}

/**
 * How many lines after `rows[k]` continue its sentence: a line written with commas that stops
 * without its end (。；) goes on on the next lines, none numbered, a heading or a person's own.
 */
function wrappedOn(rows: readonly DocRow[], k: number, doc: DocumentLayout): number {
  let text = rows[k]!.text.trim();
  let more = 0;
  while (/[，,]/.test(text) && !/[。；;]$/.test(text) && more < 2) {
    const next = rows[k + more + 1];
    if (!next || next.table >= 0 || numbering(next.text) || headingOf(next, doc)) break;
    const line = next.text.trim();
    if (line === '' || personLine(line)) break;
    text += line;
    more++;
  }
  return /[。；;]$/.test(text) || more === 0 ? more : 0;
}

/** A line without the role's own word before the person's name ("主持人龙文博（…）"). */
export function withoutRoleWord(line: string, role: string, roles: Role[]): string {
  const t = line.trim();
  const words = roles.find((r) => r.id === role)?.words ?? [];
  const word = words.filter((w) => t.startsWith(w)).sort((a, b) => b.length - a.length)[0];
  if (!word) return line;
  const rest = t.slice(word.length).trim();
  // The name must be followed by its details (a bracket, a comma): "主持人会议" is no person.
  const name = WITH_DETAILS.exec(rest)?.[1];
  return name && isName(name) ? rest : line;
}
