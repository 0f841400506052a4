/**
 * A file of an application (`f/<app>/<sha256>`, written by the chair): names the bytes by hash;
 * the bytes themselves live in the local file store and on the relay (SPEC Y4). `null` = removed.
 */
import { z } from 'zod';
import type { FileHash } from '../../ids';
import { fileHashSchema } from './common';

export const appFileSchema = z
  .object({
    hash: fileHashSchema,
    name: z.string().min(1).max(300),
    size: z.number().int().nonnegative(),
    pages: z.number().int().positive().optional(),
  })
  .strict();
export type AppFile = z.infer<typeof appFileSchema> & { hash: FileHash };
