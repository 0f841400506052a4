/**
 * Fact declarations: the typed values a pack reads from an application, with labels, units and
 * the extraction hints the PDF reader uses. A pack declares the standard facts it uses (their
 * types are fixed by lib/facts/standard.ts) and may add its own.
 */
import { z } from 'zod';
import type { StandardFactId } from '../../facts/standard';
import type { LocalText } from '../messages';
import { LocalTextSchema } from './common';

export const FACT_TYPES = [
  'text',
  'integer',
  'number',
  'date', // YYYY-MM-DD
  'month', // YYYY-MM
  'enum', // one of `options`
  'boolean',
  'names', // list of strings (of `options` when given)
  'units', // list of {name, region?, type?}
  'people', // list of {name, subject?, duty?, title?, unit?, phone?}
  'flags', // object of booleans, one per option (e.g. expectedOutcomes)
] as const;
export type FactType = (typeof FACT_TYPES)[number];

export const LIST_TYPES: readonly FactType[] = ['names', 'units', 'people'];
export const NUMBER_TYPES: readonly FactType[] = ['integer', 'number'];

/** The type each standard fact has; a pack declaring one with another type is rejected. */
export const STANDARD_FACT_TYPES: Record<StandardFactId, FactType> = {
  projectName: 'text',
  category: 'text',
  direction: 'text',
  leadUnit: 'text',
  memberUnits: 'units',
  practiceStart: 'month',
  practiceYears: 'number',
  typicalCases: 'integer',
  existingCases: 'names',
  expectedOutcomes: 'flags',
  recommendingBody: 'text',
  host: 'people',
  counselors: 'people',
  advisors: 'people',
  coreMembers: 'people',
  resourceReviewers: 'people',
  hostQualifications: 'names',
  stages: 'names',
  gradeVolumes: 'names',
  researchCategory: 'enum',
  annualResourceTarget: 'integer',
};

export interface FactOption {
  value: string;
  label?: LocalText;
}

export interface FactDerivation {
  /** Years elapsed from the month or day fact `from` to the call's deadline (months / 12). */
  kind: 'yearsSince';
  from: string;
}

export interface FactDef {
  id: string;
  type: FactType;
  label: LocalText;
  unit?: LocalText;
  description?: LocalText;
  options?: FactOption[];
  hints?: { keywords?: string[]; patterns?: string[] };
  derive?: FactDerivation;
}

export const FactDefSchema: z.ZodType<FactDef> = z.strictObject({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/),
  type: z.enum(FACT_TYPES),
  label: LocalTextSchema,
  unit: LocalTextSchema.optional(),
  description: LocalTextSchema.optional(),
  options: z
    .array(z.strictObject({ value: z.string().min(1), label: LocalTextSchema.optional() }))
    .optional(),
  hints: z
    .strictObject({
      keywords: z.array(z.string().min(1)).optional(),
      patterns: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  derive: z.strictObject({ kind: z.literal('yearsSince'), from: z.string() }).optional(),
});
