/**
 * A submitted review (`s/<app>/<reviewer>`), written in one of the reviewer's authenticated batches
 * (SPEC S2, A1): the application key(s) that sealed the draft, now revealed, and the manifest —
 * every cell of the review and the position of the version that was its value — so every replica
 * reads exactly what was submitted, whatever arrives later.
 */
import { z } from 'zod';
import { POSITION_ID } from '../batch';
import { timeSchema } from './common';

export const submissionSchema = z
  .object({
    at: timeSchema,
    keys: z
      .record(z.string().regex(/^[0-9a-f]{16}$/), z.string().regex(/^[A-Za-z0-9_-]{43}$/))
      .refine((k) => Object.keys(k).length <= 16, 'too many keys'),
    manifest: z
      .record(z.string().max(600), z.string().regex(POSITION_ID))
      .refine((m) => Object.keys(m).length <= 5000, 'too many cells'),
  })
  .strict();
export type Submission = z.infer<typeof submissionSchema>;
