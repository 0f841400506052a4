/**
 * `reconcile(input, options)`: the whole picture the chair decides from (lib/reconcile/SPEC.md),
 * computed from plain data in one pass per concern: what counts (I3, R9), reviewers (R1, R2),
 * each application's statistics and flags (S, F: application.ts), ranking (R3, R4),
 * cross-application rules (R5–R8) and agreement (A).
 */
import { allCriteria, type Finding, list } from '../rubric';
import { type AgreementResult, agreementOf } from './agreement-result';
import { type ApplicationResult, applicationResult } from './application';
import { conflictsByApp, duplicateFlags, panelFindings, quotaFlags } from './cross';
import { applicationFacts } from './facts';
import type { Names } from './flags';
import type { RankStatistic, ReconcileInput, ReconcileOptions, ReconcileReview } from './input';
import { rankApplications } from './ranking';
import { type CountedTotal, type ReviewerResult, reviewerFigures } from './reviewers';

export type { ApplicationResult, ReviewResult } from './application';

export interface ReconcileResult {
  rankBy: RankStatistic;
  applications: ApplicationResult[];
  /** Application ids, ranked first (best first), then the unranked. */
  ranking: string[];
  reviewers: ReviewerResult[];
  agreement: AgreementResult;
  /** The cross-application findings the flags came from. */
  findings: Finding[];
}

const canReview = (role: string) => role === 'reviewer' || role === 'chair';
const readable = (r: ReconcileReview) => r.status === 'submitted' && r.figures !== undefined;

function emptyReviewer(m: { id: string; name: string }): ReviewerResult {
  return {
    id: m.id,
    name: m.name,
    n: 0,
    mean: null,
    sd: null,
    severity: null,
    severityN: 0,
    normalized: false,
  };
}

export function reconcile(input: ReconcileInput, options: ReconcileOptions = {}): ReconcileResult {
  const { pack } = input;
  const rankBy = options.rankBy ?? 'mean';
  const decisions = input.decisions ?? {};
  const members = input.members.filter((m) => !m.removed && canReview(m.role));
  const memberById = new Map(input.members.map((m) => [m.id, m]));
  const names: Names = (ids) => list(ids.map((id) => memberById.get(id)?.name ?? id));
  const apps = input.applications;
  const appIndex = new Map(apps.map((a, i) => [a.id, i]));
  const withdrawn = new Set(apps.filter((a) => a.withdrawn).map((a) => a.id));

  const reviewsOf: ReconcileReview[][] = apps.map(() => []);
  for (const r of input.reviews) {
    const i = appIndex.get(r.application);
    if (i !== undefined) reviewsOf[i]!.push(r);
  }

  // Facts per application (R8), then the cross-application findings over them.
  const facts = apps.map((app, i) =>
    applicationFacts(app, reviewsOf[i]!.filter(readable), input.panelFacts?.[app.id]),
  );
  const findings = panelFindings(
    pack,
    apps.flatMap((a, i) => (a.withdrawn ? [] : [{ id: a.id, facts: facts[i]!.facts }])),
    members,
  );
  const conflicts = conflictsByApp(findings);

  // What counts (I3, R9).
  const choice = options.leaveOut ?? 'none';
  const chosen = new Set(
    Array.isArray(choice) ? choice.map((p) => `${p.application}\u0000${p.reviewer}`) : [],
  );
  const leftOut = (app: string, reviewer: string): boolean =>
    choice === 'none'
      ? false
      : choice === 'conflicts'
        ? (conflicts.get(app)?.has(reviewer) ?? false)
        : chosen.has(`${app}\u0000${reviewer}`);
  const counted: CountedTotal[] = [];
  const countedAt = new Map<ReconcileReview, number>();
  apps.forEach((app, i) => {
    if (app.withdrawn) return;
    for (const r of reviewsOf[i]!) {
      if (!readable(r) || r.figures!.total === null || leftOut(app.id, r.reviewer)) continue;
      countedAt.set(r, counted.length);
      counted.push({ app: i, reviewer: r.reviewer, total: r.figures!.total });
    }
  });

  // Reviewers (R1, R2); everyone expected is listed, with n = 0 when nothing counted (F4).
  const chairReviews = input.reviews.some(
    (r) => r.status === 'submitted' && memberById.get(r.reviewer)?.role === 'chair',
  );
  const expected = members.filter((m) => m.role === 'reviewer' || chairReviews);
  const figures = reviewerFigures(
    counted,
    apps.length,
    new Map(input.members.map((m) => [m.id, m.name])),
    { minSample: options.minSample ?? 5, max: pack.scoring.total.max },
  );
  const listed = new Set(figures.reviewers.map((r) => r.id));
  const reviewers = [
    ...expected.filter((m) => !listed.has(m.id)).map(emptyReviewer),
    ...figures.reviewers,
  ];
  const memberOrder = new Map(input.members.map((m, i) => [m.id, i]));
  reviewers.sort((a, b) => (memberOrder.get(a.id) ?? 1e9) - (memberOrder.get(b.id) ?? 1e9));

  // Statistics and flags per application (S, F).
  const ctx = {
    pack,
    criteria: allCriteria(pack.scoring),
    trim: options.trim ?? 1,
    names,
    expected,
    memberById,
    conflicts,
    leftOut,
    normalizedOf: (r: ReconcileReview) => {
      const at = countedAt.get(r);
      return at === undefined ? undefined : figures.normalized[at];
    },
    decisions,
  };
  const results = apps.map((app, i) => applicationResult(ctx, app, reviewsOf[i]!, facts[i]!));

  // Ranking (R3, R4), then the rules on the ranked list (R5–R7).
  const ranking = rankApplications(
    results.map((r) => ({
      id: r.id,
      withdrawn: r.withdrawn,
      figures: {
        mean: r.stats.mean,
        median: r.stats.median,
        trimmedMean: r.stats.trimmedMean,
        normalizedMean: r.normalizedMean,
      },
    })),
    rankBy,
  );
  const quota = quotaFlags(findings, ranking.order, ranking.rank, decisions);
  const titles = new Map(apps.map((a) => [a.id, a.title]));
  const duplicates = duplicateFlags(findings, titles, withdrawn);
  for (const r of results) {
    r.rank = ranking.rank.get(r.id) ?? null;
    r.flags.push(...(quota.get(r.id) ?? []), ...(duplicates.get(r.id) ?? []));
  }

  return {
    rankBy,
    applications: results,
    ranking: ranking.order,
    reviewers,
    agreement: agreementOf(counted),
    findings,
  };
}
