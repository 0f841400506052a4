/**
 * Form furniture in a person's fields: a unit, title or duty holding a box or tick mark
 * ("☐共同体社区网站") was read from a checkbox row beside the person's, not from the person's
 * own cells. The list is doubted with the same reason as a text value holding such marks.
 */
import type { Person } from '../../facts/standard';
import type { CertaintyCheck } from '.';
import { MARKS } from './form-marks';

export const personMarks: CertaintyCheck = {
  name: 'person-marks',
  check(_id, fact, def) {
    if (def.type !== 'people' || !Array.isArray(fact.value)) return undefined;
    const fields = (fact.value as Person[]).flatMap((p) =>
      p && typeof p === 'object' ? Object.values(p).map((v) => String(v ?? '')) : [],
    );
    return fields.some((f) => MARKS.test(f.slice(0, 200))) ? 'formMarks' : undefined;
  },
};
