/**
 * Where a jump target is: an annotation where it is drawn now (re-anchored), a place given as
 * rectangles, or evidence given as page + quote (found on that page in folded text); and how
 * far into the page (CSS px at the current scale and rotation) its top is.
 */
import type { PdfRect } from '@/lib/annotations/annotation';
import { mergeLineRects } from '@/lib/annotations/geometry';
import { findQuote, PageTextIndex } from '@/lib/annotations/text-search';
import { rectsForRange } from '@/lib/pdf/text';
import type { DrawnAnnotation } from './PageOverlay';
import type { JumpTarget } from './PdfViewer';
import type { PdfTextSource } from './text-source';

export async function locate(
  target: JumpTarget,
  drawn: ReadonlyMap<number, readonly DrawnAnnotation[]>,
  source: PdfTextSource,
): Promise<{ index: number; rects: readonly PdfRect[] }> {
  if ('id' in target) {
    for (const [index, list] of drawn) {
      const found = list.find((d) => d.annotation.id === target.id);
      if (found) return { index, rects: found.rects };
    }
    return { index: target.page, rects: target.rects };
  }
  if (target.rects?.length || !target.quote)
    return { index: target.page, rects: target.rects ?? [] };
  const model = (await source.pageText(target.page)).page;
  const rects = findQuote(new PageTextIndex(() => model.text), target.quote).flatMap((hit) =>
    rectsForRange(model, hit.start, hit.end),
  );
  return { index: target.page, rects: mergeLineRects(rects) };
}

/** How far below the page's top the rectangles start, at this scale and extra rotation. */
export async function offsetInPage(
  source: PdfTextSource,
  index: number,
  rects: readonly PdfRect[],
  scale: number,
  rotation: number,
): Promise<number> {
  if (rects.length === 0) return 0;
  const proxy = await source.getPage(index);
  const vp = proxy.getViewport({ scale, rotation: (proxy.rotate + rotation) % 360 });
  const tops = rects.map((r) => {
    const [, y0, , y1] = vp.convertToViewportRectangle(r as number[]);
    return Math.min(y0!, y1!);
  });
  return Math.min(...tops);
}
