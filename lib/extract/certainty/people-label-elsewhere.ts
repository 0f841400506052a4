/**
 * A people list leaves out a person its own role label introduces elsewhere: some row of the
 * document opens with the role's label and a colon, then a name ("核心成员：孔晓东，一级教师"),
 * and no person of the list bears that name. Forms that list people by unit, section by section,
 * repeat the role label for each; a reader that took the first such line stopped short. The
 * label must end what the row says before its colon (主持人所在单位： introduces no host), the
 * longest label deciding the role. One pass over the rows per list.
 */
import { normalize } from '../../pdf/normalize';
import type { DocRow } from '../../pdf/structure/document';
import { numbering } from '../../pdf/structure/sections';
import type { FactDef } from '../../rubric';
import type { CertaintyCheck, CheckContext } from '.';
import { BULLET } from './list-numbering';
import { itemKeys, squeezed } from './list-rows';

/** A person's name: two to four Han characters, a middle dot allowed (巴特尔·额尔敦 is longer). */
const NAME = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6})$/u;

/** Where a name after the label ends: a separator, a bracket or a space. */
const NAME_END = /[，,、；;。\s（(：:]/u;

/** Words a form writes where no name is given. */
const NO_NAME = new Set(['无', '暂无', '待定', '空缺', '略']);

/** A role's labels: its zh label and keywords (two characters at least). */
function labelsOf(def: FactDef): string[] {
  return [def.label?.zh ?? '', ...(def.hints?.keywords ?? [])]
    .map((w) => squeezed(w))
    .filter((w) => w.length >= 2);
}

/** The row's text after a numbering or a bullet ("2. 顾问：…", "◆ 顾问：…"). */
export function opening(row: DocRow): string {
  const text = normalize(row.text).trim().replace(BULLET, '').trim();
  return numbering(text, true)?.rest.trim() ?? text;
}

/**
 * The role whose label ends what the text says before its first colon (团队核心成员：), the
 * longest label winning (工作室主持人 over 主持人); and the text after the colon.
 */
export function labelled(text: string, roles: Map<string, string[]>) {
  const colon = text.search(/[：:]/u);
  if (colon < 2) return undefined;
  const before = squeezed(text.slice(0, colon));
  let best: { role: string; length: number } | undefined;
  for (const [role, labels] of roles) {
    for (const label of labels) {
      if (before.endsWith(label) && label.length > (best?.length ?? 0)) {
        best = { role, length: label.length };
      }
    }
  }
  return best && { role: best.role, rest: text.slice(colon + 1).trim() };
}

export function peopleRoles(ctx: CheckContext): Map<string, string[]> {
  const roles = new Map<string, string[]>();
  for (const def of ctx.defs) if (def.type === 'people') roles.set(def.id, labelsOf(def));
  return roles;
}

export const peopleLabelElsewhere: CertaintyCheck = {
  name: 'people-label-elsewhere',
  check(id, fact, def, ctx) {
    if (def.type !== 'people') return undefined;
    const names = itemKeys(fact.value);
    const roles = peopleRoles(ctx);
    for (const row of ctx.doc.rows) {
      const found = labelled(opening(row), roles);
      if (found?.role !== id) continue;
      const name = found.rest.split(NAME_END, 1)[0] ?? '';
      if (name.length < 2 || NO_NAME.has(name) || !NAME.test(name)) continue;
      if (!names.some((n) => n.includes(name) || name.includes(n))) return 'peopleLabelElsewhere';
    }
    return undefined;
  },
};
