/**
 * The data of one 专家评审意见 (review opinion) as the PDF shows it: plain, already-worded text and
 * numbers, no panel and no rubric engine. Whoever builds it (from the panel and the reconcile
 * summary) words findings and levels in the opinion's language; the renderer only lays it out.
 * A reviewer's own opinion has `kind: 'reviewer'`; the panel's, signed by the chair, `'panel'`.
 */
import { z } from 'zod';
import { ReviewDeskError } from '../errors';

export const OPINION_VERSION = 1;

const text = (max: number) => z.string().max(max);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const outcome = z.enum(['pass', 'fail', 'unknown']);

export const opinionSchema = z.object({
  v: z.literal(OPINION_VERSION),
  language: z.enum(['zh-CN', 'en']),
  kind: z.enum(['reviewer', 'panel']),
  call: z.object({
    title: text(300),
    issuer: text(200),
    reference: text(200).optional(),
    rubricId: text(100),
    rubricRevision: z.number().int().nonnegative(),
    /** SHA-256 of the rubric pack as the panel froze it. */
    rubricSha256: sha256Hex.optional(),
  }),
  panel: z.object({ id: z.string().regex(/^p[0-9a-f]{32}$/), name: text(200) }),
  application: z.object({
    id: text(100),
    /** The number the panel shows (序号 or 编号), if any. */
    number: text(50).optional(),
    title: text(300),
    applicant: text(300),
    recommendingBody: text(300).optional(),
    lead: text(100).optional(),
    files: z.array(z.object({ name: text(300), sha256: sha256Hex })).max(200),
  }),
  eligibility: z.object({
    outcome,
    findings: z
      .array(
        z.object({
          rule: text(300),
          outcome,
          /** Why, worded: "主要成员单位 3 个，少于 4 个". */
          detail: text(2000),
          clause: z.object({ number: text(50), text: text(2000) }).nullable(),
        }),
      )
      .max(200),
  }),
  scores: z.object({
    sections: z
      .array(
        z.object({
          title: text(200),
          criteria: z.array(
            z.object({
              id: text(100),
              title: text(300),
              max: z.number().nonnegative(),
              score: z.number().nullable(),
              level: text(50).nullable().optional(),
              comment: text(4000).optional(),
            }),
          ),
        }),
      )
      .max(50),
    total: z.number().nullable(),
    max: z.number().nonnegative(),
    level: text(50).nullable(),
    /** The panel opinion: each reviewer's total (in the panel's order). */
    reviewers: z.array(z.object({ name: text(100), total: z.number().nullable() })).optional(),
  }),
  comments: z.array(z.object({ author: text(100).optional(), text: text(4000) })).max(200),
  /** The opinion itself (the call's template filled in, as edited by the author). */
  opinion: text(20_000),
  verdict: text(200),
  signer: z.object({
    memberId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    name: text(100),
    role: z.enum(['chair', 'reviewer']),
    unit: text(200),
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
