/**
 * Scoring helpers for the review form and the chair's desk: pure functions over a pack's
 * `scoring`. Validation of one score (range, step), its band and level, whether it needs a
 * comment, the running total, and how far reviewers diverge.
 */
import { msg, type RuleMessage } from './messages';
import type { Band, Criterion, ScaleLevel, Scoring } from './schema/scoring';
import { isOnStep } from './validate-scoring';

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function allCriteria(scoring: Scoring): Criterion[] {
  return scoring.sections.flatMap((s) => s.criteria);
}

export function findCriterion(scoring: Scoring, id: string): Criterion | undefined {
  return allCriteria(scoring).find((c) => c.id === id);
}

export type ScoreCheck =
  | { ok: true; value: number }
  | { ok: false; code: 'notNumber' | 'outOfRange' | 'offStep'; message: RuleMessage };

/** A score is a finite number from 0 to the criterion's max, on its step. */
export function checkScore(criterion: Criterion, value: unknown): ScoreCheck {
  const params = { max: criterion.max, step: criterion.step, value: String(value) };
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { ok: false, code: 'notNumber', message: msg('rubric:scores.notNumber', params) };
  }
  if (value < 0 || value > criterion.max) {
    return { ok: false, code: 'outOfRange', message: msg('rubric:scores.outOfRange', params) };
  }
  if (!isOnStep(value, criterion.step)) {
    return { ok: false, code: 'offStep', message: msg('rubric:scores.offStep', params) };
  }
  return { ok: true, value };
}

/** The score the arrow keys lead to: one step up or down, snapped to the step, within range. */
export function stepScore(
  criterion: Criterion,
  current: number | undefined,
  delta: 1 | -1,
): number {
  const base =
    current === undefined || !Number.isFinite(current)
      ? delta > 0
        ? -criterion.step
        : criterion.max + criterion.step
      : current;
  const snapped = Math.round(base / criterion.step) * criterion.step;
  return round(Math.min(criterion.max, Math.max(0, snapped + delta * criterion.step)));
}

export interface Graded {
  band: Band;
  level?: ScaleLevel;
}

function grade(scoring: Scoring, bands: readonly Band[], score: number): Graded | undefined {
  const exact = bands.find((b) => score >= b.min && score <= b.max);
  // Between two bands (a weighted total can fall in a gap) the lower band applies.
  const band = exact ?? [...bands].filter((b) => b.max < score).sort((a, b) => b.max - a.max)[0];
  if (!band) return undefined;
  const level = scoring.levels.find((l) => l.id === band.level);
  return level ? { band, level } : { band };
}

/** The band and level (优秀/良好/…) a criterion's score falls in, with its descriptor. */
export function bandForScore(
  scoring: Scoring,
  criterion: Criterion,
  score: number,
): Graded | undefined {
  return grade(scoring, criterion.bands, score);
}

/** A score strictly below the criterion's `commentBelow` needs a comment. */
export function commentRequired(criterion: Criterion, score: number | undefined): boolean {
  return (
    score !== undefined && criterion.commentBelow !== undefined && score < criterion.commentBelow
  );
}

export interface Total {
  /** The total of the scores given so far (a running total while the form is filled in). */
  value: number;
  max: number;
  complete: boolean;
  missing: string[];
  invalid: string[];
}

/** `sum`: points added up; `weighted`: Σ score / max × weight. Invalid scores are left out. */
export function computeTotal(scoring: Scoring, scores: Readonly<Record<string, unknown>>): Total {
  let value = 0;
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const c of allCriteria(scoring)) {
    const raw = Object.hasOwn(scores, c.id) ? scores[c.id] : undefined;
    if (raw === undefined || raw === null) {
      missing.push(c.id);
      continue;
    }
    const check = checkScore(c, raw);
    if (!check.ok) {
      invalid.push(c.id);
      continue;
    }
    value +=
      scoring.total.method === 'weighted' ? (check.value / c.max) * (c.weight ?? 0) : check.value;
  }
  return {
    value: round(value),
    max: scoring.total.max,
    complete: missing.length === 0 && invalid.length === 0,
    missing,
    invalid,
  };
}

export function totalLevel(scoring: Scoring, total: number): Graded | undefined {
  return grade(scoring, scoring.total.bands ?? [], total);
}

export interface ReviewIssue {
  criterion: string;
  code: 'missing' | 'notNumber' | 'outOfRange' | 'offStep' | 'commentRequired';
  message: RuleMessage;
}

/** What keeps a review from being submitted: missing or invalid scores, missing comments. */
export function checkReview(
  scoring: Scoring,
  scores: Readonly<Record<string, unknown>>,
  comments: Readonly<Record<string, string | undefined>> = {},
): ReviewIssue[] {
  const issues: ReviewIssue[] = [];
  for (const c of allCriteria(scoring)) {
    const raw = Object.hasOwn(scores, c.id) ? scores[c.id] : undefined;
    if (raw === undefined || raw === null) {
      issues.push({
        criterion: c.id,
        code: 'missing',
        message: msg('rubric:scores.missing', { criterion: c.title }),
      });
      continue;
    }
    const check = checkScore(c, raw);
    if (!check.ok) {
      issues.push({ criterion: c.id, code: check.code, message: check.message });
      continue;
    }
    const comment = Object.hasOwn(comments, c.id) ? comments[c.id] : undefined;
    if (commentRequired(c, check.value) && !comment?.trim()) {
      const params = { criterion: c.title, below: c.commentBelow ?? 0 };
      issues.push({
        criterion: c.id,
        code: 'commentRequired',
        message: msg('rubric:scores.commentRequired', params),
      });
    }
  }
  return issues;
}

/** `range`: highest − lowest; `stdev`: population standard deviation. Fewer than 2 values: 0. */
export function divergence(
  values: readonly number[],
  measure: Scoring['divergence']['measure'],
): number {
  const xs = values.filter((v) => Number.isFinite(v));
  if (xs.length < 2) return 0;
  if (measure === 'range') return round(Math.max(...xs) - Math.min(...xs));
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return round(Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length));
}

export interface Divergence {
  value: number;
  threshold: number;
  /** Strictly above the threshold: exactly at it is still agreement. */
  divergent: boolean;
}

/**
 * Whether reviewers' totals diverge beyond the pack's threshold. For one criterion's scores the
 * criterion's own threshold applies, else the pack's scaled to the criterion's share of the
 * total (15 of 100 points becomes 3 for a criterion of 20 points).
 */
export function checkDivergence(
  scoring: Scoring,
  values: readonly number[],
  criterion?: Criterion,
): Divergence {
  const threshold = criterion
    ? (criterion.divergenceThreshold ??
      round((scoring.divergence.threshold * criterion.max) / scoring.total.max))
    : scoring.divergence.threshold;
  const value = divergence(values, scoring.divergence.measure);
  return { value, threshold, divergent: value > threshold };
}
