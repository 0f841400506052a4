/**
 * A value that still carries an outline number: "3.1.1青石县第四中学", "2.3 某某案例". A form
 * that numbers its chapters, labels and list items by outline (1.1 项目名称, 3.1.2 …) leaves the
 * number in front of whatever the reader takes from the line; an applicant's answer never starts
 * so. The value then holds a label's or an item's number, and perhaps a label's line rather than
 * the answer: the reviewer should check it. A version ("2.0时代…") or a decimal ("1.5倍") is
 * not taken for one.
 */
import type { CertaintyCheck } from '.';
import { valueStrings } from './value-strings';

/** Three or four levels: 3.1.1, (1.2.3). */
const DEEP = /^[（(]?\d{1,2}(?:[.．]\d{1,2}){2,3}[）)]?[.．、]?\s*[^\d\s.．]/u;

/**
 * Two levels before a word: 1.2 项目名称, （2.1）…, 2.3、… — not a version (2.0时代) nor a
 * decimal before its unit (1.5倍, 2.5小时).
 */
const TWO_LEVELS =
  /^[（(]?\d{1,2}[.．][1-9]\d?(?:[）)]|[.．、])?\s*(?![倍万亿千百十米分秒元年月日时岁次个人周天度吨斤克])\p{Script=Han}/u;

/** Whether a text opens with an outline number. */
export function outlineNumbered(text: string): boolean {
  const t = text.slice(0, 40).normalize('NFKC').trimStart();
  return DEEP.test(t) || TWO_LEVELS.test(t);
}

/** Values whose strings are numbers by nature (dates, counts, phones) are not read. */
const NUMERIC_TYPES = new Set(['date', 'month', 'number', 'count', 'integer', 'years']);

export const outlineNumber: CertaintyCheck = {
  name: 'outline-number',
  check(_id, fact, def) {
    if (NUMERIC_TYPES.has(def.type)) return undefined;
    return valueStrings(fact.value).some(outlineNumbered) ? 'outlineNumber' : undefined;
  },
};
