/**
 * The toolbar popup: the active panel with its save and sync state (pending changes included),
 * and the ways in: open the app, capture this page's PDFs, score beside this page.
 */
import { useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { I18n } from '@/lib/i18n/core';
import type { PanelId } from '@/lib/ids';
import type { OpenedPanel } from '@/lib/panel/open';
import { getPlatform, type TabInfo } from '@/lib/platform';
import type { Workspace } from '@/lib/workspace/workspace';
import { SyncIndicator } from '../collab/SyncIndicator';
import { usePanelValue } from '../hooks/usePanelValue';
import { useOpenedPanel } from '../hooks/useWorkspace';
import { href } from '../router';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { ErrorNotice } from '../shell/ErrorNotice';
import { SaveIndicator } from '../shell/SaveIndicator';
import { WorkspaceProvider } from '../workspace/WorkspaceContext';
import { PanelPicker } from './PanelPicker';
import { useActivePanelId } from './useActivePanel';
import '../styles.css';
import './extension.css';

export function PopupApp({ i18n, workspace }: { i18n: I18n; workspace: Workspace }) {
  return (
    <I18nextProvider i18n={i18n}>
      <WorkspaceProvider workspace={workspace}>
        <div className="ext-page popup" data-testid="popup">
          <ErrorBoundary>
            <Popup />
          </ErrorBoundary>
        </div>
      </WorkspaceProvider>
    </I18nextProvider>
  );
}

function Popup() {
  const { t } = useTranslation('extension');
  const host = getPlatform().extension;
  const panelId = useActivePanelId();
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    host?.currentTab().then(setTab, () => undefined);
  }, [host]);
  if (!host) return <p className="notice">{t('onlyInExtension')}</p>;

  const act = (work: Promise<unknown>) => {
    setError(null);
    work.then(() => window.close(), setError);
  };
  return (
    <>
      <h1 className="popup-title">{t('common:appName')}</h1>
      <PanelPicker value={panelId} />
      {panelId && <PanelState panelId={panelId} />}
      <div className="popup-actions">
        <button
          type="button"
          className="primary"
          // Until the active panel is known, a click would open the list of panels instead.
          disabled={panelId === undefined}
          onClick={() => act(host.openApp(panelId ? href.panel(panelId) : href.workspace()))}
          data-testid="popup-open-app"
        >
          {t('popup.openApp')}
        </button>
        <button
          type="button"
          disabled={!tab}
          onClick={() => tab && act(host.openCapture(tab.id, null))}
          data-testid="popup-capture"
        >
          {t('popup.capture')}
        </button>
        <button
          type="button"
          disabled={!tab}
          // Opened in the click itself: the browser wants the user's gesture.
          onClick={() => tab && act(host.openSidePanel(tab.windowId))}
          data-testid="popup-side-panel"
        >
          {t('popup.sidePanel')}
        </button>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
    </>
  );
}

function PanelState({ panelId }: { panelId: PanelId }) {
  const state = useOpenedPanel(panelId);
  if (state.status === 'loading') return null;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  return <Status opened={state.opened} />;
}

function Status({ opened }: { opened: OpenedPanel }) {
  const { t } = useTranslation('extension');
  const { panel, persistence } = opened;
  const count = usePanelValue(panel, (p) => p.applications().length);
  const role = usePanelValue(panel, (p) => p.me().role);
  return (
    <div className="popup-status" data-testid="popup-status">
      <p className="muted">{t('popup.panelLine', { count, role: t(`workspace:roles.${role}`) })}</p>
      <SyncIndicator panelId={panel.id} />
      <SaveIndicator persistence={persistence} />
    </div>
  );
}
