/**
 * Form furniture in a text value: the brackets or box marks of a fill-in template
 * ("【锦州市教育局】", "【】智慧德育【】智慧体育"). The reader took the template along with the
 * answer, or read a checkbox row as free text: the answer is what was filled in or ticked,
 * which the reviewer should confirm. A value made of a date's units only ("年月", "年 月 日") is
 * the template of a blank date — the date line under a signature — read where the answer was not.
 */
import type { CertaintyCheck } from './index';
import { MAX_TEXT, textValue } from './value-text';

/**
 * Brackets a template puts around a blank, box and tick marks, underlines to write on, and boxes
 * typed as "[ ]" / "[x]" (plain-text and markdown exports).
 */
export const MARKS = /[【】〔〕［］□■☐☑☒✓✔√]|_{2}|\[[ xX]\]/u;

/** Nothing but a date's units (and the blanks between them). */
export const BLANK_DATE = /^[\s_]*年[\s_]*月(?:[\s_]*日)?[\s_]*$/u;

export const formMarks: CertaintyCheck = {
  name: 'form-marks',
  check(_id, fact) {
    const text = textValue(fact);
    if (text === undefined) return undefined;
    const head = text.slice(0, MAX_TEXT);
    return MARKS.test(head) || BLANK_DATE.test(head) ? 'formMarks' : undefined;
  },
};
