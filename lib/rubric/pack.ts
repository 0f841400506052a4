/**
 * The rubric pack record: a call's rules as data. Schema, type, format version and a factory
 * side by side; migrations.ts brings older formats up to this one, validate.ts checks what the
 * schema alone cannot (references, duplicates, impossible ranges).
 */
import { z } from 'zod';
import type { LocalText } from './messages';
import { DaySchema, LocalIdSchema, LocalTextSchema } from './schema/common';
import { type FactDef, FactDefSchema } from './schema/facts';
import {
  OpinionSchema,
  type OpinionTemplate,
  SummarySchema,
  type SummaryTable,
} from './schema/outputs';
import { type PanelRule, PanelRuleSchema } from './schema/panel-rules';
import { type Rule, RuleSchema } from './schema/rules';
import { type Scoring, ScoringSchema } from './schema/scoring';

/** The format this code writes. Older formats load through migrations.ts. */
export const PACK_FORMAT_VERSION = 3;

export interface Clause {
  id: string;
  /** Where it stands in the notice, as the notice numbers it (三（一）1, 附件2). */
  number: string;
  /** The clause quoted verbatim from the notice. */
  text: string;
}

export interface Call {
  title: string;
  issuer: string;
  /** 文号 or other reference, when the notice has one. */
  reference?: string;
  noticeDate: string;
  deadline: string;
  clauses: Clause[];
}

export interface RubricPack {
  formatVersion: typeof PACK_FORMAT_VERSION;
  id: string;
  /** The pack's own revision, raised by the editor on every saved change. */
  revision: number;
  title: LocalText;
  description?: LocalText;
  call: Call;
  facts: FactDef[];
  rules: Rule[];
  panelRules: PanelRule[];
  scoring: Scoring;
  opinion: OpinionTemplate;
  summary: SummaryTable;
}

export const RubricPackSchema: z.ZodType<RubricPack> = z.strictObject({
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/),
  revision: z.number().int().positive(),
  title: LocalTextSchema,
  description: LocalTextSchema.optional(),
  call: z.strictObject({
    title: z.string().min(1),
    issuer: z.string().min(1),
    reference: z.string().optional(),
    noticeDate: DaySchema,
    deadline: DaySchema,
    clauses: z.array(
      z.strictObject({ id: LocalIdSchema, number: z.string().min(1), text: z.string().min(1) }),
    ),
  }),
  facts: z.array(FactDefSchema),
  rules: z.array(RuleSchema),
  panelRules: z.array(PanelRuleSchema),
  scoring: ScoringSchema,
  opinion: OpinionSchema,
  summary: SummarySchema,
});

/** A blank pack for the editor's "start blank": valid, with nothing in it yet. */
export function createBlankPack(id: string, title: LocalText, deadline: string): RubricPack {
  return {
    formatVersion: PACK_FORMAT_VERSION,
    id,
    revision: 1,
    title,
    call: { title: title.zh, issuer: '—', noticeDate: deadline, deadline, clauses: [] },
    facts: [],
    rules: [],
    panelRules: [],
    scoring: {
      levels: [],
      sections: [],
      total: { method: 'sum', max: 100 },
      divergence: { measure: 'range', threshold: 15 },
    },
    opinion: { template: { zh: '{{verdict}}', en: '{{verdict}}' } },
    summary: { title, columns: [] },
  };
}
