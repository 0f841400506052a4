/**
 * A reviewer's signature over their own submitted review (`rs/<app>/<member>`, the reviewer's own
 * register, like the submission): the `ReviewPart` the result bundle carries for that review and a
 * detached CMS over its canonical JSON (lib/sign SPEC R2), made on the reviewer's own device with
 * its device key and certificate once it holds both. A returned and resubmitted review gets a new
 * one; an export uses it only when the part equals the review as submitted now.
 */
import { z } from 'zod';
import { reviewPartSchema } from '../../export/results-model';

export const REVIEW_SIGNATURE_VERSION = 1;

export const reviewSignatureSchema = z
  .object({
    v: z.literal(REVIEW_SIGNATURE_VERSION),
    part: reviewPartSchema,
    /** DER of the CMS SignedData, standard base64 (as the bundle carries it). */
    cms: z
      .string()
      .regex(/^[A-Za-z0-9+/=]+$/)
      .max(40_000),
  })
  .strict();
export type ReviewSignatureRecord = z.infer<typeof reviewSignatureSchema>;
