/**
 * `reconcile(input, options)`: the whole picture the chair decides from (lib/reconcile/SPEC.md),
 * computed from plain data in one pass per concern: what counts (I3, R9), statistics per
 * application (S), flags (F), reviewers (R1, R2), ranking (R3, R4), cross-application rules
 * (R5–R8) and agreement (A).
 */
import { allCriteria, type Finding, list } from '../rubric';
import { type AgreementResult, agreementOf } from './agreement-result';
import { conflictsByApp, duplicateFlags, panelFindings, quotaFlags } from './cross';
import { describe, mean, type Stats } from './describe';
import { type ApplicationFacts, applicationFacts } from './facts';
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
  RankStatistic,
  ReconcileDecision,
  ReconcileInput,
  ReconcileOptions,
  ReconcileReview,
} from './input';
import { rankApplications } from './ranking';
import { type CountedTotal, type ReviewerResult, reviewerFigures } from './reviewers';

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

export function reconcile(input: ReconcileInput, options: ReconcileOptions = {}): ReconcileResult {
  const { pack } = input;
  const rankBy = options.rankBy ?? 'mean';
  const trim = options.trim ?? 1;
  const minSample = options.minSample ?? 5;
  const decisions = input.decisions ?? {};
  const members = input.members.filter((m) => !m.removed && canReview(m.role));
  const memberById = new Map(input.members.map((m) => [m.id, m]));
  const nameOf = (id: string) => memberById.get(id)?.name ?? id;
  const names: Names = (ids) => list(ids.map(nameOf));
  const apps = input.applications;
  const appIndex = new Map(apps.map((a, i) => [a.id, i]));
  const withdrawn = new Set(apps.filter((a) => a.withdrawn).map((a) => a.id));

  // Reviews per application, in the members' order; submitted ones with figures are readable.
  const reviewsOf: ReconcileReview[][] = apps.map(() => []);
  for (const r of input.reviews) {
    const i = appIndex.get(r.application);
    if (i !== undefined) reviewsOf[i]!.push(r);
  }
  const readable = (r: ReconcileReview) => r.status === 'submitted' && r.figures !== undefined;

  // Facts per application (R8), then the cross-application findings over them.
  const facts = apps.map((app, i) =>
    applicationFacts(app, reviewsOf[i]!.filter(readable), input.panelFacts?.[app.id]),
  );
  const findings = panelFindings(
    pack,
    apps
      .filter((a) => !a.withdrawn)
      .map((a) => ({ id: a.id, facts: facts[appIndex.get(a.id)!]!.facts })),
    members,
  );
  const conflicts = conflictsByApp(findings);

  // What counts (I3, R9).
  const leftOut = (app: string, reviewer: string): boolean => {
    const choice = options.leaveOut ?? 'none';
    if (choice === 'none') return false;
    if (choice === 'conflicts') return conflicts.get(app)?.has(reviewer) ?? false;
    return choice.some((p) => p.application === app && p.reviewer === reviewer);
  };
  const counted: CountedTotal[] = [];
  const countedAt = new Map<ReconcileReview, number>();
  const isCounted = new Set<ReconcileReview>();
  apps.forEach((app, i) => {
    for (const r of reviewsOf[i]!) {
      if (!readable(r) || leftOut(app.id, r.reviewer)) continue;
      isCounted.add(r);
      if (r.figures!.total === null || app.withdrawn) continue;
      countedAt.set(r, counted.length);
      counted.push({ app: i, reviewer: r.reviewer, total: r.figures!.total });
    }
  });

  // Reviewers (R1, R2); everyone who may review is listed, with n = 0 when nothing counted.
  const chairReviews = input.reviews.some(
    (r) => r.status === 'submitted' && memberById.get(r.reviewer)?.role === 'chair',
  );
  const expected = members.filter((m) => m.role === 'reviewer' || chairReviews);
  const expectedIds = new Set(expected.map((m) => m.id));
  const figures = reviewerFigures(
    counted,
    apps.length,
    new Map(input.members.map((m) => [m.id, m.name])),
    {
      minSample,
      max: pack.scoring.total.max,
    },
  );
  const listed = new Set(figures.reviewers.map((r) => r.id));
  const reviewers = [
    ...expected
      .filter((m) => !listed.has(m.id))
      .map(
        (m): ReviewerResult => ({
          id: m.id,
          name: m.name,
          n: 0,
          mean: null,
          sd: null,
          severity: null,
          severityN: 0,
          normalized: false,
        }),
      ),
    ...figures.reviewers,
  ];
  const memberOrder = new Map(input.members.map((m, i) => [m.id, i]));
  reviewers.sort((a, b) => (memberOrder.get(a.id) ?? 1e9) - (memberOrder.get(b.id) ?? 1e9));

  // Statistics and flags per application (S, F).
  const criteria = allCriteria(pack.scoring);
  const results: ApplicationResult[] = apps.map((app, i) => {
    const reviews = reviewsOf[i]!;
    const mine = reviews.filter((r) => isCounted.has(r));
    const totals = mine.map((r) => r.figures!.total).filter((t): t is number => t !== null);
    const normalizedTotals = mine
      .filter((r) => countedAt.has(r))
      .map((r) => figures.normalized[countedAt.get(r)!]!);
    const criterionStats: Record<string, Stats> = {};
    const flags: Flag[] = [];
    const divergent = divergenceFlag(pack, totals);
    if (divergent) flags.push(divergent);
    for (const c of criteria) {
      const scores = mine
        .map((r) => r.figures!.scores[c.id])
        .filter((s): s is number => typeof s === 'number');
      criterionStats[c.id] = describe(scores, trim);
      const flag = criterionFlag(pack, c, scores);
      if (flag) flags.push(flag);
    }
    const submitted = reviews.filter(readable);
    const eligibility = eligibilityFlag(
      submitted.map((r) => ({ reviewer: r.reviewer, eligible: r.figures!.eligible })),
      names,
    );
    if (eligibility) flags.push(eligibility);
    flags.push(...disputeFlags(pack, facts[i]!.disputed, names));
    const conflicted = conflicts.get(app.id) ?? new Set<string>();
    const done = new Set(reviews.filter((r) => r.status === 'submitted').map((r) => r.reviewer));
    const missing = missingFlag(
      expected
        .filter((m) => !done.has(m.id) && !(conflicted.has(m.id) && leftOut(app.id, m.id)))
        .map((m) => m.id),
      names,
    );
    if (missing) flags.push(missing);
    for (const id of conflicted) {
      const m = memberById.get(id);
      if (m) flags.push(conflictFlag(m, leftOut(app.id, id)));
    }
    return {
      id: app.id,
      title: app.title,
      withdrawn: app.withdrawn ?? false,
      // The reviews people read: the expected reviewers' and any submitted one (R9 keeps its row).
      reviews: reviews
        .filter((r) => r.status === 'submitted' || expectedIds.has(r.reviewer))
        .map((r) => ({
          reviewer: r.reviewer,
          status: r.status,
          total: r.figures?.total ?? null,
          scores: r.figures?.scores ?? {},
          eligible: r.figures?.eligible ?? null,
          counted: isCounted.has(r),
          leftOut: readable(r) && leftOut(app.id, r.reviewer),
          normalizedTotal: countedAt.has(r) ? figures.normalized[countedAt.get(r)!]! : null,
        })),
      stats: describe(totals, trim),
      criteria: criterionStats,
      normalizedMean: mean(normalizedTotals),
      facts: facts[i]!,
      flags,
      decision: decisions[app.id] ?? null,
      rank: null,
    };
  });

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
