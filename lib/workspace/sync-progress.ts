/**
 * The chair's view of independent scoring (SPEC S3): for every application and reviewer, which
 * criteria are scored — and the scores themselves only once this device may read them (after the
 * reviewer submitted, or the viewer's own review). Hidden values are never read here: a cell
 * whose value this viewer may not see is `hidden`, whatever the replica holds.
 */
import type { ApplicationId, MemberId } from '../ids';
import type { Panel } from '../panel/panel';

export type CriterionCell =
  | { criterion: string; state: 'empty' }
  /** Scored, value not visible to this viewer (sealed until submission). */
  | { criterion: string; state: 'hidden' }
  | { criterion: string; state: 'value'; value: number };

export interface ReviewerProgressRow {
  reviewer: MemberId;
  name: string;
  status: 'draft' | 'submitted';
  submittedAt: number | null;
  filled: number;
  cells: CriterionCell[];
  /** Sum of the visible scores when every criterion is scored and visible; otherwise null. */
  total: number | null;
}

export interface ApplicationProgressRow {
  applicationId: ApplicationId;
  title: string;
  reviewers: ReviewerProgressRow[];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function reviewProgress(
  panel: Panel,
  criteria: readonly string[],
): ApplicationProgressRow[] {
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
      const complete = cells.length > 0 && cells.every((c) => c.state === 'value');
      return {
        reviewer: p.reviewer,
        name: p.name,
        status: p.status,
        submittedAt: p.submittedAt,
        filled: cells.filter((c) => c.state !== 'empty').length,
        cells,
        total: complete
          ? round(cells.reduce((sum, c) => sum + (c.state === 'value' ? c.value : 0), 0))
          : null,
      };
    }),
  }));
}
