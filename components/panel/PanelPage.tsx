/** A panel: its applications, the chair's intake of new ones, and findings across applications. */
import { useTranslation } from 'react-i18next';
import type { OpenedPanel } from '@/lib/panel/open';
import { CollabSection } from '../collab/CollabSection';
import { SyncIndicator } from '../collab/SyncIndicator';
import { usePanelPack } from '../hooks/usePanelPack';
import { usePanelValue } from '../hooks/usePanelValue';
import { useOpenedPanel } from '../hooks/useWorkspace';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import { SaveIndicator } from '../shell/SaveIndicator';
import { ReviewProgress } from '../sync/ReviewProgress';
import { ApplicationList } from './ApplicationList';
import { ImportApplications } from './ImportApplications';
import { PanelFindings } from './PanelFindings';
import { PanelSummary } from './PanelSummary';

function PanelView({ opened }: { opened: OpenedPanel }) {
  const { t } = useTranslation('workspace');
  const { panel, persistence } = opened;
  const name = usePanelValue(panel, (p) => p.meta()?.name ?? p.id);
  const me = usePanelValue(panel, (p) => p.me());
  const packState = usePanelPack(panel);
  return (
    <section className="page">
      <nav className="breadcrumbs">
        <a href={href.workspace()}>{t('title')}</a>
      </nav>
      <div className="page-head">
        <h1>{name}</h1>
        <span className="head-status">
          <SyncIndicator panelId={panel.id} readOnly={me.role === 'observer'} />
          <SaveIndicator persistence={persistence} />
        </span>
      </div>
      <PanelSummary
        name={me.name}
        role={me.role}
        {...(packState.pack ? { pack: packState.pack } : {})}
      />
      {packState.error ? <ErrorNotice error={packState.error} /> : null}
      <ApplicationList panel={panel} />
      {packState.pack && me.role === 'chair' && (
        <ImportApplications panel={panel} pack={packState.pack} />
      )}
      {packState.pack && me.role === 'chair' && (
        <ReviewProgress panel={panel} pack={packState.pack} />
      )}
      {packState.pack && <PanelFindings panel={panel} pack={packState.pack} />}
      <CollabSection opened={opened} />
    </section>
  );
}

export function PanelPage({ panelId }: { panelId: string }) {
  const { t } = useTranslation('workspace');
  const state = useOpenedPanel(panelId);
  if (state.status === 'loading') return <p className="muted page">{t('loading')}</p>;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  return <PanelView opened={state.opened} />;
}
