/**
 * Paragraphs a form reprints from the call's notice: a 申报书 often opens with the notice's
 * conditions under a lead such as "填报说明（摘自《通知》）：…", "申报须知（摘自通知）：…" or
 * "以下内容摘录自文件：…", so that the applicant's office fills in the form beside them. Every
 * figure in such a paragraph ("主要成员单位不少于4个", "不少于200条", "核心成员8-15人") is the
 * call's requirement, never the applicant's own.
 */
import type { DocumentLayout } from '../../pdf/structure/document';
import { headingOf } from '../../pdf/structure/sections';

/**
 * A paragraph's lead, before its first colon, saying the text is taken
 * from the notice or another document of the call.
 */
const EXCERPT_LEAD =
  /^[^：:\n]{0,24}?(?:摘自|摘录自?|引自|节选自?|转引自?)[^：:\n]{0,12}?(?:通知|文件|方案|办法|指南|公告|《)[^：:\n]{0,12}[：:]/;

/** Offsets where each notice excerpt of the flow starts and ends, found once per document. */
const cache = new WeakMap<DocumentLayout, [number, number][]>();

/** A line that ends a sentence: a wrapped paragraph's last line. */
const ENDS_SENTENCE = /[。！？；;!?]\s*$/;

function excerpts(doc: DocumentLayout): [number, number][] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: [number, number][] = [];
  const rows = doc.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    // Only a line's first 60 characters are read for its lead.
    if (row.table >= 0 || !EXCERPT_LEAD.test(row.text.slice(0, 60))) continue;
    // The paragraph goes on over the lines it wraps onto: up to the line that ends its last
    // sentence, never into a heading (a few dozen lines at most). A paragraph of the
    // applicant's own after it is not part of the quote.
    let last = row;
    while (!ENDS_SENTENCE.test(last.text) && i + 1 < rows.length && last.index - row.index < 40) {
      const next = rows[i + 1]!;
      if (next.table >= 0 || headingOf(next, doc)) break;
      last = next;
      i++;
    }
    out.push([row.flowStart, last.flowEnd]);
  }
  cache.set(doc, out);
  return out;
}

/**
 * Is the flow offset `at` inside a paragraph quoted from the notice? The spans are found in
 * reading order and never overlap, so a binary search: a hostile page of thousands of excerpt
 * lines asked once per sentence stays linear-logarithmic.
 */
export function inNoticeExcerpt(doc: DocumentLayout, at: number): boolean {
  const spans = excerpts(doc);
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = spans[mid]!;
    if (at < start) hi = mid - 1;
    else if (at >= end) lo = mid + 1;
    else return true;
  }
  return false;
}
