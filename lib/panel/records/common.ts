/** Small schemas every record shares: ids as they appear inside the panel document. */
import { z } from 'zod';

/** Member, application, annotation, thread and message ids: short and URL-safe. */
export const localIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/);
export const fileHashSchema = z.string().regex(/^[0-9a-f]{64}$/);
export const timeSchema = z.number().int().nonnegative();
/** A short random id, hex, with a one-letter prefix: ids appear in every key of the log. */
export function shortId<T extends string>(prefix: string, bytes = 8): T {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  let out = prefix;
  for (const b of raw) out += b.toString(16).padStart(2, '0');
  return out as T;
}
