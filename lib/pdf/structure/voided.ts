/**
 * A form filled twice in one file, the earlier copy voided. Offices that send a corrected form
 * often leave the first attempt in the scan or the PDF: the 初稿 page struck through, a big
 * rotated 作废 / 此稿作废 stamp across it, a note "此页作废" / "（此页为初次填写的初稿，已作废，
 * 以后附正式稿为准）", then the final copy, often headed 正式稿 / 定稿 / 以下为正式填报内容. The
 * voided copy's values (a provisional name, a member missing) are not the applicant's: its lines
 * are not read for facts, so the same label filled again is read from the copy that stands.
 *
 * A voided copy is recognised by a mark, never by the word 初稿 alone:
 * - a stamp: the page's watermark (slanted or giant text, dropped before layout, watermark.ts)
 *   reads 作废 / 废;
 * - a note: a free line saying this page / draft is void (此页作废, 本稿作废, 以上作废, …初稿…已作废).
 *   A rule in prose ("否则作废", "逾期作废") is no such note. A long note voids only when it names
 *   the final copy after it (以下为正式填报内容, 以后附正式稿为准) or with a second sign: a stamp,
 *   a draft's title (…（初稿）) where the voided copy starts, or a final copy's heading (正式稿,
 *   定稿) after it.
 * The voided copy runs from the draft's title (at most a few pages back) or its page's start, to
 * its page's end, or to the final copy's heading on that page, or to a note that says the final
 * copy follows below it. A document that would keep no line is read whole.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { PageText } from '../text';

/** A stamp's text at most this long is kept (a watermark tiled over the page is cut). */
const MAX_STAMP_CHARS = 40;
/** A note or heading longer than this (compact characters) is prose, not a mark. */
const MAX_NOTE_CHARS = 80;
/** A note this short ("此页作废", "作废") voids on its own. */
const SHORT_NOTE_CHARS = 12;
/** The draft's title is looked for at most this many pages before the mark. */
const MAX_PAGES_BACK = 4;
/** Lines looked at per page (a hostile page of 100,000 lines is read as it is). */
const MAX_LINES = 2_000;

/** A stamp that voids: 作废, 此稿作废, or its characters set one by one (作 … 废). */
const VOID_STAMP = /作废|^废$|^废作$/;
/** A note that the page or draft is void. */
const VOID_NOTE =
  /(?:此|本|该|以上|上述|上列)(?:页|稿|表|份|版|件|内容|部分)?[^。；;]{0,30}作废|初稿[^。；;]{0,30}作废|^[（(【[]?(?:此页|本页|此稿|本稿|此表|本表|以上|上述)?(?:已)?作废[)）】\]]?$/;
/**
 * A rule that something would be void (否则作废, 复印作废, 涂改作废, 未盖章作废), not a note that it
 * is: a form's footer or an anti-copy watermark says it on a form that stands.
 */
const VOID_RULE =
  /否则|逾期|过期|如[有果需]|若|凡|不得|无效|须|必须|应当?|复印|涂改|遗失|缺项|未经|未加盖|未盖|擅自|私自/;
/** The note says the final copy follows below it on the page. */
const FOLLOWS_BELOW = /以下|下附|下面|下页/;
/** The note names the final copy that follows it (以下为正式填报内容, 以后附正式稿为准). */
const NAMES_FINAL = /(?:以下|下附|后附|下页)[^。；;]{0,8}(?:正式|定稿|终稿)/;
/** The heading of the final copy. */
const FINAL_HEADING =
  /^[（(【[]?(?:以下为?|下附|后附)?(?:修改后的?|更正后的?|修订后的?)?(?:正式稿|定稿|终稿|正式版|正式填报(?:内容|表)?|正式申报(?:内容|表)?)(?:如下)?[:：]?[)）】\]]?$/;
/** A draft's title: a form's title marked as its draft. */
const DRAFT_TITLE = /[（(【[](?:初稿|草稿|初填|第一稿)[)）】\]]$|^(?:初稿|草稿)[:：]?$/;

/**
 * The text of the watermark items a page dropped (all items less the kept ones), compact and
 * cut short; undefined when none was dropped.
 */
export function stampText(all: readonly TextItem[], kept: readonly TextItem[]): string | undefined {
  if (all.length === kept.length) return undefined;
  const keptSet = new Set(kept);
  let text = '';
  for (const item of all) {
    if (keptSet.has(item)) continue;
    text += item.str.replace(/\s+/g, '');
    if (text.length >= MAX_STAMP_CHARS) return text.slice(0, MAX_STAMP_CHARS);
  }
  return text || undefined;
}

type Line = PageText['lines'][number];

function compactLine(page: PageText, line: Line): string {
  return page.text
    .slice(line.start, Math.min(line.end, line.start + 4 * MAX_NOTE_CHARS))
    .replace(/\s+/g, '');
}

interface Marks {
  stamp: boolean;
  /** Void notes: line index and whether it voids on its own / says the final copy is below. */
  notes: { at: number; alone: boolean; below: boolean; final: boolean }[];
  finals: number[];
  drafts: number[];
}

function marksOf(page: PageText): Marks {
  const stamp = !!page.stamp && VOID_STAMP.test(page.stamp) && !VOID_RULE.test(page.stamp);
  const marks: Marks = { stamp, notes: [], finals: [], drafts: [] };
  const n = Math.min(page.lines.length, MAX_LINES);
  for (let i = 0; i < n; i++) {
    const line = page.lines[i]!;
    if (line.table >= 0) continue;
    const text = compactLine(page, line);
    if (text.length === 0 || text.length > MAX_NOTE_CHARS) continue;
    if (text.includes('作废') && VOID_NOTE.test(text) && !VOID_RULE.test(text)) {
      const below = FOLLOWS_BELOW.test(text);
      const final = NAMES_FINAL.test(text);
      marks.notes.push({ at: i, alone: text.length <= SHORT_NOTE_CHARS, below, final });
    } else if (FINAL_HEADING.test(text)) marks.finals.push(i);
    else if (DRAFT_TITLE.test(text)) marks.drafts.push(i);
  }
  return marks;
}

/** A stretch of lines voided: from (page, line) to (page, line), both inclusive. */
interface Span {
  fromPage: number;
  fromLine: number;
  toPage: number;
  toLine: number;
}

/**
 * Where the voided copy starts, going back from a mark on page `p` above line `at`: the draft's
 * title on this page or up to a few pages back (not past a final heading or an earlier voided
 * copy), else the mark's page's start. Also whether a draft's title was found.
 */
function startOf(
  marks: Marks[],
  p: number,
  at: number,
  floor: { page: number; line: number },
): { page: number; line: number; titled: boolean } {
  for (let q = p; q >= Math.max(0, p - MAX_PAGES_BACK); q--) {
    const m = marks[q]!;
    const limit = q === p ? at : Number.POSITIVE_INFINITY;
    const draft = m.drafts.filter((d) => d < limit).at(-1);
    const final = m.finals.filter((f) => f < limit).at(-1);
    if (final !== undefined && (draft === undefined || final > draft)) break;
    if (draft !== undefined) {
      if (q < floor.page || (q === floor.page && draft < floor.line)) break;
      return { page: q, line: draft, titled: true };
    }
  }
  const line = p === floor.page ? Math.max(0, floor.line) : 0;
  return { page: p, line, titled: false };
}

/** The voided stretches of the document, in order. */
function voidedSpans(pages: PageText[]): Span[] {
  const marks = pages.map(marksOf);
  const finalAfter = (p: number, at: number) =>
    marks.some((m, q) => (q === p ? m.finals.some((f) => f > at) : q > p && m.finals.length > 0));
  const spans: Span[] = [];
  // Where the next span may start: after the last one.
  let floor = { page: 0, line: 0 };
  marks.forEach((m, p) => {
    if (p < floor.page) return;
    const lineCount = Math.min(pages[p]!.lines.length, MAX_LINES);
    const finalOnPage = (after: number) => m.finals.find((f) => f > after);
    let mark: { at: number; end: number; sure: boolean } | undefined;
    const note = m.notes[0];
    if (note) {
      const end = note.below ? note.at : (finalOnPage(note.at) ?? lineCount) - 1;
      mark = { at: note.at, end, sure: note.alone || note.final || m.stamp };
    } else if (m.stamp) {
      const end = (m.finals[0] ?? lineCount) - 1;
      mark = { at: m.finals[0] ?? lineCount, end, sure: true };
    }
    if (!mark) return;
    const start = startOf(marks, p, mark.at, floor);
    const sure = mark.sure || start.titled || finalAfter(p, mark.end);
    if (!sure || mark.end < 0) return;
    spans.push({ fromPage: start.page, fromLine: start.line, toPage: p, toLine: mark.end });
    floor = { page: p, line: mark.end + 1 };
  });
  return spans;
}

/**
 * The pages with their voided copies left out of reading (their text, items and offsets stay:
 * only the lines read for facts go). A document that would keep no line is read whole.
 */
export function withoutVoidedCopies(pages: PageText[]): PageText[] {
  const spans = voidedSpans(pages);
  if (spans.length === 0) return pages;
  const out = pages.map((page, p) => {
    const drop = (i: number) =>
      spans.some(
        (s) =>
          (p > s.fromPage || (p === s.fromPage && i >= s.fromLine)) &&
          (p < s.toPage || (p === s.toPage && i <= s.toLine)),
      );
    const lines = page.lines.filter((_, i) => !drop(i));
    return lines.length === page.lines.length ? page : { ...page, lines };
  });
  return out.some((p) => p.lines.length > 0) ? out : pages;
}
