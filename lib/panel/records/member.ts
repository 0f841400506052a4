/**
 * A panel member (`m/<id>`, chair-signed). `inviteKey` is the public half of the key in the
 * member's invitation: it signs the registration of each of the member's devices (SPEC I3).
 * Removal is a flag, never a deletion, so the relay and late replicas learn it (SPEC I2), with the
 * cut of the member's writing sessions the chair had seen (SPEC M4); `epoch` revokes older tokens.
 */
import { z } from 'zod';
import { publicJwkSchema } from '../../crypto/ecdsa';
import { roleSchema } from '../../identity/role';
import type { MemberId } from '../../ids';
import { localIdSchema, timeSchema } from './common';

export const MEMBER_VERSION = 2;

/** Client id → clock: what of a removed member's writing sessions counts (SPEC M4). */
export const removalCutSchema = z
  .record(z.string().regex(/^\d{1,16}$/), z.number().int().nonnegative())
  .refine((cut) => Object.keys(cut).length <= 5000, 'too many sessions');

export const memberSchema = z
  .object({
    id: localIdSchema,
    name: z.string().min(1).max(100),
    unit: z.string().max(200),
    role: roleSchema,
    inviteKey: publicJwkSchema,
    removed: z.boolean(),
    addedAt: timeSchema,
    /** SPEC M3: tokens with a lower epoch are refused; the chair raises it to revoke tokens. */
    epoch: z.number().int().nonnegative().max(1_000_000).optional(),
    /** SPEC M4: set on removal; the member's writes beyond it do not count. */
    cut: removalCutSchema.optional(),
  })
  .strict();
export type Member = z.infer<typeof memberSchema> & { id: MemberId };

export function createMember(input: Omit<Member, 'removed'> & { removed?: boolean }): Member {
  return { ...input, removed: input.removed ?? false };
}
