/**
 * The chair's desk for independent scoring (SPEC S3): each reviewer's progress on each
 * application — which criteria are scored, as marks — and the scores only once they submit.
 * Names and titles come from peers: rendered as text.
 */
import { useTranslation } from 'react-i18next';
import type { Panel } from '@/lib/panel/panel';
import { allCriteria, pickText, type RubricPack } from '@/lib/rubric';
import { type CriterionCell, reviewProgress } from '@/lib/workspace/review-progress';
import { usePanelValue } from '../hooks/usePanelValue';
import './sync.css';

function Mark({ cell, title }: { cell: CriterionCell; title: string }) {
  const { t } = useTranslation('syncUi');
  const label =
    cell.state === 'empty'
      ? t('progress.cellEmpty', { criterion: title })
      : cell.state === 'hidden'
        ? t('progress.cellHidden', { criterion: title })
        : t('progress.cellValue', { criterion: title, value: cell.value });
  return (
    <span
      className={`progress-mark progress-${cell.state}`}
      data-criterion={cell.criterion}
      data-state={cell.state}
      title={label}
      aria-label={label}
      role="img"
    >
      {cell.state === 'value' ? cell.value : cell.state === 'hidden' ? '●' : '○'}
    </span>
  );
}

export function ReviewProgress({ panel, pack }: { panel: Panel; pack: RubricPack }) {
  const { t, i18n } = useTranslation('syncUi');
  const criteria = allCriteria(pack.scoring);
  const rows = usePanelValue(panel, (p) => reviewProgress(p, pack), [pack]);
  const titles = new Map(criteria.map((c) => [c.id as string, pickText(c.title, i18n.language)]));
  const any = rows.some((r) => r.reviewers.length > 0);
  return (
    <section className="review-progress" aria-label={t('progress.title')}>
      <h2>{t('progress.title')}</h2>
      <p className="muted">{t('progress.help')}</p>
      {!any ? (
        <p className="muted">{t('progress.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="reviewer-progress">
            <thead>
              <tr>
                <th>{t('progress.application')}</th>
                <th>{t('progress.reviewer')}</th>
                <th>{t('progress.status')}</th>
                <th>{t('progress.criteria')}</th>
                <th>{t('progress.summary')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.flatMap((app) =>
                app.reviewers.map((r, i) => (
                  <tr
                    key={`${app.applicationId}/${r.reviewer}`}
                    data-application={app.applicationId}
                    data-reviewer={r.reviewer}
                    data-status={r.status}
                    data-stage={r.stage}
                    data-filled={r.filled}
                  >
                    {i === 0 && <td rowSpan={app.reviewers.length}>{app.title}</td>}
                    <td>{r.name}</td>
                    <td>
                      <span className={`chip chip-${r.stage}`}>
                        {t(`workspace:reviewStatus.${r.stage}`)}
                      </span>
                    </td>
                    <td>
                      <span className="progress-marks">
                        {r.cells.map((cell) => (
                          <Mark
                            key={cell.criterion}
                            cell={cell}
                            title={titles.get(cell.criterion) ?? cell.criterion}
                          />
                        ))}
                      </span>
                    </td>
                    <td data-testid="progress-summary">
                      {r.total === null
                        ? t('progress.filled', { filled: r.filled, total: r.cells.length })
                        : t('progress.total', { value: r.total })}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
