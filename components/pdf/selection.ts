/**
 * From a DOM text selection in a page's text layer to a range of the page's normalised text.
 * The text layer draws one span per pdf.js text item; the page text model (lib/pdf/text) holds
 * the same items in reading order with their offsets. Spans are matched to model items by their
 * string and position, then a character offset in a span becomes a source offset in the page
 * text, then a normalised offset. (Relative imports: unit tests load this file under Node.)
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { fromSource } from '../../lib/pdf/normalize';
import type { PageItem, PageText } from '../../lib/pdf/text';

/** For each text-layer span index (= text item index), its model item, if it has one. */
export function matchItems(textItems: readonly TextItem[], page: PageText): (PageItem | null)[] {
  const byStr = new Map<string, PageItem[]>();
  for (const item of page.items) {
    const list = byStr.get(item.str);
    if (list) list.push(item);
    else byStr.set(item.str, [item]);
  }
  const used = new Set<PageItem>();
  return textItems.map((raw) => {
    const candidates = byStr.get(raw.str);
    if (!candidates) return null;
    const x = raw.transform[4] as number;
    const y = raw.transform[5] as number;
    let best: PageItem | null = null;
    let bestDistance = Infinity;
    for (const c of candidates) {
      if (used.has(c)) continue;
      const [x0, y0, x1, y1] = c.rect;
      const dx = Math.max(x0 - x, 0, x - x1);
      const dy = Math.max(y0 - y, 0, y - y1);
      const d = dx * dx + dy * dy;
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    if (best) used.add(best);
    return best;
  });
}

/** The normalised offset of character `k` of a model item. */
function offsetIn(page: PageText, item: PageItem, k: number): number {
  const source = item.sourceStart + Math.max(0, Math.min(k, item.sourceEnd - item.sourceStart));
  return fromSource({ text: page.text, toSource: page.toSource }, source);
}

/** Offset of a DOM position inside a span's text (the span holds one text node). */
function charOffset(span: HTMLElement, node: Node, offset: number): number {
  if (node === span) return offset === 0 ? 0 : (span.textContent?.length ?? 0);
  if (span.contains(node) && node.nodeType === Node.TEXT_NODE) return offset;
  return 0;
}

/**
 * The normalised text range a DOM range covers within one page's text layer, or null when it
 * covers no mapped text. Spans are in content order, the model in reading order: the result is
 * the hull of every covered piece.
 */
export function rangeToText(
  range: Range,
  spans: readonly HTMLElement[],
  items: readonly (PageItem | null)[],
  page: PageText,
): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  spans.forEach((span, i) => {
    const item = items[i];
    if (!item || !span.isConnected || !range.intersectsNode(span)) return;
    const length = span.textContent?.length ?? 0;
    const from = span.contains(range.startContainer)
      ? charOffset(span, range.startContainer, range.startOffset)
      : 0;
    const to = span.contains(range.endContainer)
      ? charOffset(span, range.endContainer, range.endOffset)
      : length;
    if (to <= from) return;
    start = Math.min(start, offsetIn(page, item, from));
    end = Math.max(end, offsetIn(page, item, to));
  });
  if (!Number.isFinite(start) || end <= start) return null;
  // Trim whitespace the selection dragged along at either end.
  while (start < end && /\s/.test(page.text[start]!)) start++;
  while (end > start && /\s/.test(page.text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Model items whose rectangles intersect a PDF rectangle (for text under a drawn area). */
export function textUnder(
  page: PageText,
  rect: readonly [number, number, number, number],
): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const item of page.items) {
    const [x0, y0, x1, y1] = item.rect;
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    if (cx < rect[0] || cx > rect[2] || cy < rect[1] || cy > rect[3]) continue;
    start = Math.min(start, item.start);
    end = Math.max(end, item.end);
  }
  return Number.isFinite(start) && end > start ? { start, end } : null;
}
