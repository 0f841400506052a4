/**
 * Runs that a cell's vertical border crosses, cut at the border: pdf.js joins runs that sit close
 * together into one item, so two cells' texts ("主持单位甲校", "13821375556岳阳县教") can come as
 * one run over a wall. Where to cut: at a space near the wall, where half-width characters meet
 * full-width ones, where the next column's texts start, else by equal advance. A run drawn over
 * the next cell's own text (a label too long for its column) is its own cell's and kept whole.
 */
import type { LayoutItem } from './layout';
import type { Ruling } from './rulings';

/** Runs of one baseline looked at: a hostile page with thousands on one line is cut short. */
export const MAX_RUNS_LOOKED_AT = 256;

/**
 * A run past a wall over another run by more than this (of an em) is drawn over it: pieces of
 * one run pdf.js joined only abut. Half a character is enough: a spreadsheet's label run on over
 * an empty cell ends its last character just past the next cell's wall, over the value's start.
 */
const DRAWN_OVER = 0.3;

/** Horizontal items sorted by baseline, to find those of one line without a quadratic scan. */
function byBaseline(items: LayoutItem[]): LayoutItem[] {
  return items.filter((i) => !i.vertical).sort((a, b) => a.baseline - b.baseline);
}

/**
 * Is the item's part past `wall` drawn over another run of its line? A label too long for its
 * column, set by a generator that neither wraps nor clips (ReportLab's drawString, FPDF's Cell),
 * runs on over the next cell's own text: the two runs overlap, which the pieces of one run pdf.js
 * joined across cells never do. Such a run is its own cell's text, kept whole.
 */
function drawnOver(item: LayoutItem, wall: number, sorted: LayoutItem[]): boolean {
  const tolerance = 0.3 * item.size;
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.baseline < item.baseline - tolerance) lo = mid + 1;
    else hi = mid;
  }
  // A line holds a few dozen runs; a hostile page with thousands on one baseline is cut short.
  for (let k = lo; k < Math.min(sorted.length, lo + MAX_RUNS_LOOKED_AT); k++) {
    const other = sorted[k]!;
    if (other.baseline > item.baseline + tolerance) break;
    // Starts past the wall, at least a character before the run ends.
    if (
      other !== item &&
      other.rect[0] > wall &&
      other.rect[0] < item.rect[2] - DRAWN_OVER * item.size
    )
      return true;
  }
  return false;
}

/** Where the page's horizontal runs start, sorted. */
function startsOf(items: LayoutItem[]): number[] {
  return items
    .filter((i) => !i.vertical)
    .map((i) => i.rect[0])
    .sort((a, b) => a - b);
}

/** Runs looked at to learn a column's padding. */
const PADDING_SAMPLE = 64;

/**
 * The cut of a run crossing `wall` where the column past it has its texts start (its end when
 * it ends there): the padding
 * (from the wall) most runs starting within two characters past the wall share; undefined when
 * fewer than two runs start there, the padding is no padding, or no character boundary of the
 * run falls there.
 */
function cutAtPadding(
  x0: number,
  advance: number,
  wall: number,
  start: number,
  length: number,
  starts: number[],
): number | undefined {
  if (!(advance > 0)) return undefined;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= wall) lo = mid + 1;
    else hi = mid;
  }
  const pads: number[] = [];
  for (let k = lo; k < Math.min(starts.length, lo + PADDING_SAMPLE); k++) {
    const pad = starts[k]! - wall;
    if (pad > 2 * advance) break;
    pads.push(pad);
  }
  if (pads.length < 2) return undefined;
  // The padding shared by most of them (within a tenth of a character).
  let best = pads[0]!;
  let bestCount = 0;
  for (const p of pads) {
    let count = 0;
    for (const q of pads) if (Math.abs(p - q) <= 0.1 * advance) count++;
    if (count > bestCount) [best, bestCount] = [p, count];
  }
  if (bestCount < 2 || best < 0.2 * advance) return undefined;
  const cut = Math.round((wall + best - x0) / advance);
  // A run ending where the next column's texts start is all its own cell's (drawn on over the
  // wall up to the next cell's text, a run of its own).
  if (cut <= start || cut > length) return undefined;
  return Math.abs(x0 + cut * advance - (wall + best)) <= 0.15 * advance ? cut : undefined;
}

const HALF_WIDTH = /[\x21-\x7e]/;

/**
 * Where each character of a run starts and the run ends (chars.length + 1 offsets), placing the
 * characters at their widths: half-width ones (digits, Latin) half an em, spaces less; undefined
 * for a run of one kind only (equal advance places it as well).
 */
function placedByWidth(chars: string[], x0: number, x1: number): number[] | undefined {
  const weights = chars.map((c) => (HALF_WIDTH.test(c) ? 0.5 : /\s/.test(c) ? 0.3 : 1));
  if (weights.every((w) => w === weights[0])) return undefined;
  let total = 0;
  for (const w of weights) total += w;
  const unit = (x1 - x0) / total;
  const at = [x0];
  for (const w of weights) at.push(at.at(-1)! + w * unit);
  return at;
}

/**
 * Where, within two characters of the wall, a run of half-width characters (digits, Latin) meets
 * full-width ones; undefined for none.
 */
function scriptTurnAt(
  chars: string[],
  placed: number[],
  wall: number,
  start: number,
): number | undefined {
  // The character whose middle is the last before the wall, by halving.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((placed[mid]! + placed[mid + 1]!) / 2 < wall) lo = mid + 1;
    else hi = mid;
  }
  const half = (i: number) => HALF_WIDTH.test(chars[i]!);
  for (const d of [0, 1, -1, 2, -2]) {
    const cut = lo + d;
    if (cut <= start || cut >= chars.length) continue;
    if (half(cut - 1) !== half(cut) && !/\s/.test(chars[cut - 1]!) && !/\s/.test(chars[cut]!))
      return cut;
  }
  return undefined;
}

/**
 * The cut after a space that the characters' widths place within an em of the wall (the space
 * pdf.js put where two cells' runs met), nearest the wall; undefined for none.
 */
function spaceAtWall(
  chars: string[],
  placed: number[],
  wall: number,
  start: number,
  size: number,
): number | undefined {
  // The character at the wall, by halving; an em holds at most a few characters either side.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid]! < wall) lo = mid + 1;
    else hi = mid;
  }
  const gapAt = (k: number) => Math.abs((placed[k - 1]! + placed[k]!) / 2 - wall);
  let best: number | undefined;
  for (let k = Math.max(start + 1, lo - 6); k < Math.min(chars.length, lo + 7); k++) {
    if (!/\s/.test(chars[k - 1]!) || gapAt(k) > size) continue;
    if (best === undefined || gapAt(k) < gapAt(best)) best = k;
  }
  return best;
}

/** Split items that a vertical border crosses (pdf.js joins runs that sit close together). */
export function splitAtWalls(items: LayoutItem[], verticals: Ruling[]): LayoutItem[] {
  const out: LayoutItem[] = [];
  let sorted: LayoutItem[] | undefined;
  let starts: number[] | undefined;
  for (const item of items) {
    const chars = Array.from(item.str);
    if (item.vertical || chars.length < 2) {
      out.push(item);
      continue;
    }
    const cy = (item.rect[1] + item.rect[3]) / 2;
    const [x0, , x1] = item.rect;
    const walls = verticals
      .filter((v) => v.at > x0 + 3 && v.at < x1 - 3 && v.from <= cy && v.to >= cy)
      .map((v) => v.at)
      .sort((a, b) => a - b);
    sorted ??= walls.length > 0 ? byBaseline(items) : undefined;
    if (walls.length === 0 || drawnOver(item, walls[0]!, sorted!)) {
      out.push(item);
      continue;
    }
    // Equal advance per character: good for CJK, close enough for the rest.
    const advance = (x1 - x0) / chars.length;
    let placed: number[] | null | undefined;
    let start = 0;
    let from = x0;
    for (const wall of [...walls, Infinity]) {
      let end = wall === Infinity ? chars.length : Math.round((wall - x0) / advance);
      // A space at the cut (or a character off, spaces being narrower than the advance) is
      // where pdf.js joined two cells' texts (a spreadsheet's cells in one run): the cut is
      // there, and the pieces meet at the wall, each inside its own cell.
      const spaced =
        wall === Infinity
          ? undefined
          : [end, end + 1, end - 1].find(
              (k) => k > start && k < chars.length && /\s/.test(chars[k - 1]!),
            );
      // A space the run's widths place at the wall (a phone after a Han cell's text: digits are
      // half as wide, so the equal advance above misplaces the space by characters).
      placed ??= placedByWidth(chars, x0, x1) ?? null;
      const spacedByWidth =
        wall === Infinity || spaced !== undefined || !placed
          ? undefined
          : spaceAtWall(chars, placed, wall, start, item.size);
      if (spaced !== undefined) end = spaced;
      else if (spacedByWidth !== undefined) end = spacedByWidth;
      // Digits or Latin run straight into the next cell's Han text ("13821375556岳阳县教", a phone
      // wider than its column): half-width characters take half the advance, and the cut is where
      // the script changes next to the wall, the pieces meeting at it.
      const turn =
        wall === Infinity || spaced !== undefined || spacedByWidth !== undefined || !placed
          ? undefined
          : scriptTurnAt(chars, placed, wall, start);
      if (turn !== undefined) end = turn;
      // Text too long for its cell, drawn on (an inserted row of tracked changes does not wrap)
      // and joined by pdf.js to the next cell's: the next cell's text starts where that
      // column's texts start, its padding past the wall; a character boundary there is the cut.
      const byPadding =
        wall !== Infinity &&
        spaced === undefined &&
        spacedByWidth === undefined &&
        turn === undefined;
      if (byPadding) starts ??= startsOf(items);
      const padded =
        byPadding && starts
          ? cutAtPadding(x0, advance, wall, start, chars.length, starts)
          : undefined;
      if (padded !== undefined) end = padded;
      if (end > start) {
        const meet =
          spaced !== undefined ||
          spacedByWidth !== undefined ||
          turn !== undefined ||
          padded !== undefined;
        const to = meet ? wall : x0 + end * advance;
        out.push({
          ...item,
          str: chars.slice(start, end).join(''),
          rect: [from, item.rect[1], to, item.rect[3]],
        });
        start = end;
        from = to;
      }
    }
  }
  return out;
}
