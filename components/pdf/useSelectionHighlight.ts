/**
 * Highlights from text selections: after a mouse selection in a page's text layer, a small
 * "Highlight" button appears below it; the page under the selection resolves it to anchors
 * (quote, position, rectangles: see PageOverlay), and the viewer creates the annotation.
 */
import { type RefObject, useCallback, useRef, useState } from 'react';
import type { SelectionAnchor, SelectionResolver } from './PageOverlay';

export function useSelectionHighlight(
  scroller: RefObject<HTMLDivElement | null>,
  onHighlight: (anchor: SelectionAnchor) => void,
) {
  const resolvers = useRef(new Map<number, SelectionResolver>()).current;
  // `anchor` is null while the page's text is still loading: the button shows all the same and
  // resolves the selection when clicked (a fast selection right after a page is drawn was lost).
  const [popup, setPopup] = useState<{
    anchor: SelectionAnchor | null;
    x: number;
    y: number;
  } | null>(null);

  const resolve = useCallback((): SelectionAnchor | null => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const start = range.startContainer;
    const pageEl = (start instanceof Element ? start : start.parentElement)?.closest('.pdf-page');
    const index = Number(pageEl?.getAttribute('data-page')) - 1;
    return resolvers.get(index)?.(range) ?? null;
  }, [resolvers]);

  const highlight = useCallback(
    (anchor?: SelectionAnchor) => {
      const a = anchor ?? popup?.anchor ?? resolve();
      if (!a) return;
      onHighlight(a);
      window.getSelection()?.removeAllRanges();
      setPopup(null);
    },
    [onHighlight, popup, resolve],
  );

  const onMouseUp = () => {
    // Let the browser finish updating the selection first.
    setTimeout(() => {
      const anchor = resolve();
      const content = scroller.current?.firstElementChild;
      const selection = window.getSelection();
      const range =
        selection?.rangeCount && !selection.isCollapsed ? selection.getRangeAt(0) : null;
      const start = range?.startContainer;
      const onPage = (start instanceof Element ? start : start?.parentElement)?.closest(
        '.pdf-page',
      );
      if (!content || !range || !onPage) return setPopup(null);
      const r = range.getBoundingClientRect();
      const c = content.getBoundingClientRect();
      setPopup({ anchor, x: r.left - c.left, y: r.bottom - c.top + 4 });
    }, 0);
  };

  return { resolvers, popup, highlight, onMouseUp, close: () => setPopup(null) };
}
