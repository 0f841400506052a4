/**
 * The panel's result as plain data: what the 汇总表, the panel report and the signed result bundle
 * are made from. Built from the panel and the reconcile summary by the caller; nothing here reads
 * the panel. Text is already worded in `language`; the 汇总表 cells are the call's columns in
 * order (see `summaryCells` in summary-table.ts to compute them from a rubric pack).
 */
import { z } from 'zod';
import { ReviewDeskError } from '../errors';
import { LIMITS } from './clip';

export const RESULTS_VERSION = 1;

const text = (max: number) => z.string().max(max);
const id = z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const time = z.number().int().nonnegative();
const score = z.number().finite().nullable();

/** One reviewer's submitted review of one application: the part that reviewer signs. */
export const reviewPartSchema = z.object({
  v: z.literal(1),
  panel: z.string().regex(/^p[0-9a-f]{32}$/),
  application: id,
  member: id,
  /** Criterion id → points (null: not scored). */
  scores: z.record(z.string(), score),
  total: score,
  /** Criterion id → comment; `_overall` holds the review's overall comment. */
  comments: z.record(z.string(), text(LIMITS.opinion)),
  /** Rule id → the reviewer's finding. */
  eligibility: z.record(z.string(), z.enum(['pass', 'fail', 'unknown'])),
  opinion: text(LIMITS.document),
  submittedAt: time,
});
export type ReviewPart = z.infer<typeof reviewPartSchema>;

export const resultsSchema = z.object({
  v: z.literal(RESULTS_VERSION),
  language: z.enum(['zh-CN', 'en']),
  panel: z.object({
    id: z.string().regex(/^p[0-9a-f]{32}$/),
    name: text(LIMITS.line),
    createdAt: time,
    exportedAt: time,
  }),
  call: z.object({
    title: text(LIMITS.title),
    issuer: text(LIMITS.line),
    reference: text(LIMITS.line).optional(),
    rubricId: text(LIMITS.name),
    rubricRevision: z.number().int().nonnegative(),
    rubricSha256: sha256Hex,
  }),
  /** The call's summary table layout: its title and column labels, in order. */
  summary: z.object({
    title: text(LIMITS.title),
    columns: z.array(
      z.object({
        id,
        label: text(LIMITS.name),
        /** Set when the column shows a review result (so it is not added again after the call's). */
        result: z.enum(['eligible', 'total', 'level', 'verdict']).optional(),
      }),
    ),
  }),
  members: z.array(
    z.object({
      id,
      name: text(LIMITS.name),
      role: z.enum(['chair', 'reviewer', 'observer']),
      unit: text(LIMITS.line),
      addedAt: time,
      removedAt: time.nullable(),
    }),
  ),
  criteria: z.array(
    z.object({ id: z.string().max(LIMITS.name), title: text(LIMITS.title), max: z.number() }),
  ),
  totalMax: z.number(),
  applications: z.array(
    z.object({
      id,
      number: text(LIMITS.tag).optional(),
      title: text(LIMITS.title),
      applicant: text(LIMITS.title),
      files: z.array(
        z.object({
          name: text(LIMITS.title),
          sha256: sha256Hex,
          size: z.number().int().nonnegative(),
        }),
      ),
      /** The call's summary columns for this application, in order. */
      summaryCells: z.array(z.union([z.string().max(LIMITS.paragraph), z.number(), z.boolean()])),
      eligibility: z.enum(['pass', 'fail', 'unknown']),
      /** The panel's score (as the reconcile summary defines it) and level. */
      score,
      level: text(LIMITS.tag).nullable(),
      verdict: text(LIMITS.line).nullable(),
      rank: z.number().int().positive().nullable(),
      /** Reviewers' totals, submitted reviews only, in member order. */
      totals: z.array(z.object({ member: id, total: score })),
      stats: z.object({
        n: z.number().int().nonnegative(),
        mean: score,
        min: score,
        max: score,
        /** The divergence measure of the pack (range or stdev) and whether it passed the threshold. */
        spread: score,
        divergent: z.boolean(),
      }),
      /** Findings raised while reconciling (divergence, conflicts, quotas) and how they were settled. */
      flags: z.array(
        z.object({
          kind: text(LIMITS.name),
          detail: text(LIMITS.paragraph),
          resolution: text(LIMITS.paragraph).nullable(),
        }),
      ),
      decision: z
        .object({ verdict: text(LIMITS.line), note: text(LIMITS.comment), decidedAt: time, by: id })
        .nullable(),
    }),
  ),
  /** Every submitted review its reviewer has signed (each signature is in the bundle). */
  reviews: z.array(reviewPartSchema),
  /**
   * Submitted reviews left out of `reviews` because their reviewer's device has not signed them
   * yet (it signs once it holds its certificate): named so the reader knows they exist.
   */
  unsignedReviews: z.array(z.object({ application: id, member: id })).optional(),
});
export type PanelResults = z.infer<typeof resultsSchema>;
export type ApplicationResult = PanelResults['applications'][number];

export function parseResults(value: unknown): PanelResults {
  const parsed = resultsSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReviewDeskError('export/badResults', { field: issue?.path.join('.') || '—' });
  }
  return parsed.data;
}

/**
 * Competition ranking by score (1, 2, 2, 4): equal scores share a rank; no score, no rank.
 * Ineligible applications are ranked after the eligible ones only when `eligibleFirst`.
 */
export function rankByScore(
  apps: { id: string; score: number | null; eligibility?: string }[],
  opts: { eligibleFirst?: boolean } = {},
): Map<string, number> {
  const key = (a: (typeof apps)[number]) =>
    opts.eligibleFirst && a.eligibility === 'fail' ? 1 : 0;
  const scored = apps
    .filter((a) => a.score !== null)
    .sort((a, b) => key(a) - key(b) || (b.score as number) - (a.score as number));
  const ranks = new Map<string, number>();
  scored.forEach((a, i) => {
    const prev = scored[i - 1];
    const same = prev && key(prev) === key(a) && prev.score === a.score;
    ranks.set(a.id, same ? ranks.get(prev.id)! : i + 1);
  });
  return ranks;
}
