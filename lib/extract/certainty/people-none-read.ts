/**
 * Nobody read at all: a people list proposed empty while no people list of the form names anyone
 * (every role read empty or not read). An application always names someone — its host at least —
 * so a form in which no one is found was not read: its values stand where the reader does not
 * look (typed over a blank form as annotations, in form fields, on a page read out of order or
 * upside down), and an empty list from it is no answer. A role left empty beside others that
 * name people stays certain: forms do leave optional roles empty.
 */
import type { CertaintyCheck } from '.';

export const peopleNoneRead: CertaintyCheck = {
  name: 'people-none-read',
  check(_id, fact, def, ctx) {
    if (def.type !== 'people' || !Array.isArray(fact.value) || fact.value.length > 0) {
      return undefined;
    }
    const roles = (ctx.pack?.facts ?? ctx.defs).filter((d) => d.type === 'people');
    const someone = roles.some((d) => {
      const value = ctx.found[d.id]?.value;
      return Array.isArray(value) && value.length > 0;
    });
    return someone ? undefined : 'peopleNoneRead';
  },
};
