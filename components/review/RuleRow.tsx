/** One eligibility rule: its verdict, the clause it comes from, and the facts it used. */
import { useTranslation } from 'react-i18next';
import { summarizeFactValue } from '@/lib/facts/codec';
import { type FactType, formatMessage, pickText, type RuleVerdict } from '@/lib/rubric';

const ICON = { pass: '✓', fail: '✗', unknown: '?' } as const;

export function RuleRow({
  verdict,
  types,
}: {
  verdict: RuleVerdict;
  types: Record<string, FactType>;
}) {
  const { t, i18n } = useTranslation('review');
  const lang = i18n.language;
  return (
    <li
      className={`rule-row rule-${verdict.status} severity-${verdict.severity}`}
      data-rule={verdict.id}
      data-status={verdict.status}
    >
      <div className="rule-head">
        <span className="rule-icon" aria-hidden="true">
          {ICON[verdict.status]}
        </span>
        <span className="rule-title">{pickText(verdict.title, lang)}</span>
        <span className={`chip chip-${verdict.status}`}>
          {t(`eligibility.status.${verdict.status}`)}
        </span>
        <span className="chip chip-severity">{t(`eligibility.severity.${verdict.severity}`)}</span>
      </div>
      <p className="rule-message">{formatMessage(i18n, verdict.message)}</p>
      <details className="rule-clause">
        <summary>{t('eligibility.clause', { number: verdict.clause.number })}</summary>
        <blockquote>{verdict.clause.text}</blockquote>
      </details>
      {verdict.facts.length > 0 && (
        <ul className="rule-facts">
          {verdict.facts.map((f) => (
            <li key={f.id} data-state={f.state}>
              <span className="muted">{pickText(f.label, lang)}：</span>
              {f.state === 'missing'
                ? t('eligibility.factMissing')
                : f.state === 'invalid'
                  ? t('eligibility.factInvalid')
                  : summarizeFactValue(types[f.id] ?? 'text', f.value, 4)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
