/**
 * People as bullet lists (markdown typeset, a word processor's list), under a heading naming
 * their role or under a bullet naming it, in any of the ways a list writes a record:
 *
 *   核心成员                                   网络教研联盟人员
 *    ● 黄国庆　某校　一级教师　176…              ● 主持人
 *    ● 郝龑                                       ○ 尹翀 / 某校 / 信息科技 / 高级教师
 *       ○ 某校，一级教师，182…                  ● 核心成员
 *                                                 ○ 汤德明 / 某校 / Python 编程 / 一级教师
 *
 * The name and its details on one line, or the name alone and its details on the deeper line
 * under it; the details apart by commas, semicolons, slashes set off by spaces, or the spaces
 * the file sets (an ideographic space). Each piece is told by its shape (person-parts.ts); a
 * piece of no known shape takes the kind the same piece has in the list's other records of the
 * same length (a specialty "Python编程" where others hold "信息技术"), else the record is unsure.
 * A box mark opening a line with more marks after it is a row of checkboxes, not a bullet.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import type { DocRow, Evidence } from '../../pdf/structure/document';
import { cleanLabel } from '../../pdf/structure/key-values';
import { bracketless } from '../../pdf/structure/sections';
import type { ReadContext } from './context';
import { describe, isName, joinedText, partKind, saysNobody } from './person-parts';
import { mayHeadRole, type Role, roleOf } from './roles';

/** A list's bullet before the line's words. */
const MARK = /^\s*[●■□○◆◇▪▫•·◦‣◎▸►▶❖➢➤✦\-*–—]\s*/u;
/** Another mark or a tick later on the line: a row of options, not a list item. */
export const OPTION_MARKS = /[●■□○◆◇☐☑☒▣◉〇√✓✔]|[（(]\s*[)）]/u;
/** A Latin word or code (Python, 3D) that the file set apart from the Han word it belongs to. */
const LATIN = /^[A-Za-z0-9+#.]+$/;
const PHONE_DIGITS = /^\+?\d{7,}$/;

interface Item {
  x: number;
  body: string;
  row: DocRow;
}

interface Record {
  role: string;
  name: string;
  pieces: string[];
  rows: DocRow[];
}

/** The pieces of a record's text, at its strongest separator. */
export function recordPieces(body: string): string[] {
  const t = body.trim().replace(/[。；;]$/, '');
  if (/[，,；;]/.test(t))
    return t
      .split(/\s*[，,；;]\s*/)
      .map(joinedText)
      .filter(Boolean);
  if (/\s[/／]\s/.test(t))
    return t
      .split(/\s+[/／]\s+/)
      .map(joinedText)
      .filter(Boolean);
  const words = t.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    const last = out.at(-1);
    // "Scratch 编程", "3D 打印": the gap a typesetter puts between scripts, not a separator.
    if (
      last !== undefined &&
      LATIN.test(last) &&
      !PHONE_DIGITS.test(last) &&
      /^\p{Script=Han}{1,4}$/u.test(w) &&
      partKind(w) === undefined
    ) {
      out[out.length - 1] = last + w;
    } else out.push(w);
  }
  return out;
}

/** Bullet items of the page flow, with the lines that head them. */
function itemsOf(ctx: ReadContext): (Item | { heading: string; row: DocRow } | null)[] {
  const doc = ctx.doc;
  return doc.rows.map((row) => {
    if (row.table >= 0 || row.cells.length !== 1) return null;
    const text = row.text.trim();
    const mark = MARK.exec(text);
    if (!mark) return { heading: text, row };
    const rest = text.slice(mark[0].length);
    if (OPTION_MARKS.test(rest) || rest === '') return null;
    const spaced = doc.spacedText(row.flowStart, row.flowEnd).replace(MARK, '');
    return { x: row.cells[0]!.rect[0], body: spaced, row };
  });
}

/** The role a short line or bullet names, if it names one and nothing else. */
function roleNamed(text: string, roles: Role[]): string | undefined {
  const t = text.replace(/\s+/g, '');
  if (!mayHeadRole(t) || /[，,；;/／]/.test(t)) return undefined;
  return roleOf(bracketless(cleanLabel(t)), roles, true);
}

/** Records per role from the bullet lists under role headings or role bullets. */
function recordsOf(ctx: ReadContext, roles: Role[]) {
  const records: Record[] = [];
  const nobody = new Set<string>();
  let heading: string | undefined;
  let bulletRole: { id: string; x: number } | undefined;
  let pending: { name: string; x: number; row: DocRow; role: string } | undefined;
  const flush = () => {
    if (pending) records.push({ ...pending, pieces: [], rows: [pending.row] });
    pending = undefined;
  };
  for (const item of itemsOf(ctx)) {
    if (item === null || 'heading' in item) {
      flush();
      bulletRole = undefined;
      heading = item ? roleNamed(item.heading, roles) : undefined;
      continue;
    }
    if (bulletRole && item.x <= bulletRole.x) bulletRole = undefined;
    const named = roleNamed(item.body, roles);
    if (named) {
      flush();
      bulletRole = { id: named, x: item.x };
      continue;
    }
    const role = bulletRole?.id ?? heading;
    if (!role) continue;
    if (pending && item.x > pending.x) {
      // The details of the name on the line above, one level deeper.
      const pieces = recordPieces(item.body);
      records.push({ ...pending, pieces, rows: [pending.row, item.row] });
      pending = undefined;
      continue;
    }
    flush();
    if (saysNobody(item.body)) {
      if (!records.some((r) => r.role === role)) nobody.add(role);
      continue;
    }
    const pieces = recordPieces(item.body);
    const name = pieces[0]?.replace(/\s+/g, '');
    if (!name || !isName(name)) {
      // A line that is no person ends the list (a unit list, cases under the next heading).
      heading = undefined;
      bulletRole = undefined;
      continue;
    }
    if (pieces.length === 1) pending = { name, x: item.x, row: item.row, role };
    else records.push({ role, name, pieces: pieces.slice(1), rows: [item.row] });
  }
  flush();
  return { records, nobody };
}

/**
 * The kind the records of the same length give a piece at `i`: one kind known there in some
 * record and no other, else undefined.
 */
function columnKind(records: Record[], length: number, i: number) {
  const kinds = new Set(
    records
      .filter((r) => r.pieces.length === length)
      .map((r) => partKind(r.pieces[i]!))
      .filter((k) => k !== undefined),
  );
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** People per role from bullet lists. */
export function peopleFromBullets(ctx: ReadContext, roles: Role[]): Map<string, ExtractedFact> {
  const { records, nobody } = recordsOf(ctx, roles);
  const byRole = new Map<string, { people: Person[]; unsure: number; evidence: Evidence[] }>();
  for (const r of records) {
    const e = byRole.get(r.role) ?? { people: [], unsure: 0, evidence: [] };
    byRole.set(r.role, e);
    // A piece of no known shape, where the list's other records hold a subject at its place.
    const told: string[] = [];
    let subject: string | undefined;
    let untold = 0;
    for (const [i, piece] of r.pieces.entries()) {
      if (
        partKind(piece) === undefined &&
        subject === undefined &&
        columnKind(records, r.pieces.length, i) === 'subject'
      ) {
        subject = piece;
      } else told.push(piece);
    }
    const d = describe(r.name, told);
    if (subject !== undefined) {
      if (d.person.subject === undefined) d.person.subject = subject;
      else untold++;
    }
    e.people.push(d.person);
    e.unsure += d.unknown + d.doubtful + untold;
    const [first, last] = [r.rows[0]!, r.rows.at(-1)!];
    e.evidence.push(...ctx.doc.evidenceForFlow(first.flowStart, last.flowEnd));
  }
  const out = new Map<string, ExtractedFact>();
  for (const [id, { people, unsure, evidence }] of byRole) {
    out.set(id, { value: people, evidence, confidence: unsure === 0 ? 0.8 : 0.55, source: 'list' });
  }
  for (const id of nobody) {
    if (!out.has(id)) out.set(id, { value: [], evidence: [], confidence: 0.8, source: 'list' });
  }
  return out;
}
