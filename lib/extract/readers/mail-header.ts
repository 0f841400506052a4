/**
 * A form sent as a mail and printed from the webmail (网易邮箱 "打印邮件", Outlook's print): the
 * printout opens with the mail's headers ("发件人： 张三 <zhang@qq.com>", "收件人：…", "抄送：…")
 * and the sender's signature (the sender's name on a line of its own, the office, a phone or an
 * address) before the attached form. The addresses and numbers there are the sender's and the
 * recipient's, never the applicant's: a fact read by pattern anywhere in the text (an e-mail, a
 * QQ number) must not take them.
 */
import type { DocumentLayout } from '../../pdf/structure/document';

/** A mail header's line: its field name and a colon. */
const HEADER = /^\s*(?:发件人|收件人|抄送人?|密送|回复至?|From|To|Cc|Bcc|Reply-To|Sender)\s*[:：]/i;
/** The sender's name in the From header: before the address in angle brackets. */
const SENDER = /^\s*(?:发件人|From)\s*[:：]\s*"?([^<>"\s][^<>"]{0,30}?)"?\s*[<＜(（][^@\s]+@/i;
/** Where a signature stops: a quoted mail's separator, or its headers. */
const SIGNATURE_END = /原始邮件|转发邮件|Original Message|Forwarded message|^\s*[-—_=]{4,}/i;
/** Lines a signature holds after the sender's name, at most. */
const SIGNATURE_LINES = 4;
/** Rows of the text looked at for the headers: they open the printout. */
const HEAD_ROWS = 40;

const cache = new WeakMap<DocumentLayout, [number, number][]>();

function spansOf(doc: DocumentLayout): [number, number][] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: [number, number][] = [];
  const rows = doc.rows;
  const senders: string[] = [];
  let headers = 0;
  for (let i = 0; i < Math.min(rows.length, HEAD_ROWS); i++) {
    const row = rows[i]!;
    if (row.table >= 0 || !HEADER.test(row.text)) continue;
    headers++;
    out.push([row.flowStart, row.flowEnd]);
    const sender = SENDER.exec(row.text)?.[1]?.trim();
    if (sender) senders.push(sender.replace(/\s+/g, ''));
  }
  // A mail has a sender and a recipient at least: one "To:" line alone is some form's field.
  if (headers < 2) {
    cache.set(doc, []);
    return [];
  }
  // The signature: the sender's name alone on a line after the headers, and the lines under it.
  const sender = senders[0];
  if (sender) {
    for (let i = 0; i < Math.min(rows.length, 3 * HEAD_ROWS); i++) {
      const row = rows[i]!;
      if (row.table >= 0 || row.text.replace(/\s+/g, '') !== sender) continue;
      let last = row;
      for (let k = i + 1; k < rows.length && k <= i + SIGNATURE_LINES; k++) {
        const next = rows[k]!;
        if (next.table >= 0 || SIGNATURE_END.test(next.text) || HEADER.test(next.text)) break;
        last = next;
      }
      out.push([row.flowStart, last.flowEnd]);
      break;
    }
  }
  out.sort((a, b) => a[0] - b[0]);
  cache.set(doc, out);
  return out;
}

/** Is the flow offset `at` in a printed mail's headers or its sender's signature? */
export function inMailHeader(doc: DocumentLayout, at: number): boolean {
  return spansOf(doc).some(([start, end]) => at >= start && at < end);
}
