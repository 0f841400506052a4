/** Each reviewer's count, mean, spread and severity (SPEC R1), and whether they are normalised (R2). */
import { useTranslation } from 'react-i18next';
import { useDesk } from './DeskContext';

export function ReviewerTable() {
  const { t } = useTranslation('desk');
  const { model, figure } = useDesk();
  return (
    <section className="desk-reviewers" aria-label={t('reviewers.title')}>
      <h3>{t('reviewers.title')}</h3>
      <table className="table" data-testid="desk-reviewers">
        <thead>
          <tr>
            <th>{t('reviewers.name')}</th>
            <th className="desk-num">{t('reviewers.n')}</th>
            <th className="desk-num">{t('reviewers.mean')}</th>
            <th className="desk-num">{t('reviewers.sd')}</th>
            <th className="desk-num">{t('reviewers.severity')}</th>
            <th>{t('reviewers.normalized')}</th>
          </tr>
        </thead>
        <tbody>
          {model.result.reviewers.map((r) => (
            <tr key={r.id} data-reviewer={r.id}>
              <td>{r.name}</td>
              <td className="desk-num">{r.n}</td>
              <td className="desk-num">{figure(r.mean)}</td>
              <td className="desk-num">{figure(r.sd)}</td>
              <td className="desk-num" data-severity={r.severity ?? ''}>
                {r.severity !== null && r.severity > 0
                  ? `+${figure(r.severity)}`
                  : figure(r.severity)}
              </td>
              <td>{r.normalized ? t('reviewers.normalizedYes') : t('reviewers.normalizedNo')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
