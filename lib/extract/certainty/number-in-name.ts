/**
 * A long number glued to a name: a unit's or project's name that carries a phone or ID-like
 * run of digits ("15856500232平江县文星中学"). The reader took a neighbouring cell of a roster
 * along with the name. Values that are only a number (a QQ number, a phone) are left alone.
 */
import type { CertaintyCheck } from './index';
import { compact, textValue } from './value-text';

const LONG_NUMBER = /\d{7}/u;
const WORDS = /\p{Script=Han}.*\p{Script=Han}/u;

export const numberInName: CertaintyCheck = {
  name: 'number-in-name',
  check(_id, fact) {
    const text = textValue(fact);
    if (text === undefined) return undefined;
    const value = compact(text);
    return LONG_NUMBER.test(value) && WORDS.test(value) ? 'numberInName' : undefined;
  },
};
