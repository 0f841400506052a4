/**
 * Two items read as one: an item of a list whose declaration names its kind of item (典型案例,
 * 课例) holds that kind's word in its middle and again at its end ("甲校培训应用案例乙校虚拟
 * 仿真课程案例"): a line break or separator the reader did not see joined them. Whatever the
 * layout, such a list is doubted.
 */
import type { CertaintyCheck } from '.';
import { squeezed } from './list-rows';

/** Each side of the join must read as an item on its own, not a word inside one. */
const MIN_SIDE = 6;

function joined(item: string, words: readonly string[]): boolean {
  const text = squeezed(item);
  const ends = (s: string) => words.some((w) => s.endsWith(w));
  if (!ends(text)) return false;
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const cut = at + word.length;
      if (cut >= MIN_SIDE && text.length - cut >= MIN_SIDE && ends(text.slice(0, cut))) return true;
    }
  }
  return false;
}

export const listJoined: CertaintyCheck = {
  name: 'list-joined',
  check(_id, fact, def) {
    const words = (def.hints?.items ?? []).map(squeezed).filter((w) => w.length >= 2);
    if (def.type !== 'names' || def.options?.length || words.length === 0) return undefined;
    if (!Array.isArray(fact.value)) return undefined;
    const items = fact.value.filter((v): v is string => typeof v === 'string');
    return items.some((item) => joined(item, words)) ? 'listItemsJoined' : undefined;
  },
};
