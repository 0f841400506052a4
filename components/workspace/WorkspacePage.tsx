/** The workspace: every panel on this device (demo panels labelled 示例), new panel, join. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelId } from '@/lib/ids';
import { useDemoInstall, usePanels } from '../hooks/useWorkspace';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import { Progress } from '../shell/Progress';
import { JoinPanel } from './JoinPanel';
import { NewPanelForm } from './NewPanelForm';
import { OpenPanelDirectory } from './OpenPanelDirectory';
import { useWorkspace } from './WorkspaceContext';

export function WorkspacePage() {
  const { t } = useTranslation('workspace');
  const workspace = useWorkspace();
  const install = useDemoInstall();
  const panels = usePanels();
  const [error, setError] = useState<unknown>(null);

  const remove = async (id: string, name: string) => {
    if (!window.confirm(t('confirmRemove', { name }))) return;
    try {
      await workspace.removePanel(id as PanelId);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="page">
      <h1>{t('title')}</h1>
      {install.error ? <ErrorNotice error={install.error} /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {install.busy && (
        <Progress label={t('installingDemo')} value={install.done} max={install.total || 1} />
      )}
      {panels && panels.length === 0 && !install.busy && <p className="muted">{t('empty')}</p>}
      <ul className="card-list" data-testid="panel-list">
        {panels?.map((panel) => (
          <li key={panel.id} className="card">
            {panel.demo && install.busy ? (
              // A demo panel opens once the install is done: a reload during the install starts
              // it over and replaces the panels, so an early link could lead to a removed one.
              <span className="card-title">{panel.name}</span>
            ) : (
              <a className="card-title" href={href.panel(panel.id)}>
                {panel.name}
              </a>
            )}
            {panel.demo && <span className="badge">{t('common:demoBadge')}</span>}
            <button
              type="button"
              className="link-button"
              onClick={() => remove(panel.id, panel.name)}
            >
              {t('common:actions.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="workspace-forms">
        <NewPanelForm />
        <JoinPanel />
        <OpenPanelDirectory />
      </div>
      <p className="panel-links">
        <a href={href.restore()}>{t('export:ui.links.restore')}</a>{' '}
        <a href={href.verify()} data-testid="verify-link">
          {t('export:ui.links.verify')}
        </a>
      </p>
    </section>
  );
}
