/**
 * The chair's decision on an application (`d/<app>`, chair-only): the verdict (one of the pack's
 * verdicts, by default recommend / do not recommend / pending), rank, note, and — from the chair's
 * desk — the consensus score per criterion with a reason where it leaves the reviewers' range, and
 * the panel's opinion text.
 */
import { z } from 'zod';
import type { MemberId } from '../../ids';
import { localIdSchema, timeSchema } from './common';

/** The default verdicts when a pack names none of its own. */
export const DECISIONS = ['recommend', 'notRecommend', 'pending'] as const;

const ID = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/);

export const decisionSchema = z
  .object({
    decision: ID,
    rank: z.number().int().positive().nullable(),
    note: z.string().max(20_000),
    by: localIdSchema,
    at: timeSchema,
    /** Consensus score per criterion. */
    scores: z
      .record(ID, z.number().finite().min(-1000).max(1000))
      .refine((r) => Object.keys(r).length <= 200, 'too many criteria')
      .optional(),
    /** Why a consensus score lies outside the reviewers' range, per criterion. */
    reasons: z
      .record(ID, z.string().min(1).max(5000))
      .refine((r) => Object.keys(r).length <= 200, 'too many criteria')
      .optional(),
    /** The panel's opinion text (from the pack's template, every field filled). */
    opinion: z.string().max(50_000).optional(),
  })
  .strict();
export type Decision = z.infer<typeof decisionSchema> & { by: MemberId };
export type DecisionInput = Pick<Decision, 'decision'> &
  Partial<Pick<Decision, 'rank' | 'note' | 'scores' | 'reasons' | 'opinion'>>;
