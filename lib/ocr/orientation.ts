/**
 * Which way up a page image is. Scanners hand back sheets fed sideways or upside down, and
 * documents hold landscape pages drawn turned without a /Rotate flag; the recogniser reads
 * upright text only (a sideways page lost 36–40% of its characters). Two cheap signs say when
 * to look closer: text lines that mostly run down the page (a quarter turn), and a page whose
 * longest lines (read first) read with low confidence (perhaps upside down). Only then are a few
 * lines read again another way up, and the page is turned when they read clearly better.
 */
import type { RotatedRect } from './geometry';

/** A box this many times longer than thick runs one way; squarer ones (one character) say nothing. */
const ELONGATED = 2;
/** Lines read again in each way up tried: one recognition batch. */
export const SAMPLE_LINES = 8;
/**
 * When a sample read another way up reads clearly better (mean character confidence, 0–1): at
 * least CLEARLY_HIGHER higher, and with at most half the doubt (1 − confidence). Upright text
 * reads at 0.97–1; turned text at 0–0.9 (a few sideways lines read one square at a time can
 * reach 0.88, so a fixed margin alone would be too strict or too loose).
 */
export function clearlyBetter(candidate: number, asIs: number): boolean {
  return candidate >= asIs + CLEARLY_HIGHER && 1 - candidate <= (1 - asIs) / 2;
}
const CLEARLY_HIGHER = 0.05;

/** An upright-looking page whose longest lines read below this is tried upside down. */
export const FLIP_CHECK_BELOW = 0.9;

/**
 * Do the page's text lines mostly run down it? Measured by length: the vertical label column of
 * an upright form (单位名称 one character a line in a merged cell) is short beside the page's
 * horizontal lines, while a page turned a quarter has nearly all its lines standing.
 */
export function runsDownThePage(boxes: RotatedRect[]): boolean {
  let down = 0;
  let across = 0;
  for (const b of boxes) {
    if (b.height >= ELONGATED * b.width) down += b.height;
    else if (b.width >= ELONGATED * b.height) across += b.width;
  }
  return down > across;
}

/** Characters (line heights) of each sampled line read: enough to judge, cheap to read. */
const SAMPLE_LENGTH = 10;

/**
 * The longest lines (by their long side), the ones that tell a reading from noise best, each cut
 * to its middle SAMPLE_LENGTH characters: reading a sample costs a fraction of reading the page.
 */
export function sampleLines(boxes: RotatedRect[], count = SAMPLE_LINES): RotatedRect[] {
  return boxes
    .slice()
    .sort((a, b) => Math.max(b.width, b.height) - Math.max(a.width, a.height))
    .slice(0, count)
    .map((b) =>
      b.width >= b.height
        ? { ...b, width: Math.min(b.width, SAMPLE_LENGTH * b.height) }
        : { ...b, height: Math.min(b.height, SAMPLE_LENGTH * b.width) },
    );
}

/** The same box read the other way round (its strip comes out upside down). */
export function flipped(box: RotatedRect): RotatedRect {
  return { ...box, angle: box.angle + Math.PI };
}

/** Mean character confidence of some readings (0 when nothing was read). */
export function meanConfidence(readings: { p: number }[][]): number {
  let sum = 0;
  let count = 0;
  for (const chars of readings) {
    for (const c of chars) {
      sum += c.p;
      count++;
    }
  }
  return count === 0 ? 0 : sum / count;
}
