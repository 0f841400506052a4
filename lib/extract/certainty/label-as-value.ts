/**
 * A value made of labels: the text proposed is nothing but label words the pack declares
 * ("主持人所在单位" read as a project's name, "推选单位" as a unit), or an empty answer read from a
 * quote that holds only labels (a wide form whose value cells sit a column away: "年级册 研究方向").
 * A reader took a neighbouring label cell for the value, or found no value under a label and
 * reported "none" where the form says nothing either way (a quote of yes/no column heads only,
 * "是 否", is no answer either).
 */
import type { CertaintyCheck } from './index';
import { compact, quoteText, textValue, withoutLabels } from './value-text';

const YES_NO = /[是否有无無√×✓✗]/gu;
const MARKS = /[\p{P}\p{S}]/gu;

/** An answer of nothing: no items, no option ticked. */
function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (value && typeof value === 'object') return Object.values(value).every((v) => v === false);
  return false;
}

export const labelAsValue: CertaintyCheck = {
  name: 'label-as-value',
  check(_id, fact, def, ctx) {
    const text = textValue(fact);
    if (text !== undefined) {
      const value = compact(text);
      // Nothing but labels and punctuation: a character of its own ("某方向") is a value.
      const rest = withoutLabels(value, ctx).replace(MARKS, '');
      return value.length >= 2 && rest.length === 0 ? 'labelAsValue' : undefined;
    }
    // People and units are the list checks' business; choices and outcome flags are ours.
    if (def.type !== 'names' && def.type !== 'flags') return undefined;
    if (!isEmpty(fact.value) || fact.evidence.length === 0) return undefined;
    // Yes/no column heads ("是 否", "有 无", "√ ×") say nothing of which was chosen either.
    const quote = compact(quoteText(fact));
    const rest = withoutLabels(quote, ctx).replace(YES_NO, '');
    return quote.length >= 2 && rest.length <= 1 ? 'labelAsValue' : undefined;
  },
};
