/**
 * A panel fact (`pf/<app>/<fact>`, written by the chair): the value the panel agreed on for a fact
 * the reviewers confirmed differently, with the reason. Eligibility for the panel's result is
 * computed from panel facts where they exist (lib/reconcile).
 */
import { z } from 'zod';
import type { FactId, MemberId } from '../../ids';
import { localIdSchema, timeSchema } from './common';

export const panelFactSchema = z
  .object({
    fact: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/),
    /** The agreed value, in the fact's own shape (validated by lib/rubric where it is used). */
    value: z.unknown(),
    reason: z.string().min(1).max(5000),
    by: localIdSchema,
    at: timeSchema,
  })
  .strict()
  .refine((f) => JSON.stringify(f.value ?? null).length <= 20_000, 'fact value too large');
export type PanelFact = z.infer<typeof panelFactSchema> & { fact: FactId; by: MemberId };
