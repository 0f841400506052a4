/**
 * A value read at a page's edge where the file breaks the form's page order: its pages print
 * their numbers (第2页 共4页) and the page stored after the value's page is not the one printed
 * next (pages stored reversed, swapped, the last first). A row at the foot of such a page goes
 * on at the top of the page printed next, which the reader met elsewhere or not at all (an
 * option row cut after "■应" whose "用指南" stands two pages on); a row at the head of one began
 * on the page printed before. The value may lack its rest: the reviewer should read it whole.
 *
 * Only where the rest shows: the page printed next opens with a row that lacks the form's
 * first column (the rest of a value cell), or the value's own row at a page's head does.
 */
import { normalizeNoSpace } from '../../pdf/normalize';
import type { DocRow } from '../../pdf/structure/document';
import type { CertaintyCheck, CheckContext } from '.';
import { pageSigns } from './page-signs';

/** Evidence pieces looked at, and the characters of a quote compared. */
const MAX_EVIDENCE = 50;
const MAX_QUOTE = 2000;
/** How far right of the page's left edge a row must start to lack the first column (pt). */
const INDENT = 20;

/** The page's number as printed (read backwards too), when it prints one. */
function printed(ctx: CheckContext, n: number): number | undefined {
  const page = ctx.doc.page(n);
  return page && pageSigns(page).printed;
}

/** The stored page (with text) before or after page n, if any. */
function neighbour(ctx: CheckContext, n: number, step: 1 | -1): number | undefined {
  const numbers = ctx.doc.pages.map((p) => p.page).sort((x, y) => x - y);
  const at = numbers.indexOf(n);
  return at < 0 ? undefined : numbers[at + step];
}

/** Whether the printed order breaks between stored pages `a` and `b` (b stored after a). */
function breaks(ctx: CheckContext, a: number, b: number): boolean {
  const na = printed(ctx, a);
  const nb = printed(ctx, b);
  return na !== undefined && nb !== undefined && nb !== na + (b - a);
}

function quoted(row: DocRow | undefined, quote: string): boolean {
  if (!row) return false;
  const text = normalizeNoSpace(row.text.slice(0, MAX_QUOTE));
  return text.length >= 2 && (quote.includes(text) || text.includes(quote));
}

/** Whether a row starts clearly right of its page's left edge: it lacks the first column. */
function indented(ctx: CheckContext, row: DocRow | undefined): boolean {
  if (!row || row.cells.length === 0) return false;
  const rows = ctx.doc.rows.filter((r) => r.page === row.page && r.cells.length > 0);
  const left = Math.min(...rows.map((r) => r.cells[0]!.rect[0]));
  return row.cells[0]!.rect[0] > left + INDENT;
}

/**
 * The first row of the stored page that prints number `n`, if exactly one does and its text
 * reads forwards (a page read backwards opens with its last row).
 */
function firstRowOfPrinted(ctx: CheckContext, n: number): DocRow | undefined {
  const pages = ctx.doc.pages.filter((p) => printed(ctx, p.page) === n);
  if (pages.length !== 1 || pageSigns(pages[0]!).backwards) return undefined;
  return ctx.doc.rows.find((r) => r.page === pages[0]!.page);
}

export const pageOrderBreak: CertaintyCheck = {
  name: 'page-order-break',
  check(_id, fact, _def, ctx) {
    for (const e of fact.evidence.slice(0, MAX_EVIDENCE)) {
      const quote = normalizeNoSpace(e.quote.slice(0, MAX_QUOTE));
      if (quote.length < 2) continue;
      const rows = ctx.doc.rows.filter((r) => r.page === e.page);
      const n = printed(ctx, e.page);
      if (n === undefined) continue;
      const next = neighbour(ctx, e.page, 1);
      if (
        next !== undefined &&
        quoted(rows.at(-1), quote) &&
        breaks(ctx, e.page, next) &&
        indented(ctx, firstRowOfPrinted(ctx, n + 1))
      ) {
        return 'pageOrderBreak';
      }
      // The form's first page begins nothing printed before it.
      const before = neighbour(ctx, e.page, -1);
      if (
        before !== undefined &&
        n > 1 &&
        quoted(rows[0], quote) &&
        breaks(ctx, before, e.page) &&
        indented(ctx, rows[0])
      ) {
        return 'pageOrderBreak';
      }
    }
    return undefined;
  },
};
