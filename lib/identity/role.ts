/** Member roles. The chair manages members and decisions; reviewers review; observers only read. */
import { z } from 'zod';

export const ROLES = ['chair', 'reviewer', 'observer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Who may write their own review entries, annotations and messages (SPEC D5). */
export function canReview(role: Role): boolean {
  return role === 'chair' || role === 'reviewer';
}
