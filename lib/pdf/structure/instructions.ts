/**
 * A template's 填表说明: the notes on how to fill the form in, which a 申报表 often prints on a
 * page of their own before the form (or after it), under a heading "填表说明" / "填写说明". They
 * name the fields and give example values (示例：XX市第一中学, 示例：2019年9月, 6个, an example
 * row 张XX | XX市第一中学 | …, ☑初中 as the way to tick) and the call's thresholds: none of it is
 * the applicant's. The lines from such a heading standing alone on its line to the end of its
 * page, or to the form's own title if the form starts on the same page, are not read for facts.
 * A one-line note ("填表说明：①请如实填写；②…") holds no field and is left as it is.
 */
import type { PageText } from '../text';

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
  let end = at + 1;
  while (end < lines.length) {
    const l = lines[end]!;
    if (l.table < 0 && FORM_TITLE.test(compactLine(page, l))) break;
    end++;
  }
  return { ...page, lines: [...lines.slice(0, at), ...lines.slice(end)] };
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
