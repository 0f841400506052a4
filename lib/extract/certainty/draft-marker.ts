/**
 * A draft's marker in the value: a name still provisional ("（暂定名）…", "…（筹）", "（拟）"),
 * or a place left to fill later ("（待补充）", "待定", "待填"). A form filled twice — a draft,
 * then the copy handed in — carries such markers on the draft; a value holding one was read from
 * the draft, or is no answer yet. Either way the reviewer should check it.
 */
import { normalizeNoSpace } from '../../pdf/normalize';
import type { CertaintyCheck } from '.';
import { valueStrings } from './value-strings';

const DRAFT =
  /待补充|待补填|待填写?|待定|暂定名?[）)]|[（(]暂定|[（(](?:筹|拟|草稿|初稿)[）)]|筹备中|^[（(]?空缺[）)]?$/u;

/** Whether a text carries a draft's marker. */
export function draftMarker(text: string): boolean {
  return DRAFT.test(normalizeNoSpace(text.slice(0, 600)));
}

export const draftInValue: CertaintyCheck = {
  name: 'draft-marker',
  check(_id, fact) {
    return valueStrings(fact.value).some(draftMarker) ? 'draftMarker' : undefined;
  },
};
