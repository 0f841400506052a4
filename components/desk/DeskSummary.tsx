/**
 * The panel at a glance, above the matrix: how many applications are ranked, flagged, decided,
 * over a quota or withdrawn, and how far the reviewers agree (with the published bands).
 */
import { useTranslation } from 'react-i18next';
import { useDesk } from './DeskContext';

export function DeskSummary() {
  const { t } = useTranslation('desk');
  const { model, figure } = useDesk();
  const { applications, agreement } = model.result;
  const live = applications.filter((a) => !a.withdrawn);
  const count = (pred: (a: (typeof applications)[number]) => boolean) => live.filter(pred).length;
  const band = (b: string | null) => (b ? t(`reconcile:bands.${b}`) : t('summary.none'));
  const overQuota = count((a) => a.flags.some((f) => f.kind === 'overQuota'));
  return (
    <div className="desk-summary" data-testid="desk-summary">
      <span>{t('summary.applications', { count: live.length })}</span>
      <span>{t('summary.ranked', { count: count((a) => a.rank !== null) })}</span>
      <span>{t('summary.flagged', { count: count((a) => a.flags.length > 0) })}</span>
      <span>{t('summary.decided', { count: count((a) => a.decision !== null) })}</span>
      <span
        className={overQuota > 0 ? 'desk-warn' : ''}
        data-testid="desk-over-quota"
        data-count={overQuota}
      >
        {t('summary.overQuota', { count: overQuota })}
      </span>
      {applications.length > live.length && (
        <span>{t('summary.withdrawn', { count: applications.length - live.length })}</span>
      )}
      <span className="desk-agreement" data-testid="desk-agreement">
        {t('summary.agreement')}
        {t('summary.icc21', { value: figure(agreement.icc21), band: band(agreement.bands.icc21) })}
        {' · '}
        {t('summary.alpha', { value: figure(agreement.alpha), band: band(agreement.bands.alpha) })}
        {' · '}
        {t('summary.kendallW', { value: figure(agreement.kendallW) })}
      </span>
    </div>
  );
}
