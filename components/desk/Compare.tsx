/**
 * Side by side for one application: for one criterion, each reviewer's score (highest and lowest
 * marked, with the distance from the median), comment and evidence (a link opens the application
 * at that place); or every criterion at once. Below, the facts each reviewer confirmed, with
 * differences marked and the chair's settling. The chair can return a submitted review here.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationId, ApplicationId, MemberId } from '@/lib/ids';
import type { ApplicationResult, Stats } from '@/lib/reconcile';
import type { Criterion } from '@/lib/rubric';
import { usePanelValue } from '../hooks/usePanelValue';
import { href } from '../router';
import { useDesk } from './DeskContext';
import { FactsTable } from './FactsTable';
import { ReturnReview } from './ReturnReview';

function mark(value: number | null | undefined, stats: Stats | undefined): 'hi' | 'lo' | '' {
  if (value === null || value === undefined || !stats?.range) return '';
  return value === stats.max ? 'hi' : value === stats.min ? 'lo' : '';
}

function Overview({ app }: { app: ApplicationResult }) {
  const { t } = useTranslation('desk');
  const { criteria, model, text, figure } = useDesk();
  const byReviewer = new Map(app.reviews.map((r) => [r.reviewer, r]));
  return (
    <div className="desk-scroll-x">
      <table className="table desk-compare-table" data-testid="desk-compare-overview">
        <thead>
          <tr>
            <th>{t('compare.criterion')}</th>
            {model.reviewers.map((r) => (
              <th key={r.id} className="desk-num">
                {r.name}
              </th>
            ))}
            <th>{t('columns.median')}</th>
            <th>{t('columns.range')}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => {
            const stats = app.criteria[c.id];
            return (
              <tr key={c.id} data-criterion={c.id}>
                <th scope="row">{text(c.title)}</th>
                {model.reviewers.map((r) => {
                  const review = byReviewer.get(r.id);
                  const score = review?.scores[c.id];
                  const m = review?.counted ? mark(score, stats) : '';
                  return (
                    <td key={r.id} className={`desk-num ${m ? `desk-${m}` : ''}`}>
                      {score ?? t('compare.notConfirmed')}
                    </td>
                  );
                })}
                <td className="desk-num">{figure(stats?.median)}</td>
                <td className="desk-num">{figure(stats?.range)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function OneCriterion({ app, criterion }: { app: ApplicationResult; criterion: Criterion }) {
  const { t } = useTranslation('desk');
  const { panel, model, figure, isChair } = useDesk();
  const id = app.id as ApplicationId;
  const reviewers = model.reviewers;
  const reviews = usePanelValue(
    panel,
    (p) => reviewers.map((r) => p.review(id, r.id as MemberId)),
    [id, reviewers],
  );
  const annotations = usePanelValue(panel, (p) => p.annotations(id), [id]);
  const byAnnotation = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);
  const results = new Map(app.reviews.map((r) => [r.reviewer, r]));
  const stats = app.criteria[criterion.id];
  const [returning, setReturning] = useState<string | null>(null);
  return (
    <>
      <p className="muted">
        {t('compare.stats', {
          mean: figure(stats?.mean),
          median: figure(stats?.median),
          range: figure(stats?.range),
        })}
      </p>
      <div
        className="desk-compare"
        style={{ ['--desk-compare-columns' as string]: reviewers.length }}
        data-testid="desk-compare"
        data-criterion={criterion.id}
      >
        {reviewers.map((r, i) => {
          const review = reviews[i]!;
          const result = results.get(r.id);
          const score = result?.scores[criterion.id];
          const m = result?.counted ? mark(score, stats) : '';
          const readable = review.visible && review.status === 'submitted';
          const comment = readable ? review.values.comments[criterion.id]?.trim() : undefined;
          const evidence = readable
            ? (review.values.evidence[`criterion:${criterion.id}`] ?? [])
                .map((a) => byAnnotation.get(a as AnnotationId))
                .filter((a) => a !== undefined)
            : [];
          const delta =
            typeof score === 'number' && stats?.median != null ? score - stats.median : null;
          return (
            <section
              key={r.id}
              className={`desk-compare-card ${m ? `desk-${m}` : ''}`}
              data-reviewer={r.id}
              data-status={review.returned ? 'returned' : review.status}
              aria-label={r.name}
            >
              <header>
                <strong>{r.name}</strong>
                {review.returned && <span className="chip">{t('compare.returnedBadge')}</span>}
                {result?.leftOut && <span className="chip">{t('compare.leftOutBadge')}</span>}
              </header>
              {readable ? (
                <>
                  <p className="desk-compare-score" data-score={score ?? ''}>
                    {typeof score === 'number'
                      ? t('compare.scoreOf', { score, max: criterion.max })
                      : t('compare.notConfirmed')}
                    {m && (
                      <span className={`chip desk-mark-${m}`}>
                        {m === 'hi' ? t('compare.highest') : t('compare.lowest')}
                      </span>
                    )}
                    {delta !== null && delta !== 0 && (
                      <span className="muted desk-delta">
                        {delta > 0 ? `+${figure(delta)}` : figure(delta)}
                      </span>
                    )}
                  </p>
                  <p className={comment ? 'desk-comment' : 'muted'}>
                    {comment ?? t('compare.noComment')}
                  </p>
                  {evidence.length === 0 ? (
                    <p className="muted">{t('compare.noEvidence')}</p>
                  ) : (
                    <ul className="evidence-links">
                      {evidence.map((a) => (
                        <li key={a.id}>
                          <a
                            className="evidence-link"
                            href={href.application(panel.id, app.id, { annotation: a.id })}
                            data-testid="desk-evidence"
                          >
                            <span className="evidence-page">
                              {t('compare.evidencePage', { page: a.page + 1 })}
                            </span>
                            <q>{a.quote.exact}</q>
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                  {isChair && !review.returned && (
                    <button
                      type="button"
                      className="desk-return-button"
                      data-testid="desk-return"
                      onClick={() => setReturning(r.id)}
                    >
                      {t('returnReview.button')}
                    </button>
                  )}
                </>
              ) : (
                <p className="muted">
                  {review.hidden === 'submitYoursFirst'
                    ? t('compare.hiddenYoursFirst')
                    : t('compare.hidden')}
                </p>
              )}
              {returning === r.id && (
                <ReturnReview
                  app={id}
                  reviewer={r.id as MemberId}
                  name={r.name}
                  onDone={() => setReturning(null)}
                />
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}

export function Compare({ app }: { app: ApplicationResult }) {
  const { t } = useTranslation('desk');
  const { criteria, text } = useDesk();
  const firstDivergent = app.flags.find((f) => f.kind === 'criterionDivergent')?.criterion;
  const [choice, setChoice] = useState<string>(firstDivergent ?? criteria[0]?.id ?? '');
  const criterion = criteria.find((c) => c.id === choice);
  return (
    <div className="desk-compare-wrap">
      <label className="desk-option">
        <span>{t('compare.criterion')}</span>
        <select
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          data-testid="desk-compare-criterion"
        >
          <option value="">{t('compare.overview')}</option>
          {criteria.map((c) => (
            <option key={c.id} value={c.id}>
              {text(c.title)}
            </option>
          ))}
        </select>
      </label>
      {criterion ? <OneCriterion app={app} criterion={criterion} /> : <Overview app={app} />}
      <FactsTable app={app} />
    </div>
  );
}
