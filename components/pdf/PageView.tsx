/**
 * One page of the continuous view: its canvas and text layer are drawn only while the page is
 * mounted (near the viewport); unmounting cancels the render and frees the canvas memory.
 * Annotations, search hits and the area/note tools live in the overlay above.
 */
import type { PageViewport, PDFPageProxy, RenderTask, TextLayer } from 'pdfjs-dist';
import { memo, useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rotation } from '@/lib/annotations/view-state';
import { getPlatform } from '@/lib/platform';
import { PageDrawnContext } from './first-draw';
import type { PageSize } from './layout';
import { PageOverlay, type PageOverlayProps } from './PageOverlay';
import type { LoadedPageText, PdfTextSource } from './text-source';

/** Canvas pixels are capped (a billion-unit page or 500% zoom must not allocate gigabytes). */
const MAX_CANVAS_PIXELS = 16_000_000;
/** Longest a page may take to draw before it is reported as too complex. */
const RENDER_BUDGET_MS = 8_000;

export interface PageViewProps
  extends Omit<PageOverlayProps, 'viewport' | 'pageText' | 'textLayer'> {
  source: PdfTextSource;
  scale: number;
  rotation: Rotation;
  top: number;
  left: number;
  width: number;
  height: number;
  onSize(index: number, size: PageSize): void;
}

function PageViewImpl(props: PageViewProps) {
  const { index, source, scale, rotation, top, left, width, height, onSize } = props;
  const { t } = useTranslation('viewer');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [page, setPage] = useState<PDFPageProxy | null>(null);
  const [viewport, setViewport] = useState<PageViewport | null>(null);
  const [pageText, setPageText] = useState<LoadedPageText | null>(null);
  const [textLayer, setTextLayer] = useState<TextLayer | null>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'error'>('loading');
  // Read through a ref: the drawing effect must not start again when the callback changes.
  const pageDrawn = useContext(PageDrawnContext);
  const onDrawn = useRef(pageDrawn);
  onDrawn.current = pageDrawn;

  // The page proxy and its text model; released when the page leaves the window.
  useEffect(() => {
    let cancelled = false;
    let proxy: PDFPageProxy | null = null;
    source.getPage(index).then(
      (p) => {
        proxy = p;
        if (cancelled) return;
        const v = p.getViewport({ scale: 1 });
        onSize(index, { width: v.width, height: v.height });
        setPage(p);
      },
      () => !cancelled && setState('error'),
    );
    return () => {
      cancelled = true;
      proxy?.cleanup();
    };
  }, [source, index, onSize]);

  // A scan shown before its OCR reading came in gets it when it does (the source reads it again).
  const [textVersion, setTextVersion] = useState(0);
  useEffect(
    () => source.subscribe((changed) => changed === index && setTextVersion((v) => v + 1)),
    [source, index],
  );

  // The text model once the picture is drawn (or failed): reading it (text content and rulings)
  // takes pdf.js's worker, which the first picture should have to itself.
  const settled = state !== 'loading';
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new textVersion reads the text again
  useEffect(() => {
    if (!settled) return;
    let cancelled = false;
    source.pageText(index).then(
      (text) => !cancelled && setPageText(text),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [source, index, settled, textVersion]);

  // Canvas: drawn at the device's pixel ratio, cancelled when scale or rotation change.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!page || !canvas) return;
    const vp = page.getViewport({ scale, rotation: (page.rotate + rotation) % 360 });
    setViewport(vp);
    const ratio = Math.min(
      window.devicePixelRatio || 1,
      Math.sqrt(MAX_CANVAS_PIXELS / Math.max(1, vp.width * vp.height)),
    );
    let task: RenderTask | null = null;
    let cancelled = false;
    let budget: ReturnType<typeof setTimeout> | undefined;
    void source.drawTurn().then((endTurn) => {
      if (cancelled) return endTurn();
      // Draw into a fresh canvas and swap it in, so the old picture stays until the new is ready.
      const next = document.createElement('canvas');
      next.width = Math.max(1, Math.floor(vp.width * ratio));
      next.height = Math.max(1, Math.floor(vp.height * ratio));
      // A page whose drawing never ends (operator cycles, bombs) gives up and says so; the
      // rest of the document stays usable.
      budget = setTimeout(() => {
        task?.cancel();
        if (!cancelled) setState('error');
      }, RENDER_BUDGET_MS);
      try {
        task = page.render({
          canvas: next,
          viewport: vp,
          transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined,
        });
      } catch {
        clearTimeout(budget);
        setState('error');
        return endTurn();
      }
      task.promise
        .then(
          () => {
            clearTimeout(budget);
            if (cancelled) return;
            const ctx = canvas.getContext('2d');
            canvas.width = next.width;
            canvas.height = next.height;
            ctx?.drawImage(next, 0, 0);
            next.width = 0;
            next.height = 0;
            setState('drawn');
            onDrawn.current?.();
          },
          (error: unknown) => {
            clearTimeout(budget);
            next.width = 0;
            next.height = 0;
            if (
              !cancelled &&
              (error as { name?: string })?.name !== 'RenderingCancelledException'
            ) {
              setState('error');
              onDrawn.current?.(); // settled: what waits for the page need not wait longer
            }
          },
        )
        .finally(endTurn);
    });
    return () => {
      cancelled = true;
      clearTimeout(budget);
      task?.cancel();
    };
  }, [source, page, scale, rotation]);

  // Free the canvas memory when the page unmounts (browsers keep it until GC otherwise).
  useEffect(() => {
    const canvas = canvasRef.current;
    return () => {
      if (canvas) {
        canvas.width = 0;
        canvas.height = 0;
      }
    };
  }, []);

  // Text layer for selection, from the same text items the page model was built from.
  useEffect(() => {
    const container = textRef.current;
    if (!page || !pageText || !container) return;
    let layer: TextLayer | null = null;
    let cancelled = false;
    const vp = page.getViewport({ scale, rotation: (page.rotate + rotation) % 360 });
    container.replaceChildren();
    getPlatform()
      .loadPdfjs()
      .then((pdfjs) => {
        if (cancelled) return;
        layer = new pdfjs.TextLayer({
          textContentSource: pageText.content,
          container,
          viewport: vp,
        });
        return layer.render().then(() => !cancelled && setTextLayer(layer));
      })
      .catch(() => {});
    return () => {
      cancelled = true;
      layer?.cancel();
      setTextLayer(null);
    };
  }, [page, pageText, scale, rotation]);

  return (
    <div
      className="pdf-page"
      data-page={index + 1}
      data-state={state}
      style={{ top, left, width, height, ['--total-scale-factor' as string]: scale }}
    >
      <canvas
        ref={canvasRef}
        className="pdf-canvas"
        data-testid={`pdf-page-${index + 1}`}
        style={{ width, height }}
      />
      <div ref={textRef} className="textLayer" />
      {viewport && (
        <PageOverlay {...props} viewport={viewport} pageText={pageText} textLayer={textLayer} />
      )}
      {state === 'error' && (
        <p className="pdf-page-error" role="alert">
          {t('pageUnreadable', { page: index + 1 })}
        </p>
      )}
    </div>
  );
}

export const PageView = memo(PageViewImpl);
