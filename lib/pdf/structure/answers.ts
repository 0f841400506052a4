/**
 * Forms written as questions and answers (问答式): a field's label set as a question or followed
 * by a prompt to answer ("1. 工作室名称：请作答。", "学段：请回答"), the value in the paragraph
 * under it that an answer's lead-in opens ("回答：…", "答：…", "A：…"), perhaps wrapped onto the
 * lines after. The prompt is no value; the answer is.
 */

import type { DocRow, DocumentLayout } from './document';

/** An answer's lead-in on the line under its question ("答：", "回答：", "填答：", "A："). */
export const ANSWER = /^\s*(?:答|回答|填答|答复|作答|[AＡ])\s*[:：]\s*/u;

/** A prompt standing in a value's place: the answer is given below ("请作答。", "请在下方回答"). */
const PROMPT =
  /^[（(]?(?:请|敬请)?(?:在下方|于下方|在下面)?(?:作答|回答|答题|填答|如实作答|如实回答)[。.！!）)]?$/u;

/** Is a value the question's prompt to answer, not an answer? */
export function isAnswerPrompt(value: string): boolean {
  return value.length <= 12 && PROMPT.test(value.replace(/\s+/g, ''));
}

/** An answer is one paragraph: longer than this, it is no field's value. */
const ANSWER_MAX = 400;

/**
 * The answer under a question's row: the next row opens with an answer's lead-in; the value runs
 * from the lead-in to the end of its paragraph in the flow (wrapped lines joined), or to the
 * end of the answer's first cell when the row holds several. Undefined when no answer follows.
 */
export function answerBelow(
  doc: DocumentLayout,
  row: DocRow,
): { value: string; flow: [number, number] } | undefined {
  const next = doc.rows[row.index + 1];
  const cell = next?.cells[0];
  if (!next || !cell) return undefined;
  const lead = ANSWER.exec(cell.text);
  if (!lead) return undefined;
  const start = cell.flow + lead[0].length;
  const limit = Math.min(doc.flow.length, start + ANSWER_MAX + 1);
  let end = start;
  while (end < limit && doc.flow[end] !== '\n' && doc.flow[end] !== '\t') end++;
  if (end - start > ANSWER_MAX) return undefined;
  return { value: doc.flow.slice(start, end), flow: [start, end] };
}
