/**
 * Roles of people on a form (主持人, 辅导员, 核心成员…): the pack's people facts, each named by
 * its labels. A label goes to the role whose word it holds most specifically (资源内容审核管理员
 * before 成员), and people read anywhere (tables, fields, sentences) are proposed per role.
 */
import type { ExtractedFact, Person } from '../../facts/standard';
import { simplified } from '../../pdf/hant';
import { cleanLabel } from '../../pdf/structure/key-values';

export interface Role {
  id: string;
  words: string[];
}

/** People read for one role, with where they stand. */
export interface Found {
  people: Person[];
  fact: ExtractedFact<Person[]>;
}

const NUMBERING = /^[（(]?[一二三四五六七八九十\d]+[）)、.．]?/;

/**
 * The role a label names: the fact whose label it holds most specifically (longest word).
 * `strict`: the label must end with the word ("领衔主持人", "核心成员（11人）"), as a role line's
 * label does; a table's role cell may say more ("网络教研联盟核心成员", "核心成员（共8人）").
 */
/**
 * Whether a line may be a role's heading: short, and no label with a value after its colon
 * ("核心成员（续）", "顾问（0人）", not "职务：校长"). The people readers that walk lines share it.
 */
export function mayHeadRole(text: string): boolean {
  return text.length <= 24 && !/[:：]./.test(text);
}

export function roleOf(text: string, roles: Role[], strict = false): string | undefined {
  const label = simplified(cleanLabel(text)).replace(NUMBERING, '');
  if (label.length === 0 || label.length > 24) return undefined;
  let best: { id: string; length: number } | undefined;
  for (const role of roles) {
    for (const w of role.words) {
      const holds = strict ? label.endsWith(w) : label.includes(w);
      if (holds && w.length > (best?.length ?? 0)) best = { id: role.id, length: w.length };
    }
  }
  return best?.id;
}

/** The role words standing at the start of a label ("负责人职务" → 负责人), with the role. */
export function rolePrefix(text: string, roles: Role[]): { id: string; rest: string } | undefined {
  // Folding keeps offsets: the rest is cut from the text as printed.
  const label = simplified(text);
  let best: { id: string; rest: string; length: number } | undefined;
  for (const role of roles) {
    for (const w of role.words) {
      if (label.startsWith(w) && label.length > w.length && w.length > (best?.length ?? 0)) {
        best = { id: role.id, rest: text.slice(w.length), length: w.length };
      }
    }
  }
  return best && { id: best.id, rest: best.rest };
}

/**
 * The roles a heading or caption names, each by its most specific word ("项目负责人及核心成员"
 * names two; "核心成员" names one even though 成员 is another role's word inside it).
 */
function rolesNamed(text: string, roles: Role[]): Set<string> {
  const label = simplified(cleanLabel(text)).replace(NUMBERING, '');
  const hits: { id: string; at: number; end: number }[] = [];
  for (const role of roles) {
    for (const w of role.words) {
      for (let at = label.indexOf(w); at >= 0; at = label.indexOf(w, at + 1)) {
        hits.push({ id: role.id, at, end: at + w.length });
      }
    }
  }
  // A word inside a longer word of another role's is not a mention of its own.
  const own = hits.filter(
    (h) =>
      !hits.some((o) => o !== h && o.at <= h.at && o.end >= h.end && o.end - o.at > h.end - h.at),
  );
  return new Set(own.map((h) => h.id));
}

/**
 * The roles a heading names, also inside its brackets: "项目团队（负责人及核心成员）" names the
 * host and the members in a note that a label's cleaning sets aside.
 */
export function rolesNamedAnywhere(text: string, roles: Role[]): Set<string> {
  const named = rolesNamed(text, roles);
  for (const m of text.matchAll(/[（(]([^（）()]{1,24})[）)]/g)) {
    for (const id of rolesNamed(m[1]!, roles)) named.add(id);
  }
  return named;
}

/**
 * The role a person's own cell names after the name, in brackets: "顾婉清（负责人）",
 * "张三(主持人)". Undefined when the brackets hold no role (a gender, a note).
 */
export function roleInNameCell(text: string, roles: Role[]): string | undefined {
  const m = /[（(]([^（）()]{1,12})[）)]\s*$/.exec(text.replace(/\s+/g, ''));
  return m ? roleOf(m[1]!, roles, true) : undefined;
}
