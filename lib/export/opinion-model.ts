/**
 * The data of one 专家评审意见 (review opinion) as the PDF shows it: plain, already-worded text and
 * numbers, no panel and no rubric engine. Whoever builds it (from the panel and the reconcile
 * summary) words findings and levels in the opinion's language; the renderer only lays it out.
 * A reviewer's own opinion has `kind: 'reviewer'`; the panel's, signed by the chair, `'panel'`.
 */
import { z } from 'zod';
import { ReviewDeskError } from '../errors';
import { LIMITS } from './clip';

export const OPINION_VERSION = 1;

const text = (max: number) => z.string().max(max);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const outcome = z.enum(['pass', 'fail', 'unknown']);

export const opinionSchema = z.object({
  v: z.literal(OPINION_VERSION),
  language: z.enum(['zh-CN', 'en']),
  kind: z.enum(['reviewer', 'panel']),
  call: z.object({
    title: text(LIMITS.title),
    issuer: text(LIMITS.line),
    reference: text(LIMITS.line).optional(),
    rubricId: text(LIMITS.name),
    rubricRevision: z.number().int().nonnegative(),
    /** SHA-256 of the rubric pack as the panel froze it. */
    rubricSha256: sha256Hex.optional(),
  }),
  panel: z.object({ id: z.string().regex(/^p[0-9a-f]{32}$/), name: text(LIMITS.line) }),
  application: z.object({
    id: text(LIMITS.name),
    /** The number the panel shows (序号 or 编号), if any. */
    number: text(LIMITS.tag).optional(),
    title: text(LIMITS.title),
    applicant: text(LIMITS.title),
    recommendingBody: text(LIMITS.title).optional(),
    lead: text(LIMITS.name).optional(),
    files: z.array(z.object({ name: text(LIMITS.title), sha256: sha256Hex })).max(200),
  }),
  eligibility: z.object({
    outcome,
    findings: z
      .array(
        z.object({
          rule: text(LIMITS.title),
          outcome,
          /** Why, worded: "主要成员单位 3 个，少于 4 个". */
          detail: text(LIMITS.paragraph),
          clause: z.object({ number: text(LIMITS.tag), text: text(LIMITS.paragraph) }).nullable(),
        }),
      )
      .max(200),
  }),
  scores: z.object({
    sections: z
      .array(
        z.object({
          title: text(LIMITS.line),
          criteria: z.array(
            z.object({
              id: text(LIMITS.name),
              title: text(LIMITS.title),
              max: z.number().nonnegative(),
              score: z.number().nullable(),
              level: text(LIMITS.tag).nullable().optional(),
              comment: text(LIMITS.comment).optional(),
            }),
          ),
        }),
      )
      .max(50),
    total: z.number().nullable(),
    max: z.number().nonnegative(),
    level: text(LIMITS.tag).nullable(),
    /** The panel opinion: each reviewer's total (in the panel's order). */
    reviewers: z
      .array(z.object({ name: text(LIMITS.name), total: z.number().nullable() }))
      .optional(),
  }),
  comments: z
    .array(z.object({ author: text(LIMITS.name).optional(), text: text(LIMITS.comment) }))
    .max(200),
  /** The opinion itself (the call's template filled in, as edited by the author). */
  opinion: text(LIMITS.opinion),
  verdict: text(LIMITS.line),
  signer: z.object({
    memberId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    name: text(LIMITS.name),
    role: z.enum(['chair', 'reviewer']),
    unit: text(LIMITS.line),
    /** The date printed in the signature block, YYYY-MM-DD. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
});
export type Opinion = z.infer<typeof opinionSchema>;

/** Validate at the boundary: a bad model is `sign/badOpinion` naming the first bad field. */
export function parseOpinion(value: unknown): Opinion {
  const parsed = opinionSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReviewDeskError('sign/badOpinion', { field: issue?.path.join('.') || '—' });
  }
  return parsed.data;
}
