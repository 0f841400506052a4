/**
 * A signed 专家评审意见 (SPEC P1–P3): the opinion laid out, a signature field over its signature box,
 * and a PAdES (ETSI.CAdES.detached) signature by the member's device key carrying the member's
 * certificate, the panel CA and the panel's CRL. The result is checked before it is returned, so a
 * key that does not match its certificate never leaves a "signed" file behind.
 */

import { ReviewDeskError } from '../errors';
import type { FontAssets } from '../export/fonts';
import { type Opinion, parseOpinion } from '../export/opinion-model';
import { renderOpinion, SIGNATURE_BOX, translatorFor } from '../export/opinion-pdf';
import { type CmsSigner, checkDetached, signDetached } from './cms';
import { addSignaturePlaceholder, readPdfSignatures, signPreparedPdf } from './pdf-signature';

export interface SignOpinionInput {
  opinion: Opinion | unknown;
  fonts: FontAssets;
  signer: CmsSigner;
  /** Defaults to now. Also the PDF's creation date. */
  signedAt?: number;
}

export interface SignedOpinion {
  pdf: Uint8Array;
  opinion: Opinion;
  /** Characters drawn without a glyph (should be none; callers may warn). */
  missingGlyphs: string[];
}

/** Room for the CMS: the certificates and CRLs it carries plus the signature and attributes. */
function reserveFor(signer: CmsSigner): number {
  const carried = [signer.certificate, ...signer.chain, ...(signer.crls ?? [])];
  return carried.reduce((n, c) => n + c.length, 0) + 2048;
}

export async function signOpinion(input: SignOpinionInput): Promise<SignedOpinion> {
  const opinion = parseOpinion(input.opinion);
  const signedAt = new Date(Math.floor((input.signedAt ?? Date.now()) / 1000) * 1000);
  const { pdf, anchors, missingGlyphs } = await renderOpinion(opinion, input.fonts, signedAt);
  const t = translatorFor(opinion.language);
  addSignaturePlaceholder(pdf, {
    name: opinion.signer.name,
    reason: t('sign:opinion.reason', { application: opinion.application.title }),
    location: opinion.panel.name,
    signedAt,
    reserve: reserveFor(input.signer),
    widget: anchors[SIGNATURE_BOX],
  });
  const prepared = await pdf.save({ useObjectStreams: false });
  const signed = await signPreparedPdf(prepared, (bytes) =>
    signDetached(bytes, input.signer, { signingTime: null }),
  );
  const [slot] = readPdfSignatures(signed);
  const check = slot?.cms ? await checkDetached(slot.cms, slot.signedBytes) : null;
  if (!check?.signatureValid) throw new ReviewDeskError('sign/keyCertificateMismatch');
  return { pdf: signed, opinion, missingGlyphs };
}
