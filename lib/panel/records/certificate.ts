/**
 * A member certificate (`c/<member>/<fingerprint>`, chair-only): the X.509 certificate the chair
 * key issued for one device key of one member (lib/sign SPEC C2) — written by the chair's device
 * when it sees the device's registration (lib/workspace/certificates.ts), and one for the chair's
 * own key. Readers believe it only after checking it against the panel CA and the key it names.
 */
import { z } from 'zod';
import type { MemberId } from '../../ids';
import { localIdSchema, timeSchema } from './common';
import { derTextSchema } from './panel-ca';

export const CERTIFICATE_VERSION = 1;

export const certificateSchema = z
  .object({
    v: z.literal(CERTIFICATE_VERSION),
    member: localIdSchema,
    der: derTextSchema,
    issuedAt: timeSchema,
  })
  .strict();
export type CertificateRecord = z.infer<typeof certificateSchema> & { member: MemberId };
