/**
 * A pointer read as the answer: the cell says where the answer is ("见注①", "详见注释③",
 * "见文末注⑦", "详见页下注", "见脚注", "（见附件2）") instead of holding it, as a form does when a
 * long value will not fit its box. The reader took the pointer for the value — of a text, a list
 * item or a person's field — and the answer is in the note, which the reviewer should read.
 */
import { normalizeNoSpace } from '../../pdf/normalize';
import type { CertaintyCheck } from '.';
import { valueStrings } from './value-strings';

/**
 * A whole text that sends the reader elsewhere: 见 (详见, 参见, 另见) and a short place, in
 * brackets or not (at most 16 characters: a sentence that says 见 is no pointer).
 */
const POINTER = /^[（(【[]?(?:详|参|另)?见(.{1,14}?)[）)】\]]?[。.；;]?$/u;

/** The place a pointer names: a note (注, 脚注, 注释), an annex, a table or page below. */
const PLACE =
  /注|附件|附表|附页|附录|[下后]表|[上下]文|[后下]页|文末|页[下末脚]|说明|[①-⑳➀-➉❶-❿⑴-⒇]/u;

/** Whether a text is only a pointer to where its answer stands. */
export function notePointer(text: string): boolean {
  const t = normalizeNoSpace(text.slice(0, 40));
  if (t.length > 18) return false;
  const m = POINTER.exec(t);
  return m !== null && PLACE.test(m[1] ?? '');
}

export const noteReference: CertaintyCheck = {
  name: 'note-reference',
  check(_id, fact) {
    return valueStrings(fact.value).some(notePointer) ? 'noteReference' : undefined;
  },
};
