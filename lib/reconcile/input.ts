/**
 * What reconciling reads (SPEC I1–I3): plain data, built from a Panel by `fromPanel`, or by hand
 * in tests and benchmarks. A review's figures come from summarizeReview (SPEC I2).
 */
import type { ReviewSummary, RubricPack } from '../rubric';

export interface ReconcileApplication {
  id: string;
  title: string;
  recommendingBody?: string;
  /** Out of the ranking and the agreement figures (kept in the history). */
  withdrawn?: boolean;
}

export interface ReconcileMember {
  id: string;
  name: string;
  unit?: string;
  role: 'chair' | 'reviewer' | 'observer';
  removed?: boolean;
}

/** A submitted review's figures: what statistics, flags and cross-application rules read. */
export interface ReviewFigures {
  /** The pack's total (weighted where the pack weights criteria); null while incomplete. */
  total: number | null;
  /** Valid raw criterion scores. */
  scores: Readonly<Record<string, number>>;
  eligible: boolean | null;
  /** Facts the reviewer confirmed. */
  facts: Readonly<Record<string, unknown>>;
}

export interface ReconcileReview {
  application: string;
  reviewer: string;
  status: 'draft' | 'submitted';
  /** Only for a submitted review the viewer may read. */
  figures?: ReviewFigures;
}

/** A pack's verdict id; by default 'recommend' | 'notRecommend' | 'pending'. */
export type DecisionKind = string;

export interface ReconcileDecision {
  decision: DecisionKind;
  rank: number | null;
  note: string;
}

export interface ReconcileInput {
  pack: RubricPack;
  applications: readonly ReconcileApplication[];
  members: readonly ReconcileMember[];
  reviews: readonly ReconcileReview[];
  decisions?: Readonly<Record<string, ReconcileDecision>>;
  /** Facts the chair settled, per application (SPEC F3, R8). */
  panelFacts?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export type RankStatistic = 'mean' | 'median' | 'trimmedMean' | 'normalizedMean';
export const RANK_STATISTICS: readonly RankStatistic[] = [
  'mean',
  'median',
  'trimmedMean',
  'normalizedMean',
];

export interface LeftOut {
  application: string;
  reviewer: string;
}

export interface ReconcileOptions {
  /** SPEC R3; default `mean`. */
  rankBy?: RankStatistic;
  /** SPEC S2; values dropped at each end for the trimmed mean, default 1. */
  trim?: number;
  /** SPEC R9; default none. */
  leaveOut?: 'none' | 'conflicts' | readonly LeftOut[];
  /** SPEC R2; default 5. */
  minSample?: number;
}

/** A review's figures from its summary (SPEC I2). */
export function reviewFigures(summary: ReviewSummary): ReviewFigures {
  return {
    total: summary.total.complete ? summary.total.value : null,
    scores: summary.scores,
    eligible: summary.eligible,
    facts: summary.facts,
  };
}
