/**
 * A project's name as the title of its cover (slides exported to PDF, a 申报书's cover page):
 * the line set in the largest type on the first page, alone on its line, when no label names
 * it. Certain only when the document repeats it as a running header or footer on other pages
 * ("某某共同体　3/7"); a cover title standing once may be a slogan or the call's own title.
 */
import type { ExtractedFact } from '../../facts/standard';
import type { DocRow } from '../../pdf/structure/document';
import { cleanValue } from '../../pdf/structure/key-values';
import { fromFlow, type ReadContext } from './context';

/** A form's own title, not a project's name ("……申报表", "申报材料", "附件1"). */
const FORM_TITLE = /申报|推荐表|登记表|汇总表|信息表|附件|目录|材料|^第.+页|通知|\d{4}年/;

/** Text of a row without spaces. */
const bare = (row: DocRow) => row.text.replace(/\s+/g, '');

export function coverTitle(ctx: ReadContext): ExtractedFact<string> | undefined {
  const rows = ctx.doc.rows;
  const first = rows[0]?.page;
  if (first === undefined) return undefined;
  const sizes = rows.map((r) => r.size).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const cover = rows.filter((r) => r.page === first);
  const largest = Math.max(...cover.map((r) => r.size));
  if (!(largest >= 1.4 * median)) return undefined;
  // The title's second line may name the papers ("申报材料"): not a second title.
  const titles = cover.filter((r) => r.size === largest && !FORM_TITLE.test(bare(r)));
  if (titles.length !== 1) return undefined;
  const title = titles[0]!;
  const value = cleanValue(bare(title));
  if (
    title.table >= 0 ||
    title.cells.length !== 1 ||
    value.length < 4 ||
    value.length > 40 ||
    FORM_TITLE.test(value) ||
    /[:：，,。；;]/.test(value)
  ) {
    return undefined;
  }
  // The same words opening a short line on two other pages: a running header or footer.
  // Running feet are left out of the rows (running-feet.ts): theirs count too.
  const lines = [...rows, ...ctx.doc.feet].map((r) => ({
    page: r.page,
    text: r.text.replace(/\s+/g, ''),
  }));
  const pages = new Set(
    lines
      .filter(
        (r) => r.page !== first && r.text.startsWith(value) && r.text.length <= value.length + 12,
      )
      .map((r) => r.page),
  );
  return fromFlow(ctx.doc, title.flowStart, title.flowEnd, value, pages.size >= 2 ? 0.8 : 0.5);
}
