/**
 * The chair's decision on one application (SPEC P2–P5): the verdicts to choose from, consensus
 * scores prefilled from the chosen statistic, the checks a decision passes before it is recorded
 * (a reason where a score leaves the reviewers' range, valid scores, a known verdict, a rank, an
 * opinion without an unresolved field), and the values of the panel's opinion from the pack's
 * template. Pure: the desk and any other front end read the same rules.
 */
import { z } from 'zod';
import { DECISIONS } from '../panel/records/decision';
import {
  allCriteria,
  type Criterion,
  checkScore,
  type LocalText,
  list,
  type MessageParam,
  msg,
  type OpinionValues,
  type RubricPack,
  type RuleMessage,
  summarizeReview,
  unresolvedFields,
} from '../rubric';
import type { ApplicationResult } from './application';
import type { Stats } from './describe';
import type { RankStatistic } from './input';

export interface VerdictChoice {
  id: string;
  label: MessageParam;
}

const LocalTextShape = z.object({ zh: z.string().min(1), en: z.string().optional() });
const OwnVerdicts = z
  .array(z.object({ id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/), label: LocalTextShape }))
  .min(1);

/** P4: the pack's own verdicts when it names some, else 推荐 / 不推荐 / 待定. */
export function decisionVerdicts(pack: RubricPack): VerdictChoice[] {
  const own = OwnVerdicts.safeParse((pack as { verdicts?: unknown }).verdicts);
  if (own.success) return own.data.map((v) => ({ id: v.id, label: v.label as LocalText }));
  return DECISIONS.map((id) => ({ id, label: msg(`reconcile:decisions.${id}`) }));
}

/** The label of a verdict id (an id no longer offered reads as itself). */
export function verdictLabel(pack: RubricPack, id: string): MessageParam {
  return decisionVerdicts(pack).find((v) => v.id === id)?.label ?? id;
}

/** A value on the criterion's scale: snapped to its step, within 0…max, without float noise. */
export function onScale(criterion: Criterion, value: number): number {
  const snapped = Math.round(value / criterion.step) * criterion.step;
  return Math.round(Math.min(criterion.max, Math.max(0, snapped)) * 1e6) / 1e6;
}

/**
 * P2: the consensus score of each criterion, from the chosen statistic of the counted reviewers'
 * raw scores (the normalised mean has no per-criterion figure: the mean stands in), on the
 * criterion's scale. Null where no counted reviewer scored the criterion.
 */
export function consensusScores(
  pack: RubricPack,
  app: ApplicationResult,
  statistic: RankStatistic,
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const c of allCriteria(pack.scoring)) {
    const stats = app.criteria[c.id];
    const key = statistic === 'normalizedMean' ? 'mean' : statistic;
    const value = stats?.[key] ?? stats?.mean ?? null;
    out[c.id] = value === null ? null : onScale(c, value);
  }
  return out;
}

/** P3: a score needs a reason outside [lowest, highest] of the reviewers' scores (or with none). */
export function needsReason(stats: Stats | undefined, value: number): boolean {
  if (!stats || stats.min === null || stats.max === null) return true;
  return value < stats.min - 1e-9 || value > stats.max + 1e-9;
}

/** What the chair is about to record. */
export interface DecisionDraft {
  decision: string;
  rank: number | null;
  note: string;
  scores: Readonly<Record<string, number | null>>;
  reasons: Readonly<Record<string, string>>;
  opinion: string;
}

export type DecisionProblemKind =
  | 'verdictUnknown'
  | 'rankInvalid'
  | 'scoreMissing'
  | 'scoreInvalid'
  | 'reasonNeeded'
  | 'opinionUnresolved';

export interface DecisionProblem {
  kind: DecisionProblemKind;
  criterion?: string;
  message: RuleMessage;
}

/** P2–P5: what stops a decision from being recorded; empty when it may be. */
export function checkDecision(
  pack: RubricPack,
  app: ApplicationResult,
  draft: DecisionDraft,
): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  if (!decisionVerdicts(pack).some((v) => v.id === draft.decision)) {
    problems.push({
      kind: 'verdictUnknown',
      message: draft.decision
        ? msg('reconcile:decision.verdictUnknown', { value: draft.decision })
        : msg('reconcile:decision.verdictMissing'),
    });
  }
  if (draft.rank !== null && !(Number.isInteger(draft.rank) && draft.rank > 0)) {
    problems.push({
      kind: 'rankInvalid',
      message: msg('reconcile:decision.rankInvalid', { value: String(draft.rank) }),
    });
  }
  for (const c of allCriteria(pack.scoring)) {
    const value = draft.scores[c.id];
    if (value === null || value === undefined) {
      problems.push({
        kind: 'scoreMissing',
        criterion: c.id,
        message: msg('reconcile:decision.scoreMissing', { criterion: c.title }),
      });
      continue;
    }
    const check = checkScore(c, value);
    if (!check.ok) {
      problems.push({
        kind: 'scoreInvalid',
        criterion: c.id,
        message: msg('reconcile:decision.scoreInvalid', {
          criterion: c.title,
          problem: check.message,
        }),
      });
      continue;
    }
    const stats = app.criteria[c.id];
    if (needsReason(stats, value) && !draft.reasons[c.id]?.trim()) {
      problems.push({
        kind: 'reasonNeeded',
        criterion: c.id,
        message:
          stats && stats.min !== null
            ? msg('reconcile:decision.reasonNeeded', {
                criterion: c.title,
                value,
                min: stats.min,
                max: stats.max,
              })
            : msg('reconcile:decision.reasonNeededNoScores', { criterion: c.title, value }),
      });
    }
  }
  const open = unresolvedFields(pack, draft.opinion);
  if (open.length > 0) {
    problems.push({
      kind: 'opinionUnresolved',
      message: msg('reconcile:decision.opinionUnresolved', {
        fields: list(open.map((f) => f.label)),
      }),
    });
  }
  return problems;
}

/** The decision as the panel stores it: valid scores only, reasons only where they are needed. */
export function decisionRecord(pack: RubricPack, app: ApplicationResult, draft: DecisionDraft) {
  const scores: Record<string, number> = {};
  const reasons: Record<string, string> = {};
  for (const c of allCriteria(pack.scoring)) {
    const value = draft.scores[c.id];
    if (typeof value !== 'number' || !checkScore(c, value).ok) continue;
    scores[c.id] = value;
    const reason = draft.reasons[c.id]?.trim();
    if (reason && needsReason(app.criteria[c.id], value)) reasons[c.id] = reason;
  }
  const opinion = draft.opinion.trim();
  return {
    decision: draft.decision,
    rank: draft.rank,
    note: draft.note.trim(),
    scores,
    ...(Object.keys(reasons).length > 0 ? { reasons } : {}),
    ...(opinion ? { opinion } : {}),
  };
}

export interface PanelOpinionContext {
  /** `{{date}}`: a day `YYYY-MM-DD` or a Date. */
  date?: Date | string;
  chair?: string;
  /** `{{reviewers}}`: the names of the reviewers whose reviews count. */
  reviewers?: readonly string[];
}

/**
 * P5: the values of the panel's opinion: the consensus scores and their total and level, the
 * panel's facts (P1) and the eligibility they give, the chosen verdict, and the chair's note as
 * the main comments. Fields without a value stay absent, for fillOpinion to name.
 */
export function panelOpinionValues(
  pack: RubricPack,
  app: ApplicationResult,
  draft: Pick<DecisionDraft, 'decision' | 'scores' | 'note'>,
  context: PanelOpinionContext = {},
): OpinionValues {
  const scores: Record<string, number | null> = {};
  for (const [id, v] of Object.entries(draft.scores)) scores[id] = v ?? null;
  const facts = Object.fromEntries(
    Object.entries(app.facts.facts).map(([id, value]) => [id, { state: 'accepted', value }]),
  );
  const known = decisionVerdicts(pack).find((v) => v.id === draft.decision);
  return summarizeReview(
    pack,
    { scores, overallComment: draft.note, facts },
    {
      ...(context.date !== undefined ? { date: context.date } : {}),
      ...(known ? { verdict: known.label } : {}),
      ...(context.chair !== undefined ? { chair: context.chair } : {}),
      ...(context.reviewers !== undefined ? { reviewers: context.reviewers } : {}),
    },
  ).opinion;
}
