/**
 * An item cut short: in a list whose declaration names its kind of item (典型案例, 课例), every
 * other item ends with that word and one ends with only its first part ("…共读打卡案" beside
 * "…研学案例"). The last character was lost — a scan's glyph at a cell's edge, a line cut by the
 * page — and the reader had no way to know. Whatever the layout, such a list is doubted.
 */
import type { CertaintyCheck } from '.';
import { squeezed } from './list-rows';

/** Items needed besides the cut one, all ending in the word, before the list is judged. */
const MIN_WHOLE = 2;

function cutShort(item: string, words: readonly string[]): boolean {
  if (words.some((w) => item.endsWith(w))) return false;
  return words.some((w) => {
    for (let k = w.length - 1; k >= 1; k--) if (item.endsWith(w.slice(0, k))) return true;
    return false;
  });
}

export const listItemCut: CertaintyCheck = {
  name: 'list-item-cut',
  check(_id, fact, def) {
    const words = (def.hints?.items ?? []).map(squeezed).filter((w) => w.length >= 2);
    if (def.type !== 'names' || def.options?.length || words.length === 0) return undefined;
    if (!Array.isArray(fact.value)) return undefined;
    const items = fact.value
      .slice(0, 500)
      .filter((v): v is string => typeof v === 'string')
      .map(squeezed);
    const whole = items.filter((i) => words.some((w) => i.endsWith(w)));
    if (whole.length < MIN_WHOLE || whole.length !== items.length - 1) return undefined;
    return items.some((i) => cutShort(i, words)) ? 'listItemCut' : undefined;
  },
};
