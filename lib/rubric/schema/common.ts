/** Building blocks shared by the pack's parts: ids, bilingual text, dates and numeric bounds. */
import { z } from 'zod';
import { isValidDay } from '../dates';
import type { LocalText } from '../messages';

/** Ids inside a pack (facts, rules, clauses, criteria…): a letter, then letters, digits, - or _. */
export const LocalIdSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/);

export const LocalTextSchema: z.ZodType<LocalText> = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1).optional(),
});

export const DaySchema = z.string().refine(isValidDay, { message: 'YYYY-MM-DD' });

/** `>=`, `<=`, `==` compare with one value; `between` includes both ends (以上/以下 include the bound). */
export type Bound =
  | { op: '>=' | '<=' | '=='; value: number }
  | { op: 'between'; min: number; max: number };

export const BoundSchema: z.ZodType<Bound> = z.discriminatedUnion('op', [
  z.strictObject({ op: z.enum(['>=', '<=', '==']), value: z.number() }),
  z.strictObject({ op: z.literal('between'), min: z.number(), max: z.number() }),
]);

export const SeveritySchema = z.enum(['hard', 'warning']);
export type Severity = z.infer<typeof SeveritySchema>;
