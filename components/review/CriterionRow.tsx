/** One scored criterion: guidance, the score, its band, the comment (required when low), evidence. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionId } from '@/lib/ids';
import { type Criterion, commentRequired, pickText } from '@/lib/rubric';
import { EvidenceLinks } from './EvidenceLinks';
import { useReviewContext } from './ReviewContext';
import { ScoreInput } from './ScoreInput';
import type { LinkedEvidence } from './useLinkedEvidence';

export function CriterionRow({
  criterion,
  onNext,
  evidence,
}: {
  criterion: Criterion;
  onNext: (direction: 1 | -1) => void;
  evidence: LinkedEvidence[];
}) {
  const { t, i18n } = useTranslation('review');
  const { panel, applicationId, review, summary, editable } = useReviewContext();
  const lang = i18n.language;
  const score = review.values.scores[criterion.id] ?? undefined;
  const comment = review.values.comments[criterion.id] ?? '';
  const [draft, setDraft] = useState(comment);
  useEffect(() => setDraft(comment), [comment]);
  // The band of a valid score, from the review's one summary (an invalid score has none).
  const graded = summary.criteria.find((c) => c.id === criterion.id)?.band;
  const commentNeeded = commentRequired(criterion, score ?? undefined);
  const needsComment = commentNeeded && !comment.trim();
  const title = pickText(criterion.title, lang);
  const id = criterion.id as CriterionId;
  const commentRef = useRef<HTMLTextAreaElement>(null);
  // Enter after a score that makes the comment required, with none written: the comment is the
  // next thing to fill, not the next criterion (the score just committed is not read back yet).
  const next = (direction: 1 | -1, committed: number | null) => {
    if (direction === 1 && commentRequired(criterion, committed ?? undefined) && !draft.trim()) {
      commentRef.current?.focus();
    } else {
      onNext(direction);
    }
  };

  return (
    <li className="criterion-row" data-criterion={criterion.id}>
      <div className="criterion-head">
        <span className="criterion-title">{title}</span>
        <ScoreInput
          criterion={criterion}
          value={score}
          disabled={!editable}
          label={t('scores.scoreFor', { title, max: criterion.max })}
          onCommit={(value) => panel.setScore(applicationId, id, value)}
          onNext={next}
        />
      </div>
      {criterion.guidance && (
        <p className="muted criterion-guidance">{pickText(criterion.guidance, lang)}</p>
      )}
      {graded && (
        <p className="criterion-band">
          {graded.level && <strong>{pickText(graded.level.label, lang)}</strong>}
          {(graded.band.descriptor ?? graded.level?.descriptor) && (
            <span> — {pickText(graded.band.descriptor ?? graded.level?.descriptor, lang)}</span>
          )}
        </p>
      )}
      <textarea
        ref={commentRef}
        className="criterion-comment"
        rows={2}
        value={draft}
        disabled={!editable}
        // A low score makes the comment required: the empty box must not still say "optional".
        placeholder={t(
          commentNeeded ? 'scores.commentPlaceholderRequired' : 'scores.commentPlaceholder',
        )}
        aria-label={t('scores.commentFor', { title })}
        aria-invalid={needsComment ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== comment) panel.setComment(applicationId, id, draft);
        }}
      />
      {needsComment && (
        <p className="field-error" role="alert">
          {t('scores.commentRequired', { below: criterion.commentBelow })}
        </p>
      )}
      <EvidenceLinks evidence={evidence} />
    </li>
  );
}
