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
export {
  checkDecision,
  consensusScores,
  type DecisionDraft,
  type DecisionProblem,
  type DecisionProblemKind,
  decisionRecord,
  decisionVerdicts,
  needsReason,
  onScale,
  type PanelOpinionContext,
  panelOpinionValues,
  type VerdictChoice,
  verdictLabel,
} from './decision';
export { describe, mean, median, type Stats, sampleSd, trimmedMean } from './describe';
export {
  type DeskFilter,
  type DeskSort,
  deskRows,
  type SortKey,
  STAT_COLUMNS,
  type StatColumn,
  sortValue,
} from './desk-rows';
export { panelEligibility } from './eligibility';
export type { ApplicationFacts, DisputedFact } from './facts';
export { type Flag, type FlagKind, factText } from './flags';
export { type FromPanelOptions, fromPanel, panelPack } from './from-panel';
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
export { SummaryCache } from './summary-cache';
