/**
 * One application's figures and flags (SPEC S1–S4, F1–F5): statistics of the counted totals and
 * of each criterion's raw scores, the normalised mean, and what needs the chair's eye. Built in
 * one pass over the application's reviews: the desk recomputes this for 500 applications at once.
 */
import type { Criterion, RubricPack } from '../rubric';
import { describe, mean, type Stats } from './describe';
import type { ApplicationFacts } from './facts';
import {
  conflictFlag,
  criterionFlag,
  disputeFlags,
  divergenceFlag,
  eligibilityFlag,
  type Flag,
  missingFlag,
  type Names,
} from './flags';
import type {
  ReconcileApplication,
  ReconcileDecision,
  ReconcileMember,
  ReconcileReview,
} from './input';

export interface ReviewResult {
  reviewer: string;
  status: 'draft' | 'submitted';
  total: number | null;
  scores: Readonly<Record<string, number>>;
  eligible: boolean | null;
  /** In the statistics (submitted, readable, not left out). */
  counted: boolean;
  /** R9: left out by the chair's choice. */
  leftOut: boolean;
  /** R2: the normalised total (the raw total when the reviewer is not normalised). */
  normalizedTotal: number | null;
}

export interface ApplicationResult {
  id: string;
  title: string;
  withdrawn: boolean;
  reviews: ReviewResult[];
  /** S1 over the counted totals. */
  stats: Stats;
  /** S1 per criterion, over the raw scores. */
  criteria: Record<string, Stats>;
  /** S4. */
  normalizedMean: number | null;
  facts: ApplicationFacts;
  flags: Flag[];
  decision: ReconcileDecision | null;
  /** R4: null when not ranked. */
  rank: number | null;
}

/** What every application's computation shares, prepared once by reconcile(). */
export interface PanelContext {
  pack: RubricPack;
  criteria: readonly Criterion[];
  trim: number;
  names: Names;
  /** F4's expected reviewers, in the members' order. */
  expected: readonly ReconcileMember[];
  memberById: ReadonlyMap<string, ReconcileMember>;
  conflicts: ReadonlyMap<string, ReadonlySet<string>>;
  leftOut: (app: string, reviewer: string) => boolean;
  /** A counted review's normalised total (R2); undefined when its total is not counted. */
  normalizedOf: (review: ReconcileReview) => number | undefined;
  decisions: Readonly<Record<string, ReconcileDecision>>;
}

const readable = (r: ReconcileReview) => r.status === 'submitted' && r.figures !== undefined;

export function applicationResult(
  ctx: PanelContext,
  app: ReconcileApplication,
  reviews: readonly ReconcileReview[],
  facts: ApplicationFacts,
): ApplicationResult {
  const { pack, criteria } = ctx;
  const expectedIds = new Set(ctx.expected.map((m) => m.id));
  const totals: number[] = [];
  const normalized: number[] = [];
  const buckets: number[][] = criteria.map(() => []);
  const verdicts: { reviewer: string; eligible: boolean | null }[] = [];
  const done = new Set<string>();
  const rows: ReviewResult[] = [];
  for (const r of reviews) {
    if (r.status === 'submitted') done.add(r.reviewer);
    const ok = readable(r);
    const left = ok && ctx.leftOut(app.id, r.reviewer);
    const counted = ok && !left;
    const figures = r.figures;
    if (ok) verdicts.push({ reviewer: r.reviewer, eligible: figures!.eligible });
    const norm = counted ? ctx.normalizedOf(r) : undefined;
    if (counted) {
      if (figures!.total !== null) totals.push(figures!.total);
      if (norm !== undefined) normalized.push(norm);
      const scores = figures!.scores;
      for (let k = 0; k < criteria.length; k++) {
        const v = scores[criteria[k]!.id];
        if (typeof v === 'number') buckets[k]!.push(v);
      }
    }
    // The reviews people read: the expected reviewers' and any submitted one.
    if (r.status !== 'submitted' && !expectedIds.has(r.reviewer)) continue;
    rows.push({
      reviewer: r.reviewer,
      status: r.status,
      total: figures?.total ?? null,
      scores: figures?.scores ?? {},
      eligible: figures?.eligible ?? null,
      counted,
      leftOut: left,
      normalizedTotal: norm ?? null,
    });
  }

  const flags: Flag[] = [];
  const criterionStats: Record<string, Stats> = {};
  const divergent = divergenceFlag(pack, totals);
  if (divergent) flags.push(divergent);
  criteria.forEach((c, k) => {
    criterionStats[c.id] = describe(buckets[k]!, ctx.trim);
    const flag = criterionFlag(pack, c, buckets[k]!);
    if (flag) flags.push(flag);
  });
  const eligibility = eligibilityFlag(verdicts, ctx.names);
  if (eligibility) flags.push(eligibility);
  flags.push(...disputeFlags(pack, facts.disputed, ctx.names));
  const conflicted = ctx.conflicts.get(app.id) ?? new Set<string>();
  const missing = missingFlag(
    ctx.expected
      .filter((m) => !done.has(m.id) && !(conflicted.has(m.id) && ctx.leftOut(app.id, m.id)))
      .map((m) => m.id),
    ctx.names,
  );
  if (missing) flags.push(missing);
  for (const id of conflicted) {
    const m = ctx.memberById.get(id);
    if (m) flags.push(conflictFlag(m, ctx.leftOut(app.id, id)));
  }
  return {
    id: app.id,
    title: app.title,
    withdrawn: app.withdrawn ?? false,
    reviews: rows,
    stats: describe(totals, ctx.trim),
    criteria: criterionStats,
    normalizedMean: mean(normalized),
    facts,
    flags,
    decision: ctx.decisions[app.id] ?? null,
    rank: null,
  };
}
