/** The stage a list shows for a reviewer's review: not started, draft or submitted. */
import { describe, expect, it } from 'vitest';
import { reviewStage } from '../../lib/panel/review-stage';
import type { ReviewFilled } from '../../lib/panel/reviews';

const empty: ReviewFilled = {
  scores: [],
  comments: [],
  overallComment: false,
  facts: [],
  verdicts: [],
  opinion: false,
};
const draft = (
  filled: Partial<ReviewFilled> = {},
  returned: { reason: string; at: number } | null = null,
) => ({
  status: 'draft' as const,
  filled: { ...empty, ...filled },
  returned,
});

describe('reviewStage', () => {
  it('a draft with no cell written is not started', () => {
    expect(reviewStage(draft())).toBe('notStarted');
  });
  it('any written cell makes it a draft', () => {
    expect(reviewStage(draft({ facts: ['members'] }))).toBe('draft');
    expect(reviewStage(draft({ scores: ['c1'] }))).toBe('draft');
    expect(reviewStage(draft({ overallComment: true }))).toBe('draft');
    expect(reviewStage(draft({ opinion: true }))).toBe('draft');
  });
  it('a review the chair returned is a draft even before anything is written again', () => {
    expect(reviewStage(draft({}, { reason: '补充评语', at: 1 }))).toBe('draft');
  });
  it('submitted stays submitted', () => {
    expect(reviewStage({ ...draft(), status: 'submitted' })).toBe('submitted');
  });
});
