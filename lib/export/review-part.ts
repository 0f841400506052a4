/**
 * One submitted review as the part its reviewer signs (lib/sign SPEC R2) and the result bundle
 * carries: scores per criterion, total, comments, the eligibility findings as the reviewer left
 * them (the engine's verdict unless they overrode it) and the opinion text. The reviewer's device
 * and the chair's export both build it here, from the same submitted values through
 * summarizeReview, so the chair can tell whether a stored signature covers the review as it is.
 */
import { canonicalJson } from '../crypto/bytes';
import type { ApplicationId, MemberId } from '../ids';
import type { Panel } from '../panel/panel';
import type { ReviewValues } from '../panel/reviews';
import { type RubricPack, summarizeReview } from '../rubric';
import type { ReviewPart } from './results-model';

/** The key of a review's overall comment in `comments` (criterion ids start with a letter). */
export const OVERALL_COMMENT = '_overall';

export function reviewPartFromValues(
  pack: RubricPack,
  ids: { panel: string; application: string; member: string },
  values: ReviewValues,
  submittedAt: number,
): ReviewPart {
  const summary = summarizeReview(pack, values);
  const comments: Record<string, string> = {};
  for (const c of summary.criteria) if (c.comment) comments[c.id] = c.comment;
  const overall = values.overallComment?.trim();
  if (overall) comments[OVERALL_COMMENT] = overall;
  const eligibility: ReviewPart['eligibility'] = {};
  for (const rule of summary.evaluation.rules) {
    eligibility[rule.id] = values.verdicts[rule.id]?.verdict ?? rule.status;
  }
  return {
    v: 1,
    panel: ids.panel,
    application: ids.application,
    member: ids.member,
    scores: Object.fromEntries(summary.criteria.map((c) => [c.id, c.score])),
    total: summary.total.complete ? summary.total.value : null,
    comments,
    eligibility,
    opinion: values.opinion ?? '',
    submittedAt,
  };
}

/** The part of a submitted review this viewer can read; null for a draft or a sealed review. */
export function reviewPartOf(
  panel: Panel,
  pack: RubricPack,
  app: ApplicationId,
  member: MemberId,
): ReviewPart | null {
  const review = panel.review(app, member);
  if (review.status !== 'submitted' || !review.visible) return null;
  return reviewPartFromValues(
    pack,
    { panel: panel.id, application: app, member },
    review.values,
    review.submittedAt ?? 0,
  );
}

/** Whether two parts say the same thing, byte for byte as signed (canonical JSON). */
export function samePart(a: ReviewPart, b: ReviewPart): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
