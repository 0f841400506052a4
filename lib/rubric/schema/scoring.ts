/**
 * Scored criteria: sections of criteria with maximum points (or weights), a scale of levels
 * (优秀/良好/合格/不合格) with point bands per criterion, a comment required below a threshold,
 * how the total is computed, and the divergence threshold the chair's desk uses.
 */
import { z } from 'zod';
import type { LocalText } from '../messages';
import { LocalIdSchema, LocalTextSchema } from './common';

export interface ScaleLevel {
  id: string;
  label: LocalText;
  descriptor?: LocalText;
}

/** Points from `min` to `max`, both included, that earn `level`. */
export interface Band {
  level: string;
  min: number;
  max: number;
  descriptor?: LocalText;
}

export interface Criterion {
  id: string;
  title: LocalText;
  guidance?: LocalText;
  /** Clause of the call the criterion reads (optional: the calls give few scoring rules). */
  clause?: string;
  max: number;
  /** Scores are multiples of `step` (1 for whole points, 0.5 for half points). */
  step: number;
  /** Weight in a weighted total; the weights add up to `total.max`. */
  weight?: number;
  bands: Band[];
  /** A score strictly below this needs a comment. */
  commentBelow?: number;
  /** Overrides `divergence.threshold` for this criterion. */
  divergenceThreshold?: number;
}

export interface Section {
  id: string;
  title: LocalText;
  criteria: Criterion[];
}

export interface Scoring {
  levels: ScaleLevel[];
  sections: Section[];
  total: {
    /** `sum`: the points added up; `weighted`: Σ score / max × weight. */
    method: 'sum' | 'weighted';
    max: number;
    bands?: Band[];
  };
  divergence: {
    /** `range`: highest − lowest; `stdev`: population standard deviation. */
    measure: 'range' | 'stdev';
    /** Reviewers' totals diverge when the measure is above this. */
    threshold: number;
  };
}

const BandSchema: z.ZodType<Band> = z.strictObject({
  level: z.string(),
  min: z.number(),
  max: z.number(),
  descriptor: LocalTextSchema.optional(),
});

const positive = z.number().positive();

export const ScoringSchema: z.ZodType<Scoring> = z.strictObject({
  levels: z.array(
    z.strictObject({
      id: LocalIdSchema,
      label: LocalTextSchema,
      descriptor: LocalTextSchema.optional(),
    }),
  ),
  sections: z.array(
    z.strictObject({
      id: LocalIdSchema,
      title: LocalTextSchema,
      criteria: z.array(
        z.strictObject({
          id: LocalIdSchema,
          title: LocalTextSchema,
          guidance: LocalTextSchema.optional(),
          clause: z.string().optional(),
          max: positive,
          step: positive,
          weight: positive.optional(),
          bands: z.array(BandSchema),
          commentBelow: z.number().optional(),
          divergenceThreshold: z.number().nonnegative().optional(),
        }),
      ),
    }),
  ),
  total: z.strictObject({
    method: z.enum(['sum', 'weighted']),
    max: positive,
    bands: z.array(BandSchema).optional(),
  }),
  divergence: z.strictObject({
    measure: z.enum(['range', 'stdev']),
    threshold: z.number().nonnegative(),
  }),
});
