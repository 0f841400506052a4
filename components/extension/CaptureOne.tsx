/**
 * Open one linked PDF in Review Desk (context menu on a link, or a tab showing a PDF): fetch it
 * at once with the page's credentials and store it by hash, then attach it to an application of
 * the active panel — a new one named from the link (or its table row), or one the user picks —
 * and open the application page on it. A file the panel already has opens where it is.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPdf, type FetchedFile, fileNameFromDisposition } from '@/lib/capture/fetched-file';
import { groupLinks } from '@/lib/capture/group';
import { type CandidateLink, linkFileName } from '@/lib/capture/links';
import { isReviewDeskError, ReviewDeskError } from '@/lib/errors';
import type { ApplicationId } from '@/lib/ids';
import type { Panel } from '@/lib/panel/panel';
import type { ExtensionHost } from '@/lib/platform';
import type { RubricPack } from '@/lib/rubric';
import { usePanelValue } from '../hooks/usePanelValue';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useStores } from '../workspace/WorkspaceContext';
import { useCaptureRun } from './useCaptureRun';
import type { ScanState } from './useTabScan';

type Fetched =
  | { status: 'fetching' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; file: FetchedFile; name: string; known: ApplicationId | null };

/**
 * The link as the page shows it (text, row), or bare when the page could not be read. Any link
 * the user pointed at counts, even one that does not look like a PDF: the bytes decide.
 */
function findLink(scan: ScanState, link: { url: string; frameId: number }): CandidateLink {
  const url = link.url.replace(/#.*$/, '');
  const found =
    scan.status === 'ready'
      ? scan.scan.links.find((l) => l.url.replace(/#.*$/, '') === url && l.frameId === link.frameId)
      : undefined;
  const base = found ?? { url, text: '', title: '', download: '', type: '', row: null, order: 0 };
  return { ...base, url, frameId: link.frameId, kind: 'pdf', fileName: linkFileName(base) };
}

export function CaptureOne({
  host,
  tabId,
  panel,
  pack,
  link,
  scan,
}: {
  host: ExtensionHost;
  tabId: number;
  panel: Panel;
  pack: RubricPack;
  link: { url: string; frameId: number };
  scan: ScanState;
}) {
  const stores = useStores();
  const { t } = useTranslation('extension');
  const candidate = useMemo(() => findLink(scan, link), [scan, link]);
  const suggested = useMemo(() => groupLinks([candidate], { by: 'row' })[0]!.title, [candidate]);
  const applications = usePanelValue(panel, (p) => p.applications());
  const isChair = usePanelValue(panel, (p) => p.me().role === 'chair');
  const [fetched, setFetched] = useState<Fetched>({ status: 'fetching' });
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [title, setTitle] = useState<string | null>(null);
  const [existing, setExisting] = useState<ApplicationId | ''>('');
  const capture = useCaptureRun(panel, pack, host, tabId);

  // Fetched at once: the access the user's click gave ends when the page navigates.
  const load = useCallback(async () => {
    setFetched({ status: 'fetching' });
    try {
      const file = await host.fetchLink(tabId, candidate);
      const name = fileNameFromDisposition(file.disposition) ?? candidate.fileName;
      checkPdf(file, name);
      const { hash } = await stores.files.put(file.bytes);
      const known = panel.applications().find((a) => a.files.some((f) => f.hash === hash));
      setFetched({ status: 'ready', file, name, known: known?.id ?? null });
    } catch (error) {
      setFetched({ status: 'error', error });
    }
  }, [host, tabId, candidate, panel, stores]);
  useEffect(() => {
    void load();
  }, [load]);

  const open = (id: ApplicationId) => {
    void stores.active.setApplication(panel.id, id).catch(() => undefined);
    window.location.hash = href.application(panel.id, id);
  };

  const attach = async () => {
    if (fetched.status !== 'ready') return;
    const attachTo = mode === 'existing' && existing ? existing : undefined;
    const group = { key: 'link', title: title?.trim() || suggested, links: [candidate] };
    const outcome = await capture.start([group], { attachTo, fetchLink: async () => fetched.file });
    const made = outcome?.applications[0];
    if (!made) return;
    // A title the user typed wins over the one read from the form.
    if (!attachTo && title?.trim() && title.trim() !== made.title) {
      panel.updateApplication(made.applicationId, { title: title.trim() });
    }
    open(made.applicationId);
  };

  if (fetched.status === 'fetching') return <p className="muted">{t('one.fetching')}</p>;
  if (fetched.status === 'error') {
    const origin =
      isReviewDeskError(fetched.error) && fetched.error.code === 'extension/needsPermission'
        ? String(fetched.error.params.origin)
        : null;
    return (
      <div data-testid="capture-one-error">
        <ErrorNotice error={fetched.error} onRetry={() => void load()} />
        {origin && (
          <button
            type="button"
            onClick={() => {
              host
                .requestAccess(candidate.url)
                .then((granted) =>
                  granted
                    ? load()
                    : setFetched({
                        status: 'error',
                        error: new ReviewDeskError('extension/permissionRefused', { origin }),
                      }),
                )
                .catch((error) => setFetched({ status: 'error', error }));
            }}
            data-testid="capture-allow"
          >
            {t('report.allow', { origin, count: 1 })}
          </button>
        )}
      </div>
    );
  }
  const knownApp = applications.find((a) => a.id === fetched.known);
  if (knownApp) {
    return (
      <div className="notice" data-testid="capture-one-known">
        <p>{t('one.known', { name: fetched.name, title: knownApp.title })}</p>
        <button type="button" className="primary" onClick={() => open(knownApp.id)}>
          {t('one.openKnown')}
        </button>
      </div>
    );
  }
  if (!isChair) return <p className="notice">{t('one.reviewer', { name: fetched.name })}</p>;
  return (
    <form
      className="card card-form capture-one"
      data-testid="capture-one"
      onSubmit={(e) => {
        e.preventDefault();
        void attach();
      }}
    >
      <p>
        {t('one.fetched', {
          name: fetched.name,
          size: (fetched.file.bytes.byteLength / 1024).toFixed(0),
        })}
      </p>
      <label>
        <input type="radio" checked={mode === 'new'} onChange={() => setMode('new')} />
        {t('one.newApplication')}
      </label>
      {mode === 'new' && (
        <label className="ext-field">
          <span>{t('one.titleLabel')}</span>
          <input
            value={title ?? suggested}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={300}
            data-testid="capture-one-title"
          />
        </label>
      )}
      <label>
        <input
          type="radio"
          checked={mode === 'existing'}
          onChange={() => setMode('existing')}
          disabled={applications.length === 0}
          data-testid="capture-one-existing"
        />
        {t('one.existingApplication')}
      </label>
      {mode === 'existing' && (
        <select
          value={existing}
          onChange={(e) => setExisting(e.target.value as ApplicationId)}
          data-testid="capture-one-application"
        >
          <option value="">{t('one.pick')}</option>
          {applications.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      )}
      <button
        type="submit"
        className="primary"
        disabled={capture.running || (mode === 'existing' && !existing)}
        data-testid="capture-one-open"
      >
        {t('one.open')}
      </button>
      {capture.error ? <ErrorNotice error={capture.error} /> : null}
      {capture.outcome?.failed.map((f) => (
        <ErrorNotice key={f.link.url} error={f.error} />
      ))}
    </form>
  );
}
