/**
 * The chair's view of independent scoring (SPEC S3): for every application and reviewer, which
 * criteria are scored — and the scores themselves only once this device may read them (after the
 * reviewer submitted, or the viewer's own review). Hidden values are never read here: a cell
 * whose value this viewer may not see is `hidden`, whatever the replica holds. The total is the
 * review summary's (weighted where the pack weights criteria), never a sum of raw cells.
 */
import type { ApplicationId, MemberId } from '../ids';
import type { Panel } from '../panel/panel';
import { type ReviewStage, reviewStage } from '../panel/review-stage';
import { allCriteria, type RubricPack, summarizeReview } from '../rubric';

export type CriterionCell =
  | { criterion: string; state: 'empty' }
  /** Scored, value not visible to this viewer (sealed until submission). */
  | { criterion: string; state: 'hidden' }
  | { criterion: string; state: 'value'; value: number };

export interface ReviewerProgressRow {
  reviewer: MemberId;
  name: string;
  status: 'draft' | 'submitted';
  /** As lists show it: a draft nobody has written in yet is not started. */
  stage: ReviewStage;
  submittedAt: number | null;
  filled: number;
  cells: CriterionCell[];
  /** The review's total (summarizeReview) once every criterion is validly scored and visible. */
  total: number | null;
}

export interface ApplicationProgressRow {
  applicationId: ApplicationId;
  title: string;
  reviewers: ReviewerProgressRow[];
}

export function reviewProgress(panel: Panel, pack: RubricPack): ApplicationProgressRow[] {
  const criteria = allCriteria(pack.scoring).map((c) => c.id);
  return panel.applications().map((app) => ({
    applicationId: app.id,
    title: app.title,
    reviewers: panel.progress(app.id).map((p) => {
      const filled = new Set(p.filled.scores);
      const review = panel.review(app.id, p.reviewer);
      const cells: CriterionCell[] = criteria.map((criterion) => {
        if (!filled.has(criterion)) return { criterion, state: 'empty' };
        const value = review.visible ? review.values.scores[criterion] : undefined;
        return typeof value === 'number'
          ? { criterion, state: 'value', value }
          : { criterion, state: 'hidden' };
      });
      const total = review.visible ? summarizeReview(pack, review.values).total : null;
      return {
        reviewer: p.reviewer,
        name: p.name,
        status: p.status,
        stage: reviewStage(review),
        submittedAt: p.submittedAt,
        filled: cells.filter((c) => c.state !== 'empty').length,
        cells,
        total: total?.complete ? total.value : null,
      };
    }),
  }));
}
