/** An application: its PDF on the left, the review form on the right. */
import { useTranslation } from 'react-i18next';
import type { FileHash } from '@/lib/ids';
import { usePanelContent } from '../hooks/useWorkspace';
import { PdfFirstPage } from '../pdf/PdfFirstPage';
import { href } from '../router';
import { NotFound } from '../shell/NotFound';

export function ApplicationPage({
  panelId,
  applicationId,
}: {
  panelId: string;
  applicationId: string;
}) {
  const { t } = useTranslation('workspace');
  const content = usePanelContent(panelId);
  if (content === undefined) return <p className="muted">{t('loading')}</p>;
  const app = content?.applications.find((a) => a.id === applicationId);
  if (!content || !app) return <NotFound what={applicationId} />;
  const file = app.files[0];
  return (
    <section className="application-page">
      <nav className="breadcrumbs">
        <a href={href.workspace()}>{t('title')}</a>
        <span aria-hidden="true">/</span>
        <a href={href.panel(panelId)}>{content.name}</a>
      </nav>
      <h1>{app.title}</h1>
      <div className="split">
        <div className="split-left">
          {file ? <PdfFirstPage hash={file.hash as FileHash} name={file.name} /> : null}
        </div>
        <aside className="split-right" aria-label={t('reviewForm')}>
          <h2>{t('reviewForm')}</h2>
          <p className="muted">{t('reviewFormSoon')}</p>
        </aside>
      </div>
    </section>
  );
}
