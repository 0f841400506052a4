/**
 * Where each page sits in the continuous scroll, at a given scale and per-page rotation, and
 * which pages are near the viewport. Pure arithmetic: the virtualisation decisions live here so
 * the component stays small and a 5,000-page file costs only arrays of numbers.
 */
import type { Rotation } from '@/lib/annotations/view-state';

export const PAGE_GAP = 12;
export const PAGE_MARGIN = 16;
/** Pages rendered beyond the visible ones, above and below. */
export const OVERSCAN = 2;

/** Unscaled page size (PDF points, page's own /Rotate applied). */
export interface PageSize {
  width: number;
  height: number;
}

export interface Layout {
  /** Top of each page in CSS pixels. */
  tops: Float64Array;
  widths: Float64Array;
  heights: Float64Array;
  totalHeight: number;
  maxWidth: number;
}

export function computeLayout(
  sizes: readonly PageSize[],
  scale: number,
  rotations: Readonly<Record<string, Rotation>>,
): Layout {
  const n = sizes.length;
  const tops = new Float64Array(n);
  const widths = new Float64Array(n);
  const heights = new Float64Array(n);
  let y = PAGE_MARGIN;
  let maxWidth = 0;
  for (let i = 0; i < n; i++) {
    const s = sizes[i]!;
    const turned = (rotations[i] ?? 0) % 180 !== 0;
    const w = (turned ? s.height : s.width) * scale;
    const h = (turned ? s.width : s.height) * scale;
    tops[i] = y;
    widths[i] = w;
    heights[i] = h;
    y += h + PAGE_GAP;
    if (w > maxWidth) maxWidth = w;
  }
  return { tops, widths, heights, totalHeight: y - PAGE_GAP + PAGE_MARGIN, maxWidth };
}

/** Index of the page at `y` (CSS px from the top of the scroll content). */
export function pageAt(layout: Layout, y: number): number {
  const { tops } = layout;
  let lo = 0;
  let hi = tops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** Pages intersecting [top, top + height], widened by OVERSCAN pages on each side. */
export function visibleRange(
  layout: Layout,
  top: number,
  height: number,
  overscan = OVERSCAN,
): [number, number] {
  const n = layout.tops.length;
  if (n === 0) return [0, -1];
  const first = pageAt(layout, top);
  const last = pageAt(layout, top + height);
  return [Math.max(0, first - overscan), Math.min(n - 1, last + overscan)];
}

/** The page a reader is "on": the one covering the upper third of the viewport. */
export function currentPage(layout: Layout, top: number, height: number): number {
  return pageAt(layout, top + height / 3);
}

export const ZOOM_STEPS = [0.25, 0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5];

export function zoomIn(scale: number): number {
  return ZOOM_STEPS.find((s) => s > scale + 0.001) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
}

export function zoomOut(scale: number): number {
  return [...ZOOM_STEPS].reverse().find((s) => s < scale - 0.001) ?? ZOOM_STEPS[0]!;
}

/** Scale at which the widest of the first pages fills the viewport's width. */
export function fitWidthScale(
  sizes: readonly PageSize[],
  rotations: Readonly<Record<string, Rotation>>,
  viewportWidth: number,
): number {
  let widest = 0;
  for (let i = 0; i < Math.min(sizes.length, 20); i++) {
    const s = sizes[i]!;
    widest = Math.max(widest, (rotations[i] ?? 0) % 180 ? s.height : s.width);
  }
  if (!widest || viewportWidth <= 0) return 1;
  return Math.max(0.1, Math.min(5, (viewportWidth - 2 * PAGE_MARGIN - 4) / widest));
}
