/**
 * Rows of a list that a remark strikes out. An office re-submitting a form marks its changes in
 * a 备注 column: a member who left keeps its row, struck through, with "某校已退出，删除" beside
 * it. The strike is drawn, not written, so the remark is what a reader can see: such a row is
 * not in the list, and the list is for checking (a struck row without a remark looks the same
 * as any other). A remark correcting a field of the row ("原为“一级教师”，现改为“高级教师”")
 * gives the field its new value where the cell shows the old one, the new one or both run
 * together; the list is for checking too.
 */
import type { DocRow } from '../../pdf/structure/document';
import { cleanLabel, cleanValue } from '../../pdf/structure/key-values';
import { type Column, columnOf, type Table } from '../../pdf/structure/tables';
import { CHANGES_A_VALUE, CORRECTION } from './corrected';

const REMARK_HEADER = /^(?:备注|说明|备注说明|修改说明|变更说明|变更情况|修改情况)$/;
/**
 * Words saying a row was taken out (not a value corrected: "原为…，现改为…"), not negated: "未退出"
 * and "无需删除" keep the row.
 */
export const WITHDRAWN =
  /(?<!未|不|无|没|非|勿|无需|不需|不用|不必|未曾|不会)(?:删除|删去|划去|划掉|去掉|退出|撤销|撤回|不再参与|不再担任|调离|作废)/;

/** The table's remarks column, if its header has one. */
export function remarkColumn(table: Table): Column | undefined {
  return table.columns.find((c) => REMARK_HEADER.test(cleanLabel(c.label).replace(/\s+/g, '')));
}

/** Does the row's remark say the row was taken out of the list? */
export function withdrawnRow(row: DocRow, remarks: Column | undefined): boolean {
  const cell = remarks && columnOf(row, remarks);
  const text = cell ? cleanValue(cell.text) : '';
  return text !== '' && WITHDRAWN.test(text) && !CHANGES_A_VALUE.test(text);
}

export interface Correction {
  old?: string;
  now: string;
}

/** The correction the row's remark states, if it states one. */
export function correctionOf(row: DocRow, remarks: Column | undefined): Correction | undefined {
  const cell = remarks && columnOf(row, remarks);
  const m = cell && CORRECTION.exec(cleanValue(cell.text).replace(/\s+/g, ''));
  return m?.[2] ? { old: m[1], now: m[2] } : undefined;
}

/**
 * A record with the correction applied to the field that shows the old value, or the old and
 * the new run together (the struck one left in the cell).
 */
export function applyCorrection<T extends object>(record: T, fix: Correction): T {
  const out = { ...record } as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) {
    if (typeof value !== 'string' || value === fix.now) continue;
    const shown = value.replace(/\s+/g, '');
    const struck =
      fix.old !== undefined &&
      (shown === fix.old || shown === fix.old + fix.now || shown === fix.now + fix.old);
    if (struck) out[key] = fix.now;
  }
  return out as T;
}
