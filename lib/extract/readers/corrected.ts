/**
 * A value corrected in a remarks column, as an office marks up a form it sends again: the old
 * value struck out in the value cell (often with the new one written beside it, or the strike
 * line cutting the cell's text apart) and the 备注 cell on the same row saying
 * "原为“5个”，现改为“8个”". The remark states the value that holds; the value cell alone cannot
 * say which of its words are struck out.
 */
import type { DocumentLayout } from '../../pdf/structure/document';
import { cleanValue, type Found } from '../../pdf/structure/key-values';

const QUOTED = '[“"「『‘]?([^“”"「」『』‘’，,；;。]{1,60}?)[”"」』’]?';
const CHANGED = '(?:现|已|今|故)?(?:改为|更正为|更改为|修改为|调整为|订正为|变更为)';
/** A remark that corrects a value, in any of the words for it (withdrawn-rows tells it from a row struck out). */
export const CHANGES_A_VALUE = new RegExp(CHANGED);
/**
 * "原为“甲”，现改为“乙”" (group 1 the old value, group 2 the new), or "现改为“乙”" alone; in a
 * value's remark here and in a list's 备注 column (withdrawn-rows.ts).
 */
export const CORRECTION = new RegExp(
  `^(?:备注[:：]?\\s*)?(?:(?:原为|原填|原填写为|原写为)\\s*${QUOTED}\\s*[，,；;]?\\s*)?${CHANGED}\\s*${QUOTED}\\s*[。；;]?$`,
  'u',
);

const bare = (s: string) => s.replace(/\s+/g, '');

/**
 * The found value, or the value a remark on its row corrects it to. With the old value named,
 * the value cell must show it (whole, or cut short by the strike line) or the new one: a remark
 * about something else on the row changes nothing.
 */
export function corrected(doc: DocumentLayout, found: Found): Found {
  const valueCell = found.cells?.at(-1);
  const row = valueCell && doc.rowAt(valueCell.flow);
  if (!row || !valueCell) return found;
  const after = row.cells.slice(row.cells.indexOf(valueCell) + 1);
  for (const [k, remark] of after.entries()) {
    const m = CORRECTION.exec(bare(remark.text));
    if (!m) continue;
    const [old, now] = [m[1], cleanValue(m[2]!)];
    const shown = bare(found.value);
    // With another field between ("名称 | 甲 | 部门 | 乙 | 现改为“丙”"), the remark is that
    // field's unless it names the old value this cell shows.
    const nearest = after.slice(0, k).every((c) => bare(c.text) === '');
    const fits = nearest
      ? old === undefined ||
        shown.includes(old) ||
        shown.includes(now) ||
        (shown.length >= 4 && (old.startsWith(shown) || now.startsWith(shown)))
      : old !== undefined && (shown.includes(old) || (shown.length >= 4 && old.startsWith(shown)));
    if (!fits || now === '') continue;
    return { ...found, value: now, cells: [...(found.cells ?? []), remark], flow: undefined };
  }
  return found;
}
