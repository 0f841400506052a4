/**
 * One eligibility rule: its verdict, the clause it comes from, and the facts it used. A rule that
 * waits for facts the form does state (read, not yet confirmed) says so, instead of asking the
 * reviewer to supply them.
 */
import { useTranslation } from 'react-i18next';
import { type FactDef, formatMessage, pickText, type RuleVerdict } from '@/lib/rubric';
import { FactValue } from './FactValue';

const ICON = { pass: '✓', fail: '✗', unknown: '?' } as const;

export function RuleRow({
  verdict,
  defs,
  proposed,
}: {
  verdict: RuleVerdict;
  defs: ReadonlyMap<string, FactDef>;
  /** Whether the PDF proposes a value for this fact (read, not yet confirmed). */
  proposed: (factId: string) => boolean;
}) {
  const { t, i18n } = useTranslation('review');
  const lang = i18n.language;
  const awaits = (f: RuleVerdict['facts'][number]) =>
    f.state === 'missing' && (proposed(f.id) || (f.derivedFrom ? proposed(f.derivedFrom) : false));
  const missing = verdict.facts.filter((f) => f.state === 'missing');
  const waiting = verdict.status === 'unknown' && missing.length > 0 && missing.every(awaits);
  return (
    <li
      className={`rule-row rule-${verdict.status} severity-${verdict.severity}`}
      data-rule={verdict.id}
      data-status={verdict.status}
      data-awaiting={waiting || undefined}
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
      <p className="rule-message">
        {waiting
          ? t('reviewForm:eligibility.awaiting', {
              facts: missing.map((f) => pickText(f.label, lang)).join(t('reviewForm:separator')),
            })
          : formatMessage(i18n, verdict.message)}
      </p>
      <details className="rule-clause">
        <summary>{t('eligibility.clause', { number: verdict.clause.number })}</summary>
        <blockquote>{verdict.clause.text}</blockquote>
      </details>
      {verdict.facts.length > 0 && (
        <ul className="rule-facts">
          {verdict.facts.map((f) => {
            const def = defs.get(f.id);
            return (
              <li key={f.id} data-state={f.state}>
                <span className="muted">{pickText(f.label, lang)}：</span>
                {f.state === 'missing' ? (
                  awaits(f) ? (
                    t('reviewForm:eligibility.factAwaiting')
                  ) : (
                    t('reviewForm:eligibility.factMissing')
                  )
                ) : f.state === 'invalid' ? (
                  t('eligibility.factInvalid')
                ) : def ? (
                  <FactValue def={def} value={f.value} max={4} />
                ) : (
                  String(f.value)
                )}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
