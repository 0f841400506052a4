/**
 * One application in the matrix (a `<tbody>` of its own, placed by the virtualiser): its figures,
 * flags, the panel's eligibility and decision, and a cell per reviewer; expanded, a row per
 * criterion with its statistics and each reviewer's raw score. The highest and lowest of a row
 * are marked, so disagreement shows at a glance. Titles and names come from peers: rendered as text.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationResult, ReviewResult, Stats } from '@/lib/reconcile';
import { verdictLabel } from '@/lib/reconcile';
import { unreadCount } from '@/lib/workspace/thread-reads';
import { usePanelValue } from '../hooks/usePanelValue';
import { useDesk } from './DeskContext';
import { FlagChips } from './FlagChips';
import { STAT_KEYS } from './matrix-columns';

/** hi / lo when a value is the row's highest or lowest and the row has any spread. */
function extreme(value: number | null | undefined, stats: Stats | undefined): string {
  if (value === null || value === undefined || !stats || !stats.range) return '';
  if (value === stats.max) return 'desk-hi';
  if (value === stats.min) return 'desk-lo';
  return '';
}

function useUnread(app: string): number {
  const { panel, reads, me } = useDesk();
  const threads = usePanelValue(panel, (p) => p.threads(app as never), [app]);
  return threads.reduce((n, t) => n + unreadCount(t, reads, me), 0);
}

type CellState = 'submitted' | 'incomplete' | 'hidden' | 'returned' | 'draft';

/**
 * The words every cell shares, translated once per row rather than once per cell (thirty cells a
 * row: a translation hook in each was most of the cost of scrolling).
 */
interface CellWords {
  leftOut: string;
  eligible: string;
  ineligible: string;
  undecided: string;
  label: (state: CellState, reviewer: string, total: string) => string;
  figure: (value: number | null) => string;
}

function ReviewerCell({
  review,
  name,
  stats,
  words,
}: {
  review: ReviewResult | undefined;
  name: string;
  stats: Stats;
  words: CellWords;
}) {
  if (!review) return <td className="desk-cell desk-num" />;
  const verdict =
    review.eligible === true ? 'eligible' : review.eligible === false ? 'ineligible' : 'undecided';
  const state: CellState =
    review.status === 'submitted'
      ? !review.readable
        ? 'hidden'
        : review.total !== null
          ? 'submitted'
          : 'incomplete'
      : review.returned
        ? 'returned'
        : 'draft';
  const body = {
    submitted: words.figure(review.total),
    incomplete: '…',
    hidden: '●',
    returned: '↩',
    draft: '○',
  }[state];
  let label = words.label(state, name, body);
  if (review.leftOut) label += words.leftOut;
  if (state === 'submitted') label += ` · ${words[verdict]}`;
  const mark = review.counted ? extreme(review.total, stats) : 'desk-uncounted';
  return (
    <td
      className={`desk-cell desk-num desk-review desk-state-${state} ${mark}`}
      title={label}
      aria-label={label}
      data-reviewer={review.reviewer}
      data-state={state}
    >
      <span className="desk-total">{body}</span>
      {state === 'submitted' && (
        <span className={`desk-verdict desk-verdict-${verdict}`} aria-hidden="true">
          {verdict === 'eligible' ? '✓' : verdict === 'ineligible' ? '✗' : '?'}
        </span>
      )}
    </td>
  );
}

function CriterionRows({ app }: { app: ApplicationResult }) {
  const { t } = useTranslation('desk');
  const { model, criteria, figure, text } = useDesk();
  const byReviewer = new Map(app.reviews.map((r) => [r.reviewer, r]));
  return criteria.map((c) => {
    const stats = app.criteria[c.id];
    const divergent = app.flags.some(
      (f) => f.kind === 'criterionDivergent' && f.criterion === c.id,
    );
    return (
      <tr key={c.id} className="desk-row desk-criterion-row" data-criterion={c.id}>
        <td className="desk-cell desk-sticky desk-sticky-0" />
        <td className="desk-cell desk-sticky desk-sticky-1" />
        <th scope="row" className="desk-cell desk-sticky desk-sticky-2 desk-title">
          <span className="desk-criterion-title">
            {text(c.title)} <span className="muted">/ {c.max}</span>
          </span>
        </th>
        {STAT_KEYS.map((key) => (
          <td key={key} className="desk-cell desk-num">
            {key === 'normalizedMean'
              ? ''
              : key === 'n'
                ? (stats?.n ?? 0)
                : figure(stats?.[key] ?? null)}
          </td>
        ))}
        <td className="desk-cell desk-flags">
          {divergent && (
            <span className="desk-flag desk-flag-criterionDivergent">
              {t('flagKinds.criterionDivergent')}
            </span>
          )}
        </td>
        <td className="desk-cell" />
        <td className="desk-cell" />
        {model.reviewers.map((r) => {
          const review = byReviewer.get(r.id);
          const score = review?.scores[c.id];
          return (
            <td
              key={r.id}
              className={`desk-cell desk-num ${review?.counted ? extreme(score, stats) : ''}`}
              title={
                score === undefined
                  ? undefined
                  : t('cell.criterionScore', { reviewer: r.name, criterion: text(c.title), score })
              }
            >
              {score ?? ''}
            </td>
          );
        })}
      </tr>
    );
  });
}

export const MatrixRow = memo(function MatrixRow({
  app,
  index,
  top,
  expanded,
  selected,
  onToggle,
  onSelect,
}: {
  app: ApplicationResult;
  index: number;
  top: number;
  expanded: boolean;
  selected: boolean;
  onToggle: (id: string) => void;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('desk');
  const { model, figure, text, pack } = useDesk();
  const words = useMemo<CellWords>(
    () => ({
      leftOut: t('cell.leftOut'),
      eligible: t('cell.eligible'),
      ineligible: t('cell.ineligible'),
      undecided: t('cell.undecided'),
      label: (state, reviewer, total) => t(`cell.${state}`, { reviewer, total }),
      figure,
    }),
    [t, figure],
  );
  const unread = useUnread(app.id);
  const byReviewer = new Map(app.reviews.map((r) => [r.reviewer, r]));
  const kinds = [...new Set(app.flags.map((f) => f.kind))];
  const eligible = app.eligibility.eligible;
  const eligibleKey = eligible === true ? 'yes' : eligible === false ? 'no' : 'unknown';
  const statValue = (key: (typeof STAT_KEYS)[number]) =>
    key === 'normalizedMean' ? app.normalizedMean : key === 'n' ? app.stats.n : app.stats[key];
  return (
    <tbody
      className={`desk-rowgroup${selected ? ' is-selected' : ''}${app.withdrawn ? ' is-withdrawn' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      data-application={app.id}
      data-rank={app.rank ?? ''}
      data-flags={kinds.join(' ')}
      data-decision={app.decision?.decision ?? ''}
      data-testid="desk-row"
    >
      <tr className="desk-row" aria-rowindex={index + 2} aria-selected={selected}>
        <td className="desk-cell desk-sticky desk-sticky-0">
          <button
            type="button"
            className="desk-expand"
            aria-expanded={expanded}
            aria-label={expanded ? t('columns.collapse') : t('columns.expand')}
            title={expanded ? t('columns.collapse') : t('columns.expand')}
            onClick={() => onToggle(app.id)}
          >
            {expanded ? '▾' : '▸'}
          </button>
        </td>
        <td className="desk-cell desk-num desk-sticky desk-sticky-1" data-testid="desk-rank">
          {app.rank ?? '—'}
        </td>
        <th scope="row" className="desk-cell desk-sticky desk-sticky-2 desk-title">
          <button
            type="button"
            className="desk-title-button"
            title={app.title}
            onClick={() => onSelect(app.id)}
          >
            {app.title}
          </button>
          {app.withdrawn && <span className="chip">{t('cell.withdrawn')}</span>}
          {unread > 0 && (
            <span
              className="badge desk-unread"
              title={t('unread', { count: unread })}
              data-testid="desk-unread"
            >
              {unread}
            </span>
          )}
        </th>
        {STAT_KEYS.map((key) => (
          <td key={key} className="desk-cell desk-num" data-stat={key}>
            {key === 'n' ? app.stats.n : figure(statValue(key))}
          </td>
        ))}
        <td className="desk-cell desk-flags">
          <FlagChips flags={app.flags} />
        </td>
        <td
          className={`desk-cell desk-eligible desk-eligible-${eligibleKey}`}
          data-eligible={eligibleKey}
        >
          {t(`eligibility.${eligibleKey}`)}
        </td>
        <td className="desk-cell desk-decision" data-testid="desk-decision">
          {app.decision ? text(verdictLabel(pack, app.decision.decision)) : ''}
          {app.decision?.rank ? ` · ${app.decision.rank}` : ''}
        </td>
        {model.reviewers.map((r) => (
          <ReviewerCell
            key={r.id}
            review={byReviewer.get(r.id)}
            name={r.name}
            stats={app.stats}
            words={words}
          />
        ))}
      </tr>
      {expanded && <CriterionRows app={app} />}
    </tbody>
  );
});
