/**
 * A table list stops while its label still heads rows: the row after the last item, in the same
 * table, has no cell in the label's column (it stands wholly under the column the items were
 * read from, as under a label cell spanning rows: "已形成典型案例名称 | 甲案例" then "| 乙案例"),
 * is no header row, holds nothing already accounted for, and such rows run on to the table's
 * end (a label spanning rows may be set in their middle, so rows followed by another label may
 * be that label's). That row is one more item the list did not take, whatever the layout.
 */
import type { DocRow } from '../../pdf/structure/document';
import { isHeaderRow } from '../../pdf/structure/tables';
import type { CertaintyCheck } from '.';
import { accountedFor, LIST_TYPE_SET } from './list-numbering';
import { itemRows, squeezed } from './list-rows';

/** How far left of the items' column a cell may start and still be in it (points). */
const SLACK = 4;

/** How many unlabelled rows may follow before the run is no list's continuation. */
const MAX_RUN = 30;

export const listCoverage: CertaintyCheck = {
  name: 'list-coverage',
  check(_id, fact, def, ctx) {
    if (!LIST_TYPE_SET.has(def.type) || def.options?.length) return undefined;
    const placed = itemRows(ctx.doc, fact.value, fact.evidence);
    const last = placed.at(-1);
    if (!last || last.row.table < 0) return undefined;
    const cell = last.row.cells.find((c) => squeezed(c.text).includes(last.key));
    // The item's cell must have a label column to its left, or nothing tells rows apart.
    if (!cell || last.row.cells[0] === cell) return undefined;
    const next: DocRow | undefined = ctx.doc.rows[last.row.index + 1];
    if (!next || next.table !== last.row.table || next.cells.length === 0) return undefined;
    if (next.cells[0]!.rect[0] < cell.rect[0] - SLACK) return undefined;
    // A header repeated above the next block of rows heads another list.
    if (squeezed(next.text).length < 2 || isHeaderRow(next)) return undefined;
    if (
      accountedFor(
        next,
        def,
        ctx,
        placed.map((p) => p.key),
      )
    )
      return undefined;
    // A label spanning rows may stand in their middle ("辅导员 | 方强" then rows whose label
    // "核心成员" is set further down): rows followed by another label in the same table may be
    // that label's. Only rows running to the table's end are surely this label's.
    const end = Math.min(ctx.doc.rows.length, next.index + MAX_RUN + 1);
    for (let i = next.index + 1; i < end; i++) {
      const row = ctx.doc.rows[i]!;
      if (row.table !== next.table) return 'listRowsLeft';
      if (row.cells[0] && row.cells[0].rect[0] < cell.rect[0] - SLACK) return undefined;
    }
    // The document ended within the run: the rows ran to the table's end, which is its last row.
    return end === ctx.doc.rows.length ? 'listRowsLeft' : undefined;
  },
};
