/**
 * A template's 填表说明: the notes on how to fill the form in, which a 申报表 often prints on a
 * page of their own before the form (or after it), under a heading "填表说明" / "填写说明". They
 * name the fields and give example values (示例：XX市第一中学, 示例：2019年9月, 6个, an example
 * row 张XX | XX市第一中学 | …, ☑初中 as the way to tick) and the call's thresholds: none of it is
 * the applicant's. The lines from such a heading standing alone on its line to the end of its
 * page, or to the form's own title if the form starts on the same page, are not read for facts;
 * notes set under the form's title (the form going on below them) end with their numbered items.
 * A one-line note ("填表说明：①请如实填写；②…") holds no field and is left as it is.
 */
import type { PageText } from '../text';
import { numbering } from './sections';

/** The heading of a template's notes, alone on its line. */
const NOTES_HEADING = /^(?:填表|填写|填报|表格填写|申报表填写)(?:说明|须知|要求)[:：]?$/;

/**
 * A form's title: a free line naming the form (…推荐表, …申报书, …申报表（2022年度）), where the
 * form itself starts after notes printed on the same page.
 */
const FORM_TITLE =
  /^[^:：。；;]{4,60}(?:表|申报书|推荐书|申请书|登记书|计划书)(?:[（(][^（）()]{1,20}[）)])?$/;

/** A line's text without its spaces. */
function compactLine(page: PageText, line: PageText['lines'][number]): string {
  return page.text.slice(line.start, Math.min(line.end, line.start + 200)).replace(/\s+/g, '');
}

/** The page without the lines of its 填表说明 section, the same page object when it has none. */
function pageWithoutNotes(page: PageText): PageText {
  const lines = page.lines;
  const at = lines.findIndex(
    (l) => l.table < 0 && l.end - l.start <= 40 && NOTES_HEADING.test(compactLine(page, l)),
  );
  if (at < 0) return page;
  const titled = lines
    .slice(0, at)
    .some((l) => l.table < 0 && FORM_TITLE.test(compactLine(page, l)));
  const end = titled ? endOfNumberedNotes(page, at) : endOfNotesPage(page, at);
  return { ...page, lines: [...lines.slice(0, at), ...lines.slice(end)] };
}

/** Notes on a page of their own (or before the form's title): to the title or the page's end. */
function endOfNotesPage(page: PageText, at: number): number {
  let end = at + 1;
  while (end < page.lines.length) {
    const l = page.lines[end]!;
    if (l.table < 0 && FORM_TITLE.test(compactLine(page, l))) break;
    end++;
  }
  return end;
}

/** Right edge of a line's text. */
function rightOf(line: PageText['lines'][number]): number {
  let right = -Infinity;
  for (const c of line.cells) right = Math.max(right, c.rect[0], c.rect[2]);
  return right;
}

/**
 * Notes set inside the form, under its title ("…推荐表", "填写说明", 1. … 6. …, then the form's
 * fields on the same page): their numbered items and the lines those wrap onto. The first line
 * that neither carries the next item's number nor continues an item that ran to the right
 * margin is the form's again.
 */
function endOfNumberedNotes(page: PageText, at: number): number {
  const lines = page.lines;
  let margin = -Infinity;
  for (const l of lines) if (l.table < 0) margin = Math.max(margin, rightOf(l));
  let style: string | undefined;
  let end = at + 1;
  for (; end < lines.length; end++) {
    const l = lines[end]!;
    if (l.table >= 0) break;
    const n = numbering(compactLine(page, l), true);
    if (n && (style === undefined || n.style === style)) {
      style = n.style;
      continue;
    }
    const above = lines[end - 1]!;
    // A wrapped item: the line above it reached the margin (a few characters' leeway).
    const wraps = end > at + 1 && rightOf(above) >= margin - 3 * above.size;
    if (!style || !wraps) break;
  }
  return end;
}

/**
 * The pages with their 填表说明 sections left out of reading (their text, items and offsets
 * stay: only the lines read for facts go). A document that would keep no line is read whole:
 * notes alone are the only text there is.
 */
export function withoutInstructions(pages: PageText[]): PageText[] {
  const out = pages.map(pageWithoutNotes);
  return out.some((p) => p.lines.length > 0) ? out : pages;
}
