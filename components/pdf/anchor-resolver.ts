/**
 * Where each annotation is drawn, kept apart from React so it can be tested under Node. Stored
 * rectangles are used at once; text annotations are then checked against the page text, and when
 * the text moved (a re-exported file, a change in text extraction) they are re-anchored by quote
 * (lib/annotations/anchor), redrawn at the new place and the fresh anchors handed back through
 * `onReanchor`. Annotations whose quote is gone are reported as orphaned.
 *
 * A scanned page shown before its OCR reading has no text yet (text-source.ts, provisional): an
 * annotation on it cannot be checked, so it is drawn where recorded — neither orphaned nor moved
 * to a page that happens to hold the same words — and checked once the page's text changes. A
 * change of a page's text also checks again the annotations placed on it and the orphaned ones
 * (their quote may be on that page now).
 */
import { reanchor } from '@/lib/annotations/anchor';
import type { Annotation, AnnotationPatch, PdfRect } from '@/lib/annotations/annotation';
import { mergeLineRects } from '@/lib/annotations/geometry';
import { fold } from '@/lib/annotations/text-fold';
import { rectsForRange } from '@/lib/pdf/text';
import type { DrawnAnnotation } from './PageOverlay';
import type { PdfTextSource } from './text-source';

export interface ResolvedAnchor {
  /** The annotation's `updatedAt` this was worked out for (an edit makes it stale). */
  version: number;
  page: number;
  rects: readonly PdfRect[];
  orphaned: boolean;
  /** Its page has no text yet (a scan before its OCR reading): drawn as recorded for now. */
  waiting: boolean;
}

export interface DrawnAnchors {
  byPage: Map<number, DrawnAnnotation[]>;
  orphaned: Set<string>;
}

export class AnchorResolver {
  private resolved: ReadonlyMap<string, ResolvedAnchor> = new Map();
  private annotations: readonly Annotation[] = [];
  private readonly listeners = new Set<() => void>();
  private running = false;
  private again = false;
  private closed = false;

  /** Annotations to check again although their version did not change (their page's text did). */
  private readonly stale = new Set<string>();
  /** Annotations of the pass under way (their results are not in `resolved` until it ends). */
  private checking: readonly Annotation[] = [];
  private readonly unsubscribe: () => void;

  constructor(
    private readonly source: PdfTextSource,
    private readonly onReanchor: (id: string, patch: AnnotationPatch) => void,
  ) {
    this.unsubscribe = source.subscribe((page) => page !== undefined && this.pageChanged(page));
  }

  /** Hear when where annotations are drawn changed (returns the unsubscribe function). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current results (a new map after each change, so React sees the change). */
  snapshot = (): ReadonlyMap<string, ResolvedAnchor> => this.resolved;

  /** The annotations to place now (the viewer's list; checked in the background). */
  setAnnotations(annotations: readonly Annotation[]): void {
    this.annotations = annotations;
    this.kick();
  }

  close(): void {
    this.closed = true;
    this.unsubscribe();
    this.listeners.clear();
  }

  /** A page's text changed (its OCR reading came in): check again what it may concern. */
  private pageChanged(page: number) {
    for (const a of this.annotations) {
      const r = this.resolved.get(a.id);
      if (!r) continue;
      if (r.page === page || a.page === page || r.orphaned || r.waiting) this.stale.add(a.id);
    }
    // Checks under way may have read the page's old text: they are done again.
    for (const a of this.checking) this.stale.add(a.id);
    if (this.stale.size) this.kick();
  }

  /** Settles when no check is under way (for tests and callers that must wait). */
  idle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const off = this.subscribe(() => {
        if (this.running) return;
        off();
        resolve();
      });
    });
  }

  private kick() {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.run().finally(() => {
      this.running = false;
      if (!this.closed) this.emit();
    });
  }

  private emit() {
    for (const l of this.listeners) l();
  }

  private async run() {
    do {
      this.again = false;
      const todo = this.annotations.filter(
        (a) =>
          a.quote.exact &&
          (this.stale.has(a.id) || this.resolved.get(a.id)?.version !== a.updatedAt),
      );
      for (const a of todo) this.stale.delete(a.id);
      this.checking = todo;
      const updates = new Map<string, ResolvedAnchor>();
      for (const a of todo) {
        const r = await this.resolve(a);
        if (this.closed) return;
        if (r) updates.set(a.id, r);
      }
      this.checking = [];
      if (updates.size) {
        this.resolved = new Map([...this.resolved, ...updates]);
        this.emit();
      }
    } while (this.again && !this.closed);
  }

  /** Whether the annotation is still the one shown (not edited or removed meanwhile). */
  private current(a: Annotation): boolean {
    return this.annotations.some((b) => b.id === a.id && b.updatedAt === a.updatedAt);
  }

  private async resolve(a: Annotation): Promise<ResolvedAnchor | null> {
    const { source } = this;
    let ok = false;
    try {
      const text = a.page < source.numPages ? (await source.pageText(a.page)).page.text : '';
      ok = fold(text.slice(a.position.start, a.position.end)) === fold(a.quote.exact);
    } catch {
      ok = false;
    }
    if (!ok && source.isProvisional(a.page)) {
      return { version: a.updatedAt, page: a.page, rects: a.rects, orphaned: false, waiting: true };
    }
    if (ok)
      return {
        version: a.updatedAt,
        page: a.page,
        rects: a.rects,
        orphaned: false,
        waiting: false,
      };
    await source.indexAll();
    if (this.closed || !this.current(a)) return null;
    const found = reanchor(a, source.allTexts);
    if (found.status === 'orphaned') {
      return { version: a.updatedAt, page: a.page, rects: [], orphaned: true, waiting: false };
    }
    const model = (await source.pageText(found.page)).page;
    const rects = mergeLineRects(rectsForRange(model, found.position.start, found.position.end));
    if (this.closed || !this.current(a)) return null;
    this.onReanchor(a.id, {
      page: found.page,
      position: found.position,
      quote: found.quote,
      rects,
    });
    return { version: a.updatedAt, page: found.page, rects, orphaned: false, waiting: false };
  }
}

/** Where to draw each annotation, and which ones lost their text. */
export function drawnAnchors(
  annotations: readonly Annotation[],
  resolved: ReadonlyMap<string, ResolvedAnchor>,
): DrawnAnchors {
  const byPage = new Map<number, DrawnAnnotation[]>();
  const orphaned = new Set<string>();
  for (const a of annotations) {
    const r = resolved.get(a.id);
    if (r?.orphaned) {
      orphaned.add(a.id);
      continue;
    }
    const fresh = r && r.version === a.updatedAt ? r : undefined;
    // Until checked (or after an edit), draw where the record says.
    const page = fresh ? fresh.page : a.page;
    const rects = fresh ? fresh.rects : a.rects;
    const list = byPage.get(page) ?? [];
    list.push({ annotation: a, rects });
    byPage.set(page, list);
  }
  return { byPage, orphaned };
}
