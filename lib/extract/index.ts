/**
 * Facts proposed from an application's PDF, each with its evidence (page from 1 and the quote as
 * it stands in the file). The reviewer accepts, corrects or marks unknown; nothing here decides.
 * A fact that is not found is absent — never null, never guessed — and scanned pages (no text
 * layer) are reported, not read.
 */
import {
  type ExtractedFact,
  STANDARD_FACT_IDS,
  type StandardFactId,
  standardFactSchemas,
} from '../facts/standard';
import {
  annotateOcrFacts,
  type ExtractionOcrOptions,
  type OcrSummary,
  readScannedPages,
} from '../ocr/extraction';
import { getDocumentText } from '../pdf/document-text';
import { openPdf } from '../pdf/open';
import type { PageText } from '../pdf/text';
import type { RubricPack } from '../rubric';
import { monthsElapsed } from '../rubric/dates';
import { sha256Hex } from '../store/hash';
import { FactDocument } from './document';
import { findChoices } from './finders/choices';
import { FIELD_LABELS, findFields } from './finders/fields';
import {
  findAnnualResourceTarget,
  findExistingCases,
  findExpectedOutcomes,
  findTypicalCases,
} from './finders/outcomes';
import { findPeople } from './finders/people';
import { findPractice } from './finders/practice';
import { findHostQualifications } from './finders/qualifications';
import { findMemberUnits } from './finders/units';
import { findPackFact } from './pack-facts';

export type ExtractedFacts = Record<string, ExtractedFact>;

export interface ExtractOptions {
  /** The call's deadline (YYYY-MM-DD) for practiceYears; defaults to the pack's. */
  deadline?: string;
  /** A rubric pack: its deadline, its own facts (read by their hints), extra field labels. */
  pack?: RubricPack;
}

/** Years of practice from a start month to the deadline: whole months / 12, as the rubric counts. */
function yearsSince(start: string, deadline: string): number | undefined {
  const months = monthsElapsed(start, deadline);
  return months === undefined ? undefined : Math.max(0, months) / 12;
}

/** Pack keywords for the standard text fields, tried after the built-in labels. */
function packLabels(
  pack: RubricPack | undefined,
): Partial<Record<keyof typeof FIELD_LABELS, string[]>> {
  const out: Partial<Record<keyof typeof FIELD_LABELS, string[]>> = {};
  for (const def of pack?.facts ?? []) {
    if (def.id in FIELD_LABELS && def.hints?.keywords?.length) {
      out[def.id as keyof typeof FIELD_LABELS] = def.hints.keywords.map((k) =>
        k.replace(/\s+/g, ''),
      );
    }
  }
  return out;
}

/** Propose values for the standard facts (and a pack's own facts) from the pages' text. */
export function extractFacts(pages: PageText[], options: ExtractOptions = {}): ExtractedFacts {
  const doc = new FactDocument(pages.filter((p) => p.hasText));
  const deadline = options.deadline ?? options.pack?.call.deadline;
  const found: Partial<Record<StandardFactId, ExtractedFact | undefined>> = {};
  const fields = findFields(doc, packLabels(options.pack));
  Object.assign(found, fields);
  found.memberUnits = findMemberUnits(doc, fields.leadUnit?.value);
  const practice = findPractice(doc);
  found.practiceStart = practice.practiceStart;
  found.practiceYears = practice.practiceYears;
  if (practice.practiceStart && deadline) {
    const years = yearsSince(practice.practiceStart.value, deadline);
    if (years !== undefined) {
      found.practiceYears = { value: years, evidence: practice.practiceStart.evidence };
    }
  }
  found.typicalCases = findTypicalCases(doc);
  found.existingCases = findExistingCases(doc);
  found.expectedOutcomes = findExpectedOutcomes(doc);
  found.annualResourceTarget = findAnnualResourceTarget(doc);
  found.hostQualifications = findHostQualifications(doc);
  Object.assign(found, findPeople(doc), findChoices(doc));

  const facts: ExtractedFacts = {};
  for (const id of STANDARD_FACT_IDS) {
    const fact = found[id];
    // PDF text is untrusted input: a value that does not fit its schema is not proposed.
    if (fact && standardFactSchemas[id].safeParse(fact.value).success) facts[id] = fact;
  }
  for (const def of options.pack?.facts ?? []) {
    if ((STANDARD_FACT_IDS as string[]).includes(def.id) || def.derive) continue;
    const fact = findPackFact(doc, def);
    if (fact) facts[def.id] = fact;
  }
  return facts;
}

export interface ExtractFromPdfOptions extends ExtractOptions {
  fileName: string;
  password?: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** OCR for pages without text (lib/ocr). Without it, scanned pages are reported, not read. */
  ocr?: ExtractionOcrOptions;
}

export interface ExtractionResult {
  file: string;
  sha256: string;
  pages: number;
  /** How many pages have a text layer. */
  pagesWithText: number;
  /** Pages (from 1) without text: scans that need OCR or manual entry. */
  pagesWithoutText: number[];
  /** Pages (from 1) that could not be read at all (damaged, too complex), with the error code. */
  unreadablePages?: { page: number; code: string }[];
  facts: ExtractedFacts;
  /** Pages read by OCR and, per fact read from a scan, its confidence (when OCR was asked). */
  ocr?: OcrSummary;
}

/** Open a PDF, read every page and propose facts. Errors are ReviewDeskErrors naming the file. */
export async function extractFromPdf(
  bytes: Uint8Array,
  options: ExtractFromPdfOptions,
): Promise<ExtractionResult> {
  const sha256 = await sha256Hex(bytes);
  const pdf = await openPdf(bytes, { fileName: options.fileName, password: options.password });
  try {
    const text = await getDocumentText(pdf, {
      onProgress: options.onProgress,
      signal: options.signal,
    });
    const pagesWithoutText = text.pages.filter((p) => !p.hasText).map((p) => p.page);
    // --- OCR (lib/ocr/extraction.ts): scanned pages are read from their pixels when asked. ---
    const scanned = options.ocr
      ? await readScannedPages(pdf, text.pages, sha256, {
          ...options.ocr,
          ...(options.signal ? { signal: options.signal } : {}),
        })
      : undefined;
    const pages = scanned?.pages ?? text.pages;
    const facts = extractFacts(pages, options);
    if (scanned && options.ocr) {
      await annotateOcrFacts(facts, pages, scanned.summary, options.ocr, options.pack);
    }
    // --- end OCR ---
    const result: ExtractionResult = {
      file: options.fileName,
      sha256,
      pages: pdf.numPages,
      pagesWithText: text.pages.filter((p) => p.hasText).length,
      pagesWithoutText,
      facts,
      ...(scanned?.summary.pages.length || scanned?.summary.failures.length
        ? { ocr: scanned.summary }
        : {}),
    };
    if (text.failures.length > 0) {
      result.unreadablePages = text.failures.map((f) => ({
        page: f.page,
        code: (f.error as { code?: string }).code ?? 'pdf/pageUnreadable',
      }));
    }
    return result;
  } finally {
    await pdf.close();
  }
}

export { FactDocument } from './document';
export { parseNumber, parseYearMonth } from './numerals';
