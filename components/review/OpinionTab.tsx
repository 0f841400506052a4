/**
 * The 专家评审意见 draft: filled from the pack's template with this review's scores and facts,
 * then edited freely. Placeholders without a value stay visible so nothing is silently blank.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluate, fillOpinion } from '@/lib/rubric';
import { confirmedFacts } from './confirmed-facts';
import { opinionValues, placeholderLabel } from './opinion-values';
import { useReviewContext } from './ReviewContext';

export function OpinionTab() {
  const { t, i18n } = useTranslation('review');
  const { pack, review, panel, applicationId, editable } = useReviewContext();
  const saved = review.values.opinion ?? '';
  const [draft, setDraft] = useState(saved);
  useEffect(() => setDraft(saved), [saved]);
  const filled = useMemo(() => {
    const facts = confirmedFacts(review.values.facts);
    const values = opinionValues(pack, i18n.language, t, {
      facts,
      scores: review.values.scores,
      comments: review.values.comments,
      evaluation: evaluate(pack, facts),
      date: new Date(),
    });
    return fillOpinion(pack, i18n.language, values);
  }, [pack, review.values, i18n.language, t]);

  return (
    <section aria-label={t('tabs.opinion')}>
      {editable && (
        <div className="row-actions">
          <button
            type="button"
            onClick={() => {
              // Kept at once: a generated opinion is the reviewer's text until they change it.
              setDraft(filled.text);
              if (filled.text !== saved) panel.setOpinion(applicationId, filled.text);
            }}
          >
            {t('opinion.fromTemplate')}
          </button>
        </div>
      )}
      {editable && filled.missing.length > 0 && (
        <div className="notice notice-warn opinion-missing" data-testid="opinion-missing">
          <p>{t('reviewForm:opinion.missingTitle')}</p>
          <ul>
            {filled.missing.map((name) => (
              <li key={name}>{placeholderLabel(name, pack, i18n.language, t)}</li>
            ))}
          </ul>
        </div>
      )}
      <textarea
        className="opinion-text"
        rows={12}
        value={draft}
        disabled={!editable}
        aria-label={t('tabs.opinion')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== saved) panel.setOpinion(applicationId, draft);
        }}
      />
    </section>
  );
}
