/**
 * Characters the recogniser cannot write, in words the pack's vocabulary holds. The recognition
 * dictionary lacks some rare characters (鹮 of 金鹮杯): a scan can never read them, and reads a
 * look-alike (金鹦杯, 金鹅杯) or takes the glyph for a box (金☑杯) instead — so the option's
 * wording, and the finder's pattern for it, never match on a scan. Where a page read by OCR
 * holds a run of Han characters of the pack's wordings (3 or more) with only such a character
 * read otherwise, and the reading there is unsure (below the character confidence floor) or
 * not a character the recogniser writes (a box's glyph), the character is written as the
 * wording has it. A character read surely stays as read: 金鹏杯 is a cup of its own.
 */
import { normalizeText } from '../pdf/normalize';
import type { PageText } from '../pdf/text';
import { escapeRegex } from '../regex';
import { CHAR_CONFIDENCE_FLOOR, isOcrPageText } from './page-text';

const HAN = /^\p{Script=Han}$/u;
/** A run of the wording this long around the character: short runs match too much. */
const MIN_RUN = 3;

interface Spelling {
  pattern: RegExp;
  /** Offsets in the match (UTF-16 units) of the characters to write, and what to write. */
  fixes: { at: number; c: string }[];
}

/** Patterns for the runs of `wordings` holding a Han character not in `dictionary`. */
export function packSpellings(
  wordings: readonly string[],
  dictionary: ReadonlySet<string>,
): Spelling[] {
  const out = new Map<string, Spelling>();
  for (const wording of wordings) {
    const chars = Array.from(normalizeText(wording).text);
    for (let i = 0; i < chars.length; i++) {
      if (!HAN.test(chars[i]!) || dictionary.has(chars[i]!)) continue;
      let from = i;
      let to = i + 1;
      while (from > 0 && HAN.test(chars[from - 1]!)) from--;
      while (to < chars.length && HAN.test(chars[to]!)) to++;
      const run = chars.slice(from, to);
      if (run.length < MIN_RUN || run.some((c) => c.length !== 1)) continue;
      const key = run.join('');
      if (out.has(key)) continue;
      const fixes: Spelling['fixes'] = [];
      const source = run
        .map((c, k) => {
          if (dictionary.has(c)) return escapeRegex(c);
          fixes.push({ at: k, c });
          return '[^\\s]';
        })
        .join('');
      out.set(key, { pattern: new RegExp(source, 'gu'), fixes });
      i = to - 1;
    }
  }
  return [...out.values()];
}

/**
 * Pages read by OCR with the pack's rare characters written where their runs stand and the
 * character read in its place is unsure or not in the recogniser's `dictionary`.
 */
export function spellPackWordings(
  pages: readonly PageText[],
  spellings: readonly Spelling[],
  dictionary: ReadonlySet<string>,
  /** Source offsets of a page that are not OCR's reading (a mixed page's typed words): kept. */
  kept: (page: PageText, source: number) => boolean = () => false,
): PageText[] {
  if (spellings.length === 0) return [...pages];
  return pages.map((page) => {
    if (!isOcrPageText(page)) return page;
    const text = page.text.split('');
    const source = page.source.split('');
    const items = page.items.slice();
    let changed = false;
    for (const { pattern, fixes } of spellings) {
      for (const m of page.text.matchAll(pattern)) {
        // Only a match of one unit per character: then offsets in the match are characters.
        if (Array.from(m[0]).length !== m[0].length) continue;
        for (const { at, c } of fixes) {
          const t = m.index + at;
          const s = page.toSource[t]!;
          if (text[t] === c || source[s] !== page.text[t] || kept(page, s)) continue;
          const sure = (page.ocr.confidence[s] ?? 1) >= CHAR_CONFIDENCE_FLOOR;
          if (sure && dictionary.has(source[s]!)) continue;
          text[t] = c;
          source[s] = c;
          const k = items.findIndex((it) => it.sourceStart <= s && s < it.sourceEnd);
          if (k >= 0) {
            const item = items[k]!;
            const str = item.str.split('');
            if (str[s - item.sourceStart] === page.text[t]) {
              str[s - item.sourceStart] = c;
              items[k] = { ...item, str: str.join('') };
            }
          }
          changed = true;
        }
      }
    }
    return changed ? { ...page, text: text.join(''), source: source.join(''), items } : page;
  });
}
