/**
 * People grouped under their unit: a person read without a unit stands in a row opening with a
 * role's label ("辅导员：杨浩然，高级教师"), and above it, past the other role rows of its group,
 * is a row holding nothing but a unit's name ("◆ 云溪区洞庭高级中学"). That unit is the
 * person's; the reader did not carry it down, so the list is doubted. A few rows up per person.
 */
import type { Person } from '../../facts/standard';
import { looksLikeUnit } from '../readers/unit-names';
import type { CertaintyCheck } from '.';
import { itemRows, squeezed } from './list-rows';
import { labelled, opening, peopleRoles } from './people-label-elsewhere';

/** How many role rows a unit's group may hold above the person. */
const GROUP = 12;

export const personUnitAbove: CertaintyCheck = {
  name: 'person-unit-above',
  check(_id, fact, def, ctx) {
    if (def.type !== 'people' || !Array.isArray(fact.value)) return undefined;
    const lacking = new Set(
      (fact.value as Person[])
        .filter((p) => p && typeof p === 'object' && !String(p.unit ?? '').trim())
        .map((p) => squeezed(String(p.name ?? ''))),
    );
    if (lacking.size === 0) return undefined;
    const roles = peopleRoles(ctx);
    for (const { key, row } of itemRows(ctx.doc, fact.value, fact.evidence)) {
      if (!lacking.has(key) || !labelled(opening(row), roles)) continue;
      for (let i = row.index - 1; i >= Math.max(0, row.index - GROUP); i--) {
        const above = ctx.doc.rows[i]!;
        const text = opening(above);
        if (labelled(text, roles)) continue;
        if (above.cells.length <= 1 && !/[：:]/u.test(text) && looksLikeUnit(text)) {
          return 'personUnitAbove';
        }
        break;
      }
    }
    return undefined;
  },
};
