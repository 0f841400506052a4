/**
 * Lists read from a scan that lost records or fields and still hold together. On a scan a row
 * the table reading could not cut (its border read in pieces, a seal over it, a type the finder
 * does not know) ends a list early or leaves a record with its name alone; every character
 * read is sure, the list is wrong. These checks look at what the page says around the list
 * for signs that it goes on, and propose such a list for checking, never as certain:
 *
 *   - the line after its last record (or before its first, or atop the next page when the list
 *     ends its page) has the shape of a record's line: the same marks between its words (《》,
 *     （，）, the gaps between cells) or the next row number; unless another value of the form
 *     took that row, it bears a label the list's rows do not (牵头单位 beside 成员单位), or its
 *     words are a header's, shorter than a name;
 *   - a record with its name alone, whose name stands elsewhere on the scan in a row with more;
 *   - a record that lacks a field every other record of its list has, or holds its name alone
 *     beside records with their fields;
 *   - a person, the list's only record, that lacks a field whose label stands in its quote
 *     (职务 信息中心主任 read, the duty not taken), or whose name stands elsewhere in a labelled
 *     field (姓名 谭涵倩) with a phone in the lines below it when the record has none;
 *   - fewer records than the list's heading says there are (共5所, 共三个);
 *   - an item that holds the next item's number (课；2）数字…: two items read as one), or that
 *     is a section's heading (六、推荐单位意见: the list ran on past its end).
 *
 * Used by facts.ts on facts read from OCR pages only: on a text layer the rows are all there.
 */
import { parseCount } from '../extract/numerals';
import { TITLE_WORDS } from '../extract/readers/person-parts';
import { normalizeNoSpace, normalizeText } from '../pdf/normalize';
import { CHECKED, UNCHECKED } from './words';

/** How sure a list is that shows signs of records or fields it lost: proposed for checking. */
export const LIST_CUT = 0.5;

/** A quote's range in the text of a page as read (its source, with the gaps between cells). */
export interface QuoteSpan {
  text: string;
  start: number;
  end: number;
  /** The text of the next page, when it was read by OCR too. */
  nextPage?: string;
}

const hanCount = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;
const BOX = new RegExp(`[${CHECKED}${UNCHECKED}]`);

/** The string naming each item of a list (a title, a record's name), or null for other values. */
export function itemKeys(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const keys: string[] = [];
  for (const v of value) {
    if (typeof v === 'string') keys.push(normalizeNoSpace(v));
    else if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') {
      keys.push(normalizeNoSpace((v as { name: string }).name));
    } else return null;
  }
  return keys.filter((k) => k !== '');
}

/**
 * Han characters in a row's longest word for it to be a lost record of a list whose names are
 * at least that long: a header row's words (工作单位, 所在地区) are shorter.
 */
const LOST_NAME = 5;

/** A row's number at the start of its line (1, 2., （3）, 4、), or null. */
function ordinal(line: string): number | null {
  const m = /^\s*[(（]?(\d{1,2})(?!\d)/.exec(line);
  return m ? Number(m[1]) : null;
}

/**
 * The marks between a line's words, its row number left out: 《》 for a title, （，） for a unit
 * with its place, one space per gap between cells. Lines of one list share it.
 */
function shape(line: string): string {
  return line
    .replace(/^\s*[(（]?\d{1,2}(?!\d)\s*[.．、,，)）]?\s*/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\p{Script=Han}\p{L}\p{N}]+/gu, '');
}

interface Line {
  text: string;
  start: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    out.push({ text: part, start });
    start += part.length + 1;
  }
  return out;
}

/**
 * Whether the list goes on past the records read: the line after the last record's line (or
 * before the first's) has the shape of a record's line (with words of its own, not labels),
 * or carries the row number that follows (precedes) theirs, and no list of the form took it
 * (a table of every role, its host row read into one fact and the next row into another).
 * `taken` are the item keys of every list read from the document, `values` its values that are
 * one string (the lead unit): a row is another value's only when it is mostly that value (牵头单位
 * X), not when it holds it as a cell (a member's row naming the lead unit as its unit); `labels`
 * the form's labels.
 */
export function listGoesOn(
  value: unknown,
  spans: QuoteSpan[],
  taken: readonly string[],
  labels: readonly string[],
  values: readonly string[] = [],
): boolean {
  const keys = itemKeys(value);
  if (!keys || keys.length === 0) return false;
  const words = labels.filter((l) => l.length >= 2).sort((a, b) => b.length - a.length);
  // A lost record names something about as long as the records read do.
  const shortest = Math.min(...keys.map((k) => Array.from(k).length));
  for (const span of spans) {
    const lines = linesOf(span.text);
    const indexed = lines.map((l, i) => ({ ...l, i }));
    const items = indexed.filter(
      (l) =>
        l.start + l.text.length >= span.start &&
        l.start < span.end &&
        keys.some((k) => normalizeNoSpace(l.text).includes(k)),
    );
    if (items.length === 0) continue;
    // A choice grid: its rows are boxes, read by the box rules.
    if (items.some((l) => BOX.test(l.text))) continue;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const rowLabels = new Set(items.flatMap((l) => labelsIn(l.text)));
    // After: the first line past the quote (lines inside it after the last name are that
    // record's other fields). Before: the line above the first name's, unless the quote holds it
    // whole (a heading or a header row the list begins with).
    const next = indexed.find((l) => l.i > last.i && l.start >= span.end && l.text.trim() !== '');
    const above = indexed
      .slice(0, first.i)
      .reverse()
      .find((l) => l.text.trim() !== '');
    // Nothing below the list on its page: the list may go on at the top of the next one.
    const below = next?.text ?? span.nextPage?.split('\n').find((l) => l.trim() !== '');
    if (below && goesOn(last.text, below, 1, rowLabels)) return true;
    if (above && above.start < span.start && ordinal(above.text) !== null) {
      if (goesOn(first.text, above.text, -1, rowLabels)) return true;
    }
  }
  return false;

  function labelsIn(line: string): string[] {
    const found: string[] = [];
    let rest = normalizeNoSpace(line);
    for (const w of words) {
      if (rest.includes(w)) {
        found.push(w);
        rest = rest.split(w).join('\u0000');
      }
    }
    return found;
  }

  function goesOn(item: string, line: string, step: 1 | -1, rowLabels: Set<string>): boolean {
    if (BOX.test(line)) return false;
    const flat = normalizeNoSpace(line);
    if (taken.some((k) => k !== '' && flat.includes(k))) return false;
    for (const v of values) {
      if (v === '' || !flat.includes(v)) continue;
      // The line's cells less the value and any piece of it (its region), and labels.
      let rest = line
        .split(/\s+/)
        .map((w) => normalizeNoSpace(w).split(v).join('\u0000'))
        .filter((w) => w !== '' && !v.includes(w))
        .join('\u0000');
      for (const w of words) rest = rest.split(w).join('\u0000');
      if (hanCount(rest) < LOST_NAME) return false;
    }
    // A row that bears a label the list's rows do not (牵头单位 beside rows of 成员单位) is a
    // row of another kind.
    if (labelsIn(line).some((l) => !rowLabels.has(l))) return false;
    // Words as the line sets them apart (a header's cells are short words side by side).
    let own = line
      .split(/\s+/)
      .map((w) => normalizeText(w).text)
      .join('\u0000');
    for (const w of words) own = own.split(w).join('\u0000');
    const longest = Math.max(0, ...(own.match(/\p{Script=Han}+/gu) ?? []).map((r) => r.length));
    if (longest < Math.max(2, Math.min(shortest, LOST_NAME))) return false;
    const sameShape = shape(item) !== '' && shape(item) === shape(line);
    const m = ordinal(item);
    const n = ordinal(line);
    const follows = m !== null && n !== null && (n - m) * step > 0 && (n - m) * step <= 3;
    return sameShape || follows;
  }
}

/** A person's name: two to four Han characters (names of units are longer). */
const PERSON_NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * Whether a person's record has a row elsewhere on the scanned pages that says more of it: a
 * line with that name and a phone's run of digits when the record has no phone, or, for a record
 * holding nothing but the name, more Han characters than a few labels and a role, none of them
 * labels of the form. The list was read where the name stands alone (a signature line) or from
 * a sentence that leaves fields out, while the row or sentence with the rest was lost to it.
 */
export function nameHasRowElsewhere(
  value: unknown,
  spans: QuoteSpan[],
  pages: readonly string[],
  labels: readonly string[],
): boolean {
  if (!Array.isArray(value)) return false;
  const words = labels.filter((l) => l.length >= 2).sort((a, b) => b.length - a.length);
  for (const record of value) {
    if (!record || typeof record !== 'object') continue;
    const fields = Object.entries(record as Record<string, unknown>).filter(
      ([, v]) => typeof v === 'string' && v.trim() !== '',
    );
    const alone = fields.length === 1 && fields[0]![0] === 'name';
    const phoned = fields.some(([, v]) => /\d{7}/.test(v as string));
    if (!alone && phoned) continue;
    const name = normalizeNoSpace(
      ((record as { name?: unknown }).name as string | undefined) ?? '',
    );
    if (!PERSON_NAME.test(name)) continue;
    for (const text of pages) {
      const lines = linesOf(text);
      for (const [i, line] of lines.entries()) {
        const inQuote = spans.some(
          (s) => s.text === text && line.start < s.end && line.start + line.text.length > s.start,
        );
        if (inQuote) continue;
        const flat = normalizeNoSpace(line.text);
        const at = flat.indexOf(name);
        if (at < 0) continue;
        let rest = `${flat.slice(0, at)}\u0000${flat.slice(at + name.length)}`;
        // A phone beside the name elsewhere, the record without one: its phone was lost.
        // A sentence that goes on to the next line may carry the phone there.
        const wraps = !/[。；;]\s*$/.test(line.text) && i + 1 < lines.length;
        const more = wraps ? normalizeNoSpace(lines[i + 1]!.text) : '';
        if (!phoned && /\d{7}/.test(`${rest}\u0000${more}`)) return true;
        // A name in a labelled field (姓名 谭涵倩, 主持人：谭涵倩) opens a card of fields: a phone
        // in the lines below it, before the next person's card, is this person's.
        if (!phoned && NAME_FIELD.test(flat.slice(0, at))) {
          for (const below of lines.slice(i + 1, i + 1 + CARD_LINES)) {
            if (/姓名/.test(below.text)) break;
            if (/\d{7}/.test(normalizeNoSpace(below.text))) return true;
          }
        }
        if (!alone) continue;
        for (const w of words) rest = rest.split(w).join('\u0000');
        if (hanCount(rest) > ROW_MORE_HAN) return true;
      }
    }
  }
  return false;
}

/** What stands before a name that a card of a person's fields opens with. */
const NAME_FIELD = /(?:姓名|主持人|负责人)[:：]?$/u;

/** Lines below a name in a labelled field that may hold the rest of the person's card. */
const CARD_LINES = 3;

/** Han characters beside a name on its row that may be a role or a gender, not fields. */
const ROW_MORE_HAN = 6;

/** The labels a form prints before a person's fields (at a cell's start: not 联盟职务, a role). */
const FIELD_LABELS: [field: string, label: RegExp][] = [
  ['duty', /(?:^|[\s:：，,；;。/])职务/u],
  ['title', /(?:^|[\s:：，,；;。/])职称/u],
  ['phone', /(?:^|[\s:：，,；;。/])(?:联系电话|电话|手机|联系方式)/u],
  ['subject', /(?:^|[\s:：，,；;。/])(?:任教学科|学科)/u],
];

/**
 * Whether a list of one person lacks a field whose label stands in the record's quote: on a scan,
 * the cell beside the label was read (or lost) without the finder taking it. A table of several
 * records is left to the other rules: its header names columns some records may leave blank.
 */
export function recordLacksLabelledField(value: unknown, spans: QuoteSpan[]): boolean {
  if (!Array.isArray(value) || value.length !== 1) return false;
  const record = value[0] as Record<string, unknown> | null;
  if (!record || typeof record !== 'object' || typeof record.name !== 'string') return false;
  const has = (k: string) => typeof record[k] === 'string' && (record[k] as string).trim() !== '';
  for (const span of spans) {
    const quote = normalizeText(span.text.slice(span.start, span.end)).text;
    for (const [field, label] of FIELD_LABELS) {
      if (!has(field) && label.test(quote)) return true;
    }
  }
  return false;
}

/**
 * Whether a record of a list lacks a field that every other record has (three records or more),
 * or holds its name alone beside a record with two fields or more: on a scan, cells lost to the
 * table; on a form, a cell left blank is rare where all others are filled.
 */
export function recordLacksField(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 2) return false;
  const records = value.filter((v) => v && typeof v === 'object') as Record<string, unknown>[];
  if (records.length !== value.length) return false;
  const has = (r: Record<string, unknown>, k: string) =>
    typeof r[k] === 'string' && (r[k] as string).trim() !== '';
  const filled = records.map((r) => Object.keys(r).filter((k) => has(r, k)).length);
  // A name alone beside records with two fields or more: the row's cells were lost.
  if (filled.some((n) => n === 1) && filled.some((n) => n >= 3)) return true;
  if (records.length < 3) return false;
  const fields = new Set(records.flatMap((r) => Object.keys(r)));
  for (const field of fields) {
    const missing = records.filter((r) => !has(r, field)).length;
    if (missing === 1) return true;
  }
  return false;
}

/**
 * A title one character short of a rank (二级教 of 二级教师, 级教师 of 一级教师): the scan lost a
 * character at the cell's edge. Only a miss by one: a title the ranks do not know at all
 * (中级, 高级讲师) is what the form says.
 */
export function titleCutShort(title: string): boolean {
  const t = title.replace(/\s+/g, '');
  if (t === '' || TITLE_WORDS.test(t)) return false;
  return (
    TITLE_WORDS.test(`${t}师`) || ['正', '一', '二', '三'].some((c) => TITLE_WORDS.test(c + t))
  );
}

/** Whether a person of the list has a title cut short (titleCutShort). */
export function recordTitleCut(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  return value.some(
    (r) =>
      r !== null &&
      typeof r === 'object' &&
      typeof (r as Record<string, unknown>).title === 'string' &&
      titleCutShort((r as Record<string, unknown>).title as string),
  );
}

/**
 * Whether the list's own quotes (or the line its quote starts on) state more records than it
 * holds: 共5所, 共计6个单位, (5所). A count in the list's heading that the list falls short of
 * says rows were lost.
 */
export function fewerThanStated(value: unknown, spans: QuoteSpan[]): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  for (const span of spans) {
    // From the line before the quote's: a heading may state the count above the list.
    const lineStart =
      span.text.lastIndexOf('\n', span.text.lastIndexOf('\n', span.start - 1) - 1) + 1;
    const around = span.text.slice(lineStart, span.end);
    for (const m of around.matchAll(
      /共计?\s*(\d{1,2}|十[一二三四五六七八九]?|[一二两三四五六七八九])\s*(所|个|家|项|人|名|位)/gu,
    )) {
      const n = parseCount(m[1]!);
      if (n !== undefined && n > value.length) return true;
    }
  }
  return false;
}

/** A run of Han characters this long found twice in one field is no field's own wording. */
const REPEATED_RUN = 3;

/**
 * Whether a record's field holds the same run of Han characters twice or more (辽宁省铁岭市…辽宁省
 * 丹东市…): a column's cells read as one, several rows merged into one field (and their records
 * lost). A field of one row names its region, unit or title once.
 */
export function fieldRepeats(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const record of value) {
    if (!record || typeof record !== 'object') continue;
    for (const field of Object.values(record as Record<string, unknown>)) {
      if (typeof field !== 'string') continue;
      const chars = Array.from(normalizeNoSpace(field));
      // Where each run of REPEATED_RUN characters last starts: a run repeats when it starts again
      // at or after its own end (one pass, no string built per position).
      const runs: string[] = [];
      for (let i = 0; i + REPEATED_RUN <= chars.length; i++) {
        runs.push(chars.slice(i, i + REPEATED_RUN).join(''));
      }
      const lastStart = new Map(runs.map((run, i) => [run, i]));
      for (const [i, run] of runs.entries()) {
        if (!/^\p{Script=Han}+$/u.test(run)) continue;
        if (lastStart.get(run)! >= i + REPEATED_RUN) return true;
      }
    }
  }
  return false;
}

/** A list's numbering inside an item, after its first words: where a second item begins. */
const INNER_NUMBER = /[^\d\s(（]\s*[(（]?\d{1,2}\s*[)）.．、]\s*[\p{Script=Han}“《"]/u;

/** A section heading's number (六、 五． 十二、) at the start of a line. */
const SECTION_NUMBER = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]/u;

/**
 * Whether a list of titles holds an item with a second item's number inside it (the cut between
 * two items was not made), or an item read from a line that is a section's heading (the list ran
 * on into the next section). On a text layer these are the finder's mistakes; on a scan a number
 * read without the gap or mark around it makes them as easily, so the list is proposed for
 * checking.
 */
export function itemsMerged(value: unknown, spans: QuoteSpan[]): boolean {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return false;
  for (const item of value as string[]) {
    const text = normalizeText(item).text;
    if (INNER_NUMBER.test(text)) return true;
    const key = normalizeNoSpace(item);
    if (key === '') continue;
    for (const span of spans) {
      for (const line of linesOf(span.text)) {
        if (line.start + line.text.length < span.start || line.start >= span.end) continue;
        const m = SECTION_NUMBER.exec(line.text);
        if (m && normalizeNoSpace(line.text.slice(m[0].length)) === key) return true;
      }
    }
  }
  return false;
}
