/**
 * Decimal outline numbers, as a form numbers its fields by chapter and item: "1.1 项目名称",
 * "1.2. 类别", "2.3.1 …", "（1.1）", "1-3 …". Before a label they are the field's number, before a
 * list's item the item's number; neither is part of the label or of the item's text.
 *
 * A number of one dot is also a decimal ("2.5万", "3.5年"): callers strip an outline number only
 * where a label must follow it, or where list items share it (3.1.1, 3.1.2, …).
 */

/**
 * Two to four decimal parts joined by dots ("1.1", "2.3.1", "1.1."), or in brackets ("（1.1）");
 * no digit or dot may follow, so "2019.09" or "1.10.5.6.7" are not read as numbers of this kind.
 */
export const OUTLINE_NUMBER_SOURCE =
  '(?:[（(]\\s*\\d{1,2}(?:\\s*[.．]\\s*\\d{1,2}){1,3}\\s*[)）]|\\d{1,2}(?:[.．]\\d{1,2}){1,3}(?:[.．、](?![\\d.．])|(?![\\d.．])))';

/** Chapter and item joined by a dash ("1-3 项目名称"): only before a label, never before a value. */
export const DASHED_NUMBER_SOURCE = '\\d{1,2}[-－‐]\\d{1,2}(?![\\d\\-－‐])';

const OUTLINE_ITEM = new RegExp(`^\\s*(${OUTLINE_NUMBER_SOURCE})\\s*`, 'u');

/** The parts of an outline number opening `text` ("3.1.2" → [3, 1, 2]), or undefined. */
export function outlineParts(text: string): { parts: number[]; length: number } | undefined {
  const m = OUTLINE_ITEM.exec(text.slice(0, 40));
  if (!m) return undefined;
  const parts = (m[1]!.match(/\d{1,2}/g) ?? []).map(Number);
  return { parts, length: m[0].length };
}

/**
 * An outline number as a list item's numbering: the style names its parent and depth ("3.1.n"),
 * so items of one list (3.1.1, 3.1.2) share a style and the next chapter's (3.2, 4.1.1) do not;
 * `last` is the item's own number, `rest` the item's text.
 */
export function outlineItem(
  text: string,
): { style: string; last: number; rest: string; level: number } | null {
  const read = outlineParts(text.trimStart());
  if (!read) return null;
  const style = `outline${[...read.parts.slice(0, -1), 'n'].join('.')}`;
  return {
    style,
    last: read.parts.at(-1)!,
    rest: text.trimStart().slice(read.length).trim(),
    level: 6,
  };
}
