/**
 * A panel's exports (issue 10): the chair's whole export and, for anyone who reviews, their own
 * signed opinions; links to the identity backup and to checking a signed file.
 */
import { useTranslation } from 'react-i18next';
import type { OpenedPanel } from '@/lib/panel/open';
import { usePanelValue } from '../hooks/usePanelValue';
import { useOpenedPanel } from '../hooks/useWorkspace';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import { ChairExport } from './ChairExport';
import { OwnOpinions } from './OwnOpinions';
import './export.css';

function ExportView({ opened }: { opened: OpenedPanel }) {
  const { t } = useTranslation('export');
  const { panel } = opened;
  const name = usePanelValue(panel, (p) => p.meta()?.name ?? p.id);
  const role = usePanelValue(panel, (p) => p.me().role);
  return (
    <section className="page export-page" data-testid="export-page">
      <nav className="breadcrumbs">
        <a href={href.workspace()}>{t('workspace:title')}</a>
        <a href={href.panel(panel.id)}>{name}</a>
      </nav>
      <h1>{t('ui.title')}</h1>
      <div className="export-links">
        <a href={href.backup(panel.id)}>{t('ui.links.backup')}</a>
        <a href={href.verify()}>{t('ui.links.verify')}</a>
      </div>
      {role === 'chair' && <ChairExport panelId={panel.id} />}
      {role === 'observer' ? (
        <p className="muted">{t('ui.observer')}</p>
      ) : (
        <OwnOpinions panel={panel} />
      )}
    </section>
  );
}

export function ExportPage({ panelId }: { panelId: string }) {
  const { t } = useTranslation('workspace');
  const state = useOpenedPanel(panelId);
  if (state.status === 'loading') return <p className="muted page">{t('loading')}</p>;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  return <ExportView opened={state.opened} />;
}
