/**
 * Panel meta (`meta`, chair-signed): name, the rubric pack snapshot (JSON text, so this record does
 * not change shape with the rubric format), settings, and the chair key the panel id derives from.
 */
import { z } from 'zod';
import { publicJwkSchema } from '../../crypto/ecdsa';
import type { MemberId, PanelId, RubricId } from '../../ids';
import { LIMITS } from '../limits';
import { localIdSchema, timeSchema } from './common';

export const META_VERSION = 1;

export const panelSettingsSchema = z
  .object({
    /** SPEC S1: on by default. */
    independentScoring: z.boolean(),
    relayUrl: z.string().max(500).nullable(),
  })
  .strict();
export type PanelSettings = z.infer<typeof panelSettingsSchema>;

export const panelMetaSchema = z
  .object({
    v: z.literal(META_VERSION),
    id: z.string().regex(/^p[0-9a-f]{32}$/),
    name: z.string().min(1).max(200),
    rubricId: z.string().max(100),
    /** The rubric pack as JSON text, frozen when the panel was made. */
    rubric: z.string().max(LIMITS.rubricChars),
    settings: panelSettingsSchema,
    chair: localIdSchema,
    chairKey: publicJwkSchema,
    createdAt: timeSchema,
  })
  .strict();
export type PanelMeta = z.infer<typeof panelMetaSchema> & {
  id: PanelId;
  chair: MemberId;
  rubricId: RubricId;
};

export const DEFAULT_SETTINGS: PanelSettings = { independentScoring: true, relayUrl: null };

export function createPanelMeta(
  input: Omit<PanelMeta, 'v' | 'settings'> & { settings?: Partial<PanelSettings> },
): PanelMeta {
  return { ...input, v: META_VERSION, settings: { ...DEFAULT_SETTINGS, ...input.settings } };
}
