/**
 * The standard facts read from an application, shared by the rubric engine, extraction, the CLI
 * and exports. Names and shapes are a contract: rubric packs refer to these ids, and
 * `review-desk extract --json` prints them. A pack may add facts of its own beside these.
 */
import { z } from 'zod';

export const PersonSchema = z.object({
  name: z.string().min(1),
  subject: z.string().optional(),
  duty: z.string().optional(),
  title: z.string().optional(),
  unit: z.string().optional(),
  phone: z.string().optional(),
});
export type Person = z.infer<typeof PersonSchema>;

export const MemberUnitSchema = z.object({
  name: z.string().min(1),
  region: z.string().optional(),
  type: z.string().optional(),
});
export type MemberUnit = z.infer<typeof MemberUnitSchema>;

/** `YYYY-MM`, month 01–12. */
export const YearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

const people = z.array(PersonSchema);
const names = z.array(z.string().min(1));

export const standardFactSchemas = {
  projectName: z.string().min(1),
  category: z.string().min(1),
  direction: z.string().min(1),
  leadUnit: z.string().min(1),
  memberUnits: z.array(MemberUnitSchema),
  /** Member units stated as a number only ("主要成员单位共5所"), not counting the lead unit. */
  memberUnitCount: z.number().int().nonnegative(),
  practiceStart: YearMonthSchema,
  practiceYears: z.number().nonnegative(),
  typicalCases: z.number().int().nonnegative(),
  existingCases: z.array(z.string()),
  expectedOutcomes: z.object({ researchReport: z.boolean(), guide: z.boolean() }),
  recommendingBody: z.string().min(1),
  host: people,
  counselors: people,
  advisors: people,
  coreMembers: people,
  resourceReviewers: people,
  // Choices: their options are the call's vocabulary, declared in the pack (never here).
  hostQualifications: names,
  stages: names,
  gradeVolumes: names,
  researchCategory: z.string().min(1),
  annualResourceTarget: z.number().int().nonnegative(),
} as const;

export type StandardFactId = keyof typeof standardFactSchemas;
export type StandardFacts = {
  [K in StandardFactId]: z.infer<(typeof standardFactSchemas)[K]>;
};
export const STANDARD_FACT_IDS = Object.keys(standardFactSchemas) as StandardFactId[];

/** Fact values of one application: the standard ones typed, a pack's own ones unknown. */
export type FactValues = Partial<StandardFacts> & Record<string, unknown>;

/** Where a value was read: page counted from 1, the quoted text as it stands in the file. */
export const EvidenceSchema = z.object({
  page: z.number().int().positive(),
  quote: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Which structure of the page a value was read from (`review-desk extract --explain`). */
export const FACT_SOURCES = ['table', 'grid', 'keyValue', 'sentence', 'list', 'section'] as const;
export type FactSource = (typeof FACT_SOURCES)[number];

export interface ExtractedFact<T = unknown> {
  value: T;
  evidence: Evidence[];
  /**
   * How sure the reader is, 0–1. Below UNCERTAIN the value is proposed as uncertain: the
   * reviewer is told to check it (two readings disagreed, a fallback, a partly read table).
   */
  confidence?: number;
  /** The structure it came from. */
  source?: FactSource;
  /**
   * Why a structural check doubts the value (lib/extract/certainty): stable codes, shown to the
   * reviewer as `extract:doubt.<code>`. Absent when no check doubts it.
   */
  doubts?: string[];
}

/** Proposals with a lower confidence are shown (and counted) as uncertain. */
export const UNCERTAIN = 0.6;
