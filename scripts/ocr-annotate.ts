/**
 * Facts read from OCR page text, annotated as the app and the CLI do (lib/extract extractFromPdf):
 * OCR confidence per fact, unsure readings snapped to the pack's options, the fact's confidence
 * lowered to match. Shared by the OCR measuring scripts, so a value they count as "proposed as
 * certain" is one the app would show so. Returns the summary, with OCR's confidence per fact.
 */
import type { ExtractedFacts } from '../lib/extract';
import { annotateOcrFacts, type OcrSummary } from '../lib/ocr/extraction';
import type { OcrService } from '../lib/ocr/service';
import type { PageText } from '../lib/pdf/text';
import type { RubricPack } from '../lib/rubric';

export async function annotateAsTheAppDoes(
  facts: ExtractedFacts,
  pages: PageText[],
  service: OcrService,
  pack: RubricPack,
): Promise<OcrSummary> {
  const summary: OcrSummary = {
    pages: pages.map((p) => ({
      page: p.page,
      meanConfidence: 0,
      reliable: true,
      seconds: 0,
      cached: false,
    })),
    failures: [],
    facts: {},
  };
  await annotateOcrFacts(facts, pages, summary, { service }, pack);
  return summary;
}
