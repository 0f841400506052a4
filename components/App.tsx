/** The app: providers, the shell (header, status) and the page for the current route. */
import { I18nextProvider } from 'react-i18next';
import type { I18n } from '@/lib/i18n';
import type { Workspace } from '@/lib/workspace/workspace';
import { ApplicationPage } from './application/ApplicationPage';
import { CapturePage } from './extension/CapturePage';
import { PanelPage } from './panel/PanelPage';
import { useRoute } from './router';
import { RubricsPage } from './rubric-editor/RubricsPage';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { Header } from './shell/Header';
import { NotFound } from './shell/NotFound';
import { StatusBar } from './shell/StatusBar';
import { WorkspaceProvider } from './workspace/WorkspaceContext';
import { WorkspacePage } from './workspace/WorkspacePage';

function Page() {
  const route = useRoute();
  switch (route.name) {
    case 'workspace':
      return <WorkspacePage />;
    case 'panel':
      return <PanelPage panelId={route.panelId} />;
    case 'application':
      return <ApplicationPage panelId={route.panelId} applicationId={route.applicationId} />;
    case 'rubrics':
      return <RubricsPage packId={route.packId} />;
    case 'capture':
      return <CapturePage tabId={route.tabId} link={route.link} />;
    default:
      return <NotFound what={route.path} />;
  }
}

export function App({ i18n, workspace }: { i18n: I18n; workspace: Workspace }) {
  return (
    <I18nextProvider i18n={i18n}>
      <WorkspaceProvider workspace={workspace}>
        <div className="app">
          <Header />
          <main className="app-main">
            <ErrorBoundary>
              <Page />
            </ErrorBoundary>
          </main>
          <StatusBar />
        </div>
      </WorkspaceProvider>
    </I18nextProvider>
  );
}
