/**
 * Eligibility rules: structured conditions over one application's facts, interpreted by
 * conditions.ts. There is no expression language: every test is one of the kinds below, so a
 * pack cannot run code and the editor can show each test as a form.
 */
import { z } from 'zod';
import { isValidDay } from '../dates';
import type { LocalText } from '../messages';
import {
  type Bound,
  BoundSchema,
  LocalIdSchema,
  LocalTextSchema,
  type Severity,
  SeveritySchema,
} from './common';

export type Condition =
  /** A number fact against a bound. */
  | { kind: 'compare'; fact: string; bound: Bound }
  /** Visible characters of a text fact (see text.ts for how they are counted). */
  | { kind: 'length'; fact: string; bound: Bound }
  /**
   * Items of a list fact. `exclude` names a text fact whose value is not counted when it
   * appears in the list (the lead unit in a member-unit table). `fallback` names a number fact
   * counted instead when the list is not stated (a form giving "成员单位共5所" without names).
   */
  | { kind: 'count'; fact: string; bound: Bound; exclude?: string; fallback?: string }
  /**
   * A text or enum fact is one of `options`; for a list fact, every item is. When the call
   * lists only some of the values (`complete: false`, e.g. "…等10个类别"), a value not listed is
   * unknown, not a failure: a person must check it.
   */
  | { kind: 'oneOf'; fact: string; options: string[]; complete?: boolean }
  /** A day or month fact against a day, or against the call's deadline. */
  | {
      kind: 'date';
      fact: string;
      op: 'before' | 'onOrBefore' | 'after' | 'onOrAfter';
      than: 'deadline' | string;
    }
  /** The fact is stated (a non-empty text or list, any number, date or boolean). */
  | { kind: 'exists'; fact: string }
  /** A boolean fact, or one key of a flags fact, has the expected value (default true). */
  | { kind: 'flag'; fact: string; key?: string; expected?: boolean }
  | { kind: 'allOf'; of: Condition[] }
  | { kind: 'anyOf'; of: Condition[] }
  | { kind: 'not'; of: Condition };

export const CONDITION_KINDS = [
  'compare',
  'length',
  'count',
  'oneOf',
  'date',
  'exists',
  'flag',
  'allOf',
  'anyOf',
  'not',
] as const;

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('compare'), fact: z.string(), bound: BoundSchema }),
    z.strictObject({ kind: z.literal('length'), fact: z.string(), bound: BoundSchema }),
    z.strictObject({
      kind: z.literal('count'),
      fact: z.string(),
      bound: BoundSchema,
      exclude: z.string().optional(),
      fallback: z.string().optional(),
    }),
    z.strictObject({
      kind: z.literal('oneOf'),
      fact: z.string(),
      options: z.array(z.string().min(1)),
      complete: z.boolean().optional(),
    }),
    z.strictObject({
      kind: z.literal('date'),
      fact: z.string(),
      op: z.enum(['before', 'onOrBefore', 'after', 'onOrAfter']),
      than: z.string().refine((s) => s === 'deadline' || isValidDay(s), {
        message: '"deadline" | YYYY-MM-DD',
      }),
    }),
    z.strictObject({ kind: z.literal('exists'), fact: z.string() }),
    z.strictObject({
      kind: z.literal('flag'),
      fact: z.string(),
      key: z.string().optional(),
      expected: z.boolean().optional(),
    }),
    z.strictObject({ kind: z.literal('allOf'), of: z.array(ConditionSchema).min(1) }),
    z.strictObject({ kind: z.literal('anyOf'), of: z.array(ConditionSchema).min(1) }),
    z.strictObject({ kind: z.literal('not'), of: ConditionSchema }),
  ]),
);

export interface Rule {
  id: string;
  severity: Severity;
  /** The id of the clause in `call.clauses` that this rule enforces. */
  clause: string;
  title: LocalText;
  /** Why the rule is as it is (e.g. why a warning and not a gate). */
  note?: LocalText;
  test: Condition;
}

export const RuleSchema: z.ZodType<Rule> = z.strictObject({
  id: LocalIdSchema,
  severity: SeveritySchema,
  clause: z.string(),
  title: LocalTextSchema,
  note: LocalTextSchema.optional(),
  test: ConditionSchema,
});
