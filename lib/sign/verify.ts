/**
 * `verify` for any file (SPEC V1): a PDF goes to the opinion verifier, JSON with the bundle's
 * kind to the bundle verifier; anything else is unreadable (`sign/unreadable`, exit 2 in the CLI).
 */
import { fromUtf8 } from '../crypto/bytes';
import { ReviewDeskError } from '../errors';
import { looksLikeBundle, verifyResultBundle } from './bundle';
import { verifyOpinionPdf } from './verify-pdf';
import type { VerifyReport } from './verify-report';
import type { Trust } from './verify-signature';

function isPdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 1024)));
  return head.includes('%PDF-');
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(fromUtf8(bytes).replace(/^\ufeff/, ''));
  } catch {
    return undefined;
  }
}

export async function verifyFile(
  bytes: Uint8Array,
  trust: Trust = {},
  fileName = '',
): Promise<VerifyReport> {
  if (isPdf(bytes)) return verifyOpinionPdf(bytes, trust);
  const json = parseJson(bytes);
  if (looksLikeBundle(json)) return verifyResultBundle(json, trust);
  throw new ReviewDeskError('sign/unreadable', { file: fileName });
}
