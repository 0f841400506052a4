/**
 * The same words read twice on a scanned document. A unit, a place or a name stands in several
 * places (a header, a table, a signature); the recogniser reads each place on its own, so a rare
 * character read right in one (葫芦岛, 金鹗中学) may come out as a look-alike (胡芦岛, 湖芦岛) or
 * not at all (金中学) in another, each time fairly surely. A value whose reading differs by one
 * character from a reading elsewhere in the document is one of the two misread: the better read
 * of the two is taken, and the value is proposed for checking.
 */
import { normalizeNoSpace, normalizeText } from '../pdf/normalize';
import { CHAR_CONFIDENCE_FLOOR, type OcrPageText } from './page-text';

/** The document's read text, spaces left out, with each character's confidence. */
export interface ReadText {
  chars: string[];
  confidences: number[];
  /** Whether a word starts at each character, or ends there (a space, a mark or the edge beside it). */
  starts: boolean[];
  ends: boolean[];
}

/** A character inside a word: a letter (Han included) or a digit. */
const WORDY = /^[\p{L}\p{N}]$/u;

/**
 * Each page's characters by code point (𫖯 is one character, two UTF-16 units), with the
 * confidence of its first unit: value lengths and comparisons count code points too.
 */
export function readTexts(pages: readonly OcrPageText[]): ReadText[] {
  return pages.map((page) => {
    const chars: string[] = [];
    const confidences: number[] = [];
    const starts: boolean[] = [];
    const ends: boolean[] = [];
    const text = page.text;
    const points = Array.from(text);
    let unit = 0;
    for (let i = 0; i < points.length; unit += points[i]!.length, i++) {
      const c = points[i]!;
      if (c.trim() === '') continue;
      chars.push(c);
      confidences.push(page.ocr.confidence[page.toSource[unit]!] ?? 1);
      starts.push(!WORDY.test(points[i - 1] ?? ' '));
      ends.push(!WORDY.test(points[i + 1] ?? ' '));
    }
    return { chars, confidences, starts, ends };
  });
}

/** Characters whose differences are meant (第一/第三中学, 一级/二级教师, digits, letters). */
const MEANT_TO_DIFFER = /^[0-9A-Za-z〇零一二两三四五六七八九十百千]$/u;
const HAN = /^\p{Script=Han}$/u;

/** Values this short are left alone: two-character names differ by one character all the time. */
const MIN_LENGTH = 4;

export interface OtherReading {
  /** The value as read elsewhere. */
  text: string;
  /** Where in the value the two differ (the character the other reading has there). */
  at: number;
  /** How sure each reading is of the character where they differ (0 for one the value lacks). */
  ours: number;
  theirs: number;
  /** How often the other reading stands in the document, and how often the value as read. */
  count: number;
  ownCount: number;
}

/**
 * Readings elsewhere in the document that differ from `value` (read with `perChar` confidences)
 * by one Han character in its inside (a look-alike: 胡芦岛 for 葫芦岛), or by one Han character
 * the value lacks inside it (金中学 for 金鹗中学). Its own place is not counted (an identical
 * reading is no other one).
 */
export function otherReadings(
  value: string,
  perChar: readonly number[],
  texts: readonly ReadText[],
): OtherReading[] {
  const chars = Array.from(normalizeNoSpace(value));
  if (chars.length < MIN_LENGTH || chars.length !== perChar.length) return [];
  if (!chars.some((c) => HAN.test(c))) return [];
  const half = chars.length >> 1;
  const left = chars.slice(0, half);
  const right = chars.slice(half);
  const out = new Map<string, OtherReading>();
  for (const text of texts) {
    const consider = (from: number, length: number) => {
      if (from < 0 || from + length > text.chars.length) return;
      const found = oneApart(chars, text.chars.slice(from, from + length), perChar);
      if (!found) return;
      // A difference at an edge counts only where a word edge stands (长 of 校长 before 高级教师
      // is no reading of 正高级教师).
      if (found.at === 0 && !text.starts[from]) return;
      if (found.at === chars.length - 1 && !text.ends[from + length - 1]) return;
      const theirs = text.confidences[from + found.at]!;
      const known = out.get(found.text);
      if (known) {
        known.theirs = Math.max(known.theirs, theirs);
        return;
      }
      out.set(found.text, { ...found, theirs, count: 0, ownCount: 0 });
    };
    for (const at of starts(text, left)) {
      // The same start: a character changed or one more in the right half.
      consider(at, chars.length);
      consider(at, chars.length + 1);
    }
    for (const at of starts(text, right)) {
      // The same end: a character changed or one more in the left half.
      consider(at - half, chars.length);
      consider(at - half - 1, chars.length + 1);
    }
  }
  for (const reading of out.values()) {
    for (const text of texts) {
      reading.count += starts(text, Array.from(reading.text)).length;
      reading.ownCount += starts(text, chars).length;
    }
  }
  return [...out.values()];
}

/** Where each pair of characters starts in a text: built once per text, not per value. */
const pairIndex = new WeakMap<ReadText, Map<string, number[]>>();

function pairsOf(text: ReadText): Map<string, number[]> {
  let index = pairIndex.get(text);
  if (index) return index;
  index = new Map();
  for (let i = 0; i + 1 < text.chars.length; i++) {
    const key = text.chars[i]! + text.chars[i + 1]!;
    const at = index.get(key);
    if (at) at.push(i);
    else index.set(key, [i]);
  }
  pairIndex.set(text, index);
  return index;
}

/** Where `run` starts in `text` (runs of two characters or more are looked up by their first pair). */
function starts(text: ReadText, run: string[]): number[] {
  if (run.length === 0) return [];
  const chars = text.chars;
  const from =
    run.length >= 2
      ? (pairsOf(text).get(run[0]! + run[1]!) ?? [])
      : chars.flatMap((c, i) => (c === run[0] ? [i] : []));
  return from.filter((i) => {
    if (i + run.length > chars.length) return false;
    for (let k = 0; k < run.length; k++) if (chars[i + k] !== run[k]) return false;
    return true;
  });
}

/** `candidate` as a reading of `chars` one Han character apart inside (changed, or one more). */
function oneApart(
  chars: string[],
  candidate: string[],
  perChar: readonly number[],
): { text: string; at: number; ours: number } | null {
  const text = candidate.join('');
  if (candidate.length === chars.length) {
    const differ = chars.flatMap((c, i) => (c === candidate[i] ? [] : [i]));
    if (differ.length !== 1) return null;
    const at = differ[0]!;
    if (!HAN.test(chars[at]!) || !HAN.test(candidate[at]!)) return null;
    if (MEANT_TO_DIFFER.test(chars[at]!) || MEANT_TO_DIFFER.test(candidate[at]!)) return null;
    return { text, at, ours: perChar[at]! };
  }
  if (candidate.length !== chars.length + 1) return null;
  let at = 0;
  while (at < chars.length && chars[at] === candidate[at]) at++;
  if (at === 0 || at >= chars.length) return null; // inside only: 孙兰 beside 孙兰芳 is another name
  for (let i = at; i < chars.length; i++) if (chars[i] !== candidate[i + 1]) return null;
  const extra = candidate[at]!;
  if (!HAN.test(extra) || MEANT_TO_DIFFER.test(extra)) return null;
  // Where the value lacks a character, it is as sure of the gap as of the characters beside it.
  return { text, at, ours: Math.min(perChar[at - 1]!, perChar[at]!) };
}

/** How sure a value is that was read otherwise elsewhere in the document: proposed for checking. */
export const OTHER_READING = 0.6;

/** Another reading this unsure of its character is its own misreading (大莲市 for 大连市). */
const UNSURE_OTHER = 0.5;

/** Rounds of taking a better reading: a value may hold two misread characters (胡芦岛…救育馆). */
const ROUNDS = 3;

/**
 * The value as best read in the document, and whether a reading elsewhere differs from it. Two
 * readings both sure of their character are two words (高级教师, 特级教师; 推荐单位, 推选单位),
 * and a sure value read so more often than otherwise is taken as read (湘阴县 four times beside
 * one 湘阴具); otherwise the value is in doubt, and a reading elsewhere sure of its character
 * where the value is not replaces the value's character (胡芦岛市教育局 at 0.70 beside
 * 葫芦岛市教育局 at 0.91).
 */
export function betterReading(
  value: string,
  perChar: readonly number[],
  texts: readonly ReadText[],
): { text: string; differs: boolean } {
  const normal = normalizeText(value).text;
  // Per character (code point) of the value without its spaces; perChar counts UTF-16 units of
  // `normal`, a character beyond the BMP two of them: its first unit's stands for it.
  let confidences: number[] = [];
  let unit = 0;
  for (const c of normal) {
    if (c.trim() !== '') confidences.push(perChar[unit] ?? 1);
    unit += c.length;
  }
  // A value kept as written where its normal form differs (full-width marks): doubt, no edit.
  let text = normal.replace(/\s+/g, '');
  const editable = text === value;
  let differs = false;
  for (let round = 0; round < ROUNDS; round++) {
    const doubtful = otherReadings(text, confidences, texts).filter((r) => {
      if (r.ours >= CHAR_CONFIDENCE_FLOOR && r.theirs >= CHAR_CONFIDENCE_FLOOR) return false;
      if (r.ours >= CHAR_CONFIDENCE_FLOOR && (r.ownCount > r.count || r.theirs < UNSURE_OTHER)) {
        return false;
      }
      return true;
    });
    if (doubtful.length === 0) break;
    differs = true;
    const best = doubtful
      .filter((r) => r.theirs >= CHAR_CONFIDENCE_FLOOR && r.theirs > r.ours)
      .sort((a, b) => b.theirs - a.theirs || b.count - a.count)[0];
    if (!best || !editable) break;
    const before = Array.from(text).length;
    const after = Array.from(best.text).length;
    confidences =
      after === before
        ? confidences.map((p, i) => (i === best.at ? best.theirs : p))
        : [...confidences.slice(0, best.at), best.theirs, ...confidences.slice(best.at)];
    text = best.text;
  }
  return { text: editable ? text : value, differs };
}
