/**
 * A submitted review (`s/<app>/<reviewer>`), signed by one of the reviewer's device keys (SPEC S2):
 * the application key(s) that sealed the draft, now revealed, and the manifest — every cell of the
 * review and the hash of the entry that was its value — so every replica reads and verifies exactly
 * what was submitted, whatever arrives later.
 */
import { z } from 'zod';
import { timeSchema } from './common';

export const submissionSchema = z.object({
  at: timeSchema,
  keys: z.record(z.string().regex(/^[0-9a-f]{16}$/), z.string().regex(/^[A-Za-z0-9_-]{43}$/)),
  manifest: z.record(z.string().max(512), z.string().regex(/^[0-9a-f]{32}$/)),
});
export type Submission = z.infer<typeof submissionSchema>;
