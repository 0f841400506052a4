/**
 * A numbered list that starts past its first number: the items' rows are numbered 2, 3, 4 (a
 * 序号 column, "2." …) and no row numbered 1 stands before them. A row was left out — struck
 * from a draft, set apart from the rest, read as something else — and the list read lacks it:
 * the reviewer should look for the first item. A row numbered 1 that another fact accounts for
 * (the lead unit heading the member table) is not missing; list-numbering judges it.
 */
import type { CertaintyCheck } from '.';
import { LIST_TYPE_SET, markOf, nextMarked } from './list-numbering';
import { itemRows } from './list-rows';

export const listStartsLate: CertaintyCheck = {
  name: 'list-starts-late',
  check(_id, fact, def, ctx) {
    if (!LIST_TYPE_SET.has(def.type) || def.options?.length) return undefined;
    const placed = itemRows(ctx.doc, fact.value, fact.evidence);
    if (placed.length < 2 || new Set(placed.map((p) => p.row)).size < placed.length) {
      return undefined;
    }
    const marks = placed.map((p) => markOf(p.row));
    // Every item numbered, in one style, one after another from 2.
    if (marks.some((m) => m === undefined || Number.isNaN(m.n))) return undefined;
    const first = marks[0]!;
    if (first.n !== 2) return undefined;
    if (marks.some((m, i) => m!.style !== first.style || m!.n !== first.n + i)) return undefined;
    const before = nextMarked(ctx.doc, placed[0]!.row.index, -1);
    if (before && before.mark.style === first.style && before.mark.n === 1) return undefined;
    return 'listStartsLate';
  },
};
