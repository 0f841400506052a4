/**
 * A form's note read with the answer: the bracketed instruction a template prints beside or
 * inside the blank ("（限20字以内）", "（列出案例名称，可附页）", "（盖章）",
 * "（城市+学科+姓名+工作室）") kept at the start or end of the value or of a list item. A name's
 * own brackets say which campus or group it is; a note tells whoever fills the form what to
 * write (a limit, a duty, a format), so the value holds text that is not the answer.
 */

import { normalizeNoSpace } from '../../pdf/normalize';
import type { CertaintyCheck } from '.';
import { valueStrings } from './value-strings';

/** A bracketed part opening or closing the text (at most 60 characters inside). */
const BRACKETED = /^[（(]([^（()）]{1,60})[）)]|[（(]([^（()）]{1,60})[）)]$/u;

/**
 * What an instruction says: a limit (限, 不超过, 字以内), a duty (须, 应, 请, 务必), what to do
 * (填写, 列出, 注明, 附页, 盖章, 签字), or a format built with plus signs.
 */
const NOTE =
  /限\d|限[一二三四五六七八九十百]|不超过|不少于|\d+字|字以[内下上]|^须|[，,]须|须[含写填注准]|务必|^请|填写|填全称|列出|注明|附页|另附|盖章|签字|签名|签章|^如[有无]|格式|[+＋]/u;

export function bracketedNote(text: string): boolean {
  const m = BRACKETED.exec(normalizeNoSpace(text));
  if (!m) return false;
  const inside = m[1] ?? m[2] ?? '';
  return NOTE.test(inside);
}

export const noteInValue: CertaintyCheck = {
  name: 'note-in-value',
  check(_id, fact) {
    return valueStrings(fact.value).some(bracketedNote) ? 'noteInValue' : undefined;
  },
};
