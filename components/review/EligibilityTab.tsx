/**
 * Eligibility under the call's rules, computed from the facts this reviewer confirmed. A rule
 * whose facts are not confirmed yet is unknown, never silently passed.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactDef } from '@/lib/rubric';
import { useReviewContext } from './ReviewContext';
import { RuleRow } from './RuleRow';

const RANK = { fail: 0, unknown: 1, pass: 2 } as const;

export function EligibilityTab() {
  const { t } = useTranslation('review');
  const { pack, review, proposals, summary } = useReviewContext();
  const { evaluation } = summary;
  const defs = useMemo(() => new Map<string, FactDef>(pack.facts.map((f) => [f.id, f])), [pack]);
  // What needs the reviewer's eye first: failures, then rules waiting for facts; pack order within.
  const ordered = useMemo(
    () => [...evaluation.rules].sort((a, b) => RANK[a.status] - RANK[b.status]),
    [evaluation],
  );
  // Derived facts (years of practice) follow from others: never confirmed themselves.
  const unconfirmed = pack.facts.filter(
    (f) => !f.derive && proposals[f.id] && !review.values.facts[f.id],
  ).length;
  const proposed = (id: string) => proposals[id] !== undefined && !review.values.facts[id];
  const verdict =
    evaluation.eligible === true
      ? 'eligible'
      : evaluation.eligible === false
        ? 'ineligible'
        : 'undecided';
  return (
    <section aria-label={t('tabs.eligibility')}>
      <p
        className={`verdict verdict-${verdict}`}
        data-testid="eligibility-verdict"
        data-verdict={verdict}
      >
        {t(`eligibility.verdict.${verdict}`)}
        <span className="muted">
          {t('eligibility.counts', {
            pass: evaluation.counts.pass,
            fail: evaluation.counts.fail,
            unknown: evaluation.counts.unknown,
          })}
        </span>
      </p>
      {unconfirmed > 0 && (
        <p className="notice">{t('eligibility.unconfirmed', { count: unconfirmed })}</p>
      )}
      <ul className="rule-list">
        {ordered.map((rule) => (
          <RuleRow key={rule.id} verdict={rule} defs={defs} proposed={proposed} />
        ))}
      </ul>
    </section>
  );
}
