/**
 * Round marks set before options (○ 智慧德育 ◉ 智慧体育, 〇 小学 ● 初中): the recogniser reads a
 * ring as 〇, O or nothing and a filled one (●, ◉) mostly not at all, so a ticked option reads like
 * an unticked one. A round mark is one patch of ink about a character's size whose pixels lie on
 * a circle around its centre (a ring), or fill that circle (a disc). Whether it is ticked is the
 * ink within its ring (◉'s inner dot, ● itself); callers keep only marks in a row of such marks.
 */
import type { InkPatch } from './ticks';

export interface RoundShape {
  /** A disc (●) rather than a ring (○, the outer ring of ◉). */
  solid: boolean;
  cx: number;
  cy: number;
  /** Radius of the outer edge, in pixels. */
  r: number;
}

/** A round patch: square bounding box, every pixel within the circle it spans. */
export function roundShape(patch: InkPatch): RoundShape | null {
  const w = patch.x1 - patch.x0 + 1;
  const h = patch.y1 - patch.y0 + 1;
  if (w > h * 1.15 || h > w * 1.15 || w < 6) return null;
  const cx = (patch.x0 + patch.x1) / 2;
  const cy = (patch.y0 + patch.y1) / 2;
  const r = (w + h) / 4;
  const n = patch.xs.length;
  const dist = patch.xs.map((x, i) => Math.hypot(x - cx, patch.ys[i]! - cy) / r);
  // Nothing in the corners of its box: a square (□, 口) or a character has ink there.
  if (dist.filter((d) => d > 1.02).length > 0.05 * n) return null;
  const area = Math.PI * r * r;
  // Inked centre and most of the circle: a disc (●), or ◉ blurred into one patch.
  if (dist.filter((d) => d < 0.4).length > 0.1 * area) {
    return n > 0.75 * area && n < 1.1 * area ? { solid: true, cx, cy, r } : null;
  }
  // A ring: thin ink at one distance from the centre, all the way round (each eighth inked).
  if (n > 0.6 * area) return null;
  const mean = dist.reduce((a, d) => a + d, 0) / n;
  const spread = Math.sqrt(dist.reduce((a, d) => a + (d - mean) ** 2, 0) / n);
  if (mean < 0.7 || spread > 0.1) return null;
  const sectors = new Set(
    patch.xs.map((x, i) => {
      const angle = Math.atan2(patch.ys[i]! - cy, x - cx);
      return Math.floor(((angle + Math.PI) / (2 * Math.PI)) * 8) % 8;
    }),
  );
  return sectors.size === 8 ? { solid: false, cx, cy, r } : null;
}

/** Share of a ring's middle (within half its radius) that is ink, in the mask: ◉'s inner dot. */
export function ringMiddleFill(mask: Uint8Array, width: number, shape: RoundShape): number {
  let ink = 0;
  let area = 0;
  const half = shape.r / 2;
  for (let y = Math.ceil(shape.cy - half); y <= shape.cy + half; y++) {
    for (let x = Math.ceil(shape.cx - half); x <= shape.cx + half; x++) {
      if (Math.hypot(x - shape.cx, y - shape.cy) > half) continue;
      area++;
      ink += mask[y * width + x] ?? 0;
    }
  }
  return area === 0 ? 0 : ink / area;
}
