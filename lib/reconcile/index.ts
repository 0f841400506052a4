/**
 * Reconciling a panel's reviews (SPEC.md beside this file): statistics, flags, reviewers'
 * severity, agreement, ranking and cross-application rules. Pure: plain data in and out; the
 * Panel adapter and the `.rdsync` viewer are the only files that know the panel exists.
 */
export {
  type AlphaBand,
  alphaBand,
  type IccBand,
  icc2,
  kendallW,
  kooLiBand,
  krippendorffInterval,
  type Matrix,
  midranks,
} from './agreement';
export type { AgreementResult } from './agreement-result';
export { describe, mean, median, type Stats, sampleSd, trimmedMean } from './describe';
export type { ApplicationFacts, DisputedFact } from './facts';
export type { Flag, FlagKind } from './flags';
export { fromPanel, panelPack } from './from-panel';
export {
  type DecisionKind,
  type LeftOut,
  RANK_STATISTICS,
  type RankStatistic,
  type ReconcileApplication,
  type ReconcileDecision,
  type ReconcileInput,
  type ReconcileMember,
  type ReconcileOptions,
  type ReconcileReview,
  type ReviewFigures,
  reviewFigures,
} from './input';
export { openRdsyncReadOnly, type ReadOnlyPanel } from './load-rdsync';
export {
  type ApplicationResult,
  type ReconcileResult,
  type ReviewResult,
  reconcile,
} from './reconcile';
export { type ReportJson, reportJson, round4 } from './report';
export type { ReviewerResult } from './reviewers';
