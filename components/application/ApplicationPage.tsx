/**
 * An application: its PDFs on the left (one at a time, with the panel's annotations), the review
 * form on the right, each filling the window's height and scrolling on its own. On a narrow
 * screen one of the two is shown, with a switch. Evidence clicked in the form shows the PDF,
 * opens its file and brings the page and quote into view.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationId, FileHash } from '@/lib/ids';
import type { OpenedPanel } from '@/lib/panel/open';
import type { RubricPack } from '@/lib/rubric';
import { titleFromUnlockedForm } from '@/lib/workspace/import';
import { panelAnnotationStore } from '@/lib/workspace/panel-annotations';
import { Presence } from '../collab/Presence';
import { SyncIndicator } from '../collab/SyncIndicator';
import { useExtraction } from '../hooks/useExtraction';
import { usePanelPack } from '../hooks/usePanelPack';
import { usePanelValue } from '../hooks/usePanelValue';
import { useRelayConnection } from '../hooks/useRelay';
import { useOpenedPanel } from '../hooks/useWorkspace';
import { PageDrawnContext } from '../pdf/first-draw';
import type { JumpTarget, PdfViewerController } from '../pdf/PdfViewer';
import type { EvidenceLocation } from '../review/ReviewContext';
import { ReviewPane } from '../review/ReviewPane';
import { href, type RouteJump } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import { NotFound } from '../shell/NotFound';
import { SaveIndicator } from '../shell/SaveIndicator';
import { AddFiles } from './AddFiles';
import { ApplicationPdf } from './ApplicationPdf';
import { CarryOver } from './CarryOver';
import { evidenceTargets } from './evidence-targets';
import { RemoveApplication } from './RemoveApplication';

type View = 'pdf' | 'form';

/** The longest the review form waits for the first page to be drawn. */
const FORM_WAIT_MS = 1_500;
const NO_FILES: { hash: FileHash; name: string }[] = [];

function ApplicationView({
  opened,
  applicationId,
  pack,
  jump,
}: {
  opened: OpenedPanel;
  applicationId: ApplicationId;
  pack: RubricPack;
  jump?: RouteJump | undefined;
}) {
  const { t, i18n } = useTranslation('workspace');
  const { panel, persistence } = opened;
  const app = usePanelValue(panel, (p) => p.application(applicationId), [applicationId]);
  const panelName = usePanelValue(panel, (p) => p.meta()?.name ?? p.id);
  const me = usePanelValue(panel, (p) => p.me());
  const names = usePanelValue(
    panel,
    (p) => new Map(p.members().map((m) => [m.id as string, m.name])),
  );
  const isChair = me.role === 'chair';
  const store = useMemo(() => panelAnnotationStore(panel), [panel]);
  const targets = useMemo(() => evidenceTargets(pack, i18n.language), [pack, i18n.language]);
  const files = useMemo(() => app?.files.map((f) => ({ hash: f.hash, name: f.name })) ?? [], [app]);
  const [current, setCurrent] = useState<FileHash | null>(null);
  const [view, setView] = useState<View>('pdf');
  const viewer = useRef<PdfViewerController>(null);
  const pendingJump = useRef<JumpTarget | null>(null);
  const file = files.find((f) => f.hash === current) ?? files[0];
  // The review form and reading the facts wait until the first page is on screen, or
  // FORM_WAIT_MS at most (a file missing here, slow to open, or a narrow screen showing the form),
  // leaving pdf.js's worker to the first page. A scanned page shown before its OCR reading has
  // begun gets its text when the reading is stored (components/pdf/text-source.ts, provisional
  // pages).
  const [pageShown, setPageShown] = useState(false);
  const markPageShown = useCallback(() => setPageShown(true), []);
  useEffect(() => {
    const timer = setTimeout(markPageShown, FORM_WAIT_MS);
    return () => clearTimeout(timer);
  }, [markPageShown]);
  const formReady = pageShown || !file || view === 'form';
  const extraction = useExtraction(formReady ? files : NO_FILES, pack);
  const relay = useRelayConnection(panel.id);

  // Presence: the others see which application this member has open.
  useEffect(() => {
    relay?.setLocation(applicationId);
    return () => relay?.setLocation(null);
  }, [relay, applicationId]);

  // A locked form, once unlocked and read, gives the application its real title (chair only).
  const form = extraction.results.find((r) => r.hash === files[0]?.hash);
  useEffect(() => {
    if (!isChair || !app || !form) return;
    const patch = titleFromUnlockedForm(app, form.result.facts);
    if (patch) panel.updateApplication(app.id, patch);
  }, [isChair, app, form, panel]);

  // A jump waits until the viewer of its file is mounted (another file, or still opening).
  const flushJump = useCallback(() => {
    const timer = setInterval(() => {
      if (!pendingJump.current) return clearInterval(timer);
      if (viewer.current) {
        viewer.current.jumpTo(pendingJump.current);
        pendingJump.current = null;
        clearInterval(timer);
      }
    }, 50);
    setTimeout(() => clearInterval(timer), 30_000);
  }, []);

  const showEvidence = useCallback(
    (where: EvidenceLocation) => {
      const annotation = where.annotationId
        ? store.list(applicationId).find((a) => a.id === where.annotationId)
        : undefined;
      const target: JumpTarget = annotation ?? {
        page: where.page - 1,
        ...(where.quote ? { quote: where.quote } : {}),
      };
      const hash = (annotation?.fileHash ?? where.fileHash) as FileHash | undefined;
      setView('pdf');
      pendingJump.current = target;
      if (hash && hash !== file?.hash) setCurrent(hash);
      flushJump();
    },
    [store, applicationId, file?.hash, flushJump],
  );

  // A place named in the address (a link from the chair's desk): open its file, then show it once
  // that file's viewer is ready.
  const jumpKey = jump ? JSON.stringify(jump) : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs per address and shown file
  useEffect(() => {
    if (!jump) return;
    const annotation = jump.annotation
      ? store.list(applicationId).find((a) => a.id === jump.annotation)
      : undefined;
    const hash = annotation?.fileHash ?? (jump.file as FileHash | undefined);
    if (hash && hash !== file?.hash && files.some((f) => f.hash === hash)) {
      setCurrent(hash);
      return;
    }
    const target: JumpTarget = annotation ?? {
      page: (jump.page ?? 1) - 1,
      ...(jump.quote ? { quote: jump.quote } : {}),
    };
    const timer = setInterval(() => {
      if (!viewer.current) return;
      viewer.current.jumpTo(target);
      clearInterval(timer);
    }, 100);
    return () => clearInterval(timer);
  }, [jumpKey, file?.hash]);

  if (!app) return <NotFound what={applicationId} />;
  return (
    <section className="application-page">
      <div className="application-head">
        <div className="stack-sm">
          <nav className="breadcrumbs">
            <a href={href.workspace()}>{t('title')}</a>
            <span aria-hidden="true">/</span>
            <a href={href.panel(panel.id)}>{panelName}</a>
          </nav>
          <h1>{app.title}</h1>
        </div>
        <span className="head-status">
          <Presence panelId={panel.id} applicationId={applicationId} />
          <SyncIndicator panelId={panel.id} readOnly={me.role === 'observer'} />
          <SaveIndicator persistence={persistence} />
          <RemoveApplication panel={panel} app={app} />
        </span>
      </div>
      <fieldset className="view-switch segmented">
        <legend className="visually-hidden">{t('layout:switch')}</legend>
        <button
          type="button"
          aria-pressed={view === 'pdf'}
          data-testid="show-pdf"
          onClick={() => setView('pdf')}
        >
          {t('layout:pdf')}
        </button>
        <button
          type="button"
          aria-pressed={view === 'form'}
          data-testid="show-form"
          onClick={() => setView('form')}
        >
          {t('layout:form')}
        </button>
      </fieldset>
      <div className="split" data-view={view}>
        <div className="split-left" data-testid="pdf-pane">
          <PageDrawnContext.Provider value={pageShown ? null : markPageShown}>
            {isChair && <AddFiles panel={panel} applicationId={applicationId} />}
            {files.length > 1 && (
              <div role="tablist" className="tabs file-tabs">
                {files.map((f) => (
                  <button
                    key={f.hash}
                    type="button"
                    role="tab"
                    aria-selected={f.hash === file?.hash}
                    onClick={() => setCurrent(f.hash)}
                  >
                    {f.name}
                  </button>
                ))}
              </div>
            )}
            {file && files.length > 1 && (
              <CarryOver panel={panel} applicationId={applicationId} file={file} />
            )}
            {file ? (
              <ApplicationPdf
                key={file.hash}
                panel={panel}
                store={store}
                applicationId={applicationId}
                file={file}
                targets={targets}
                viewer={viewer}
                me={me.id}
                names={names}
                readOnly={me.role === 'observer'}
              />
            ) : (
              <p className="muted">{t('noFiles')}</p>
            )}
          </PageDrawnContext.Provider>
        </div>
        <aside className="split-right" aria-label={t('reviewForm')} data-testid="form-pane">
          {formReady ? (
            <ReviewPane
              panel={panel}
              applicationId={applicationId}
              pack={pack}
              extraction={extraction}
              showEvidence={showEvidence}
            />
          ) : (
            <p className="muted">{t('loading')}</p>
          )}
        </aside>
      </div>
    </section>
  );
}

export function ApplicationPage({
  panelId,
  applicationId,
  jump,
}: {
  panelId: string;
  applicationId: string;
  jump?: RouteJump | undefined;
}) {
  const { t } = useTranslation('workspace');
  const state = useOpenedPanel(panelId);
  if (state.status === 'loading') return <p className="muted page">{t('loading')}</p>;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  return (
    <WithPack opened={state.opened} applicationId={applicationId as ApplicationId} jump={jump} />
  );
}

function WithPack({
  opened,
  applicationId,
  jump,
}: {
  opened: OpenedPanel;
  applicationId: ApplicationId;
  jump?: RouteJump | undefined;
}) {
  const pack = usePanelPack(opened.panel);
  if (!pack.pack) return <ErrorNotice error={pack.error} />;
  return (
    <ApplicationView opened={opened} applicationId={applicationId} pack={pack.pack} jump={jump} />
  );
}
