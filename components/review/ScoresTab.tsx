/** Scored criteria by section, a running total and its level. Enter moves down the form. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { allCriteria, pickText } from '@/lib/rubric';
import { CriterionRow } from './CriterionRow';
import { useReviewContext } from './ReviewContext';
import { ScoreChart } from './ScoreChart';
import { useLinkedEvidence } from './useLinkedEvidence';

export function ScoresTab() {
  const { t, i18n } = useTranslation('review');
  const { pack, review, summary } = useReviewContext();
  const list = useRef<HTMLDivElement>(null);
  const criteria = allCriteria(pack.scoring);
  const { total, level } = summary;
  const linked = useLinkedEvidence();

  const focusCriterion = (index: number) => {
    const next = criteria[Math.max(0, Math.min(criteria.length - 1, index))];
    const input = list.current?.querySelector<HTMLInputElement>(
      `input[data-criterion="${next?.id}"]`,
    );
    input?.focus();
    input?.select();
  };

  return (
    <section aria-label={t('tabs.scores')}>
      <div className="total" data-testid="running-total" data-total={total.value}>
        {t('scores.total', { value: total.value, max: total.max })}
        {level?.level && <strong> {pickText(level.level.label, i18n.language)}</strong>}
        {!total.complete && (
          <span className="muted">{t('scores.missing', { count: total.missing.length })}</span>
        )}
      </div>
      <ScoreChart pack={pack} scores={review.values.scores} />
      <p className="muted keyboard-help">{t('scores.keyboardHelp')}</p>
      <div ref={list}>
        {pack.scoring.sections.map((section) => (
          <section key={section.id} className="score-section">
            <h3>{pickText(section.title, i18n.language)}</h3>
            <ul className="criterion-list">
              {section.criteria.map((criterion) => (
                <CriterionRow
                  key={criterion.id}
                  criterion={criterion}
                  evidence={linked(`criterion:${criterion.id}`)}
                  onNext={(d) => focusCriterion(criteria.indexOf(criterion) + d)}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
