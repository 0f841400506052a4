/** An application under review (`a/<id>`, written by the chair). Its files are separate registers. */
import { z } from 'zod';
import type { ApplicationId, MemberId } from '../../ids';
import { localIdSchema, shortId, timeSchema } from './common';

export const applicationSchema = z
  .object({
    id: localIdSchema,
    title: z.string().min(1).max(300),
    applicantUnit: z.string().max(300),
    recommendingBody: z.string().max(300),
    addedBy: localIdSchema,
    addedAt: timeSchema,
    /** Withdrawn by the chair: kept in the history, out of the ranking (lib/reconcile). */
    withdrawn: z
      .object({ at: timeSchema, reason: z.string().min(1).max(5000) })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();
export type Application = z.infer<typeof applicationSchema> & {
  id: ApplicationId;
  addedBy: MemberId;
};
export type ApplicationInput = Pick<Application, 'title' | 'applicantUnit' | 'recommendingBody'> & {
  id?: ApplicationId;
};

export function createApplication(
  input: ApplicationInput,
  addedBy: MemberId,
  now = Date.now(),
): Application {
  return {
    id: input.id ?? shortId<ApplicationId>('a', 6),
    title: input.title,
    applicantUnit: input.applicantUnit,
    recommendingBody: input.recommendingBody,
    addedBy,
    addedAt: now,
  };
}
