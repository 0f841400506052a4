/**
 * The open document: toolbar, sidebar (thumbnails, outline, annotations), and the continuous,
 * virtualised page view. Only pages near the viewport are mounted (PageView); the rest exist as
 * numbers in the layout (useScrollLayout). Page, zoom and rotations are reported to be
 * remembered. Writes the store refuses become a message, never a crash.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationDraft, AnnotationPatch, PdfRect } from '@/lib/annotations/annotation';
import { DEFAULT_COLOR } from '@/lib/annotations/annotation';
import type { Rotation, ViewState } from '@/lib/annotations/view-state';
import type { OpenedPdf } from '@/lib/pdf/open';
import { rectsForRange } from '@/lib/pdf/text';
import { ErrorNotice } from '../shell/ErrorNotice';
import { NARROW_QUERY } from '../shell/narrow';
import { downloadAnnotatedPdf, downloadWebAnnotations } from './export';
import { type PageSize, zoomIn, zoomOut } from './layout';
import { locate, offsetInPage } from './locate';
import type { PageHit, Tool } from './PageOverlay';
import { PageView } from './PageView';
import type { JumpTarget, PdfViewerProps } from './PdfViewer';
import { SearchBar } from './SearchBar';
import { Sidebar } from './Sidebar';
import { type SidebarTab, Toolbar } from './Toolbar';
import type { PdfTextSource } from './text-source';
import { useAnchors } from './useAnchors';
import { useScrollLayout } from './useScrollLayout';
import { useSearch } from './useSearch';
import { useSelectionHighlight } from './useSelectionHighlight';
import { useViewerKeys } from './useViewerKeys';

interface BodyProps extends PdfViewerProps {
  pdf: OpenedPdf;
  source: PdfTextSource;
  sizes: readonly PageSize[];
  onPageSize(index: number, size: PageSize): void;
  initialView: ViewState;
  onViewChange(state: ViewState): void;
}

const NO_HITS: PageHit[] = [];
const ALWAYS = () => true;

/** A store may refuse a write (another reviewer's annotation, an observer): say so, go on. */
function guarded<A extends unknown[], R>(fn: (...args: A) => R, report: (error: unknown) => void) {
  return (...args: A): R | undefined => {
    try {
      return fn(...args);
    } catch (error) {
      report(error);
      return undefined;
    }
  };
}

export function ViewerBody(props: BodyProps) {
  const { file, pdf, source, sizes, onPageSize, initialView, onViewChange } = props;
  const { t } = useTranslation('viewer');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [zoom, setZoom] = useState<ViewState['zoom']>(initialView.zoom);
  const [rotations, setRotations] = useState<Record<string, Rotation>>(initialView.rotations);
  const [tool, setTool] = useState<Tool>('select');
  const [color, setColor] = useState<string>(DEFAULT_COLOR);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // On a narrow screen the sidebar would squeeze the pages: it starts closed there.
  const [sidebar, setSidebar] = useState<SidebarTab | null>(() =>
    window.matchMedia?.(NARROW_QUERY).matches ? null : 'annotations',
  );
  const [searchOpen, setSearchOpen] = useState(false);
  const [flash, setFlash] = useState<{ page: number; rects: readonly PdfRect[] } | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const canEdit = props.canEdit ?? ALWAYS;
  const onCreate = useMemo(() => guarded(props.onCreate, setError), [props.onCreate]);
  const onUpdate = useMemo(() => guarded(props.onUpdate, setError), [props.onUpdate]);
  const onDelete = useMemo(() => guarded(props.onDelete, setError), [props.onDelete]);
  const onLinkEvidence = useMemo(
    () => props.onLinkEvidence && guarded(props.onLinkEvidence, setError),
    [props.onLinkEvidence],
  );
  const annotations = useMemo(
    () => props.annotations.filter((a) => a.fileHash === file.hash && !a.deleted),
    [props.annotations, file.hash],
  );
  const evidence = props.evidence ?? [];
  const authorName = props.authorName ?? ((author: string) => author);
  // Exports carry names, not member ids.
  const named = () => annotations.map((a) => ({ ...a, author: authorName(a.author) }));
  // Fresh anchors go back to the store, for the user's own annotations only.
  const onReanchor = useCallback(
    (id: string, patch: AnnotationPatch) => {
      const a = annotations.find((x) => x.id === id);
      if (a && canEdit(a)) onUpdate(id, patch);
    },
    [annotations, canEdit, onUpdate],
  );
  const anchors = useAnchors(annotations, source, onReanchor);
  const search = useSearch(source);
  const view = useScrollLayout(sizes, zoom, rotations, initialView.page);
  const { scroller, scale, layout, page, goTo, claimNavigation } = view;

  const create = useCallback(
    (draft: AnnotationDraft) => {
      const id = onCreate(draft);
      if (typeof id === 'string') {
        setSelectedId(id);
        setSidebar('annotations');
      }
    },
    [onCreate],
  );
  const selection = useSelectionHighlight(
    scroller,
    useCallback(
      (anchor) => create({ kind: 'highlight', ...anchor, color, tags: [], comment: '' }),
      [create, color],
    ),
  );

  // Remember page, zoom and rotations for this file (once the remembered page was restored).
  useEffect(() => {
    if (view.restored.current) onViewChange({ page, zoom, rotations });
  }, [page, zoom, rotations, onViewChange, view.restored]);

  // A jump asked for while the viewer is hidden (the form shown on a phone) waits until the
  // pages have a size again: a place computed at width 0 would be wrong.
  const deferred = useRef<JumpTarget | null>(null);
  const jumpTo = useCallback(
    async (target: JumpTarget, options: { flash?: boolean; ticket?: number } = {}) => {
      if (view.box.width === 0) {
        deferred.current = target;
        return;
      }
      if ('id' in target) {
        setSelectedId(target.id);
        setSidebar('annotations');
      }
      // Placing the target reads the page's text first; a page asked for meanwhile wins.
      const ticket = options.ticket ?? claimNavigation();
      // A place that cannot be computed (a page whose text fails to load) still goes to its page.
      const { index, rects } = await locate(target, anchors.byPage, source).catch(() => ({
        index: target.page,
        rects: [] as const,
      }));
      if (index < 0 || index >= sizes.length) return;
      const top = await offsetInPage(source, index, rects, scale, rotations[index] ?? 0);
      const moved = goTo(index, Math.max(0, top - 60), ticket);
      if (moved && rects.length && options.flash !== false) setFlash({ page: index, rects });
    },
    [anchors, source, sizes.length, scale, rotations, goTo, claimNavigation, view.box.width],
  );
  useImperativeHandle(props.ref, () => ({ jumpTo: (target) => void jumpTo(target) }), [jumpTo]);
  useEffect(() => {
    const target = deferred.current;
    if (!target || view.box.width === 0) return;
    deferred.current = null;
    void jumpTo(target);
  }, [view.box.width, jumpTo]);

  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), 1600);
    return () => clearTimeout(timer);
  }, [flash]);

  // Go to the current search hit when the reader moves to one: a new query's first hit, next,
  // previous. Not each time more pages' text comes in and the hits are found again (new objects,
  // same places): that pulled the view back to the hit while the reader read another page.
  // The reader's move (typing, next, previous) is when they ask to go: its ticket is taken then,
  // so a page they go to while the hit is still being found or placed wins over it.
  // Each move counts, so Enter goes back to the one hit there is.
  const searchTicket = useRef(0);
  const [searchMoves, setSearchMoves] = useState(0);
  const searchMove =
    <A extends unknown[]>(move: (...args: A) => void) =>
    (...args: A) => {
      searchTicket.current = claimNavigation();
      setSearchMoves((n) => n + 1);
      move(...args);
    };
  const hit = search.state.hits[search.state.current];
  const hitKey = hit
    ? `${search.state.query}\u0000${search.state.current}\u0000${searchMoves}`
    : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the reader moves to a hit
  useEffect(() => {
    if (!hit) return;
    const ticket = searchTicket.current;
    source.pageText(hit.page).then(
      ({ page: model }) =>
        jumpTo(
          { page: hit.page, rects: rectsForRange(model, hit.start, hit.end) },
          { flash: false, ticket },
        ),
      () => {},
    );
  }, [hitKey]);

  const hitsByPage = useMemo(() => {
    const map = new Map<number, PageHit[]>();
    search.state.hits.forEach((h, i) => {
      const list = map.get(h.page) ?? [];
      list.push({ start: h.start, end: h.end, current: i === search.state.current });
      map.set(h.page, list);
    });
    return map;
  }, [search.state.hits, search.state.current]);

  const openSearch = () => {
    setSearchOpen(true);
    setTimeout(() => searchInput.current?.select(), 0);
  };
  const rotate = () =>
    setRotations((r) => ({ ...r, [page]: (((r[page] ?? 0) + 90) % 360) as Rotation }));
  const exportWith = (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    work()
      .catch(setError)
      .finally(() => setBusy(false));
  };

  const keys = useViewerKeys({
    nextPage: () => goTo(page + 1),
    previousPage: () => goTo(page - 1),
    firstPage: () => goTo(0),
    lastPage: () => goTo(sizes.length - 1),
    scrollBy: (dy: number) => scroller.current?.scrollBy({ top: dy }),
    openSearch,
    zoomIn: () => setZoom(zoomIn(scale)),
    zoomOut: () => setZoom(zoomOut(scale)),
    fitWidth: () => setZoom('fitWidth'),
    rotate,
    highlight: () => selection.highlight(),
    escape: () => {
      setSearchOpen(false);
      selection.close();
      setTool('select');
      setSelectedId(null);
    },
  });

  const contentWidth = Math.max(layout.maxWidth + 32, view.box.width);
  const pages = [];
  for (let i = view.first; i <= view.last && i < sizes.length; i++) {
    pages.push(
      <PageView
        key={i}
        index={i}
        source={source}
        scale={scale}
        rotation={rotations[i] ?? 0}
        top={layout.tops[i]!}
        left={(contentWidth - layout.widths[i]!) / 2}
        width={layout.widths[i]!}
        height={layout.heights[i]!}
        onSize={onPageSize}
        annotations={anchors.byPage.get(i) ?? []}
        hits={searchOpen ? (hitsByPage.get(i) ?? NO_HITS) : NO_HITS}
        flash={flash?.page === i ? flash.rects : null}
        selectedId={selectedId}
        tool={tool}
        color={color}
        onCreate={create}
        onSelect={setSelectedId}
        resolvers={selection.resolvers}
      />,
    );
  }

  return (
    <section
      className="pdf-viewer"
      data-state="ready"
      data-testid="pdf-viewer"
      data-pages={sizes.length}
      data-current-page={page + 1}
      data-file={file.name}
      aria-label={file.name}
      onKeyDown={keys}
    >
      <Toolbar
        readOnly={props.readOnly ?? false}
        page={page}
        numPages={sizes.length}
        scale={scale}
        fitWidth={zoom === 'fitWidth'}
        tool={tool}
        color={color}
        sidebar={sidebar}
        busy={busy}
        onGoTo={(i) => goTo(i)}
        onZoomIn={() => setZoom(zoomIn(scale))}
        onZoomOut={() => setZoom(zoomOut(scale))}
        onFitWidth={() => setZoom('fitWidth')}
        onRotate={rotate}
        onTool={setTool}
        onColor={setColor}
        onSidebar={setSidebar}
        onSearch={openSearch}
        onExportJson={() =>
          exportWith(() => downloadWebAnnotations(file, named(), evidence, source))
        }
        onExportPdf={() => exportWith(() => downloadAnnotatedPdf(file, named()))}
      />
      {searchOpen && (
        <SearchBar
          ref={searchInput}
          state={search.state}
          onQuery={searchMove(search.setQuery)}
          onNext={searchMove(search.next)}
          onPrevious={searchMove(search.previous)}
          onClose={() => {
            setSearchOpen(false);
            scroller.current?.focus();
          }}
        />
      )}
      {error ? <ErrorNotice error={error} onRetry={() => setError(null)} /> : null}
      <div className="pdf-body">
        {sidebar && (
          <Sidebar
            tab={sidebar}
            doc={pdf.proxy as PDFDocumentProxy}
            source={source}
            sizes={sizes}
            rotations={rotations}
            page={page}
            onGo={(i) => goTo(i)}
            annotationPanel={{
              annotations,
              orphaned: anchors.orphaned,
              evidence,
              targets: props.evidenceTargets ?? [],
              selectedId,
              canEdit,
              authorName,
              onSelect: (a) => void jumpTo(a),
              onUpdate,
              onDelete,
              onLinkEvidence,
            }}
          />
        )}
        <div
          ref={scroller}
          className="pdf-scroll"
          data-testid="pdf-scroll"
          role="document"
          aria-label={t('pages')}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll area takes the keys (PageDown, Home, Ctrl+F)
          tabIndex={0}
          onScroll={() => {
            view.onScroll();
            selection.close();
          }}
          onMouseUp={() => tool === 'select' && selection.onMouseUp()}
        >
          <div className="pdf-content" style={{ height: layout.totalHeight, width: contentWidth }}>
            {pages}
            {selection.popup && !props.readOnly && (
              <button
                type="button"
                className="pdf-selection-popup"
                data-testid="highlight-selection"
                style={{ left: selection.popup.x, top: selection.popup.y }}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => selection.highlight()}
              >
                {t('tools.highlight')}
              </button>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
