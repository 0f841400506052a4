/** The chair's decision on an application (`d/<app>`, chair-signed): outcome, rank and note. */
import { z } from 'zod';
import type { MemberId } from '../../ids';
import { localIdSchema, timeSchema } from './common';

export const DECISIONS = ['recommend', 'notRecommend', 'pending'] as const;

export const decisionSchema = z
  .object({
    decision: z.enum(DECISIONS),
    rank: z.number().int().positive().nullable(),
    note: z.string().max(20_000),
    by: localIdSchema,
    at: timeSchema,
  })
  .strict();
export type Decision = z.infer<typeof decisionSchema> & { by: MemberId };
export type DecisionInput = Pick<Decision, 'decision'> & Partial<Pick<Decision, 'rank' | 'note'>>;
