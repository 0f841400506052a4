/**
 * Who changed what on this application, as sentences, one per change, grouped by day, newest
 * first (lib/history/sentences). Overwritten values stay, marked. Text only, never wider than
 * the pane.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { historySentences } from '@/lib/history/sentences';
import { usePanelValue } from '../hooks/usePanelValue';
import { useReviewContext } from './ReviewContext';

export function HistoryTab() {
  const { t, i18n } = useTranslation('history');
  const { panel, applicationId, pack } = useReviewContext();
  const items = usePanelValue(panel, (p) => p.history(applicationId), [applicationId]);
  const names = usePanelValue(
    panel,
    (p) => new Map(p.members().map((m) => [m.id as string, m.name])),
  );
  const days = useMemo(
    () =>
      historySentences(items, {
        pack,
        language: i18n.language,
        names,
        t: (key, params) => t(key, params) as string,
      }),
    [items, pack, i18n.language, names, t],
  );
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  if (days.length === 0) return <p className="muted">{t('empty')}</p>;
  return (
    <section className="history" data-testid="history" aria-label={t('label')}>
      {days.map((day) => (
        <div key={day.label} className="history-group">
          <h3>{day.label}</h3>
          <ol>
            {day.entries.map((entry) => (
              <li
                key={entry.key}
                className={entry.overwritten ? 'history-entry overwritten' : 'history-entry'}
                data-testid="history-entry"
              >
                {entry.text}
                <time dateTime={new Date(entry.at).toISOString()}>{time.format(entry.at)}</time>
                {entry.overwritten && <span className="chip">{t('overwritten')}</span>}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
