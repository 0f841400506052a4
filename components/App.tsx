/** The app: providers, the shell (header, status) and the page for the current route. */
import { lazy, Suspense } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { I18n } from '@/lib/i18n/core';
import type { Workspace } from '@/lib/workspace/workspace';
import { useRoute } from './router';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { Header } from './shell/Header';
import { NotFound } from './shell/NotFound';
import { StatusBar } from './shell/StatusBar';
import { WorkspaceProvider } from './workspace/WorkspaceContext';
import { WorkspacePage } from './workspace/WorkspacePage';

// Every screen but the list of panels loads when first opened: the viewer brings pdf.js, the desk
// its charts, the export, identity and verify screens the XLSX writer, the PDF typesetter and
// the signing code; so the first start stays light.
const ExportPage = lazy(() =>
  import('./export/ExportPage').then((m) => ({ default: m.ExportPage })),
);
const VerifyPage = lazy(() =>
  import('./export/VerifyPage').then((m) => ({ default: m.VerifyPage })),
);
const BackupPage = lazy(() =>
  import('./identity/BackupPage').then((m) => ({ default: m.BackupPage })),
);
const RestorePage = lazy(() =>
  import('./identity/RestorePage').then((m) => ({ default: m.RestorePage })),
);

const ApplicationPage = lazy(() =>
  import('./application/ApplicationPage').then((m) => ({ default: m.ApplicationPage })),
);
const DeskRoute = lazy(() => import('./desk/DeskRoute').then((m) => ({ default: m.DeskRoute })));
const CapturePage = lazy(() =>
  import('./extension/CapturePage').then((m) => ({ default: m.CapturePage })),
);
const PanelPage = lazy(() => import('./panel/PanelPage').then((m) => ({ default: m.PanelPage })));
const RubricsPage = lazy(() =>
  import('./rubric-editor/RubricsPage').then((m) => ({ default: m.RubricsPage })),
);
function Loading() {
  const { t } = useTranslation('workspace');
  return <p className="muted page">{t('loading')}</p>;
}

function Page() {
  const route = useRoute();
  switch (route.name) {
    case 'workspace':
      return <WorkspacePage />;
    case 'panel':
      return <PanelPage panelId={route.panelId} />;
    case 'application':
      return (
        <ApplicationPage
          panelId={route.panelId}
          applicationId={route.applicationId}
          jump={route.jump}
        />
      );
    case 'desk':
      return <DeskRoute panelId={route.panelId} applicationId={route.applicationId} />;
    case 'export':
      return <ExportPage panelId={route.panelId} />;
    case 'backup':
      return <BackupPage panelId={route.panelId} />;
    case 'restore':
      return <RestorePage />;
    case 'verify':
      return <VerifyPage />;
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
              <Suspense fallback={<Loading />}>
                <Page />
              </Suspense>
            </ErrorBoundary>
          </main>
          <StatusBar />
        </div>
      </WorkspaceProvider>
    </I18nextProvider>
  );
}
