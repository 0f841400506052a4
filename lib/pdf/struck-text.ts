/**
 * Values struck through and written again. An office that corrects a form before sending it
 * (or a reviewer's copy marked up in a PDF editor) leaves the old value in place with a line
 * drawn through it and writes the new one right after it, often with a small "更正" over it:
 * "三级教师 一级教师" with a line across "三级教师". The line is drawn, not written, so the text
 * alone reads both values run together. Here a horizontal segment (stroked line or thin filled
 * rectangle, any colour) across the middle of glyphs, no longer than the glyphs it crosses,
 * strikes those characters out. Where a replacement stands beside them in the same cell (after
 * them, or before them as Word's tracked changes may print it, or at the start of the cell's
 * next line when the struck text ends its line), the struck characters and the correction mark
 * over the new value are not read. A struck value with nothing beside it stays (a row struck out
 * is the remark's to say, see withdrawn-rows.ts); either way the strike line is no table border
 * and does not cut a cell in two.
 */
import type { LayoutItem } from './layout';
import type { Ruling } from './rulings';
import { WorkBudget, withinBudget } from './work-budget';

/** The strike crosses glyphs between these heights over the baseline (em): their middle. */
const MIDDLE_LOW_EM = 0.15;
const MIDDLE_HIGH_EM = 0.6;
/** The glyphs it crosses cover at least this share of the line (a border runs past the text). */
const MIN_COVER = 0.8;
/** The replacement starts at most this far after the strike's end (em). */
const REPLACEMENT_GAP_EM = 3;
/** A line whose two ends meet walls this closely (pt) is a cell's border, not a strike. */
const WALL_MEET = 0.6;
/** Small words an office writes over a corrected value. */
const CORRECTION_MARK =
  /^[（(［[]?(?:更正|已更正|更改|已更改|修改|已修改|改正|订正|校正|勘误|改)[)）］\]]?$/;
/** A label's end: the text before a struck value is no replacement then. */
const LABEL_END = /[:：]\s*$/;
/** More strikes than this on a page is no corrected form (a hostile page): read as it is. */
const MAX_STRIKES = 300;
/**
 * Steps of work (an item or wall looked at for a ruling, strike or piece) a page may take; past
 * them the page is no form (a hostile page, e.g. 100,000 walls beside 10,000 items on a line):
 * read as it is.
 */
const WORK_BUDGET = 5_000_000;

interface Strike {
  ruling: Ruling;
  /** Baseline and size of the text it crosses. */
  baseline: number;
  size: number;
}

/** Each character's x extent: ideographs and full-width forms take an em, others about half. */
function charSpans(item: LayoutItem, chars: string[]): [number, number][] {
  const weights = chars.map((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (/\s/.test(ch)) return 0.3;
    return code >= 0x2e80 ? 1 : 0.55;
  });
  const total = weights.reduce((s, w) => s + w, 0) || 1;
  const unit = (item.rect[2] - item.rect[0]) / total;
  const spans: [number, number][] = [];
  let x = item.rect[0];
  for (const w of weights) {
    spans.push([x, x + w * unit]);
    x += w * unit;
  }
  return spans;
}

const crosses = (r: Ruling, item: LayoutItem) =>
  !item.vertical &&
  r.at >= item.baseline + MIDDLE_LOW_EM * item.size &&
  r.at <= item.baseline + MIDDLE_HIGH_EM * item.size &&
  item.rect[0] < r.to &&
  item.rect[2] > r.from;

function meetsWall(x: number, at: number, walls: Ruling[], budget: WorkBudget): boolean {
  budget.charge(walls.length);
  return walls.some((w) => Math.abs(w.at - x) <= WALL_MEET && w.from <= at + 1 && w.to >= at - 1);
}

/** The horizontal rulings that strike text through, with the text's baseline and size. */
function findStrikes(items: LayoutItem[], rulings: Ruling[], budget: WorkBudget): Strike[] {
  const walls = rulings.filter((r) => !r.horizontal);
  const strikes: Strike[] = [];
  for (const r of rulings) {
    if (!r.horizontal) continue;
    budget.charge(items.length);
    let covered = 0;
    let crossed: LayoutItem | undefined;
    for (const item of items) {
      if (!crosses(r, item)) continue;
      covered += Math.min(item.rect[2], r.to) - Math.max(item.rect[0], r.from);
      crossed ??= item;
    }
    if (!crossed || covered < MIN_COVER * (r.to - r.from)) continue;
    if (meetsWall(r.from, r.at, walls, budget) && meetsWall(r.to, r.at, walls, budget)) continue;
    strikes.push({ ruling: r, baseline: crossed.baseline, size: crossed.size });
  }
  return strikes;
}

/** Pieces of an item: runs of characters all struck or all not. */
interface Piece {
  item: LayoutItem;
  struck: Strike | undefined;
}

function piecesOf(item: LayoutItem, strikes: Strike[], budget: WorkBudget): Piece[] {
  budget.charge(strikes.length);
  const mine = strikes.filter((s) => crosses(s.ruling, item));
  if (mine.length === 0) return [{ item, struck: undefined }];
  const chars = Array.from(item.str);
  budget.charge(chars.length * mine.length);
  const spans = charSpans(item, chars);
  const strikeOf = spans.map(([x0, x1]) => {
    const centre = (x0 + x1) / 2;
    return mine.find((s) => centre >= s.ruling.from && centre <= s.ruling.to);
  });
  const out: Piece[] = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i < chars.length && strikeOf[i] === strikeOf[start]) continue;
    let [a, b] = [start, i];
    while (a < b && /\s/.test(chars[a]!)) a++;
    while (b > a && /\s/.test(chars[b - 1]!)) b--;
    if (a < b) {
      const rect: LayoutItem['rect'] = [spans[a]![0], item.rect[1], spans[b - 1]![1], item.rect[3]];
      out.push({
        item: { ...item, str: chars.slice(a, b).join(''), rect },
        struck: strikeOf[start],
      });
    }
    start = i;
  }
  return out;
}

function between(
  walls: Ruling[],
  a: number,
  b: number,
  { baseline, size }: Strike,
  budget: WorkBudget,
): boolean {
  budget.charge(walls.length);
  return walls.some((w) => w.at > a && w.at < b && w.from <= baseline + size && w.to >= baseline);
}

const onLine = (item: LayoutItem, { baseline, size }: Strike) =>
  !item.vertical && Math.abs(item.baseline - baseline) <= 0.3 * size;

/**
 * Unstruck text on the strike's line in its cell: after it (the new value written next to the
 * old), or right before it unless that is a label ("主持单位：", which needs a value after it).
 * Word's tracked changes print the insertion on either side of the deletion.
 */
function replacedOnLine(
  strike: Strike,
  pieces: Piece[],
  walls: Ruling[],
  budget: WorkBudget,
): boolean {
  const { ruling, size } = strike;
  budget.charge(pieces.length);
  return pieces.some(({ item, struck }) => {
    if (struck || !onLine(item, strike)) return false;
    const [x0, , x1] = item.rect;
    const after = x0 >= ruling.to - 0.5 * size && x0 <= ruling.to + REPLACEMENT_GAP_EM * size;
    if (after) return !between(walls, ruling.to, x0, strike, budget);
    const before = x1 <= ruling.from + 0.5 * size && x1 >= ruling.from - 1.5 * size;
    return before && !LABEL_END.test(item.str) && !between(walls, x1, ruling.from, strike, budget);
  });
}

/** The cell's walls left and right of the strike, when it stands in a ruled cell. */
function cellOf(
  { ruling, baseline, size }: Strike,
  walls: Ruling[],
  budget: WorkBudget,
): [number, number] | undefined {
  budget.charge(walls.length);
  let left = Number.NEGATIVE_INFINITY;
  let right = Number.POSITIVE_INFINITY;
  for (const w of walls) {
    if (w.from > baseline + size || w.to < baseline) continue;
    if (w.at <= ruling.from + 1) left = Math.max(left, w.at);
    if (w.at >= ruling.to - 1) right = Math.min(right, w.at);
  }
  return Number.isFinite(left) && Number.isFinite(right) ? [left, right] : undefined;
}

/**
 * The first piece of the next line down in the strike's ruled cell, when the struck text ends
 * its line: the new value written under the old one in a narrow cell, or the rest of an old
 * value struck over two lines.
 */
function nextLineStart(
  strike: Strike,
  pieces: Piece[],
  walls: Ruling[],
  floors: Ruling[],
  budget: WorkBudget,
): Piece | undefined {
  const cell = cellOf(strike, walls, budget);
  if (!cell) return undefined;
  const { ruling, baseline, size } = strike;
  const inCell = (p: Piece) => p.item.rect[0] >= cell[0] && p.item.rect[0] < cell[1];
  budget.charge(2 * pieces.length);
  const rest = pieces.some(
    (p) => !p.struck && onLine(p.item, strike) && inCell(p) && p.item.rect[0] >= ruling.to,
  );
  if (rest) return undefined;
  let first: Piece | undefined;
  for (const p of pieces) {
    const { item } = p;
    const drop = baseline - item.baseline;
    if (item.vertical || drop < 0.8 * size || drop > 2.2 * size || !inCell(p)) continue;
    budget.charge(floors.length);
    const floor = floors.some(
      (f) =>
        f.at < baseline && f.at > item.baseline && f.from <= item.rect[0] && f.to >= item.rect[0],
    );
    if (floor) continue;
    const higher = first && item.baseline > first.item.baseline + 0.3 * size;
    const sameLineLeft =
      first &&
      Math.abs(item.baseline - first.item.baseline) <= 0.3 * size &&
      item.rect[0] < first.item.rect[0];
    if (!first || higher || sameLineLeft) first = p;
  }
  return first;
}

/**
 * The strikes whose text is replaced, decided from the bottom of the page up: a strike that
 * ends its line is replaced by what starts the next line, or goes with that line's strike.
 */
function replacedStrikes(
  strikes: Strike[],
  pieces: Piece[],
  rulings: Ruling[],
  budget: WorkBudget,
): Set<Strike> {
  const walls = rulings.filter((r) => !r.horizontal);
  const lines = new Set(strikes.map((s) => s.ruling));
  const floors = rulings.filter((r) => r.horizontal && !lines.has(r));
  const dropped = new Set<Strike>();
  for (const strike of [...strikes].sort((a, b) => a.baseline - b.baseline)) {
    if (replacedOnLine(strike, pieces, walls, budget)) {
      dropped.add(strike);
      continue;
    }
    const next = nextLineStart(strike, pieces, walls, floors, budget);
    if (next && (!next.struck || dropped.has(next.struck))) dropped.add(strike);
  }
  return dropped;
}

/** A small correction word just over the replacement of a strike. */
function correctionMark(item: LayoutItem, strikes: Strike[]): boolean {
  if (item.vertical || !CORRECTION_MARK.test(item.str.trim())) return false;
  return strikes.some(({ ruling, baseline, size }) => {
    const over = item.baseline > baseline && item.baseline <= baseline + 2.5 * size;
    const beside = item.rect[0] < ruling.to + 4 * size && item.rect[2] > ruling.from - size;
    return item.size <= 0.85 * size && over && beside;
  });
}

/** The page's items without values struck through and replaced, and its rulings without strikes. */
export function withoutStruckText(
  items: LayoutItem[],
  rulings: Ruling[],
): { items: LayoutItem[]; rulings: Ruling[] } {
  const asItIs = { items, rulings };
  if (!rulings.some((r) => r.horizontal)) return asItIs;
  return withinBudget(() => struckOut(items, rulings, new WorkBudget(WORK_BUDGET)), asItIs);
}

function struckOut(
  items: LayoutItem[],
  rulings: Ruling[],
  budget: WorkBudget,
): { items: LayoutItem[]; rulings: Ruling[] } {
  const strikes = findStrikes(items, rulings, budget);
  if (strikes.length === 0 || strikes.length > MAX_STRIKES) return { items, rulings };
  const split = items.map((item) => piecesOf(item, strikes, budget));
  const dropped = [...replacedStrikes(strikes, split.flat(), rulings, budget)];
  const droppedSet = new Set(dropped);
  // An item with nothing dropped stays whole (a struck value not replaced is still read).
  const kept = split
    .flatMap((parts, i) =>
      parts.some((p) => p.struck && droppedSet.has(p.struck))
        ? parts.filter((p) => !(p.struck && droppedSet.has(p.struck))).map((p) => p.item)
        : [items[i]!],
    )
    .filter((item) => {
      budget.charge(dropped.length);
      return !correctionMark(item, dropped);
    });
  const strikeLines = new Set(strikes.map((s) => s.ruling));
  return { items: kept, rulings: rulings.filter((r) => !strikeLines.has(r)) };
}
