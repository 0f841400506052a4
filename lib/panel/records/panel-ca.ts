/**
 * The panel's CA certificate (`ca`, chair-only): the X.509 certificate the chair key signs for
 * itself when the panel is made (lib/sign SPEC C1). Stored as DER, base64url. Readers believe it
 * only after `checkPanelCa` and only when it names this panel (panel-certificates.ts): the record
 * schema cannot check a signature.
 */
import { z } from 'zod';

export const PANEL_CA_VERSION = 1;

/** DER in base64url; a certificate of this kind is well under 2 KB. */
export const derTextSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/)
  .max(16_000);

export const panelCaSchema = z
  .object({
    v: z.literal(PANEL_CA_VERSION),
    der: derTextSchema,
  })
  .strict();
export type PanelCaRecord = z.infer<typeof panelCaSchema>;
