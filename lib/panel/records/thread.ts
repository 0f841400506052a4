/** A discussion thread about an application (`t/<app>/<author>/<id>`), optionally about one item. */
import { z } from 'zod';
import type { ApplicationId, MemberId } from '../../ids';
import { localIdSchema, shortId, timeSchema } from './common';

export type ThreadId = string & { readonly __thread: true };

export const threadSchema = z
  .object({
    id: localIdSchema,
    applicationId: localIdSchema,
    title: z.string().min(1).max(300),
    /** What it is about: `criterion:<id>`, `fact:<id>`, `rule:<id>`, or nothing (the application). */
    subject: z.string().max(100).nullable(),
    createdBy: localIdSchema,
    createdAt: timeSchema,
  })
  .strict();
export type Thread = z.infer<typeof threadSchema> & {
  id: ThreadId;
  applicationId: ApplicationId;
  createdBy: MemberId;
};

export function createThread(
  applicationId: ApplicationId,
  title: string,
  subject: string | null,
  createdBy: MemberId,
  now = Date.now(),
): Thread {
  return { id: shortId<ThreadId>('t'), applicationId, title, subject, createdBy, createdAt: now };
}
