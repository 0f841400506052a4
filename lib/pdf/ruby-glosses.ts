/**
 * Readings printed over names (ruby). A form that asks how its people's names are read (姓名上方
 * 注音) sets each reading small over the Han characters: HTML `<ruby>`, Word's phonetic guide
 * (拼音指南), a typist's line of pinyin or 注音符号 over the name. Read as text, the reading runs
 * into the name ("guì xiù桂琇") or stands as a row of its own above it; it is a gloss, never a
 * value, a cell or a row. A run of romanisation (pinyin syllables with tone marks or without, in
 * any case) or of 注音符号, set clearly smaller than the Han text right under it, over that text,
 * with about as many syllables as it stands over characters, is dropped before the page is laid
 * out. A small English word over a label is left alone unless it spells pinyin syllables (and
 * then it glossed the label, not a value).
 */
import type { LayoutItem } from './layout';

/** A gloss is at most this size against the text it stands over (ruby is about half). */
const SMALL = 0.75;
/** Its bottom stands at most this far (em of the base) over the base's top, and no lower than its middle. */
const ABOVE_EM = 0.7;
/** Items of one gloss: on one baseline, at most this far apart (em of the gloss). */
const RUN_GAP_EM = 1.2;
/** A gloss longer than this (characters) is no name's reading. */
const MAX_GLOSS = 80;
/** Past this many candidate–item pairs the page is no form (a hostile page): read as it is. */
const WORK_BUDGET = 5_000_000;

/** Latin letters with tone marks, apostrophes and hyphens between syllables; or 注音符号. */
const ROMAN_RUN = /^[\p{Script=Latin}\p{M}\s'’·-]+$/u;
const ZHUYIN_RUN = /^[\u3105-\u312f\u31a0-\u31bf\u02c7\u02ca\u02cb\u02d9\u02c9\s]+$/u;
const HAN = /\p{Script=Han}/u;

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
const FINAL =
  '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|er|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)';
/** Syllables with no initial open with a, o or e (i, u and ü are written yi, wu, yu). */
const BARE = '(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)';
/** One pinyin syllable, tone marks taken off and ü written v. */
const SYLLABLE = new RegExp(`^(?:${INITIAL}${FINAL}|${BARE})$`);

/** A word's letters without tone marks, ü as v, lower case. */
function plain(word: string): string {
  return word
    .toLowerCase()
    .replace(/[üǖǘǚǜ]/g, 'v')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/u:/g, 'v');
}

/**
 * The fewest and most syllables a word of pinyin splits into ("zhuge": 2, "xian": 1 or 2);
 * undefined when it is no pinyin.
 */
function syllableRange(word: string): [number, number] | undefined {
  const w = plain(word);
  if (!/^[a-z]+$/.test(w) || w.length > 30) return undefined;
  // Fewest and most syllables for each prefix (a syllable is at most 6 letters).
  const least: number[] = [0];
  const most: number[] = [0];
  for (let end = 1; end <= w.length; end++) {
    least[end] = Infinity;
    most[end] = -Infinity;
    for (let start = Math.max(0, end - 6); start < end; start++) {
      if (!Number.isFinite(least[start]!) || !SYLLABLE.test(w.slice(start, end))) continue;
      least[end] = Math.min(least[end]!, least[start]! + 1);
      most[end] = Math.max(most[end]!, most[start]! + 1);
    }
  }
  const [lo, hi] = [least[w.length]!, most[w.length]!];
  return Number.isFinite(lo) ? [lo, hi] : undefined;
}

/** How many syllables a gloss's text spells, as a range; undefined when it is no reading. */
export function glossSyllables(text: string): [number, number] | undefined {
  const t = text.trim();
  if (!t || t.length > MAX_GLOSS) return undefined;
  if (ZHUYIN_RUN.test(t)) {
    // 注音符号: a syllable ends at a tone mark or a space (the first tone has none).
    const n = t.split(/[\s\u02c7\u02ca\u02cb\u02d9\u02c9]+/).filter(Boolean).length;
    return n > 0 ? [n, n] : undefined;
  }
  if (!ROMAN_RUN.test(t)) return undefined;
  let lo = 0;
  let hi = 0;
  for (const word of t.split(/[\s'’·-]+/).filter(Boolean)) {
    const range = syllableRange(word);
    if (!range) return undefined;
    lo += range[0];
    hi += range[1];
  }
  return hi > 0 ? [lo, hi] : undefined;
}

/** Items one gloss is made of: candidates on one baseline, close together, left to right. */
function runsOf(candidates: LayoutItem[]): LayoutItem[][] {
  const sorted = [...candidates].sort((a, b) => b.baseline - a.baseline || a.rect[0] - b.rect[0]);
  const runs: LayoutItem[][] = [];
  for (const item of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (
      run &&
      last &&
      Math.abs(last.baseline - item.baseline) <= 0.2 * item.size &&
      Math.abs(last.size - item.size) <= 0.15 * item.size &&
      item.rect[0] - last.rect[2] <= RUN_GAP_EM * item.size
    ) {
      run.push(item);
    } else {
      runs.push([item]);
    }
  }
  return runs;
}

/**
 * Han characters of the base items whose middles stand under the gloss's width (the base's
 * characters spread evenly over its item, as ideographs are set); 0 when the gloss does not
 * stand right over larger Han text.
 */
function coveredHan(run: LayoutItem[], items: LayoutItem[]): number {
  const size = Math.max(...run.map((i) => i.size));
  const x0 = Math.min(...run.map((i) => i.rect[0]));
  const x1 = Math.max(...run.map((i) => i.rect[2]));
  const bottom = Math.min(...run.map((i) => i.rect[1]));
  let covered = 0;
  for (const base of items) {
    if (base.vertical || run.includes(base) || size > SMALL * base.size) continue;
    // Right under the gloss: the gloss's bottom between the base's middle and a little over its top.
    const top = base.baseline + 0.8 * base.size;
    if (bottom < base.baseline + 0.4 * base.size || bottom > top + ABOVE_EM * base.size) continue;
    if (base.rect[2] <= x0 || base.rect[0] >= x1) continue;
    const chars = Array.from(base.str);
    const step = (base.rect[2] - base.rect[0]) / Math.max(1, chars.length);
    chars.forEach((ch, k) => {
      const mid = base.rect[0] + (k + 0.5) * step;
      if (HAN.test(ch) && mid >= x0 - 0.25 * base.size && mid <= x1 + 0.25 * base.size) covered++;
    });
  }
  return covered;
}

/** The page's items without the readings printed over its names. */
export function withoutRubyGlosses(items: LayoutItem[]): LayoutItem[] {
  const candidates = items.filter(
    (i) => !i.vertical && i.str.length <= MAX_GLOSS && /\S/.test(i.str) && !HAN.test(i.str),
  );
  if (candidates.length === 0 || candidates.length * items.length > WORK_BUDGET) return items;
  const glosses = new Set<LayoutItem>();
  for (const run of runsOf(candidates)) {
    // Pieces of one word (a tone-marked letter set apart) join as they stand; a gap parts words.
    const text = run
      .map((i, k) =>
        k > 0 && i.rect[0] - run[k - 1]!.rect[2] > 0.15 * i.size ? ` ${i.str}` : i.str,
      )
      .join('');
    const syllables = glossSyllables(text);
    if (!syllables) continue;
    const covered = coveredHan(run, items);
    // About one syllable a character: a name's reading, or one character's (per-character ruby).
    if (covered === 0 || syllables[0] > covered + 1 || syllables[1] < covered - 1) continue;
    for (const i of run) glosses.add(i);
  }
  return glosses.size === 0 ? items : items.filter((i) => !glosses.has(i));
}
