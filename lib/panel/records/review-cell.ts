/**
 * A reviewer's review of one application is a set of cells, one register each
 * (`r/<app>/<reviewer>/<field>`), so concurrent edits of different cells never touch each other.
 * This file holds every cell field and the schema of its value. Values are sealed while the
 * review is a draft (SPEC S1); the schema applies to the plaintext.
 */
import { z } from 'zod';
import type { AnnotationId, CriterionId, FactId, RuleId } from '../../ids';
import { localIdSchema } from './common';

export const REVIEW_CELL_VERSION = 1;

const evidenceRefSchema = z.object({
  page: z.number().int().nonnegative(),
  quote: z.string().max(2000),
  fileHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  annotationId: localIdSchema.optional(),
});

export const factConfirmationSchema = z
  .object({
    state: z.enum(['accepted', 'corrected', 'unknown']),
    value: z.unknown().optional(),
    evidence: z.array(evidenceRefSchema).max(50).optional(),
  })
  .refine((f) => JSON.stringify(f.value ?? null).length <= 20_000, 'fact value too large');
export type FactConfirmation = z.infer<typeof factConfirmationSchema>;

/** A reviewer's override of an eligibility rule's verdict, with the reason. */
export const verdictOverrideSchema = z.object({
  verdict: z.enum(['pass', 'fail', 'unknown']).nullable(),
  note: z.string().max(5000),
});
export type VerdictOverride = z.infer<typeof verdictOverrideSchema>;

export const scoreSchema = z.number().finite().min(-1000).max(1000);
export const commentSchema = z.string().max(20_000);
export const opinionSchema = z.string().max(50_000);

/** What a link from a criterion or a fact to an annotation points from. */
export type EvidenceTarget = `criterion:${string}` | `fact:${string}`;
/** A criterion or fact id a link points from, as written in its key. */
export const EVIDENCE_TARGET = /^(criterion|fact):[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export type CellField =
  | { type: 'score'; criterion: CriterionId }
  | { type: 'comment'; criterion: CriterionId | null }
  | { type: 'fact'; fact: FactId }
  | { type: 'verdict'; rule: RuleId }
  | { type: 'evidence'; target: EvidenceTarget; annotation: AnnotationId }
  | { type: 'opinion' };

/** The schema of a cell's plaintext value; `null` always means "cleared". */
export function cellValueSchema(field: CellField): z.ZodType {
  switch (field.type) {
    case 'score':
      return scoreSchema;
    case 'comment':
      return commentSchema;
    case 'fact':
      return factConfirmationSchema;
    case 'verdict':
      return verdictOverrideSchema;
    case 'evidence':
      return z.literal(true);
    case 'opinion':
      return opinionSchema;
  }
}
