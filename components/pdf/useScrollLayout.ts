/**
 * The scroll side of the viewer: viewport size, where every page sits at the current scale, which
 * pages are mounted, the current page, going to a page, and keeping the reader's place across
 * zoom, rotation and page-size changes (the page at the top and how far into it).
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Rotation, ViewState } from '@/lib/annotations/view-state';
import {
  computeLayout,
  currentPage,
  fitWidthScale,
  PAGE_GAP,
  type PageSize,
  pageAt,
  visibleRange,
} from './layout';
import { LatestNavigation } from './navigation';

export function useScrollLayout(
  sizes: readonly PageSize[],
  zoom: ViewState['zoom'],
  rotations: Readonly<Record<string, Rotation>>,
  initialPage: number,
) {
  const scroller = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ width: 0, height: 0 });
  const [scrollTop, setScrollTop] = useState(0);
  const scale = zoom === 'fitWidth' ? fitWidthScale(sizes, rotations, box.width) : zoom;
  const layout = useMemo(() => computeLayout(sizes, scale, rotations), [sizes, scale, rotations]);
  const [first, last] = visibleRange(layout, scrollTop, box.height || 800);
  const page = currentPage(layout, scrollTop, box.height || 800);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setBox({ width: el.clientWidth, height: el.clientHeight });
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    measure();
    return () => observer.disconnect();
  }, []);

  const place = useRef<{ page: number; fraction: number } | null>(null);
  /** False until the remembered page has been scrolled to (nothing is saved before that). */
  const restored = useRef(false);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || box.width === 0) return;
    if (!restored.current) {
      restored.current = true;
      const start = Math.min(initialPage, sizes.length - 1);
      el.scrollTop = Math.max(0, (layout.tops[start] ?? 0) - PAGE_GAP / 2);
      setScrollTop(el.scrollTop);
      return;
    }
    const p = place.current;
    if (!p) return;
    const target = (layout.tops[p.page] ?? 0) + p.fraction * (layout.heights[p.page] ?? 0);
    if (Math.abs(el.scrollTop - target) > 1) {
      el.scrollTop = target;
      setScrollTop(el.scrollTop);
    }
  }, [layout, box.width, initialPage, sizes.length]);

  const onScroll = () => {
    const top = scroller.current!.scrollTop;
    const p = pageAt(layout, top);
    place.current = { page: p, fraction: (top - layout.tops[p]!) / (layout.heights[p] || 1) };
    setScrollTop(top);
  };

  const navigation = useRef(new LatestNavigation());
  /** A ticket for a jump that scrolls later (pass it to goTo); any later goTo supersedes it. */
  const claimNavigation = useCallback(() => navigation.current.claim(), []);

  /**
   * Scroll to a page (0-based), `offset` CSS pixels into it. With a ticket from claimNavigation,
   * only if no other navigation was asked for since the ticket was taken. Returns whether it
   * scrolled.
   */
  const goTo = useCallback(
    (index: number, offset = 0, ticket?: number): boolean => {
      const el = scroller.current;
      if (!el) return false;
      if (ticket === undefined) navigation.current.claim();
      else if (!navigation.current.isCurrent(ticket)) return false;
      const i = Math.max(0, Math.min(sizes.length - 1, index));
      el.scrollTop = Math.max(0, (layout.tops[i] ?? 0) - PAGE_GAP / 2 + offset);
      return true;
    },
    [layout, sizes.length],
  );

  return {
    scroller,
    box,
    scale,
    layout,
    first,
    last,
    page,
    onScroll,
    goTo,
    claimNavigation,
    restored,
  };
}
