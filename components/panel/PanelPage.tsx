/** A panel: its applications, each opening the review page. */
import { useTranslation } from 'react-i18next';
import { usePanelContent } from '../hooks/useWorkspace';
import { href } from '../router';
import { NotFound } from '../shell/NotFound';

export function PanelPage({ panelId }: { panelId: string }) {
  const { t } = useTranslation('workspace');
  const content = usePanelContent(panelId);
  if (content === undefined) return <p className="muted">{t('loading')}</p>;
  if (content === null) return <NotFound what={panelId} />;
  return (
    <section className="page">
      <nav className="breadcrumbs">
        <a href={href.workspace()}>{t('title')}</a>
      </nav>
      <h1>{content.name}</h1>
      <table className="table" data-testid="application-list">
        <thead>
          <tr>
            <th>{t('columns.title')}</th>
            <th>{t('columns.applicant')}</th>
            <th>{t('columns.recommendingBody')}</th>
          </tr>
        </thead>
        <tbody>
          {content.applications.map((app) => (
            <tr key={app.id}>
              <td>
                <a href={href.application(panelId, app.id)}>{app.title}</a>
              </td>
              <td>{app.applicantUnit}</td>
              <td>{app.recommendingBody}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
