/**
 * The panel's result as plain data: what the 汇总表, the panel report and the signed result bundle
 * are made from. Built from the panel and the reconcile summary by the caller; nothing here reads
 * the panel. Text is already worded in `language`; the 汇总表 cells are the call's columns in
 * order (see `summaryCells` in summary-table.ts to compute them from a rubric pack).
 */
import { z } from 'zod';
import { ReviewDeskError } from '../errors';

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
  /** Criterion id → comment. */
  comments: z.record(z.string(), text(4000)),
  /** Rule id → the reviewer's finding. */
  eligibility: z.record(z.string(), z.enum(['pass', 'fail', 'unknown'])),
  opinion: text(20_000),
  submittedAt: time,
});
export type ReviewPart = z.infer<typeof reviewPartSchema>;

export const resultsSchema = z.object({
  v: z.literal(RESULTS_VERSION),
  language: z.enum(['zh-CN', 'en']),
  panel: z.object({
    id: z.string().regex(/^p[0-9a-f]{32}$/),
    name: text(200),
    createdAt: time,
    exportedAt: time,
  }),
  call: z.object({
    title: text(300),
    issuer: text(200),
    reference: text(200).optional(),
    rubricId: text(100),
    rubricRevision: z.number().int().nonnegative(),
    rubricSha256: sha256Hex,
  }),
  /** The call's summary table layout: its title and column labels, in order. */
  summary: z.object({
    title: text(300),
    columns: z.array(
      z.object({
        id,
        label: text(100),
        /** Set when the column shows a review result (so it is not added again after the call's). */
        result: z.enum(['eligible', 'total', 'level', 'verdict']).optional(),
      }),
    ),
  }),
  members: z.array(
    z.object({
      id,
      name: text(100),
      role: z.enum(['chair', 'reviewer', 'observer']),
      unit: text(200),
      addedAt: time,
      removedAt: time.nullable(),
    }),
  ),
  criteria: z.array(z.object({ id: z.string().max(100), title: text(300), max: z.number() })),
  totalMax: z.number(),
  applications: z.array(
    z.object({
      id,
      number: text(50).optional(),
      title: text(300),
      applicant: text(300),
      files: z.array(
        z.object({ name: text(300), sha256: sha256Hex, size: z.number().int().nonnegative() }),
      ),
      /** The call's summary columns for this application, in order. */
      summaryCells: z.array(z.union([z.string().max(2000), z.number(), z.boolean()])),
      eligibility: z.enum(['pass', 'fail', 'unknown']),
      /** The panel's score (as the reconcile summary defines it) and level. */
      score,
      level: text(50).nullable(),
      verdict: text(200).nullable(),
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
        z.object({ kind: text(100), detail: text(2000), resolution: text(2000).nullable() }),
      ),
      decision: z
        .object({ verdict: text(200), note: text(4000), decidedAt: time, by: id })
        .nullable(),
    }),
  ),
  /** Every submitted review (each reviewer signs their own in the bundle). */
  reviews: z.array(reviewPartSchema),
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
