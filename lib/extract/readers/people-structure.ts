/**
 * Whether a people list was read from a structure that leaves no doubt. A list is proposed as
 * certain only when its structure says plainly who is in it: every record of the same shape (a
 * table's rows fill the same columns), the count a form states for the role ("核心成员（共8人）")
 * equal to the list's, no other structure of the form naming other people for the role, and a
 * list of several people not pieced out of a sentence. Anything else is still proposed, as
 * uncertain: a wrong value a reviewer is told to check costs a look, one shown as certain is a
 * silent error. Nothing here knows a form's labels: the role words are the pack's.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import type { DocumentLayout } from '../../pdf/structure/document';
import { escapeRegex } from '../../regex';
import { parseCount } from '../numerals';
import { type Role, roleOf } from './roles';

/** Confidence of a list whose structure leaves a doubt: shown for checking. */
export const DOUBTFUL = 0.5;

/** A reading proposed for checking: its confidence no higher than DOUBTFUL. */
export function doubtful(fact: ExtractedFact): ExtractedFact {
  return { ...fact, confidence: Math.min(fact.confidence ?? 1, DOUBTFUL) };
}

/**
 * A count of people stated in a role's label ("核心成员（共8人）", "顾问2名", "辅导员：3人"), not
 * a floor or a range quoted from the notice ("不少于5人", "3-8人").
 */
const COUNT =
  /(?<![\d一二三四五六七八九十两~～\-—至到])(?:共|计|合计)?\s*([\d一二三四五六七八九十两]{1,3})\s*(?:人|名|位)(?![\p{Script=Han}]{0,1}(?:以上|以下|以内|左右))/u;
const FLOOR =
  /不少于|不多于|不超过|不低于|至少|最多|以上|以下|以内|左右|[~～\-—至到]\s*[\d一二三四五六七八九十]+\s*[人名位]/u;

/** The count a role's label states, or undefined (no count, or a floor or range). */
export function statedCount(label: string): number | undefined {
  if (FLOOR.test(label)) return undefined;
  const m = COUNT.exec(label);
  return m ? parseCount(m[1]!) : undefined;
}

/**
 * Counts the form states for each role: a heading, caption, band or role cell whose label (the
 * text before any colon) names the role and a number of people.
 */
export function statedCounts(doc: DocumentLayout, roles: Role[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const row of doc.rows) {
    for (const cell of row.cells) {
      const label = cell.text.split(/[:：]/)[0]!.trim();
      if (label.length === 0 || label.length > 24) continue;
      const count = statedCount(label);
      if (count === undefined) continue;
      // The label without its count must still name the role ("核心成员（共8人）").
      const role = roleOf(label.replace(COUNT, ''), roles);
      if (!role) continue;
      out.set(role, (out.get(role) ?? new Set()).add(count));
    }
  }
  for (const { role, count } of countsInSentences(doc.flow, roles)) {
    out.set(role, (out.get(role) ?? new Set()).add(count));
  }
  return out;
}

/**
 * Counts stated in sentences, the number right after the role's word: "核心成员七人，分别是：",
 * "联盟设主持人1人、辅导员一人、顾问一人". A word followed by anything else ("成员单位明确1名
 * 联络员", "核心成员不少于5人", "核心成员8-15人") states no count of that role.
 */
export function countsInSentences(text: string, roles: Role[]): { role: string; count: number }[] {
  const words = roles.flatMap((r) => r.words).sort((a, b) => b.length - a.length);
  if (words.length === 0) return [];
  const re = new RegExp(
    `(${words.map(escapeRegex).join('|')})\\s*(?:共|计|合计)?\\s*([\\d一二三四五六七八九十两]{1,3})\\s*[人名位](?![\\d~～\\-—至到])`,
    'gu',
  );
  const out: { role: string; count: number }[] = [];
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    // A range's second half ("1-2人") or a word inside a longer one is no count of its own.
    if (/[\d~～\-—至到]/.test(before)) continue;
    const role = roleOf(m[1]!, roles, true);
    const count = parseCount(m[2]!);
    if (role && count !== undefined) out.push({ role, count });
  }
  return out;
}

/** Do all records fill the same fields (the rows of one table, the lines of one roster)? */
export function sameShape(people: readonly Person[]): boolean {
  const shape = (p: Person) =>
    Object.keys(p)
      .filter((k) => (p as unknown as Record<string, unknown>)[k] !== undefined)
      .sort()
      .join(',');
  return people.every((p) => shape(p) === shape(people[0]!));
}

export interface Readings {
  /** The reading proposed. */
  best: ExtractedFact;
  /** Every structure's reading of the role (the proposed one among them). */
  all: ExtractedFact[];
  /** Counts the form states for the role. */
  counts?: Set<number>;
}

/** Why a role's proposed list is not certain by its structure (empty when it is). */
function structuralDoubts({ best, all, counts }: Readings): string[] {
  const people = best.value as Person[];
  // Sentences for a developer reading --explain output, not the reviewer's codes (`doubts`).
  const reasons: string[] = [];
  if (people.length > 1 && !sameShape(people)) reasons.push('records of different shapes');
  if (counts && [...counts].some((n) => n !== people.length)) reasons.push('stated count differs');
  // Another structure (a card, a sentence) naming someone the list lacks: which is the role's
  // is for the reviewer. One naming some of the same people only (the host's card beside the
  // team table) agrees.
  const named = new Set(people.map((p) => p.name));
  if (all.some((r) => (r.value as Person[]).some((p) => !named.has(p.name)))) {
    reasons.push('another structure names other people');
  }
  if (all.some((r) => r !== best && disagrees(people, r.value as Person[]))) {
    reasons.push('another structure gives a person other fields');
  }
  return reasons;
}

const bare = (v: unknown) => String(v).replace(/\s+/g, '');

/**
 * Does another structure give one of the people a field of another value (the host's card says
 * 副校长, the team table's row 教师)? One of the two was read from the wrong cell, or the form
 * contradicts itself: either way the reviewer looks.
 */
export function disagrees(people: readonly Person[], other: readonly Person[]): boolean {
  return other.some((o) => {
    const p = people.find((q) => q.name === o.name);
    if (!p) return false;
    return (Object.keys(o) as (keyof Person)[]).some(
      (k) => p[k] !== undefined && o[k] !== undefined && bare(p[k]) !== bare(o[k]),
    );
  });
}

/** The reading with its confidence lowered when its structure leaves a doubt. */
export function byStructure(readings: Readings): ExtractedFact {
  const { best } = readings;
  if (structuralDoubts(readings).length === 0) return best;
  return doubtful(best);
}

/** The fields a record fills (name included). */
const filled = (p: Person) =>
  (Object.keys(p) as (keyof Person)[]).filter((k) => p[k] !== undefined && p[k] !== '');

/**
 * Fields every person of the form's other roles has and this role's records lack: the form
 * gives each person a phone, a title…, so a record without one (a host's phone left in the
 * next sentence, names read without their row) was read short. Asked only when the
 * other roles name at least `MIN_OTHERS` people, all with the field.
 */
export function missingFields(
  role: string,
  lists: ReadonlyMap<string, readonly Person[]>,
): (keyof Person)[] {
  const own = lists.get(role);
  if (!own || own.length === 0) return [];
  const others = [...lists].filter(([r]) => r !== role).flatMap(([, people]) => people);
  if (others.length < MIN_OTHERS) return [];
  const common = filled(others[0]!).filter((k) => others.every((p) => filled(p).includes(k)));
  // A lone person's card (the host's) often leaves the unit to the lead unit's field and the
  // subject to the project's: those two are not missing there.
  const implied: (keyof Person)[] = own.length === 1 ? ['unit', 'subject'] : [];
  return common.filter((k) => !implied.includes(k) && own.some((p) => !filled(p).includes(k)));
}

const MIN_OTHERS = 3;
