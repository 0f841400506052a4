/**
 * Line breaking for the PDFs we typeset: Chinese breaks between any two characters, Latin between
 * words, closing punctuation never starts a line, and a token wider than the line is cut. Widths
 * are summed per character from a cache (fontkit's per-string layout is too slow for reports).
 */
import type { PDFFont } from 'pdf-lib';
import { printable } from './fonts';

/** Characters that must not begin a line (a light 禁则): they stay with the text before them. */
export const NO_LINE_START = new Set([...'，。、；：？！）】》」』”’,.;:?!)]}%…—·']);
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export class Measure {
  private readonly cache = new Map<string, number>();
  constructor(readonly font: PDFFont) {}
  width(text: string, size: number): number {
    let w = 0;
    for (const ch of text) {
      let cw = this.cache.get(ch);
      if (cw === undefined) {
        cw = this.font.widthOfTextAtSize(ch, 1000) / 1000;
        this.cache.set(ch, cw);
      }
      w += cw;
    }
    return w * size;
  }
}

/** Break into tokens that may not be split: one CJK character, a Latin word, a space. */
function tokens(paragraph: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of paragraph) {
    if (ch === ' ' || CJK.test(ch)) {
      if (word) out.push(word);
      word = '';
      if (NO_LINE_START.has(ch) && out.length) out[out.length - 1] += ch;
      else out.push(ch);
    } else if (NO_LINE_START.has(ch) && !word && out.length) {
      out[out.length - 1] += ch;
    } else {
      word += ch;
    }
  }
  if (word) out.push(word);
  return out;
}

export function wrap(m: Measure, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of printable(text).split('\n')) {
    const first = lines.length;
    let line = '';
    let lineWidth = 0;
    for (const token of tokens(paragraph)) {
      const w = m.width(token, size);
      if (line && lineWidth + w > width) {
        lines.push(line.trimEnd());
        if (token === ' ') {
          line = '';
          lineWidth = 0;
          continue;
        }
        line = '';
        lineWidth = 0;
      }
      // A single token wider than the line (a long URL) is cut by characters.
      if (!line && w > width) {
        let part = '';
        for (const ch of token) {
          // Closing punctuation hangs past the measure rather than start the next line.
          if (part && m.width(part + ch, size) > width && !NO_LINE_START.has(ch)) {
            lines.push(part);
            part = '';
          }
          part += ch;
        }
        line = part;
        lineWidth = m.width(part, size);
        continue;
      }
      line += token;
      lineWidth += w;
    }
    // A space that overflowed already ended the last line: no empty line after it.
    if (line.trim() || lines.length === first) lines.push(line.trimEnd());
  }
  return lines;
}
