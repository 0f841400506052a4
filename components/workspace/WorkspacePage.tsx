/** The workspace: every panel on this device, demo panels labelled 示例 and removable. */
import { useTranslation } from 'react-i18next';
import type { PanelId } from '@/lib/ids';
import { getDb } from '@/lib/store/db';
import { removePanel } from '@/lib/workspace/demo';
import { useDemoInstall, usePanels } from '../hooks/useWorkspace';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';

export function WorkspacePage() {
  const { t } = useTranslation('workspace');
  const install = useDemoInstall();
  const panels = usePanels();

  return (
    <section className="page">
      <h1>{t('title')}</h1>
      {install.error ? <ErrorNotice error={install.error} /> : null}
      {install.busy && <p className="muted">{t('installingDemo')}</p>}
      {panels && panels.length === 0 && !install.busy && <p className="muted">{t('empty')}</p>}
      <ul className="card-list" data-testid="panel-list">
        {panels?.map((panel) => (
          <li key={panel.id} className="card">
            <a className="card-title" href={href.panel(panel.id)}>
              {panel.name}
            </a>
            {panel.demo && <span className="badge">{t('common:demoBadge')}</span>}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                if (window.confirm(t('confirmRemove', { name: panel.name }))) {
                  void removePanel(getDb(), panel.id as PanelId);
                }
              }}
            >
              {t('common:actions.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
