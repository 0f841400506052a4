/**
 * The font size of a scanned page's text, from where its Han characters stand. The detector's
 * line boxes are padded (DB's unclip grows each text region by about its own half-height), so a
 * box is some 1.3 times as high as the font; the layout reads sizes as font sizes (a cell gap of
 * 1.8 font sizes, a word space of 0.15, a line's baseline tolerance of 0.4). Han characters are
 * set one em apart, so the page's usual distance between two neighbouring ones, against the
 * height of their box, says how much of a box the font fills.
 */
import { median } from '../median';
import type { OcrLine } from './engine';

const HAN = /^\p{Script=Han}$/u;
/** A line needs this many Han neighbours for its spacing to be measured. */
const MIN_PAIRS = 3;
/** And the page this many such lines; otherwise boxes are taken as they are. */
const MIN_LINES = 3;
/** Bounds of the share: outside them the measure went wrong, not the font. */
const LOWEST = 0.55;

/**
 * The share of a line box's height (across the line) that the font's size is on this page, 1
 * when it cannot be told. The median over lines, so letter-spaced labels (学    段) and lines
 * stretched to the width (justified) do not move it.
 */
export function fontShare(lines: readonly OcrLine[]): number {
  const shares: number[] = [];
  for (const line of lines) {
    const across = line.vertical ? line.box.width : line.box.height;
    if (!(across > 0)) continue;
    // Averaged over each run of neighbours: a character's place along the line is known only to
    // a step of the recogniser's output (about a quarter of a character), one pitch is too coarse.
    let span = 0;
    let pairs = 0;
    for (let i = 0; i + 1 < line.chars.length; i++) {
      const a = line.chars[i]!;
      const b = line.chars[i + 1]!;
      if (!HAN.test(a.c) || !HAN.test(b.c)) continue;
      span += (b.u0 + b.u1) / 2 - (a.u0 + a.u1) / 2;
      pairs++;
    }
    if (pairs < MIN_PAIRS) continue;
    shares.push(span / pairs / across);
  }
  if (shares.length < MIN_LINES) return 1;
  return Math.min(1, Math.max(LOWEST, median(shares)!));
}
