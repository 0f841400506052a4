/**
 * A panel member (`m/<id>`, chair-signed). `inviteKey` is the public half of the key in the
 * member's invitation: it signs the registration of each of the member's devices (SPEC I3).
 * Removal is a flag, never a deletion, so the relay and late replicas learn it (SPEC I2).
 */
import { z } from 'zod';
import { publicJwkSchema } from '../../crypto/ecdsa';
import { roleSchema } from '../../identity/role';
import type { MemberId } from '../../ids';
import { localIdSchema, timeSchema } from './common';

export const MEMBER_VERSION = 1;

export const memberSchema = z.object({
  id: localIdSchema,
  name: z.string().min(1).max(100),
  unit: z.string().max(200),
  role: roleSchema,
  inviteKey: publicJwkSchema,
  removed: z.boolean(),
  addedAt: timeSchema,
});
export type Member = z.infer<typeof memberSchema> & { id: MemberId };

export function createMember(input: Omit<Member, 'removed'> & { removed?: boolean }): Member {
  return { ...input, removed: input.removed ?? false };
}
