/** The panel's applications with this reviewer's progress on each. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Panel } from '@/lib/panel/panel';
import { type ReviewStage, reviewStage } from '@/lib/panel/review-stage';
import { usePanelValue } from '../hooks/usePanelValue';
import { href } from '../router';

export function ApplicationList({ panel }: { panel: Panel }) {
  const { t } = useTranslation('workspace');
  const isChair = usePanelValue(panel, (p) => p.me().role === 'chair');
  const rows = usePanelValue(panel, (p) =>
    p.applications().map((app) => {
      const others = p.progress(app.id).filter((r) => r.reviewer !== p.me().id);
      return {
        app,
        review: p.myReview(app.id),
        submitted: others.filter((r) => r.status === 'submitted').length,
        reviewers: others.length,
      };
    }),
  );
  if (rows.length === 0) return <p className="muted">{t('noApplications')}</p>;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="application-list">
        <thead>
          <tr>
            <th>{t('columns.title')}</th>
            <th>{t('columns.applicant')}</th>
            <th>{t('columns.recommendingBody')}</th>
            <th>{t('columns.files')}</th>
            <th>{t('columns.myReview')}</th>
            {isChair && <th>{t('collab:progress.title')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ app, review, submitted, reviewers }) => (
            <tr key={app.id} data-application={app.id}>
              <td>
                <a href={href.application(panel.id, app.id)}>{app.title}</a>
              </td>
              <td>{app.applicantUnit}</td>
              <td>{app.recommendingBody}</td>
              <td>{app.files.length}</td>
              <td>
                <StageChip stage={reviewStage(review)}>
                  {t(`reviewStatus.${reviewStage(review)}`)}
                  {review.status === 'draft' && review.filled.scores.length > 0
                    ? ` · ${t('scoredCount', { count: review.filled.scores.length })}`
                    : ''}
                </StageChip>
              </td>
              {isChair && (
                <td data-testid="review-progress">
                  {reviewers === 0
                    ? t('panelPage:onlyYou')
                    : t('collab:progress.submitted', { done: submitted, total: reviewers })}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StageChip({ stage, children }: { stage: ReviewStage; children: ReactNode }) {
  return (
    <span className={`chip chip-${stage}`} data-stage={stage}>
      {children}
    </span>
  );
}
