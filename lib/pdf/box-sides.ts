/**
 * Checkboxes drawn side by side: a program that draws its lines one at a time (a spreadsheet's
 * cell borders, a report writer's line calls) draws a small box as four short strokes, no
 * rectangle. Four short strokes that close a small square are a box like a drawn rectangle.
 */

/** A short stroke across (`at` = y) or up (`at` = x), from < to along it. */
export interface Side {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

type Box = [number, number, number, number];

/** A box found, with the four strokes that draw it. */
export interface SidedBox {
  rect: Box;
  sides: Side[];
}

/** Sides kept per page: a box needs four; a page of hatching has hundreds of thousands. */
export const MAX_SIDES = 20_000;
/** Sides kept under one rounded key: more is hatching, not boxes. */
const PER_KEY = 8;
/** How far apart two corners may be and still meet. */
const MEET = 1;

/**
 * Small squares closed by four strokes, `min` to `max` on a side. Each lookup is by rounded
 * coordinates, so the work grows with the strokes, not with their pairs.
 */
export function boxesFromSides(sides: readonly Side[], min: number, max: number): SidedBox[] {
  const across = new Map<string, Side[]>();
  const up = new Map<string, Side[]>();
  const keep = (map: Map<string, Side[]>, key: string, side: Side) => {
    const list = map.get(key) ?? [];
    if (list.length >= PER_KEY) return;
    list.push(side);
    map.set(key, list);
  };
  for (const side of sides.slice(0, MAX_SIDES)) {
    const length = side.to - side.from;
    if (length < min - MEET || length > max + MEET) continue;
    if (side.horizontal) keep(across, `${Math.round(side.from)}:${Math.round(side.to)}`, side);
    else keep(up, `${Math.round(side.at)}:${Math.round(side.from)}`, side);
  }
  /** A stroke up at x from y0 to y1, its key rounded either way. */
  const sideUp = (x: number, y0: number, y1: number): Side | undefined => {
    for (const dx of [-1, 0, 1]) {
      for (const dy of [-1, 0, 1]) {
        const found = up
          .get(`${Math.round(x) + dx}:${Math.round(y0) + dy}`)
          ?.find(
            (s) =>
              Math.abs(s.at - x) <= MEET &&
              Math.abs(s.from - y0) <= MEET &&
              Math.abs(s.to - y1) <= MEET,
          );
        if (found) return found;
      }
    }
    return undefined;
  };
  const out: SidedBox[] = [];
  for (const list of across.values()) {
    const sorted = [...list].sort((a, b) => a.at - b.at);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const [low, high] = [sorted[i]!, sorted[i + 1]!];
      const x0 = Math.min(low.from, high.from);
      const x1 = Math.max(low.to, high.to);
      const w = x1 - x0;
      const h = high.at - low.at;
      if (Math.abs(low.from - high.from) > MEET || Math.abs(low.to - high.to) > MEET) continue;
      if (h < min || h > max || Math.max(w, h) / Math.min(w, h) >= 1.6) continue;
      const left = sideUp(x0, low.at, high.at);
      const right = left && sideUp(x1, low.at, high.at);
      if (left && right && left !== right)
        out.push({ rect: [x0, low.at, x1, high.at], sides: [low, high, left, right] });
    }
  }
  return out;
}
