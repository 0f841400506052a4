/**
 * Honest values from scans: for each fact whose evidence stands on a page read by OCR, how sure
 * the reading is (the lowest confidence among the characters its value was read from, and any
 * checkbox its quote contains), whether it may be proposed as certain, and where on the page it
 * stands (for the crop of the scan shown beside it). Values with unsure characters are matched
 * against known lists (match.ts): snapped when one known value is clearly meant, otherwise left
 * as read and marked uncertain.
 *
 * Kept apart from lib/extract on purpose (the finders are being rewritten): it reads only the
 * facts' values and evidence quotes, and the pages' text.
 */
import type { ExtractedFact } from '../facts/standard';
import { normalizeNoSpace, normalizeText } from '../pdf/normalize';
import { type PageText, type Rect, rectsForRange } from '../pdf/text';
import { escapeRegex } from '../regex';
import { withoutStrayBrackets } from './brackets';
import {
  type ChoiceOption,
  choiceWithoutTick,
  marksFewerThanOptions,
  NO_TICK,
} from './choice-grids';
import {
  fewerThanStated,
  fieldRepeats,
  itemKeys,
  itemsMerged,
  LIST_CUT,
  listGoesOn,
  nameHasRowElsewhere,
  type QuoteSpan,
  recordLacksField,
  recordLacksLabelledField,
  recordTitleCut,
} from './lost-records';
import { matchKnown } from './match';
import { betterReading, OTHER_READING, readTexts } from './occurrences';
import { CHAR_CONFIDENCE_FLOOR, isOcrPageText, type OcrPageText, scanRect } from './page-text';
import { BOX_LOOKALIKES, CHECKED, UNCHECKED } from './words';

export interface OcrFactInfo {
  /** Lowest character confidence of what the value was read from, 0–1. */
  confidence: number;
  /** Proposed as certain: every character sure, on a page read reliably. */
  certain: boolean;
  /** Where the value stands on each scanned page (PDF user space, on the scan as drawn). */
  evidence: { page: number; rect: Rect; confidence: number }[];
  /** Readings replaced by the known value they clearly stand for. */
  snapped?: { read: string; value: string }[];
  /**
   * On a mixed page (a picture of the form with the values typed as text: mixed-pages.ts), the
   * words of the evidence OCR read from the picture; the rest is the text layer's, as typed.
   */
  readByOcr?: string[];
}

export interface OcrFactOptions {
  /** Known values to snap unsure readings to (units of other applications, a 汇总表…). */
  known?: readonly string[];
  /** Characters the recogniser can write (see OcrService.dictionary). */
  dictionary?: ReadonlySet<string>;
  /** The form's labels (a pack's fact labels and keywords): never a value themselves. */
  labels?: readonly string[];
  /** The options of each choice fact, by fact id (a pack's options and their wordings). */
  choices?: Readonly<Record<string, readonly ChoiceOption[]>>;
}

/** Every string inside a value (names, units, phone numbers), with a setter to replace it. */
function stringLeaves(
  value: unknown,
  set: (v: string) => void,
  out: { text: string; set: (v: string) => void }[],
): void {
  if (typeof value === 'string') out.push({ text: value, set });
  else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      stringLeaves(
        v,
        (s) => {
          value[i] = s;
        },
        out,
      );
    });
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      stringLeaves(
        record[key],
        (s) => {
          record[key] = s;
        },
        out,
      );
    }
  }
}

/** text offset for a source offset (toSource is monotonic). */
function textOffset(page: PageText, source: number): number {
  let lo = 0;
  let hi = page.toSource.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (page.toSource[mid]! < source) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Located {
  page: OcrPageText;
  start: number;
  end: number;
}

/** The quote's range in the page's normalised text, or null when it cannot be found. */
function locate(page: OcrPageText, quote: string): Located | null {
  const at = page.source.indexOf(quote);
  if (at < 0) return null;
  return { page, start: textOffset(page, at), end: textOffset(page, at + quote.length) };
}

function minConfidence(page: OcrPageText, start: number, end: number, only?: Set<string>): number {
  let min = 1;
  const from = page.toSource[start] ?? 0;
  const to = end >= page.toSource.length - 1 ? page.source.length : page.toSource[end]!;
  for (let i = from; i < to; i++) {
    const ch = page.source[i]!;
    if (ch.trim() === '' || (only && !only.has(ch))) continue;
    min = Math.min(min, page.ocr.confidence[i] ?? 1);
  }
  return min;
}

function union(rects: Rect[]): Rect | null {
  if (rects.length === 0) return null;
  return [
    Math.min(...rects.map((r) => r[0])),
    Math.min(...rects.map((r) => r[1])),
    Math.max(...rects.map((r) => r[2])),
    Math.max(...rects.map((r) => r[3])),
  ];
}

/**
 * Marks whose confidence counts for a whole quote, not only inside the value: the boxes of a
 * choice grid (a value is read from their states) and what the recogniser made of a box the
 * pixels did not confirm.
 */
const BOXES = new Set([CHECKED, UNCHECKED, ...BOX_LOOKALIKES]);

/** How sure a text value is that holds a box mark: proposed for checking. */
const BOX_IN_TEXT = 0.5;
/** 口 or 囗 before a Han character: an empty box the recogniser read as a character. */
const BOXES_AS_KOU = /[口囗](?=\p{Script=Han})/gu;

/** Box marks as the reading writes them (a box found by its pixels, a tick). */
const BOX_MARKS: ReadonlySet<string> = new Set([...BOXES].filter((c) => c !== '口' && c !== '囗'));

/**
 * A value standing in its quote between options: a box mark right before or after it (spaces
 * aside), as a choice read from a row of options does. A unit named in a line that also holds
 * boxes (营口市… beside a 是/否 answer) does not.
 */
function amidBoxes(value: string, quotes: readonly string[]): boolean {
  const bare = value.replace(/\s+/g, '');
  if (bare === '') return false;
  return quotes.some((quote) => {
    const text = quote.replace(/\s+/g, '');
    for (let at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + 1)) {
      const before = text[at - 1] ?? '';
      const after = text[at + bare.length] ?? '';
      if (BOX_MARKS.has(before) || BOX_MARKS.has(after)) return true;
    }
    return false;
  });
}

/** How sure a value is that reads as a label of the form: proposed for checking. */
const LABEL_AS_VALUE = 0.5;

function isLabel(value: string, labels: readonly string[] | undefined): boolean {
  const text = normalizeText(value)
    .text.replace(/[\s:：]+/g, '')
    .trim();
  return Array.from(text).length >= 2 && !!labels?.some((l) => l.includes(text));
}

function holdsLabelledField(value: string, labels: readonly string[] | undefined): boolean {
  const text = normalizeNoSpace(value);
  return !!labels?.some(
    (l) => Array.from(l).length >= 2 && (text.includes(`${l}：`) || text.includes(`${l}:`)),
  );
}

/** Labels this long are words of the form, not of a value (方向, 单位 and 名称 are both). */
const LONG_LABEL = 4;

/**
 * Whether a value holds, beside text of its own, a label of the form of LONG_LABEL characters or
 * more, colon or not (智慧体育应用方向体育课堂…): the gap between the value's cell and the next
 * field's label was not read, so the value ran on into that field.
 */
function holdsLongLabel(value: string, labels: readonly string[] | undefined): boolean {
  const text = normalizeNoSpace(value);
  return !!labels?.some(
    (l) => Array.from(l).length >= LONG_LABEL && text !== l && text.includes(l),
  );
}

/**
 * Whether the text after `value` in its quote opens with a label and a colon, where a shorter
 * tail of that label is a label as well, with no gap read where the value ends: the cut between
 * value and label could be at either.
 */
function endsAtSplitLabel(
  value: string,
  located: Located[],
  labels: readonly string[] | undefined,
): boolean {
  if (!labels?.length) return false;
  const squash = normalizeNoSpace;
  const wanted = squash(value);
  if (wanted === '') return false;
  for (const loc of located) {
    const range = squash(loc.page.text.slice(loc.start, loc.end));
    const at = range.indexOf(wanted);
    if (at < 0) continue;
    const after = range.slice(at + wanted.length);
    for (const label of labels) {
      if (Array.from(label).length < 3 || !after.startsWith(label)) continue;
      if (!/^[:：]/.test(after.slice(label.length))) continue;
      if (!labels.some((l) => l.length >= 2 && l.length < label.length && label.endsWith(l))) {
        continue;
      }
      // A gap on the scan right where the value ends says where the cut is.
      const { text, start, end } = sourceSpan(loc);
      const chars = Array.from(wanted).map(escapeRegex);
      const read = new RegExp(`${chars.join('\\s*')}(\\s?)`, 'u').exec(text.slice(start, end));
      if (!read?.[1]) return true;
    }
  }
  return false;
}

/** How sure a one-string value is that has an untaken cell of text right after it. */
const CELL_AFTER = 0.5;

/**
 * Whether the value, where its quote holds it, is followed on its line by a gap and a word of
 * Han characters only (two or more) that is no label of the form and no other fact's value.
 */
function cellAfter(
  value: string,
  located: Located[],
  labels: readonly string[],
  taken: readonly string[],
): boolean {
  const wanted = normalizeNoSpace(value);
  if (Array.from(wanted).length < 2) return false;
  const chars = Array.from(wanted).map(escapeRegex);
  const pattern = new RegExp(`${chars.join('[^\\S\\n]*')}[^\\S\\n]+(\\S+)`, 'u');
  for (const loc of located) {
    const { text, start, end } = sourceSpan(loc);
    const lineEnd = text.indexOf('\n', end);
    const m = pattern.exec(text.slice(start, lineEnd < 0 ? text.length : lineEnd));
    if (!m) continue;
    const word = normalizeText(m[1]!).text;
    if (!/^\p{Script=Han}{2,}$/u.test(word)) continue;
    // A date written in Han numerals (二〇二三年十月) beside a signature's unit.
    if (/^[〇零一二三四五六七八九十]+年/u.test(word)) continue;
    if (labels.some((l) => word.startsWith(l) || l.startsWith(word))) continue;
    if (taken.some((k) => k.includes(word))) continue;
    return true;
  }
  return false;
}

/** A set of flags (yes/no per item) with none set. */
function allFalse(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const flags = Object.values(value);
  return flags.length > 0 && flags.every((f) => f === false);
}

/** How sure an empty list read from a scan is: proposed for checking. */
const EMPTY_LIST = 0.5;

/**
 * OCR information for the facts read (partly) from scanned pages; facts read only from text
 * layers are left out. With `known`, unsure string values are snapped in place (the facts
 * passed in are changed) and the snapping recorded.
 */
export function ocrFactInfo(
  facts: Record<string, ExtractedFact>,
  pages: PageText[],
  options: OcrFactOptions = {},
): Record<string, OcrFactInfo> {
  const ocrPages = new Map<number, OcrPageText>();
  for (const p of pages) if (isOcrPageText(p)) ocrPages.set(p.page, p);
  const out: Record<string, OcrFactInfo> = {};
  if (ocrPages.size === 0) return out;
  // What every list of the document took (titles, names; not a choice's options) and every value
  // that is one string (the lead unit): a row one of them holds is no row lost by another list.
  const known = new Set((options.known ?? []).map((k) => normalizeNoSpace(k)));
  const keep = (k: string) => Array.from(k).length >= 2 && !known.has(k);
  const takenItems = Object.values(facts)
    .flatMap((f) => (typeof f.value === 'string' ? [] : (itemKeys(f.value) ?? [])))
    .filter(keep);
  const takenValues = Object.values(facts)
    .flatMap((f) => (typeof f.value === 'string' ? [normalizeNoSpace(f.value)] : []))
    .filter(keep);
  const taken = [...takenItems, ...takenValues];
  const scanTexts = [...ocrPages.values()].map((p) => p.source);
  const readOnScans = readTexts([...ocrPages.values()]);
  for (const [id, fact] of Object.entries(facts)) {
    const onScans = fact.evidence.filter((e) => ocrPages.has(e.page));
    if (onScans.length === 0) continue;
    const located = onScans.map((e) => locate(ocrPages.get(e.page)!, e.quote));
    const info: OcrFactInfo = { confidence: 1, certain: true, evidence: [] };
    let confidence = 1;
    let reliable = true;
    for (const loc of located) {
      if (!loc) {
        confidence = Math.min(confidence, 0.5); // a quote we cannot find: not sure of anything
        continue;
      }
      reliable &&= loc.page.ocr.reliable;
      confidence = Math.min(confidence, minConfidence(loc.page, loc.start, loc.end, BOXES));
      const rect = union(rectsForRange(loc.page, loc.start, loc.end));
      if (rect) {
        info.evidence.push({
          page: loc.page.page,
          rect: scanRect(loc.page, rect),
          confidence: minConfidence(loc.page, loc.start, loc.end),
        });
      }
    }
    const leaves: { text: string; set: (v: string) => void }[] = [];
    stringLeaves(
      fact.value,
      (v) => {
        fact.value = v;
      },
      leaves,
    );
    const found = located.filter((l): l is Located => l !== null);
    const quotes = onScans.map((e) => e.quote);
    for (const leaf of leaves) {
      const hit = findLeaf(found, leaf.text);
      let snapped = false;
      let leafConfidence = hit
        ? hit.confidence
        : Math.min(...found.map((l) => minConfidence(l.page, l.start, l.end)), 1);
      if (hit && leafConfidence < CHAR_CONFIDENCE_FLOOR && options.known?.length) {
        const match = matchKnown(leaf.text, hit.perChar, options.known, {
          ...(options.dictionary ? { dictionary: options.dictionary } : {}),
          floor: CHAR_CONFIDENCE_FLOOR,
        });
        if (match.snapped) {
          snapped = true;
          leaf.set(match.value);
          info.snapped = [...(info.snapped ?? []), { read: leaf.text, value: match.value }];
          if (match.certain) leafConfidence = CHAR_CONFIDENCE_FLOOR;
        }
      }
      let written = leaf.text;
      // The same words read elsewhere in the document one character apart (葫芦岛 | 胡芦岛):
      // the better read is taken, and the value is proposed for checking (occurrences.ts).
      if (hit && !snapped) {
        const other = betterReading(leaf.text, hit.perChar, readOnScans);
        if (other.differs) leafConfidence = Math.min(leafConfidence, OTHER_READING);
        if (other.text !== leaf.text) {
          leaf.set(other.text);
          written = other.text;
        }
      }
      // A value that is a label, or a piece of one (学段, 申报条件 of 主持人申报条件): on a scan,
      // a table whose columns fell apart gives a label the place of the value beside it. Only
      // values that are one string: a field of a person may well be a word a label holds (a
      // duty 资源管理员 beside the role 资源内容审核管理员).
      if (typeof fact.value === 'string' && isLabel(leaf.text, options.labels)) {
        leafConfidence = Math.min(leafConfidence, LABEL_AS_VALUE);
      }
      // A value that runs on into a label and its colon (…共同体类别：智慧德育) took in the next
      // field: two fields on one line, set a little closer than the layout keeps apart.
      if (holdsLabelledField(leaf.text, options.labels)) {
        leafConfidence = Math.min(leafConfidence, LABEL_AS_VALUE);
      }
      // The same with no colon read (智慧体育应用方向…), for a value that is one string: a field
      // of a person may hold a label's words (a duty 资源内容审核管理员).
      if (typeof fact.value === 'string' && holdsLongLabel(leaf.text, options.labels)) {
        leafConfidence = Math.min(leafConfidence, LABEL_AS_VALUE);
      }
      // A value that stops right before a label whose tail is a label too (…心理健康 | 共同体类别：
      // beside …心理健康共同体 | 类别：): where the value ends is a guess between the two.
      if (typeof fact.value === 'string' && endsAtSplitLabel(leaf.text, found, options.labels)) {
        leafConfidence = Math.min(leafConfidence, LABEL_AS_VALUE);
      }
      // A value with a cell of Han text right after it on its line that no fact took: the value's
      // end cut off into a cell of its own (明德 | 小学), or one cell of a row of options whose
      // mark was not read (智慧德育 | 智慧体育 …).
      if (
        typeof fact.value === 'string' &&
        !options.choices?.[id] &&
        cellAfter(leaf.text, found, options.labels ?? [], taken)
      ) {
        leafConfidence = Math.min(leafConfidence, CELL_AFTER);
      }
      // A box mark inside a text value (a name, a subject, a unit) is the box finder's reading of
      // a stroke, not text: choice values are option strings and never carry one.
      if ([...leaf.text].some((c) => c === CHECKED || c === UNCHECKED)) {
        leafConfidence = Math.min(leafConfidence, BOX_IN_TEXT);
      }
      // Empty boxes read as the character 口 (a low-resolution scan whose boxes the pixels did not
      // give): two or more before Han words make the value a row of options (智慧德育口智慧体育口…),
      // not an answer. One 口 is the character (营口市, 河口小学).
      // One 口 before Han words is the character too, unless the value stands between box marks
      // in its quote: then it is a box the pixels did not give, and the value runs over two
      // options (智慧劳动教育口智慧美育 of …☐智慧劳动教育口智慧美育√智慧评价☐…).
      const kous = (leaf.text.match(BOXES_AS_KOU) ?? []).length;
      if (
        typeof fact.value === 'string' &&
        (kous >= 2 || (kous === 1 && amidBoxes(leaf.text, quotes)))
      ) {
        leafConfidence = Math.min(leafConfidence, BOX_IN_TEXT);
      }
      // Fill-in brackets read as two kinds, or one of them lost ([本溪市教育局）, 智慧体育）): the
      // text layer's reading strips the pair, so the scan's value goes without them (brackets.ts).
      // From the value as written so far: `leaf.text` stays the reading, not the better one taken.
      if (!snapped) {
        const bare = withoutStrayBrackets(written);
        if (bare !== written.trim() && bare !== '') leaf.set(bare);
      }
      confidence = Math.min(confidence, leafConfidence);
    }
    confidence = Math.min(confidence, separatorConfidence(fact.value, found));
    if (itemBeforeList(fact.value, found, options.labels ?? [])) {
      confidence = Math.min(confidence, ITEM_BEFORE);
    }
    confidence = Math.min(confidence, rowLeftConfidence(fact.value, found, options.labels ?? []));
    // A list that shows signs of records or fields it lost (lost-records.ts).
    const spans: QuoteSpan[] = found.map((l) => {
      const span = sourceSpan(l);
      const after = ocrPages.get(l.page.page + 1)?.source;
      return after === undefined ? span : { ...span, nextPage: after };
    });
    const labels = options.labels ?? [];
    // Not a choice (every item one of the pack's options): its lines are the call's vocabulary.
    const choice = (itemKeys(fact.value) ?? []).every((k) => known.has(k));
    if (
      (!choice && listGoesOn(fact.value, spans, takenItems, labels, takenValues)) ||
      nameHasRowElsewhere(fact.value, spans, scanTexts, labels) ||
      recordLacksField(fact.value) ||
      recordTitleCut(fact.value) ||
      recordLacksLabelledField(fact.value, spans) ||
      itemsMerged(fact.value, spans) ||
      fieldRepeats(fact.value) ||
      fewerThanStated(fact.value, spans)
    ) {
      confidence = Math.min(confidence, LIST_CUT);
    }
    // A choice read from a list of its options with no tick seen: the first cell, not a pick.
    const choiceOptions = options.choices?.[id];
    if (choiceOptions && choiceWithoutTick(fact.value, spans, choiceOptions)) {
      confidence = Math.min(confidence, NO_TICK);
    }
    // A choice read from a row of boxes holding fewer marks than options: a box the scan lost.
    if (choiceOptions && marksFewerThanOptions(fact.value, spans, choiceOptions)) {
      confidence = Math.min(confidence, NO_TICK);
    }
    // An empty list read from a scan says the form names no one (no member, no case): on a scan,
    // rows the reading lost say the same, so "none" is proposed for checking, never as certain.
    if (Array.isArray(fact.value) && fact.value.length === 0) {
      confidence = Math.min(confidence, EMPTY_LIST);
    }
    // Flags all false (no research report, no guide): the same "none", which outcomes whose
    // lines or marks the reading lost say too.
    if (allFalse(fact.value)) confidence = Math.min(confidence, EMPTY_LIST);
    if (leaves.length === 0 && found.length > 0) {
      // Numbers, yes/no and choices: as sure as the whole quote they were read from.
      for (const l of found)
        confidence = Math.min(confidence, minConfidence(l.page, l.start, l.end));
    }
    info.confidence = Math.round(confidence * 1000) / 1000;
    info.certain = reliable && confidence >= CHAR_CONFIDENCE_FLOOR;
    out[id] = info;
  }
  return out;
}

/**
 * A quote's range in its page's source text: the text as read, with the gaps between cells that
 * the normalised text leaves out (a record line's shape, lost-records.ts).
 */
function sourceSpan(loc: Located): QuoteSpan {
  const { page } = loc;
  const end = loc.end >= page.toSource.length - 1 ? page.source.length : page.toSource[loc.end]!;
  return { text: page.source, start: page.toSource[loc.start] ?? 0, end };
}

/** The items of a list value (titles, or records of a single name), or null for other values. */
function listItems(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length < 2) return null;
  const items: string[] = [];
  for (const v of value) {
    if (typeof v === 'string') items.push(v);
    else if (v && typeof v === 'object' && Object.keys(v).length === 1) {
      const only = Object.values(v)[0];
      if (typeof only !== 'string') return null;
      items.push(only);
    } else return null;
  }
  return items;
}

/**
 * How sure the cuts between a list's items are: the lowest confidence of what stands between
 * consecutive items where they were read (the 、 or the number that separates them). A list cut
 * where a separator was unsure or missing (ink nothing was read from between two titles) may
 * have its items split or joined wrongly, even when each item's characters are sure.
 */
function separatorConfidence(value: unknown, located: Located[]): number {
  const items = listItems(value);
  if (!items) return 1;
  let min = 1;
  for (const loc of located) {
    const range = loc.page.text.slice(loc.start, loc.end);
    let from = 0;
    let previousEnd = -1;
    for (const item of items) {
      const wanted = normalizeText(item).text;
      const at = wanted.trim() === '' ? -1 : range.indexOf(wanted, from);
      if (at < 0) {
        previousEnd = -1;
        continue;
      }
      if (previousEnd >= 0) {
        min = Math.min(min, minConfidence(loc.page, loc.start + previousEnd, loc.start + at));
      }
      previousEnd = at + wanted.length;
      from = previousEnd;
    }
  }
  return min;
}

/** How sure a list of titles is with a title's shape standing before its first item. */
const ITEM_BEFORE = 0.5;

/** A title before the list, less its label, has this many Han characters at least. */
const TITLE_BEFORE = 4;

/**
 * Whether the text before a list of titles' first item, on its line, ends in a run of Han
 * characters shaped like the items (ending as they all end, 课例, 案例) that is no label of the
 * form: a separator between two titles read as a colon (数字化传感器实验课例：数字版画创作课例 for
 * …课例；…课例) makes the first title the field's label, and the list lost it.
 */
function itemBeforeList(value: unknown, located: Located[], labels: readonly string[]): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  if (!value.every((v) => typeof v === 'string')) return false;
  const items = (value as string[]).map((v) => normalizeNoSpace(v));
  const first = items[0]!;
  // The ending all items share.
  let ending = first;
  for (const item of items)
    while (ending !== '' && !item.endsWith(ending)) ending = ending.slice(1);
  // Its last two characters: a single item shares all of itself.
  ending = Array.from(ending).slice(-2).join('');
  if (Array.from(ending).length < 2) return false;
  const cut = [...labels].filter((l) => l.length >= 2).sort((a, b) => b.length - a.length);
  for (const loc of located) {
    const text = loc.page.text;
    const at = text.indexOf(first, text.lastIndexOf('\n', loc.start) + 1);
    if (at < 0 || at > loc.end) continue;
    const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at).replace(/\s+$/u, '');
    // A colon right before the item: the separator read as one (a label set right before its
    // value with no mark is the form's own).
    if (!/[:：]$/u.test(line)) continue;
    let before = line.slice(0, -1);
    for (const l of cut) before = before.split(l).join('\u0000');
    const run = /\p{Script=Han}+$/u.exec(before)?.[0] ?? '';
    const chars = Array.from(run);
    if (chars.length < TITLE_BEFORE || !run.endsWith(ending)) continue;
    // Words of a label (已形成典型案例 beside the label 典型案例数) are no title.
    const tail = chars.slice(-TITLE_BEFORE).join('');
    if (labels.some((l) => l.includes(tail))) continue;
    return true;
  }
  return false;
}

/** How sure a list of records is when a record's line goes on with text none of it holds. */
const ROW_LEFT = 0.5;

/**
 * A box mark right before a Han character on a record's line: people and units are not ticked,
 * so the box finder took a character for a box (邱兰 read ☑兰), and the row it opens is lost.
 */
const BOX_THEN_HAN = new RegExp(`[${CHECKED}${UNCHECKED}]\\p{Script=Han}`, 'u');

/** A line that is only the wrapped end of a cell: a few Han characters, nothing else. */
const WRAPPED_PIECE = /^\p{Script=Han}{1,4}$/u;

/** Han characters that may always be left beside a record's name on its line (a gender, 老师). */
const ROW_LEFT_HAN = 3;

const hanCount = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;

/**
 * Whether every record (a person, a member unit: anything with a name) took what its line says
 * after its name. On a scan, a border read in pieces or a cell split by strokes of text leaves a
 * row's cells out of the table: the finder then keeps the name and drops the rest (unit, title,
 * phone), or takes the row for part of the one above — each record sure, the list wrong. So
 * the text after each name, up to the end of its line, less every string of the value (and any
 * piece of one: a unit wrapped over two lines of its cell), must not hold more Han characters
 * than the record itself (nor more than a few when it holds fewer), nor a number as long as a
 * phone's: labels and a column the pack does not ask for (职务/职称, 手机, 分工) may stand
 * there; most of a row, or its phone, may not.
 */
function rowLeftConfidence(value: unknown, located: Located[], labels: readonly string[]): number {
  if (!Array.isArray(value)) return 1;
  const records = value.filter(
    (v): v is Record<string, unknown> =>
      !!v && typeof v === 'object' && typeof (v as Record<string, unknown>).name === 'string',
  );
  if (records.length === 0) return 1;
  for (const loc of located) {
    if (BOX_THEN_HAN.test(loc.page.text.slice(loc.start, loc.end))) return ROW_LEFT;
  }
  const leaves: { text: string; set: (v: string) => void }[] = [];
  stringLeaves(value, () => {}, leaves);
  const strings = leaves
    .map((l) => normalizeNoSpace(l.text))
    .filter((t) => t !== '')
    .sort((a, b) => b.length - a.length);
  const cut = [...strings, ...labels]
    .filter((s) => s.length >= 2)
    .sort((a, b) => b.length - a.length);
  for (const record of records) {
    const name = normalizeText(record.name as string).text;
    if (name.trim() === '') continue;
    const own: { text: string; set: (v: string) => void }[] = [];
    stringLeaves(record, () => {}, own);
    const held = own.reduce((sum, l) => sum + hanCount(l.text), 0);
    for (const loc of located) {
      const text = loc.page.text;
      const at = text.slice(loc.start, loc.end).indexOf(name);
      if (at < 0) continue;
      const from = loc.start + at + name.length;
      const lineEnd = text.indexOf('\n', from);
      const lineStart = text.lastIndexOf('\n', loc.start + at - 1) + 1;
      // The line around the name, less the name: labels before it (a role, 序号) are no field.
      const han = unheld(
        `${text.slice(lineStart, loc.start + at)}\u0000${text.slice(from, lineEnd < 0 ? text.length : lineEnd)}`,
      );
      if (han > Math.max(ROW_LEFT_HAN, held)) return ROW_LEFT;
      break;
    }
  }
  if (records.some((r) => pieceCellLeft(r, located, labels))) return ROW_LEFT;
  // The line right after a record's line holding a few Han characters alone that nothing took (教
  //师 of 高级教师 wrapped in its cell): the end of one of the record's fields, cut off.
  for (const record of records) {
    const name = normalizeText(record.name as string).text;
    if (name.trim() === '') continue;
    for (const loc of located) {
      const text = loc.page.text;
      const at = text.slice(loc.start, loc.end).indexOf(name);
      if (at < 0) continue;
      const lineEnd = text.indexOf('\n', loc.start + at);
      if (lineEnd < 0) break;
      const nextEnd = text.indexOf('\n', lineEnd + 1);
      const next = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd).replace(/\s+/g, '');
      if (WRAPPED_PIECE.test(next) && unheld(next) > 0) return ROW_LEFT;
      break;
    }
  }
  // A line between two records' lines that none took (a unit set below its row when the table's
  // columns fell apart, a row whose name was misread): fields or a row the list lost.
  for (const loc of located) {
    const lines = loc.page.text.slice(loc.start, loc.end).split('\n');
    const named = lines.map((l) =>
      records.some((r) => l.includes(normalizeText(r.name as string).text)),
    );
    const first = named.indexOf(true);
    const last = named.lastIndexOf(true);
    for (let i = first + 1; i < last; i++) {
      if (!named[i] && unheld(lines[i]!) > ROW_LEFT_HAN) return ROW_LEFT;
    }
  }
  return 1;

  /** Han characters of `text` no string of the value (nor piece of one) or label holds. */
  function unheld(text: string): number {
    let rest = text.replace(/\s+/g, '');
    for (const s of cut) rest = rest.split(s).join('\u0000');
    let han = 0;
    for (const piece of rest.split('\u0000')) {
      if (piece === '' || strings.some((s) => s.includes(piece))) continue;
      han += hanCount(piece);
      // A phone number on the row that no field holds: the record lost its phone.
      if (/\d{7}/.test(piece)) return Infinity;
    }
    return han;
  }
}

/**
 * Whether a record's line holds, beside one of its fields written whole, a cell that is a piece
 * of that field and no field itself: a column the record did not take (所在地区 葫芦岛市龙港区
 * beside the unit 葫芦岛市龙港区博雅第一初级中学), not a field cut over two cells (the field is
 * then whole nowhere on the line).
 */
function pieceCellLeft(
  record: Record<string, unknown>,
  located: Located[],
  labels: readonly string[],
): boolean {
  const squash = normalizeNoSpace;
  const own: { text: string; set: (v: string) => void }[] = [];
  stringLeaves(record, () => {}, own);
  const fields = own.map((l) => squash(l.text)).filter((t) => t !== '');
  const name = squash(record.name as string);
  for (const loc of located) {
    const { text, start, end } = sourceSpan(loc);
    for (const line of text.slice(start, end).split('\n')) {
      const words = line.split(/\s+/).map(squash);
      const at = words.findIndex((w) => w.includes(name));
      if (at < 0) continue;
      // Cells after the name only: a role and 序号 stand before it.
      for (const [i, w] of words.entries()) {
        if (i <= at || hanCount(w) < 2 || fields.includes(w)) continue;
        if (labels.some((l) => l.includes(w))) continue;
        const rest = words.filter((_, k) => k !== i);
        // Every field holding it whole beside it: a field it is a piece of that stands nowhere
        // whole (大连市沙河口 | 区, a region cut over two cells) says it is that field's piece.
        const holders = fields.filter((f) => f !== w && f.includes(w));
        // Whole: a cell of its own, or inside a cell that is no other field holding it (the
        // unit's name holds its region).
        const whole = (f: string) =>
          rest.some(
            (r) =>
              r === f ||
              (r.includes(f) && !fields.some((g) => g !== f && g.includes(f) && r.includes(g))),
          );
        if (holders.length > 0 && holders.every(whole)) {
          return true;
        }
      }
      break;
    }
  }
  return false;
}

/** A value's string found inside one of its quotes: its lowest and per-character confidence. */
function findLeaf(
  located: Located[],
  leaf: string,
): { confidence: number; perChar: number[] } | null {
  const wanted = normalizeText(leaf).text;
  if (wanted.trim() === '') return null;
  for (const loc of located) {
    const range = loc.page.text.slice(loc.start, loc.end);
    const at = range.indexOf(wanted);
    if (at < 0) continue;
    const start = loc.start + at;
    const perChar: number[] = [];
    for (let i = start; i < start + wanted.length; i++) {
      perChar.push(loc.page.ocr.confidence[loc.page.toSource[i]!] ?? 1);
    }
    return { confidence: Math.min(...perChar), perChar };
  }
  return null;
}
