/**
 * Cross-application rules, evaluated over a whole panel: quotas per recommending body,
 * uniqueness of people across applications, and conflicts of interest with the reviewers.
 * Their findings name every application involved and never change one application's
 * eligibility: which application gives way is a decision for people.
 */
import { z } from 'zod';
import type { LocalText } from '../messages';
import { LocalIdSchema, LocalTextSchema, type Severity, SeveritySchema } from './common';

/**
 * Tells whether a body's name (as written, compared after NFKC and without whitespace) belongs
 * to a class. Every field given must match; within a field, any of its strings may.
 */
export interface NameMatcher {
  equals?: string[];
  startsWith?: string[];
  endsWith?: string[];
  contains?: string[];
}

export interface QuotaClass {
  id: string;
  label: LocalText;
  /** The first class with a matching matcher wins, so order more specific classes first. */
  match: NameMatcher[];
  /** Applications each body of this class may recommend (不超过: the limit itself is allowed). */
  limit: number;
  /** Overrides the rule's severity (e.g. "原则上限报1项" is a warning). */
  severity?: Severity;
}

interface PanelRuleBase {
  id: string;
  severity: Severity;
  clause: string;
  title: LocalText;
  note?: LocalText;
}

export type PanelRule = PanelRuleBase &
  (
    | { kind: 'quota'; fact: string; classes: QuotaClass[] }
    /**
     * A person named in `facts` of two applications is the same person when the names are equal
     * AND any one of `sameWhen` (unit, phone) is equal; namesakes elsewhere are not duplicates.
     */
    | { kind: 'uniquePeople'; facts: string[]; sameWhen: ('unit' | 'phone')[] }
    /** A reviewer's unit equals a unit named in `facts` (lead unit, member units, people's units). */
    | { kind: 'conflictOfInterest'; facts: string[] }
  );

const MatcherSchema: z.ZodType<NameMatcher> = z
  .strictObject({
    equals: z.array(z.string().min(1)).min(1).optional(),
    startsWith: z.array(z.string().min(1)).min(1).optional(),
    endsWith: z.array(z.string().min(1)).min(1).optional(),
    contains: z.array(z.string().min(1)).min(1).optional(),
  })
  .refine((m) => Object.keys(m).length > 0, { message: 'emptyMatcher' });

const base = {
  id: LocalIdSchema,
  severity: SeveritySchema,
  clause: z.string(),
  title: LocalTextSchema,
  note: LocalTextSchema.optional(),
};

export const PanelRuleSchema: z.ZodType<PanelRule> = z.discriminatedUnion('kind', [
  z.strictObject({
    ...base,
    kind: z.literal('quota'),
    fact: z.string(),
    classes: z
      .array(
        z.strictObject({
          id: LocalIdSchema,
          label: LocalTextSchema,
          match: z.array(MatcherSchema).min(1),
          limit: z.number().int().nonnegative(),
          severity: SeveritySchema.optional(),
        }),
      )
      .min(1),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('uniquePeople'),
    facts: z.array(z.string()).min(1),
    sameWhen: z.array(z.enum(['unit', 'phone'])).min(1),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('conflictOfInterest'),
    facts: z.array(z.string()).min(1),
  }),
]);
