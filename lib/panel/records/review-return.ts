/**
 * The chair returns a submitted review to its reviewer (`x/<app>/<member>`, chair-only): it names
 * the submission it returns (by position, SPEC S2) and why. That submission stops counting; the
 * reviewer edits again under a fresh sealing key (SPEC S8) and submits again. Both submissions
 * stay in the history.
 */
import { z } from 'zod';
import type { MemberId } from '../../ids';
import { POSITION_ID } from '../batch';
import { localIdSchema, timeSchema } from './common';

export const reviewReturnSchema = z
  .object({
    submission: z.string().regex(POSITION_ID),
    reason: z.string().min(1).max(5000),
    by: localIdSchema,
    at: timeSchema,
  })
  .strict();
export type ReviewReturn = z.infer<typeof reviewReturnSchema> & { by: MemberId };
