/**
 * The extension's side panel (Chrome, Edge) or sidebar (Firefox): the review form of one
 * application of the active panel, beside whatever page the reviewer is reading (a submission
 * shown as a web page rather than a PDF). It writes to the same panel document as the app page,
 * with the same save and sync status (the pages' copies are linked: lib/workspace/page-peers).
 */
import { useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { I18n } from '@/lib/i18n/core';
import type { ApplicationId, PanelId } from '@/lib/ids';
import type { OpenedPanel } from '@/lib/panel/open';
import type { Panel } from '@/lib/panel/panel';
import { getPlatform } from '@/lib/platform';
import type { RubricPack } from '@/lib/rubric';
import type { Workspace } from '@/lib/workspace/workspace';
import { SyncIndicator } from '../collab/SyncIndicator';
import { useExtraction } from '../hooks/useExtraction';
import { usePanelPack } from '../hooks/usePanelPack';
import { usePanelValue } from '../hooks/usePanelValue';
import { useOpenedPanel } from '../hooks/useWorkspace';
import { ReviewPane } from '../review/ReviewPane';
import { href } from '../router';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { ErrorNotice } from '../shell/ErrorNotice';
import { SaveIndicator } from '../shell/SaveIndicator';
import { useStores, useWatched, WorkspaceProvider } from '../workspace/WorkspaceContext';
import { PanelPicker } from './PanelPicker';
import { useActivePanelId } from './useActivePanel';
import '../styles.css';
import './extension.css';

export function SidePanelApp({ i18n, workspace }: { i18n: I18n; workspace: Workspace }) {
  return (
    <I18nextProvider i18n={i18n}>
      <WorkspaceProvider workspace={workspace}>
        <div className="ext-page side-panel" data-testid="side-panel">
          <ErrorBoundary>
            <SidePanel />
          </ErrorBoundary>
        </div>
      </WorkspaceProvider>
    </I18nextProvider>
  );
}

function SidePanel() {
  const { t } = useTranslation('extension');
  const panelId = useActivePanelId();
  return (
    <>
      <PanelPicker value={panelId} />
      {panelId === null && <p className="muted">{t('noPanels')}</p>}
      {panelId && <OpenPanel key={panelId} panelId={panelId} />}
    </>
  );
}

function OpenPanel({ panelId }: { panelId: PanelId }) {
  const { t } = useTranslation('extension');
  const state = useOpenedPanel(panelId);
  if (state.status === 'loading') return <p className="muted">{t('loading')}</p>;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  return <Chooser opened={state.opened} />;
}

function Chooser({ opened }: { opened: OpenedPanel }) {
  const { t } = useTranslation('extension');
  const { panel, persistence } = opened;
  const pack = usePanelPack(panel);
  const applications = usePanelValue(panel, (p) => p.applications());
  const stores = useStores();
  const chosen = useWatched<ApplicationId | null>(
    (onValue, onError) => stores.active.watchApplication(panel.id, onValue, onError),
    [stores, panel.id],
  ).value;
  const current = applications.find((a) => a.id === chosen) ?? applications[0];
  return (
    <>
      <div className="side-status">
        <SyncIndicator panelId={panel.id} />
        <SaveIndicator persistence={persistence} />
      </div>
      {applications.length === 0 ? (
        <p className="muted">{t('side.noApplications')}</p>
      ) : (
        <label className="ext-field">
          <span>{t('side.application')}</span>
          <select
            value={current?.id ?? ''}
            onChange={(e) =>
              void stores.active.setApplication(panel.id, e.target.value as ApplicationId)
            }
            data-testid="side-application"
          >
            {applications.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </label>
      )}
      {pack.error ? <ErrorNotice error={pack.error} /> : null}
      {current && pack.pack && (
        <SideReview key={current.id} panel={panel} applicationId={current.id} pack={pack.pack} />
      )}
    </>
  );
}

function SideReview({
  panel,
  applicationId,
  pack,
}: {
  panel: Panel;
  applicationId: ApplicationId;
  pack: RubricPack;
}) {
  const { t } = useTranslation('extension');
  const app = usePanelValue(panel, (p) => p.application(applicationId), [applicationId]);
  const files = useMemo(() => app?.files.map((f) => ({ hash: f.hash, name: f.name })) ?? [], [app]);
  const extraction = useExtraction(files, pack);
  const openInApp = () =>
    void getPlatform().extension?.openApp(href.application(panel.id, applicationId));
  return (
    <>
      <button type="button" className="link-button" onClick={openInApp}>
        {t('side.openInApp')}
      </button>
      <ReviewPane
        panel={panel}
        applicationId={applicationId}
        pack={pack}
        extraction={extraction}
        showEvidence={openInApp}
      />
    </>
  );
}
