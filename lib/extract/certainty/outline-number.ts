/**
 * A value that still carries an outline number: "3.1.1青石县第四中学", "2.3 某某案例". A form
 * that numbers its chapters, labels and list items by outline (1.1 项目名称, 3.1.2 …) leaves the
 * number in front of whatever the reader takes from the line; an applicant's answer never starts
 * so. The value then holds a label's or an item's number, and perhaps a label's line rather than
 * the answer: the reviewer should check it. A version ("2.0时代…") or a decimal ("1.5倍") is
 * not taken for one. What an outline number is, is pdf/outline-numbers.ts's to say.
 */
import { outlineParts } from '../../pdf/outline-numbers';
import type { CertaintyCheck } from '.';
import { valueStrings } from './value-strings';

/** What follows a number of three or four levels (3.1.1, (1.2.3)) to be a label's or an item's. */
const AFTER_DEEP = /^[^\d\s.．]/u;
/**
 * What follows a number of two levels (1.2 项目名称, （2.1）…, 2.3、…): a word, not the unit of a
 * decimal (1.5倍, 2.5小时).
 */
const AFTER_TWO = /^(?![倍万亿千百十米分秒元年月日时岁次个人周天度吨斤克])\p{Script=Han}/u;
/** A part written from 0 (2.0时代, 1.05): a version or a decimal, not an outline's item. */
const ZERO_PART = /[.．]\s*0/u;

/** Whether a text opens with an outline number. */
export function outlineNumbered(text: string): boolean {
  const t = text.slice(0, 40).normalize('NFKC').trimStart();
  const read = outlineParts(t);
  if (!read) return false;
  const rest = t.slice(read.length);
  if (read.parts.length >= 3) return AFTER_DEEP.test(rest);
  return !ZERO_PART.test(t.slice(0, read.length)) && AFTER_TWO.test(rest);
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
