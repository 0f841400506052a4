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

const evidenceRefSchema = z
  .object({
    page: z.number().int().nonnegative(),
    quote: z.string().max(2000),
    fileHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    annotationId: localIdSchema.optional(),
  })
  .strict();

export const factConfirmationSchema = z
  .object({
    state: z.enum(['accepted', 'corrected', 'unknown']),
    value: z.unknown().optional(),
    evidence: z.array(evidenceRefSchema).max(50).optional(),
  })
  .strict()
  .refine((f) => JSON.stringify(f.value ?? null).length <= 20_000, 'fact value too large');
export type FactConfirmation = z.infer<typeof factConfirmationSchema>;

/** A reviewer's override of an eligibility rule's verdict, with the reason. */
export const verdictOverrideSchema = z
  .object({
    verdict: z.enum(['pass', 'fail', 'unknown']).nullable(),
    note: z.string().max(5000),
  })
  .strict();
export type VerdictOverride = z.infer<typeof verdictOverrideSchema>;

export const scoreSchema = z.number().finite().min(-1000).max(1000);
export const commentSchema = z.string().max(20_000);
export const opinionSchema = z.string().max(50_000);

/** What a link from a criterion or a fact to an annotation points from. */
export type EvidenceTarget = `criterion:${string}` | `fact:${string}`;
/** A criterion or fact id a link points from. */
export const EVIDENCE_TARGET = /^(criterion|fact):[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/**
 * An evidence link (SPEC S7): which annotation supports which criterion or fact. The register's
 * key names only an opaque tag (a keyed hash of the pair), so a sealed draft does not reveal its
 * links through its keys; the pair itself is in the (sealed) value.
 */
export const evidenceLinkSchema = z
  .object({
    target: z.string().regex(EVIDENCE_TARGET),
    annotation: localIdSchema,
    linked: z.boolean(),
  })
  .strict();
export type EvidenceLink = { target: EvidenceTarget; annotation: AnnotationId; linked: boolean };
/** The tag in an evidence link's key: 128 bits, base64url. */
export const EVIDENCE_TAG = /^[A-Za-z0-9_-]{22}$/;

export type CellField =
  | { type: 'score'; criterion: CriterionId }
  | { type: 'comment'; criterion: CriterionId | null }
  | { type: 'fact'; fact: FactId }
  | { type: 'verdict'; rule: RuleId }
  | { type: 'evidence'; tag: string }
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
      return evidenceLinkSchema;
    case 'opinion':
      return opinionSchema;
  }
}
