/**
 * Fact declarations: the typed values a pack reads from an application, with labels, units and
 * the reading hints the PDF reader uses. A pack declares the standard facts it uses (their
 * types are fixed by lib/facts/standard.ts) and may add its own.
 *
 * A call's vocabulary lives here, not in code: the options of a choice (with the wordings that
 * mean each one), the labels a form writes beside a value, the headings of the section that
 * states it, the words naming what is counted, value patterns. The reader (lib/extract) has one
 * generic finder per kind of value and reads a new call from its pack alone.
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

/**
 * The generic finders (lib/extract/readers). Each fact type has a default; a pack names another
 * where the type alone does not say how the value is written:
 * - `text`: a field's value beside, below or after its label; or a pattern.
 * - `number`: a number in a field or a sentence about `items` (quoted requirements skipped).
 * - `count`: how many `items` an application promises or has ("形成6个典型案例", an outcome
 *   table's quantity, "成员单位共5所").
 * - `month` / `date`: a field, or a sentence saying something about `items` started then.
 * - `duration`: years something has gone on ("已持续开展三年").
 * - `choice`: ticked options (a checkbox grid, a marked list, circled numbers, wording in prose;
 *   without a field or section, the wording of sentences whose subject is one of `items`).
 * - `units`: a table or list of units under a section; `people`: a people table by role.
 * - `flags`: which options an outcome section or table names; `list`: titles listed after a label.
 * - `none`: not read from forms (filled in by the reviewer).
 */
export const READERS = [
  'text',
  'number',
  'count',
  'month',
  'date',
  'duration',
  'choice',
  'units',
  'people',
  'flags',
  'list',
  'none',
] as const;
export type Reader = (typeof READERS)[number];

/** The type each standard fact has; a pack declaring one with another type is rejected. */
export const STANDARD_FACT_TYPES: Record<StandardFactId, FactType> = {
  projectName: 'text',
  category: 'text',
  direction: 'text',
  leadUnit: 'text',
  memberUnits: 'units',
  memberUnitCount: 'integer',
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
  /**
   * Wordings that mean this option in a form (regular expressions over normalised text), beside
   * the value and the label's zh text, which always count: "三年级上册" for 三上.
   */
  match?: string[];
}

export interface FactDerivation {
  /** Years elapsed from the month or day fact `from` to the call's deadline (months / 12). */
  kind: 'yearsSince';
  from: string;
}

export interface FactHints {
  /** Labels: a field's label, a table's column, a role's name, a checkbox grid's label. */
  keywords?: string[];
  /**
   * Labels that only suggest the fact (填报日期, the day the form was filled in, for the day it was
   * submitted): read under one of them only when no keyword gives a value, and then proposed as
   * uncertain, for the reviewer to confirm.
   */
  weakKeywords?: string[];
  /**
   * Regular expressions over the flowing text; the value is the group `value`, else the first
   * group, else the match. `{number}` stands for a number in any form (12, 十二, １２) and
   * `{month}` for a year and month (2019年9月, 二〇一九年九月, 2019.9).
   */
  patterns?: string[];
  /** Which generic finder reads it (default: by type). */
  reader?: Reader;
  /** Words of the heading or label cell of the section that states the value (预期成果). */
  sections?: string[];
  /** Words naming what is counted or talked about (典型案例; 实践). */
  items?: string[];
  /** Measure words that may follow the number (个 条 所). */
  units?: string[];
  /** `units`: a text fact whose value is not a member (the lead unit in the member table). */
  exclude?: string;
  /** `choice`: the notice numbers the options ①②③… in this order; forms may cite the numbers. */
  numbered?: boolean;
  /**
   * A text fact the call defines as a field of the one person of a people fact ("所在单位" is the
   * host's unit): read from that person when the form does not state it on its own.
   */
  ofPerson?: { fact: string; field: 'unit' | 'duty' | 'title' | 'subject' | 'phone' };
  /**
   * `text`: a value no label states may be the cover's title (a project's name on a 申报书's
   * cover or a slide's title page).
   */
  fromCover?: boolean;
  /**
   * `text`: a value no label or pattern states may be the addressee of a letter the applicant
   * wrote instead of the form ("甲市教育局：" over its first paragraph), proposed for checking.
   */
  fromAddressee?: boolean;
  /**
   * `units`: how the names of the list's entries end (学校, 中学, 教育局…). When no label gives the
   * list, a run of two or more such names in one column or numbered list may be it, proposed for
   * checking (readers/units-by-shape.ts).
   */
  nameEndings?: string[];
}

export interface FactDef {
  id: string;
  type: FactType;
  label: LocalText;
  unit?: LocalText;
  description?: LocalText;
  options?: FactOption[];
  hints?: FactHints;
  derive?: FactDerivation;
}

export const FactDefSchema: z.ZodType<FactDef> = z.strictObject({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/),
  type: z.enum(FACT_TYPES),
  label: LocalTextSchema,
  unit: LocalTextSchema.optional(),
  description: LocalTextSchema.optional(),
  options: z
    .array(
      z.strictObject({
        value: z.string().min(1),
        label: LocalTextSchema.optional(),
        match: z.array(z.string().min(1)).optional(),
      }),
    )
    .optional(),
  hints: z
    .strictObject({
      keywords: z.array(z.string().min(1)).optional(),
      weakKeywords: z.array(z.string().min(1)).optional(),
      patterns: z.array(z.string().min(1)).optional(),
      reader: z.enum(READERS).optional(),
      sections: z.array(z.string().min(1)).optional(),
      items: z.array(z.string().min(1)).optional(),
      units: z.array(z.string().min(1)).optional(),
      exclude: z.string().optional(),
      numbered: z.boolean().optional(),
      ofPerson: z
        .strictObject({
          fact: z.string(),
          field: z.enum(['unit', 'duty', 'title', 'subject', 'phone']),
        })
        .optional(),
      fromCover: z.boolean().optional(),
      fromAddressee: z.boolean().optional(),
      nameEndings: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  derive: z.strictObject({ kind: z.literal('yearsSince'), from: z.string() }).optional(),
});
