/**
 * A long number glued to a name: a unit's or project's name that carries a phone or ID-like
 * run of digits ("15856500232平江县文星中学"). The reader took a neighbouring cell of a roster
 * along with the name. Values that are only a number (a QQ number, a phone) are left alone.
 */

import { normalize } from '../../pdf/normalize';
import type { CertaintyCheck } from './index';
import { MAX_TEXT, textValue } from './value-text';

/** Seven digits or more touching a Chinese character, with nothing between them. */
const GLUED = /\d{7}\p{Script=Han}|\p{Script=Han}\d{7}/u;
/** A field that holds a contact (张老师 13812345678): a number beside a name is its value. */
const CONTACT = /电话|联系|手机|QQ|邮箱|微信|phone|contact/iu;

export const numberInName: CertaintyCheck = {
  name: 'number-in-name',
  check(_id, fact, def) {
    const text = textValue(fact);
    if (text === undefined) return undefined;
    const words = [...Object.values(def.label ?? {}), ...(def.hints?.keywords ?? [])];
    if (words.some((w) => CONTACT.test(w))) return undefined;
    return GLUED.test(normalize(text.slice(0, MAX_TEXT))) ? 'numberInName' : undefined;
  },
};
