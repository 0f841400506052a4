/**
 * Form furniture in a text value: the brackets or box marks of a fill-in template
 * ("【锦州市教育局】", "【】智慧德育【】智慧体育"). The reader took the template along with the
 * answer, or read a checkbox row as free text: the answer is what was filled in or ticked,
 * which the reviewer should confirm.
 */
import type { CertaintyCheck } from './index';
import { MAX_TEXT, textValue } from './value-text';

/**
 * Brackets a template puts around a blank, box and tick marks, underlines to write on, and boxes
 * typed as "[ ]" / "[x]" (plain-text and markdown exports).
 */
export const MARKS = /[【】〔〕［］□■☐☑☒✓✔√]|_{2}|\[[ xX]\]/u;

export const formMarks: CertaintyCheck = {
  name: 'form-marks',
  check(_id, fact) {
    const text = textValue(fact);
    return text !== undefined && MARKS.test(text.slice(0, MAX_TEXT)) ? 'formMarks' : undefined;
  },
};
