/**
 * The addressee of a letter: an applicant who answers in a letter (情况说明, 一封信, 申报陈述)
 * instead of the form opens it, under its title, with the body it writes to on a line of its
 * own ("甲市教育局：") and the first paragraph below. Where a call's applications go through
 * the body that recommends them, that is the recommending body; a letter may also be written
 * to the call's organiser, so the addressee is proposed for checking, never as certain.
 */
import type { ExtractedFact } from '../../facts/standard';
import { fromCells, type ReadContext } from './context';

/** An organisation's name and the salutation's colon, nothing else on the line. */
const SALUTATION =
  /^\s*([^\s:：，,。；;、“”"（）()]{3,30}?(?:局|中心|厅|委员会|院|站|处|部门|办公室|学校|中学|小学))\s*[:：]\s*$/u;

/** The lines a letter's head may take: a title in one or two lines, then the addressee. */
const HEAD_ROWS = 4;

export function addressee(ctx: ReadContext): ExtractedFact<string> | undefined {
  const rows = ctx.doc.rows;
  const first = rows[0]?.page;
  for (let i = 0; i < Math.min(rows.length, HEAD_ROWS + 1); i++) {
    const row = rows[i]!;
    if (row.page !== first || row.table >= 0 || row.cells.length !== 1) continue;
    const m = SALUTATION.exec(row.cells[0]!.text);
    if (!m) continue;
    // The letter goes on below it in prose: a long line, not another field of a form.
    const next = rows[i + 1];
    const prose = next && next.table < 0 && next.cells.map((c) => c.text).join('').length >= 20;
    if (!prose) return undefined;
    return fromCells(ctx.doc, [row.cells[0]!], m[1]!, 0.5, 'sentence');
  }
  return undefined;
}
