/**
 * Leader dots in a value: a row of dots that leads the eye from a label to its answer
 * ("案例······鱼菜共生…", "．．．．岳阳市…") taken along with the answer, or with the label
 * before the dots. No name, title or unit is written with a run of dots, so wherever the reader
 * cut, it cut in the wrong place: what was filled in may hold the label or lose part of itself.
 */
import type { CertaintyCheck } from '.';
import { valueStrings } from './value-strings';

/**
 * Four dots of any width in a row, or three ellipses — a leader, not punctuation (a Chinese
 * ellipsis is two: "……").
 */
export const LEADERS = /[.·．•・‧∙⋅]{4,}|[…⋯]{3,}/u;

export const leadersInValue: CertaintyCheck = {
  name: 'leaders-in-value',
  check(_id, fact) {
    return valueStrings(fact.value).some((s) => LEADERS.test(s)) ? 'leadersInValue' : undefined;
  },
};
