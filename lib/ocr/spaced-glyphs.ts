/**
 * Letter-spaced text on a scan: a justified cell ("岳 阳 楼 区 教 育 体 育 局" spread across its
 * width) comes out of the detector as one box per character, each a "word" of its own. The
 * layout then sees a row of one-character cells and a label's value stops at its first
 * character ("推选部门 | 岳"). A text layer has the same problem in another form, and closes it
 * in lib/pdf/letter-spacing.ts; here the one-glyph items of a run set at one pitch are joined
 * into one item, as the detector would have read them had they stood closer.
 *
 * A run is at least MIN_GLYPHS Han characters, one each, on one baseline, in one size, wider
 * apart than a word's characters and at one pitch (each gap within PITCH_SLACK of the run's
 * median); a table border between two of them ends the run (single characters in a ruled grid
 * are cells). A "+" inside such a run is 十 misread (岳阳市第+四中学), joined as 十 and not surely.
 * Anything else is left as it was read.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { upperMedian } from '../median';
import type { Ruling } from '../pdf/rulings';

const MIN_GLYPHS = 3;
const PITCH_SLACK = 0.35;
/** Gaps (in sizes) a run may have: wider than a word's, and no wider than a spread cell's. */
const MIN_GAP = 0.3;
const MAX_GAP = 8;
const HAN = /^\p{Script=Han}$/u;
/** 十 as the recogniser reads it alone in its box; inside a run it is 十, not surely (0.6). */
const PLUS = /^[+＋]$/;
const PLUS_AS_SHI = 0.6;

interface Glyph {
  index: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

function glyphOf(item: TextItem, index: number): Glyph | undefined {
  const [a, b, c, d, e, f] = item.transform as number[];
  // Upright text only: a turned item's box is not along x.
  if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3 || a! <= 0 || d! <= 0) return undefined;
  if (!HAN.test(item.str) && !PLUS.test(item.str)) return undefined;
  return { index, x0: e!, x1: e! + item.width, y: f!, size: d! };
}

function walled(a: Glyph, b: Glyph, walls: Ruling[]): boolean {
  return walls.some(
    (w) => w.at > a.x1 && w.at < b.x0 && w.from <= a.y + a.size && w.to >= a.y - 0.2 * a.size,
  );
}

/** Runs of glyph indices (into `items`) that are one letter-spaced word each. */
function spacedRuns(items: TextItem[], walls: Ruling[]): Glyph[][] {
  const glyphs = items
    .map((item, i) => glyphOf(item, i))
    .filter((g): g is Glyph => g !== undefined)
    .sort((p, q) => p.y - q.y || p.x0 - q.x0);
  // One baseline: within a third of a size of the row's first glyph.
  const rows: Glyph[][] = [];
  for (const g of glyphs) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(g.y - row[0]!.y) <= row[0]!.size / 3) row.push(g);
    else rows.push([g]);
  }
  const runs: Glyph[][] = [];
  for (const row of rows) {
    row.sort((p, q) => p.x0 - q.x0);
    let run: Glyph[] = [];
    const close = () => {
      // A 十 read as + stands between characters, never at a run's end.
      while (run.length > 0 && PLUS.test(items[run[run.length - 1]!.index]!.str)) run.pop();
      while (run.length > 0 && PLUS.test(items[run[0]!.index]!.str)) run.shift();
      if (run.length >= MIN_GLYPHS && atOnePitch(run)) runs.push(run);
      run = [];
    };
    for (const g of row) {
      const last = run[run.length - 1];
      const gap = last ? (g.x0 - last.x1) / last.size : 0;
      const fits =
        last !== undefined &&
        gap >= MIN_GAP &&
        gap <= MAX_GAP &&
        Math.max(g.size, last.size) <= 1.3 * Math.min(g.size, last.size) &&
        !walled(last, g, walls);
      if (!fits) close();
      run.push(g);
    }
    close();
  }
  return runs;
}

function atOnePitch(run: Glyph[]): boolean {
  const pitches = run.slice(1).map((g, i) => g.x0 - run[i]!.x0);
  const m = upperMedian(pitches)!;
  return pitches.every((p) => Math.abs(p - m) <= PITCH_SLACK * m);
}

/**
 * The items with each letter-spaced run joined into one item (its first glyph's place, the run's
 * width), and the confidences joined alike. Items not in a run keep their order.
 */
export function withSpacedGlyphsJoined(
  items: TextItem[],
  confidences: number[][],
  rulings: Ruling[],
): { items: TextItem[]; confidences: number[][] } {
  const walls = rulings.filter((r) => !r.horizontal);
  const runs = spacedRuns(items, walls);
  if (runs.length === 0) return { items, confidences };
  const joinedAt = new Map<number, Glyph[]>();
  const dropped = new Set<number>();
  for (const run of runs) {
    joinedAt.set(run[0]!.index, run);
    for (const g of run.slice(1)) dropped.add(g.index);
  }
  const outItems: TextItem[] = [];
  const outConfidences: number[][] = [];
  items.forEach((item, i) => {
    if (dropped.has(i)) return;
    const run = joinedAt.get(i);
    if (!run) {
      outItems.push(item);
      outConfidences.push(confidences[i]!);
      return;
    }
    const last = run[run.length - 1]!;
    outItems.push({
      ...item,
      str: run.map((g) => (PLUS.test(items[g.index]!.str) ? '十' : items[g.index]!.str)).join(''),
      width: last.x1 - run[0]!.x0,
    });
    outConfidences.push(
      run.flatMap((g) =>
        PLUS.test(items[g.index]!.str)
          ? [Math.min(confidences[g.index]![0] ?? 1, PLUS_AS_SHI)]
          : confidences[g.index]!,
      ),
    );
  });
  return { items: outItems, confidences: outConfidences };
}
