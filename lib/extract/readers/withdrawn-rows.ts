/**
 * Rows of a list that a remark strikes out. An office re-submitting a form marks its changes in
 * a 备注 column: a member who left keeps its row, struck through, with "某校已退出，删除" beside
 * it. The strike is drawn, not written, so the remark is what a reader can see: such a row is
 * not in the list, and the list is for checking (a struck row without a remark looks the same
 * as any other).
 */
import type { DocRow } from '../../pdf/structure/document';
import { cleanLabel, cleanValue } from '../../pdf/structure/key-values';
import { type Column, columnOf, type Table } from '../../pdf/structure/tables';

const REMARK_HEADER = /^(?:备注|说明|备注说明|修改说明|变更说明|变更情况|修改情况)$/;
/** Words saying a row was taken out (not a value corrected: "原为…，现改为…"). */
const WITHDRAWN = /删除|删去|划去|划掉|已退出|退出|撤销|撤回|不再参与|已调离|作废/;

/** The table's remarks column, if its header has one. */
export function remarkColumn(table: Table): Column | undefined {
  return table.columns.find((c) => REMARK_HEADER.test(cleanLabel(c.label).replace(/\s+/g, '')));
}

/** Does the row's remark say the row was taken out of the list? */
export function withdrawnRow(row: DocRow, remarks: Column | undefined): boolean {
  const cell = remarks && columnOf(row, remarks);
  const text = cell ? cleanValue(cell.text) : '';
  return text !== '' && WITHDRAWN.test(text) && !/改为|更正为|变更为/.test(text);
}
