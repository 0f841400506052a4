/**
 * What is drawn over a page: annotations, search hits and flashes, all stored in PDF units and
 * converted to screen units here, at the page's current viewport (zoom and rotation). Also the
 * tools that make annotations on this page: drag an area, click a note; and the resolver that
 * turns a text selection into a highlight's anchors.
 */
import type { PageViewport, TextLayer } from 'pdfjs-dist';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeTextRange } from '@/lib/annotations/anchor';
import type { Annotation, AnnotationDraft, PdfRect } from '@/lib/annotations/annotation';
import { EMPTY_POSITION, EMPTY_QUOTE } from '@/lib/annotations/annotation';
import { mergeLineRects, normalizeRect } from '@/lib/annotations/geometry';
import { rectsForRange } from '@/lib/pdf/text';
import { matchItems, rangeToText, textUnder } from './selection';
import type { LoadedPageText } from './text-source';

export type Tool = 'select' | 'area' | 'note';

/** Anchors of a highlight made from a selection, before colour and comment are added. */
export type SelectionAnchor = Pick<AnnotationDraft, 'page' | 'rects' | 'quote' | 'position'>;
export type SelectionResolver = (range: Range) => SelectionAnchor | null;

export interface DrawnAnnotation {
  annotation: Annotation;
  /** Where it is drawn now (re-anchored rectangles when the text moved). */
  rects: readonly PdfRect[];
}

export interface PageHit {
  start: number;
  end: number;
  current: boolean;
}

export interface PageOverlayProps {
  index: number;
  annotations: readonly DrawnAnnotation[];
  hits: readonly PageHit[];
  flash: readonly PdfRect[] | null;
  selectedId: string | null;
  tool: Tool;
  color: string;
  onCreate(draft: AnnotationDraft): void;
  onSelect(id: string | null): void;
  /** The viewer asks pages to resolve selections; pages register here. */
  resolvers: Map<number, SelectionResolver>;
  viewport: PageViewport;
  pageText: LoadedPageText | null;
  textLayer: TextLayer | null;
}

/** PDF → CSS pixels within the page, at this viewport. */
function toBox(viewport: PageViewport, rect: readonly number[]) {
  const [x0, y0, x1, y1] = normalizeRect(viewport.convertToViewportRectangle(rect as number[]));
  return { left: x0, top: y0, width: x1 - x0, height: y1 - y0 };
}

function contains(rect: PdfRect, x: number, y: number): boolean {
  return x >= rect[0] && x <= rect[2] && y >= rect[1] && y <= rect[3];
}

/** A note icon is this many PDF points square at any zoom (as readers draw Text annotations). */
export const NOTE_SIZE = 20;

export function PageOverlay(props: PageOverlayProps) {
  const { index, annotations, hits, flash, selectedId, tool, color, viewport, pageText } = props;
  const { onCreate, onSelect, resolvers, textLayer } = props;
  const { t } = useTranslation('viewer');
  const layer = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);

  const items = useMemo(
    () => (pageText ? matchItems(pageText.textItems, pageText.page) : []),
    [pageText],
  );

  useEffect(() => {
    resolvers.set(index, (range) => {
      if (!pageText || !textLayer) return null;
      const r = rangeToText(range, textLayer.textDivs, items, pageText.page);
      if (!r) return null;
      const rects = mergeLineRects(rectsForRange(pageText.page, r.start, r.end));
      if (rects.length === 0) return null;
      return { page: index, rects, ...describeTextRange(pageText.page.text, r.start, r.end) };
    });
    return () => {
      resolvers.delete(index);
    };
  }, [resolvers, index, pageText, textLayer, items]);

  // A click on the page (no text selected) selects the annotation under it, or clears.
  useEffect(() => {
    const page = layer.current?.parentElement;
    if (!page || tool !== 'select') return;
    const onClick = (e: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const box = page.getBoundingClientRect();
      const [x, y] = viewport.convertToPdfPoint(e.clientX - box.left, e.clientY - box.top);
      const hit = [...annotations]
        .reverse()
        .find((d) => d.rects.some((r) => contains(normalizeRect(r), x!, y!)));
      if (hit) onSelect(hit.annotation.id);
    };
    page.addEventListener('click', onClick);
    return () => page.removeEventListener('click', onClick);
  }, [annotations, viewport, tool, onSelect]);

  const local = (e: React.PointerEvent) => {
    const box = layer.current!.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };

  const onPointerDown = (e: React.PointerEvent) => {
    if (tool === 'select' || e.button !== 0) return;
    e.preventDefault();
    const p = local(e);
    if (tool === 'note') {
      const [x, y] = viewport.convertToPdfPoint(p.x, p.y) as [number, number];
      onCreate({
        kind: 'note',
        page: index,
        rects: [normalizeRect([x, y - NOTE_SIZE, x + NOTE_SIZE, y])],
        quote: EMPTY_QUOTE,
        position: EMPTY_POSITION,
        color,
        tags: [],
        comment: '',
      });
      return;
    }
    layer.current!.setPointerCapture(e.pointerId);
    setDrag({ x0: p.x, y0: p.y, x1: p.x, y1: p.y });
  };
  const onPointerMove = (e: React.PointerEvent) => {
    if (!drag) return;
    const p = local(e);
    setDrag({ ...drag, x1: p.x, y1: p.y });
  };
  const onPointerUp = () => {
    if (!drag) return;
    setDrag(null);
    if (Math.abs(drag.x1 - drag.x0) < 4 || Math.abs(drag.y1 - drag.y0) < 4) return;
    const a = viewport.convertToPdfPoint(drag.x0, drag.y0) as number[];
    const b = viewport.convertToPdfPoint(drag.x1, drag.y1) as number[];
    const rect = normalizeRect([a[0]!, a[1]!, b[0]!, b[1]!]);
    // An area over text also quotes the text (evidence reads better with words).
    const under = pageText ? textUnder(pageText.page, rect) : null;
    const anchors =
      under && pageText
        ? describeTextRange(pageText.page.text, under.start, under.end)
        : { quote: EMPTY_QUOTE, position: EMPTY_POSITION };
    onCreate({
      kind: 'area',
      page: index,
      rects: [rect],
      color,
      tags: [],
      comment: '',
      ...anchors,
    });
  };

  const hitRects = useMemo(() => {
    if (!pageText) return [];
    return hits.flatMap((h) =>
      rectsForRange(pageText.page, h.start, h.end).map((r) => ({ r, current: h.current })),
    );
  }, [hits, pageText]);

  return (
    <div
      ref={layer}
      className={`pdf-overlay tool-${tool}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
    >
      {hitRects.map(({ r, current }, i) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: hit rectangles have no identity
          key={`h${i}`}
          className={current ? 'pdf-hit pdf-hit-current' : 'pdf-hit'}
          style={toBox(viewport, r)}
        />
      ))}
      {annotations.map(({ annotation: a, rects }) =>
        rects.map((r, i) => {
          const className = `pdf-annotation pdf-${a.kind}${a.id === selectedId ? ' selected' : ''}`;
          const style = { ...toBox(viewport, r), ['--annotation-color' as string]: a.color };
          // A rectangle's place in its annotation is its identity.
          const key = `${a.id}-${i}`;
          if (a.kind === 'note') {
            return (
              <button
                key={key}
                type="button"
                className={className}
                data-annotation-id={a.id}
                title={a.comment || undefined}
                aria-label={t('kinds.note')}
                style={style}
                onPointerDown={(e) => e.stopPropagation()}
                onClick={(e) => {
                  e.stopPropagation();
                  onSelect(a.id);
                }}
              />
            );
          }
          return (
            <div
              key={key}
              className={className}
              data-annotation-id={a.id}
              title={a.comment || a.quote.exact || undefined}
              style={style}
            />
          );
        }),
      )}
      {flash?.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: flash rectangles have no identity
        <div key={`f${i}`} className="pdf-flash" style={toBox(viewport, r)} />
      ))}
      {drag && (
        <div
          className="pdf-drag"
          style={{
            left: Math.min(drag.x0, drag.x1),
            top: Math.min(drag.y0, drag.y1),
            width: Math.abs(drag.x1 - drag.x0),
            height: Math.abs(drag.y1 - drag.y0),
          }}
        />
      )}
    </div>
  );
}
