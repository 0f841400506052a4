/**
 * Where each annotation is drawn. Stored rectangles are used at once; text annotations are then
 * checked against the page text, and when the text moved (a re-exported file, a change in text
 * extraction) they are re-anchored by quote (lib/annotations/anchor), redrawn at the new place
 * and the fresh anchors handed back through `onReanchor`. Annotations whose quote is gone are
 * reported as orphaned.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { reanchor } from '@/lib/annotations/anchor';
import type { Annotation, AnnotationPatch, PdfRect } from '@/lib/annotations/annotation';
import { mergeLineRects } from '@/lib/annotations/geometry';
import { fold } from '@/lib/annotations/text-fold';
import { rectsForRange } from '@/lib/pdf/text';
import type { DrawnAnnotation } from './PageOverlay';
import type { PdfTextSource } from './text-source';

interface Resolved {
  version: number;
  page: number;
  rects: readonly PdfRect[];
  orphaned: boolean;
}

export function useAnchors(
  annotations: readonly Annotation[],
  source: PdfTextSource | null,
  onReanchor: (id: string, patch: AnnotationPatch) => void,
) {
  const [resolved, setResolved] = useState<ReadonlyMap<string, Resolved>>(new Map());
  // The latest callback, without restarting the work when the caller re-renders.
  const report = useRef(onReanchor);
  report.current = onReanchor;

  useEffect(() => {
    if (!source) return;
    let cancelled = false;
    const todo = annotations.filter(
      (a) => a.quote.exact && resolved.get(a.id)?.version !== a.updatedAt,
    );
    if (todo.length === 0) return;
    (async () => {
      const updates = new Map<string, Resolved>();
      for (const a of todo) {
        let ok = false;
        try {
          const text = a.page < source.numPages ? (await source.pageText(a.page)).page.text : '';
          ok = fold(text.slice(a.position.start, a.position.end)) === fold(a.quote.exact);
        } catch {
          ok = false;
        }
        if (ok) {
          updates.set(a.id, {
            version: a.updatedAt,
            page: a.page,
            rects: a.rects,
            orphaned: false,
          });
          continue;
        }
        await source.indexAll();
        if (cancelled) return;
        const found = reanchor(a, source.allTexts);
        if (found.status === 'orphaned') {
          updates.set(a.id, { version: a.updatedAt, page: a.page, rects: [], orphaned: true });
          continue;
        }
        const model = (await source.pageText(found.page)).page;
        const rects = mergeLineRects(
          rectsForRange(model, found.position.start, found.position.end),
        );
        updates.set(a.id, { version: a.updatedAt, page: found.page, rects, orphaned: false });
        report.current(a.id, {
          page: found.page,
          position: found.position,
          quote: found.quote,
          rects,
        });
      }
      if (!cancelled && updates.size) {
        setResolved((old) => new Map([...old, ...updates]));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [annotations, source, resolved]);

  return useMemo(() => {
    const byPage = new Map<number, DrawnAnnotation[]>();
    const orphaned = new Set<string>();
    for (const a of annotations) {
      const r = resolved.get(a.id);
      if (r?.orphaned) {
        orphaned.add(a.id);
        continue;
      }
      // Until checked (or after an edit), draw where the record says.
      const page = r && r.version === a.updatedAt ? r.page : a.page;
      const rects = r && r.version === a.updatedAt ? r.rects : a.rects;
      const list = byPage.get(page) ?? [];
      list.push({ annotation: a, rects });
      byPage.set(page, list);
    }
    return { byPage, orphaned };
  }, [annotations, resolved]);
}
