/**
 * A people list's own evidence holds a mobile number or a teacher's title (职称) that no person
 * of the list carries: the reader read the text yet left a field, or a whole person, out (a
 * row it skipped, a title it took for a duty, a phone it did not see). The list is doubted.
 */
import type { Person } from '../../facts/standard';
import { TEACHER_TITLE_WORDS } from '../readers/person-parts';
import type { CertaintyCheck } from '.';
import { squeezed } from './list-rows';

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const TEACHER_TITLE = new RegExp(TEACHER_TITLE_WORDS, 'gu');

function people(value: unknown): Person[] {
  return Array.isArray(value) ? value.filter((p): p is Person => !!p && typeof p === 'object') : [];
}

/** Whether some person's field covers the piece (either holds the other: 中小学一级教师 / 一级教师). */
function carried(piece: string, fields: string[]): boolean {
  return fields.some((f) => f.length >= 2 && (f.includes(piece) || piece.includes(f)));
}

export const peopleEvidence: CertaintyCheck = {
  name: 'people-evidence',
  check(_id, fact, def) {
    if (def.type !== 'people') return undefined;
    const list = people(fact.value);
    if (list.length === 0) return undefined;
    const text = squeezed(fact.evidence.map((e) => e.quote).join('\n'));
    const phones = list.map((p) => String(p.phone ?? '').replace(/\D/g, ''));
    for (const m of text.matchAll(MOBILE)) {
      if (!phones.some((p) => p.length >= 7 && (p.includes(m[0]) || m[0].includes(p)))) {
        return 'peopleUnreadPhone';
      }
    }
    const titles = list.map((p) => squeezed(String(p.title ?? '')));
    for (const m of text.matchAll(TEACHER_TITLE)) {
      if (!carried(m[0], titles)) return 'peopleUnreadTitle';
    }
    return undefined;
  },
};
