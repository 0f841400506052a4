/**
 * A character no answer on a Chinese form holds: a control character (a tab between two cells
 * read as one), the replacement character or a private-use code point (a glyph the font maps to
 * nothing), or a Latin letter with an accent pinyin does not use ("Ý" where a list's number "4."
 * was drawn in a font the text layer garbles). Such a character shows the value was joined from
 * pieces or read through a broken mapping: the reviewer should check it.
 */
import type { CertaintyCheck } from '.';
import { valueStrings } from './value-strings';

/** Latin letters with diacritics, less those pinyin writes (tone marks, ü). */
const PINYIN = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ]/u;
/** Control characters, private use, the replacement character, accented Latin letters. */
const STRAY = /[\p{Cc}\p{Co}\ufffd\u00c0-\u024f]/gu;

/** Signs of arithmetic (AI×教育), not letters; line breaks (a value wrapped over lines). */
const ALLOWED = /[×÷\n\r]/u;

/** Whether a text holds a stray character. */
export function strayGlyph(text: string): boolean {
  for (const m of text.slice(0, 600).matchAll(STRAY)) {
    if (!PINYIN.test(m[0]) && !ALLOWED.test(m[0])) return true;
  }
  return false;
}

export const strayGlyphs: CertaintyCheck = {
  name: 'stray-glyph',
  check(_id, fact) {
    return valueStrings(fact.value).some(strayGlyph) ? 'strayGlyph' : undefined;
  },
};
