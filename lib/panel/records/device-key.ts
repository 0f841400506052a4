/**
 * A device key registration (`k/<member>/<fingerprint>`), signed by the member's invitation key:
 * this device key may sign the member's submissions (SPEC I3, D6).
 */
import { z } from 'zod';
import { type PublicJwk, publicJwkSchema } from '../../crypto/ecdsa';
import type { MemberId } from '../../ids';
import { localIdSchema, timeSchema } from './common';

export const deviceKeySchema = z
  .object({
    member: localIdSchema,
    key: publicJwkSchema,
    at: timeSchema,
  })
  .strict();
export type DeviceKey = z.infer<typeof deviceKeySchema> & { member: MemberId };

export function createDeviceKey(member: MemberId, key: PublicJwk, at = Date.now()): DeviceKey {
  return { member, key, at };
}
