/**
 * Newspaper columns: a page whose text flows in two (or more) columns parted by a drawn column
 * rule — a bulletin (简报), a brochure, an HTML form printed with CSS `column-rule`, a Word
 * document set in two columns with "line between". Read by height alone, every line of the left
 * column would be interleaved with the right column's line beside it; a column is read top to
 * bottom before the next.
 *
 * Only a drawn rule counts, never a white gutter: a label|value grid without borders has a white
 * gutter through most of the page too, and must keep being read row by row. A rule is a column
 * rule, not a table's wall, when no border meets or crosses it, no text runs across it, and text
 * stands on both sides of it over several lines.
 */
import type { LayoutItem, LayoutLine } from './layout';
import type { Ruling } from './rulings';

export interface ColumnRule {
  /** x of the rule, and the heights it spans (y up, from < to). */
  at: number;
  from: number;
  to: number;
}

const TOLERANCE = 2;
/** Share of the page's text height a column rule spans at least. */
const MIN_SPAN = 0.3;
/** Lines of text on each side of it, at least. */
const MIN_LINES = 3;

function middleY(r: [number, number, number, number]): number {
  return (r[1] + r[3]) / 2;
}

function distinctBaselines(items: LayoutItem[]): number {
  const seen = new Set<number>();
  for (const i of items) seen.add(Math.round(i.baseline / Math.max(1, 0.5 * i.size)));
  return seen.size;
}

/**
 * The page's column rules (none on a page without one), longest first. Rules side by side over
 * the same heights part three or more columns (a brochure); rules that overlap in height and
 * stand at one x are one rule drawn in pieces, the longest kept.
 */
export function columnRules(
  vertical: Ruling[],
  horizontal: Ruling[],
  items: LayoutItem[],
): ColumnRule[] {
  const text = items.filter((i) => !i.vertical && i.str.trim() !== '');
  if (text.length < 2 * MIN_LINES) return [];
  let top = -Infinity;
  let bottom = Infinity;
  for (const i of text) {
    top = Math.max(top, i.rect[3]);
    bottom = Math.min(bottom, i.rect[1]);
  }
  const candidates = vertical
    .filter((r) => r.to - r.from >= MIN_SPAN * (top - bottom))
    .sort((a, b) => b.to - b.from - (a.to - a.from));
  const out: ColumnRule[] = [];
  for (const r of candidates) {
    const overlapping = out.filter(
      (o) => Math.min(o.to, r.to) - Math.max(o.from, r.from) > TOLERANCE,
    );
    // Side by side with rules already kept: only over the same heights (one band of columns).
    if (
      overlapping.some(
        (o) =>
          Math.abs(o.at - r.at) <= 3 * TOLERANCE ||
          Math.abs(o.from - r.from) > 3 * TOLERANCE ||
          Math.abs(o.to - r.to) > 3 * TOLERANCE,
      )
    )
      continue;
    // A table's wall: a border reaches it (a row border crosses an inner wall; the top and
    // bottom borders end at an outer one).
    const met = horizontal.some(
      (h) =>
        h.at >= r.from - TOLERANCE &&
        h.at <= r.to + TOLERANCE &&
        h.from <= r.at + TOLERANCE &&
        h.to >= r.at - TOLERANCE,
    );
    if (met) continue;
    const beside = text.filter((i) => {
      const y = middleY(i.rect);
      return y >= r.from - TOLERANCE && y <= r.to + TOLERANCE;
    });
    if (beside.some((i) => i.rect[0] < r.at - 1 && i.rect[2] > r.at + 1)) continue;
    // Text on each side, up to the next rule of the band.
    const xs = overlapping.map((o) => o.at);
    const before = xs.filter((x) => x < r.at).reduce((a, b) => Math.max(a, b), -Infinity);
    const after = xs.filter((x) => x > r.at).reduce((a, b) => Math.min(a, b), Infinity);
    const left = beside.filter((i) => i.rect[2] <= r.at + 1 && i.rect[0] >= before - 1);
    const right = beside.filter((i) => i.rect[0] >= r.at - 1 && i.rect[2] <= after + 1);
    if (distinctBaselines(left) < MIN_LINES || distinctBaselines(right) < MIN_LINES) continue;
    out.push({ at: r.at, from: r.from, to: r.to });
  }
  return out;
}

/**
 * Which band of columns an item or line stands in (the first rule of the band, by index) and
 * in which column of it, counted from the left; null outside any band or across a rule.
 */
function placeOf(
  rect: [number, number, number, number],
  rules: ColumnRule[],
): { rule: number; side: number } | null {
  const y = middleY(rect);
  const k = rules.findIndex((r) => y >= r.from - TOLERANCE && y <= r.to + TOLERANCE);
  if (k < 0) return null;
  const band = rules.filter(
    (r) => Math.min(r.to, rules[k]!.to) - Math.max(r.from, rules[k]!.from) > TOLERANCE,
  );
  let side = 0;
  for (const r of band) {
    if (rect[0] >= r.at - 1) side++;
    else if (rect[2] > r.at + 1) return null;
  }
  return { rule: k, side };
}

/** Free items split by column (each column laid out on its own), the rest in one group. */
export function columnGroups(
  indices: number[],
  items: LayoutItem[],
  rules: ColumnRule[],
): number[][] {
  if (rules.length === 0) return [indices];
  const groups = new Map<string, number[]>();
  for (const i of indices) {
    const place = placeOf(items[i]!.rect, rules);
    const key = place ? `${place.rule}:${place.side}` : 'rest';
    const group = groups.get(key) ?? [];
    group.push(i);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function lineRect(line: LayoutLine): [number, number, number, number] {
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const c of line.cells) {
    x0 = Math.min(x0, c.rect[0]);
    x1 = Math.max(x1, c.rect[2]);
  }
  return [x0, line.bottom, x1, line.top];
}

/**
 * Lines sorted top to bottom, re-ordered so that the lines beside column rules are read column
 * by column, left to right; each such line learns its column's right edge (the widest line or
 * table in it), so that a wrapped line is known to reach its margin.
 */
export function inColumnOrder(lines: LayoutLine[], rules: ColumnRule[]): LayoutLine[] {
  if (rules.length === 0) return lines;
  const places = lines.map((l) => placeOf(lineRect(l), rules));
  const right = new Map<string, number>();
  lines.forEach((l, i) => {
    const p = places[i];
    if (!p) return;
    const key = `${p.rule}:${p.side}`;
    right.set(key, Math.max(right.get(key) ?? -Infinity, lineRect(l)[2]));
  });
  const out: LayoutLine[] = [];
  const done = new Set<number>();
  lines.forEach((line, i) => {
    const p = places[i];
    if (!p) {
      out.push(line);
      return;
    }
    if (done.has(p.rule)) return;
    done.add(p.rule);
    const sides = new Set(places.filter((q) => q?.rule === p.rule).map((q) => q!.side));
    for (const side of [...sides].sort((a, b) => a - b)) {
      lines.forEach((l, j) => {
        const q = places[j];
        if (q?.rule !== p.rule || q.side !== side) return;
        l.columnRight = right.get(`${q.rule}:${q.side}`);
        out.push(l);
      });
    }
  });
  return out;
}
