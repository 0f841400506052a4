/**
 * Checkboxes read from the pixels. The recogniser's dictionary has no ☑ (a ticked box vanishes
 * from its output, an empty one comes out as 口 or □), so boxes are found geometrically: a
 * connected patch of ink about the size of a character, square, with ink along all four sides.
 * Whether it is ticked is decided by the ink inside its border (a tick, a cross, a filled
 * square). Callers weigh each candidate against what the recogniser read at that spot (a
 * confident 国 or 回 is a character, not a box).
 */
import { ringMiddleFill, roundShape } from './round-marks';
import { type InkPatch, isTickShape } from './ticks';

export interface PixelCheckbox {
  /** Bounding box in image pixels. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  ticked: boolean;
  /** Share of the inside covered by ink (0 for an empty box, ~0.1–0.3 for a tick, 1 filled). */
  fill: number;
  /** A tick written with no box around it (✓ beside an option): its own bounding box. */
  tick?: true;
  /** A round mark (○ empty; ◉ or ● ticked): a box only in a row of round marks. */
  round?: true;
}

export interface CheckboxOptions {
  /** Typical text height in pixels: boxes are drawn about a character's size. */
  textHeight: number;
}

/** Inside ink above this share means ticked; scanner noise in an empty box stays well below. */
export const TICK_FILL = 0.1;
/** A ring whose middle is more than this share ink is ◉ (its dot fills most of the middle). */
export const ROUND_TICK = 0.3;
/** Between these shares a ring's middle is unsure: read, with a low confidence. */
export const UNSURE_ROUND: [number, number] = [0.12, 0.5];
/** Between these shares the decision is close: the box is read, with a low confidence. */
export const UNSURE_FILL: [number, number] = [0.05, 0.16];

export interface CheckboxOptions {
  /** Typical text height in pixels: boxes are drawn about a character's size. */
  textHeight: number;
}

/** Runs of consecutive indices where `strong` holds: [first, last] each. */
function groups(strong: boolean[]): [number, number][] {
  const out: [number, number][] = [];
  strong.forEach((s, i) => {
    if (!s) return;
    const last = out.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  });
  return out;
}

/**
 * A square outline within a patch of ink: rows and columns mostly inked are its borders (the
 * first and last group of each), so a speck of noise or a tick poking out of the box does not
 * change where the box is. Null when there is no such outline.
 */
function outline(
  mask: Uint8Array,
  width: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): {
  top: [number, number];
  bottom: [number, number];
  left: [number, number];
  right: [number, number];
} | null {
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  const rows = new Array<number>(h).fill(0);
  const cols = new Array<number>(w).fill(0);
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      if (mask[y * width + x] === 1) {
        rows[y - y0]!++;
        cols[x - x0]!++;
      }
    }
  }
  const rowGroups = groups(rows.map((n) => n >= 0.6 * w));
  const colGroups = groups(cols.map((n) => n >= 0.6 * h));
  if (rowGroups.length < 2 || colGroups.length < 2) return null;
  const top = rowGroups[0]!;
  const bottom = rowGroups.at(-1)!;
  const left = colGroups[0]!;
  const right = colGroups.at(-1)!;
  return {
    top: [top[0] + y0, top[1] + y0],
    bottom: [bottom[0] + y0, bottom[1] + y0],
    left: [left[0] + x0, left[1] + x0],
    right: [right[0] + x0, right[1] + x0],
  };
}

/**
 * Share of the inside of a box that is ink, judged on the grey image: darker than halfway between
 * the paper around the box and the ink of its border (robust to blur and faint scans).
 */
function insideFill(
  gray: Uint8Array,
  width: number,
  inner: { x0: number; y0: number; x1: number; y1: number },
  border: number[],
  paper: number,
): number {
  const ink = border.sort((a, b) => a - b)[Math.floor(border.length / 2)] ?? 0;
  const mid = (ink + paper) / 2;
  let dark = 0;
  let area = 0;
  for (let y = inner.y0; y <= inner.y1; y++) {
    for (let x = inner.x0; x <= inner.x1; x++) {
      area++;
      if (gray[y * width + x]! < mid) dark++;
    }
  }
  return area === 0 ? 0 : dark / area;
}

/** Square boxes of ink of about a character's size, each with whether it is ticked. */
export function findCheckboxes(
  mask: Uint8Array,
  gray: Uint8Array,
  width: number,
  height: number,
  options: CheckboxOptions,
): PixelCheckbox[] {
  const minSide = Math.max(6, 0.35 * options.textHeight);
  const maxSide = 1.3 * options.textHeight;
  /** Which patch each pixel belongs to (1, 2, …), 0 for paper or not yet reached. */
  const seen = new Int32Array(width * height);
  let patch = 0;
  const stack = new Int32Array(width * height);
  const out: PixelCheckbox[] = [];
  const solids: PixelCheckbox[] = [];
  const rounds: PixelCheckbox[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (mask[start] !== 1 || seen[start]) continue;
    patch++;
    let top = 0;
    stack[top++] = start;
    seen[start] = patch;
    let x0 = width;
    let y0 = height;
    let x1 = -1;
    let y1 = -1;
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % width;
      const y = (i - x) / width;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const j = ny * width + nx;
          if (mask[j] === 1 && !seen[j]) {
            seen[j] = patch;
            stack[top++] = j;
          }
        }
      }
    }
    if (x1 - x0 + 1 < minSide || y1 - y0 + 1 < minSide) continue;
    if (x1 - x0 + 1 > maxSide * 1.4 || y1 - y0 + 1 > maxSide * 1.4) continue;
    if (
      y1 - y0 + 1 <= maxSide &&
      x1 - x0 + 1 <= maxSide * 1.4 &&
      isTickShape(pixelsOf(seen, width, patch, x0, y0, x1, y1))
    ) {
      solids.push({ x0, y0, x1: x1 + 1, y1: y1 + 1, ticked: true, fill: 0, tick: true });
      continue;
    }
    if (y1 - y0 + 1 <= maxSide && x1 - x0 + 1 <= maxSide) {
      const round = roundShape(pixelsOf(seen, width, patch, x0, y0, x1, y1));
      if (round) {
        const fill = round.solid ? 1 : ringMiddleFill(mask, width, round);
        const mark = { x0, y0, x1: x1 + 1, y1: y1 + 1, fill, round: true as const };
        rounds.push({ ...mark, ticked: fill > ROUND_TICK });
        continue;
      }
    }
    if (isSolidSquare(mask, width, x0, y0, x1, y1, minSide, maxSide)) {
      solids.push({ x0, y0, x1: x1 + 1, y1: y1 + 1, ticked: true, fill: 1 });
      continue;
    }
    const box = outline(mask, width, x0, y0, x1, y1);
    if (!box) continue;
    const w = box.right[1] - box.left[0] + 1;
    const h = box.bottom[1] - box.top[0] + 1;
    if (w < minSide || h < minSide || w > maxSide || h > maxSide) continue;
    // Square: characters with a box shape (日, 目, 口) are taller or wider than they are square.
    if (w > h * 1.15 || h > w * 1.15) continue;
    // The outline must be most of the patch: a character with one long stroke is not a box.
    if (w * h < 0.6 * (x1 - x0 + 1) * (y1 - y0 + 1)) continue;
    // Each border is thin compared with the box.
    const thick = Math.max(
      box.top[1] - box.top[0],
      box.bottom[1] - box.bottom[0],
      box.left[1] - box.left[0],
      box.right[1] - box.right[0],
    );
    if (thick + 1 > 0.3 * Math.min(w, h)) continue;
    const pad = Math.max(1, Math.round(0.08 * Math.min(w, h)));
    const inner = {
      x0: box.left[1] + pad,
      x1: box.right[0] - pad,
      y0: box.top[1] + pad,
      y1: box.bottom[0] - pad,
    };
    if (inner.x1 <= inner.x0 || inner.y1 <= inner.y0) continue;
    const border: number[] = [];
    for (let x = box.left[0]; x <= box.right[1]; x += 2) {
      border.push(gray[box.top[0] * width + x]!, gray[box.bottom[1] * width + x]!);
    }
    const paper = paperAround(
      gray,
      width,
      height,
      box.left[0],
      box.top[0],
      box.right[1],
      box.bottom[1],
    );
    const fill = insideFill(gray, width, inner, border, paper);
    out.push({
      x0: box.left[0],
      y0: box.top[0],
      x1: box.right[1] + 1,
      y1: box.bottom[1] + 1,
      ticked: fill > TICK_FILL,
      fill,
    });
  }
  // A filled square inside a box's border (▣) is that box's tick, not a box of its own; so is
  // ◉'s inner dot, a patch of its own, that ring's.
  const within = (marks: PixelCheckbox[]) => (s: PixelCheckbox) =>
    marks.some((b) => b !== s && b.x0 < s.x0 && b.y0 < s.y0 && b.x1 > s.x1 && b.y1 > s.y1);
  const [inBox, inRing] = [within(out), within(rounds)];
  return [...out, ...solids.filter((s) => !inBox(s)), ...rounds.filter((s) => !inRing(s))];
}

/** The pixels of one patch, found again in its bounding box (only small patches are asked). */
function pixelsOf(
  seen: Int32Array,
  width: number,
  patch: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): InkPatch {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      if (seen[y * width + x] === patch) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  return { xs, ys, x0, y0, x1, y1 };
}

/** Share of a solid square's bounding box that is ink: a disc (●) covers π/4 of its own. */
const SOLID = 0.88;

/**
 * A patch of ink that is a filled square of a box's size (■, a box blacked in): a box ticked by
 * filling it. No character is a solid square; a dot or a bullet is smaller or round.
 */
function isSolidSquare(
  mask: Uint8Array,
  width: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  minSide: number,
  maxSide: number,
): boolean {
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  if (w < minSide || h < minSide || w > maxSide || h > maxSide) return false;
  if (w > h * 1.15 || h > w * 1.15) return false;
  let ink = 0;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) ink += mask[y * width + x]!;
  }
  return ink >= SOLID * w * h;
}

/** The paper's grey level just outside a box (the brightest tenth of a ring around it). */
function paperAround(
  gray: Uint8Array,
  width: number,
  height: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number {
  const values: number[] = [];
  const r = 3;
  for (let y = Math.max(0, y0 - r); y <= Math.min(height - 1, y1 + r); y++) {
    for (let x = Math.max(0, x0 - r); x <= Math.min(width - 1, x1 + r); x++) {
      if (x >= x0 && x <= x1 && y >= y0 && y <= y1) continue;
      values.push(gray[y * width + x]!);
    }
  }
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length * 0.9)] ?? 255;
}
