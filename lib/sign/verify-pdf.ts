/**
 * Verify a signed opinion PDF (SPEC V1–V5): exactly one signature, its ranges covering the whole
 * file (poppler's pdfsig calls a signature with bytes appended after it "valid"; this does not),
 * then the CMS checks against the panel. The signing time is the dictionary's /M, which the
 * signature covers (PAdES puts it there, not in the CMS).
 */
import { ReviewDeskError } from '../errors';
import { readPdfSignatures } from './pdf-signature';
import { type Check, finishReport, type SignerReport, type VerifyReport } from './verify-report';
import { checkSignature, type Trust } from './verify-signature';

export async function verifyOpinionPdf(
  bytes: Uint8Array,
  trust: Trust = {},
): Promise<VerifyReport> {
  const slots = readPdfSignatures(bytes);
  const checks: Check[] = [];
  const signers: SignerReport[] = [];
  let panel: VerifyReport['panel'] = null;
  if (!slots.length) throw new ReviewDeskError('sign/unsignedPdf');
  checks.push(
    slots.length === 1 && slots[0]!.cms
      ? { id: 'oneSignature', ok: true }
      : { id: 'oneSignature', ok: false, params: { count: slots.length } },
  );
  const last = slots[slots.length - 1]!;
  checks.push(
    last.coversWholeFile
      ? { id: 'wholeFile', ok: true }
      : { id: 'wholeFile', ok: false, params: { bytes: last.appendedBytes } },
  );
  for (const slot of slots) {
    if (!slot.cms) {
      signers.push({
        part: { kind: 'opinion' },
        name: slot.name,
        memberId: null,
        role: null,
        unit: null,
        signedAt: slot.signedAt,
        certificateSerial: null,
        checks: [{ id: 'signature', ok: false }],
      });
      continue;
    }
    const result = await checkSignature(slot.cms, slot.signedBytes, {
      signedAt: slot.signedAt,
      trust,
    });
    panel ??= result.panel;
    signers.push({ part: { kind: 'opinion' }, ...result.signer });
  }
  return finishReport({ kind: 'opinion', panel, checks, signers });
}
