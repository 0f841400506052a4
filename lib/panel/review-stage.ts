/**
 * Where a reviewer stands on one application, as lists show it: not started (a draft with no
 * cell written and never returned), a draft, or submitted. A review only exists as cells, so an
 * application never opened reads as a draft in the record; saying 草稿 for it misleads the chair.
 */
import type { Review } from './reviews';

export type ReviewStage = 'notStarted' | 'draft' | 'submitted';

export function reviewStage(review: Pick<Review, 'status' | 'filled' | 'returned'>): ReviewStage {
  if (review.status === 'submitted') return 'submitted';
  const f = review.filled;
  const written =
    f.scores.length > 0 ||
    f.comments.length > 0 ||
    f.overallComment ||
    f.facts.length > 0 ||
    f.verdicts.length > 0 ||
    f.opinion;
  return written || review.returned ? 'draft' : 'notStarted';
}
