/**
 * The printable summary: every application in ranked order (not virtualised, so all rows print),
 * with its statistics, eligibility, decision, flags and each reviewer's total; then the reviewers
 * and the agreement. The browser's print (print CSS in desk.css) leaves out everything else.
 */
import { useTranslation } from 'react-i18next';
import { verdictLabel } from '@/lib/reconcile';
import { useDesk } from './DeskContext';
import { DeskSummary } from './DeskSummary';
import { ReviewerTable } from './ReviewerTable';

export function PrintView({ panelName }: { panelName: string }) {
  const { t } = useTranslation('desk');
  const { model, figure, say, text, pack, rankBy, time } = useDesk();
  const byId = new Map(model.result.applications.map((a) => [a.id, a]));
  const apps = model.result.ranking.map((id) => byId.get(id)!);
  return (
    <div className="desk-print" data-testid="desk-print">
      <div className="row-actions desk-no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('print.button')}
        </button>
      </div>
      <h2>{t('print.title', { panel: panelName })}</h2>
      <p className="muted">
        {t('print.generated', {
          time: time(Date.now()),
          statistic: t(`reconcile:statistics.${rankBy}`),
        })}
      </p>
      <DeskSummary />
      <table className="table desk-print-table">
        <thead>
          <tr>
            <th>{t('columns.rank')}</th>
            <th>{t('columns.title')}</th>
            <th className="desk-num">{t('columns.n')}</th>
            <th className="desk-num">{t('columns.mean')}</th>
            <th className="desk-num">{t('columns.median')}</th>
            <th className="desk-num">{t('columns.trimmedMean')}</th>
            <th className="desk-num">{t('columns.sd')}</th>
            <th className="desk-num">{t('columns.range')}</th>
            <th>{t('columns.eligible')}</th>
            <th>{t('print.decision')}</th>
            <th>{t('print.reviewerTotals')}</th>
            <th>{t('print.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {apps.map((a) => {
            const e = a.eligibility.eligible;
            return (
              <tr key={a.id} data-application={a.id}>
                <td>{a.rank ?? '—'}</td>
                <td>
                  {a.title}
                  {a.withdrawn ? ` (${t('cell.withdrawn')})` : ''}
                </td>
                <td className="desk-num">{a.stats.n}</td>
                <td className="desk-num">{figure(a.stats.mean)}</td>
                <td className="desk-num">{figure(a.stats.median)}</td>
                <td className="desk-num">{figure(a.stats.trimmedMean)}</td>
                <td className="desk-num">{figure(a.stats.sd)}</td>
                <td className="desk-num">{figure(a.stats.range)}</td>
                <td>{t(`eligibility.${e === true ? 'yes' : e === false ? 'no' : 'unknown'}`)}</td>
                <td>
                  {a.decision ? text(verdictLabel(pack, a.decision.decision)) : ''}
                  {a.decision?.rank ? ` · ${a.decision.rank}` : ''}
                </td>
                <td>
                  {a.reviews
                    .filter((r) => r.total !== null)
                    .map((r) => `${model.names.get(r.reviewer) ?? r.reviewer} ${figure(r.total)}`)
                    .join(t('rubric:values.separator'))}
                </td>
                <td>
                  <ul className="desk-print-flags">
                    {a.flags.map((f, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: flags have no id
                      <li key={i}>{say(f.message)}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ReviewerTable />
    </div>
  );
}
