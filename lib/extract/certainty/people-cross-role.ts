/**
 * A people list runs across another role's heading: between two of its items stands a short
 * row naming another role ("核心成员名单" between two 助理), holding none of the list's names.
 * The reader ran on from one role's rows into the next role's; the list is doubted, whatever the
 * layout. Only rows between items are looked at (the rows the items stand in, in order).
 */
import type { CertaintyCheck, CheckContext } from '.';
import { itemRows, squeezed } from './list-rows';

/** A heading is short: a role's label with a word or two (附件3 核心成员名单). */
const HEADING_MAX = 16;

/** The role whose label is the longest one the text holds. */
function roleNamed(text: string, ctx: CheckContext): string | undefined {
  let best: { role: string; length: number } | undefined;
  for (const def of ctx.defs) {
    if (def.type !== 'people') continue;
    for (const word of [def.label?.zh ?? '', ...(def.hints?.keywords ?? [])]) {
      const label = squeezed(word);
      if (label.length >= 2 && text.includes(label) && label.length > (best?.length ?? 0)) {
        best = { role: def.id, length: label.length };
      }
    }
  }
  return best?.role;
}

export const peopleCrossRole: CertaintyCheck = {
  name: 'people-cross-role',
  check(id, fact, def, ctx) {
    if (def.type !== 'people') return undefined;
    const placed = itemRows(ctx.doc, fact.value, fact.evidence);
    const keys = placed.map((p) => p.key);
    for (let i = 1; i < placed.length; i++) {
      for (let r = placed[i - 1]!.row.index + 1; r < placed[i]!.row.index; r++) {
        const row = ctx.doc.rows[r]!;
        const text = squeezed(row.text);
        // A table row of cells ("职务 | 备课组长 | …") is no heading, whatever words it holds.
        if (row.cells.length > 2 || text.length > HEADING_MAX) continue;
        if (keys.some((k) => text.includes(k))) continue;
        const role = roleNamed(text, ctx);
        if (role && role !== id) return 'peopleCrossRole';
      }
    }
    return undefined;
  },
};
