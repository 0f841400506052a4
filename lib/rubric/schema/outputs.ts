/**
 * What a panel produces from a pack: the 专家评审意见 (a template with placeholders) and the
 * summary table (汇总表: the call's columns in order, each mapped to a fact or a result).
 */
import { z } from 'zod';
import type { LocalText } from '../messages';
import { LocalIdSchema, LocalTextSchema } from './common';

/**
 * `{{verdict}}`, `{{total}}`, `{{level}}`, `{{scores}}`, `{{comments}}`, `{{eligibility}}`,
 * `{{date}}`, `{{chair}}`, `{{reviewers}}`, and `{{fact.<id>}}` for any declared fact.
 */
export const OPINION_PLACEHOLDERS = [
  'verdict',
  'total',
  'level',
  'scores',
  'comments',
  'eligibility',
  'date',
  'chair',
  'reviewers',
] as const;

export interface OpinionTemplate {
  template: LocalText;
}

export const OpinionSchema: z.ZodType<OpinionTemplate> = z.strictObject({
  template: LocalTextSchema,
});

export const PERSON_FIELDS = ['name', 'subject', 'duty', 'title', 'unit', 'phone'] as const;
export const UNIT_FIELDS = ['name', 'region', 'type'] as const;
export const SUMMARY_RESULTS = ['eligible', 'total', 'level', 'verdict'] as const;

export type ColumnSource =
  /** 序号: the row number, from 1. */
  | { kind: 'index' }
  /**
   * A fact's value; for a list of people or units, `field` of the first item (`pick: 'first'`,
   * the default) or of all items joined (`pick: 'all'`). Option codes show their labels.
   */
  | {
      kind: 'fact';
      fact: string;
      field?: (typeof PERSON_FIELDS)[number] | (typeof UNIT_FIELDS)[number];
      pick?: 'first' | 'all';
    }
  /** The number of items of a list fact (核心成员人数). */
  | { kind: 'count'; fact: string }
  /** A result of the review: eligibility, total, level or the panel's verdict. */
  | { kind: 'result'; result: (typeof SUMMARY_RESULTS)[number] }
  /** A column the panel fills by hand. */
  | { kind: 'blank' };

export interface SummaryColumn {
  id: string;
  label: LocalText;
  source: ColumnSource;
}

export interface SummaryTable {
  title: LocalText;
  columns: SummaryColumn[];
}

export const SummarySchema: z.ZodType<SummaryTable> = z.strictObject({
  title: LocalTextSchema,
  columns: z.array(
    z.strictObject({
      id: LocalIdSchema,
      label: LocalTextSchema,
      source: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('index') }),
        z.strictObject({
          kind: z.literal('fact'),
          fact: z.string(),
          field: z.enum([...PERSON_FIELDS, 'region', 'type']).optional(),
          pick: z.enum(['first', 'all']).optional(),
        }),
        z.strictObject({ kind: z.literal('count'), fact: z.string() }),
        z.strictObject({ kind: z.literal('result'), result: z.enum(SUMMARY_RESULTS) }),
        z.strictObject({ kind: z.literal('blank') }),
      ]),
    }),
  ),
});
