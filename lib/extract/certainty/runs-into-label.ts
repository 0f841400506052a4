/**
 * A value that runs into another field: the text proposed ends with, or holds, a label another
 * fact of the pack declares ("岳阳市第一中学推荐单位", "某校 所在单位：…"). The reader took the
 * next cell or the rest of the line along with the value. Only labels long enough not to be
 * ordinary words of a name count (a project's name may well say "年级" or "成员").
 */
import type { CertaintyCheck } from './index';
import { compact, otherLabels, textValue } from './value-text';

/** Shorter labels at the end of a value, longer ones anywhere in it. */
const AT_END = 3;
const INSIDE = 4;

export const runsIntoLabel: CertaintyCheck = {
  name: 'runs-into-label',
  check(id, fact, _def, ctx) {
    const text = textValue(fact);
    if (text === undefined) return undefined;
    const value = compact(text);
    for (const label of otherLabels(id, ctx)) {
      if (value.length <= label.length + 1) continue; // made of labels: label-as-value's case
      if (label.length >= AT_END && value.endsWith(label)) return 'runsIntoLabel';
      if (label.length >= INSIDE && value.indexOf(label, 1) > 0) return 'runsIntoLabel';
      const at = value.indexOf(label, 1);
      if (at > 0 && /^[:：]/.test(value.slice(at + label.length))) return 'runsIntoLabel';
    }
    return undefined;
  },
};
