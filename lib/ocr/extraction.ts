/**
 * The seam between OCR and fact extraction, kept small on purpose (lib/extract is being
 * rewritten): scanned pages of a document are replaced by their OCR page text before the
 * finders run, and afterwards every fact read from a scan gets its OCR confidence, its place on
 * the page and whether it may be proposed as certain. What extraction reports about OCR is
 * `OcrSummary` (part of `review-desk extract --json`).
 */
import { type ExtractedFact, UNCERTAIN } from '../facts/standard';
import { normalizeNoSpace } from '../pdf/normalize';
import type { OpenedPdf } from '../pdf/open';
import type { PageText } from '../pdf/text';
import { pickText, type RubricPack } from '../rubric';
import type { ChoiceOption } from './choice-grids';
import { asOcrError, ocrPages } from './document';
import { type OcrFactInfo, ocrFactInfo } from './facts';
import { isMixedPageText, mixedPageText, spellMixedLabels } from './mixed-merge';
import { findMixedPages, readTextLayer } from './mixed-pages';
import { packSpellings, spellPackWordings } from './pack-wordings';
import { isOcrPageText, type OcrPageText } from './page-text';
import type { OcrCache, OcrService, PrepareOptions } from './service';

export interface ExtractionOcrOptions {
  service: OcrService;
  cache?: OcrCache;
  /** Known values to snap unsure readings to (see match.ts). */
  known?: readonly string[];
  /** After each scanned page is read (or found in the cache). */
  onPage?: (page: OcrPageText, done: number, total: number) => void;
  /** Loading the models on first use (browsers download them once). */
  onPrepare?: PrepareOptions['onProgress'];
}

export interface OcrPageSummary {
  page: number;
  meanConfidence: number;
  /** False when the page could not be read reliably (mean below the floor). */
  reliable: boolean;
  /** Seconds the reading took when it was read (not when it came from the cache). */
  seconds: number;
  cached: boolean;
}

export interface OcrSummary {
  /** Pages read by OCR, in page order. */
  pages: OcrPageSummary[];
  /** Scanned pages OCR could not read, with the error code. */
  failures: { page: number; code: string }[];
  /** Per fact read (partly) from a scan. */
  facts: Record<string, OcrFactInfo>;
}

/**
 * Replace the pages without text by their OCR reading, and read the mixed pages (a picture of
 * the form with only the typed values as text: mixed-pages.ts) by OCR too, their text layer
 * winning where both cover the same place; the summary's `facts` is filled later. `bytes`, the
 * file's, let a file without any page-sized picture skip looking for mixed pages at all.
 */
export async function readScannedPages(
  pdf: OpenedPdf,
  pages: PageText[],
  fileHash: string,
  options: ExtractionOcrOptions & { signal?: AbortSignal; bytes?: Uint8Array },
): Promise<{ pages: PageText[]; summary: OcrSummary }> {
  const mixed = new Set(await findMixedPages(pdf, pages, options.bytes, options.signal));
  const scanned = pages.filter((p) => !p.hasText || mixed.has(p.page)).map((p) => p.page);
  const summary: OcrSummary = { pages: [], failures: [], facts: {} };
  if (scanned.length === 0) return { pages, summary };
  const result = await ocrPages(pdf, scanned, {
    service: options.service,
    fileHash,
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.onPage ? { onPage: options.onPage } : {}),
    ...(options.onPrepare ? { onPrepare: options.onPrepare } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const byPage = new Map<number, PageText>(result.pages.map((p) => [p.page, p]));
  for (const page of mixed) {
    const read = result.raw.get(page);
    if (!read) continue; // not read: the page keeps its text layer alone
    const i = result.pages.findIndex((p) => p.page === page);
    try {
      const merged = mixedPageText(await readTextLayer(pdf, page), read);
      byPage.set(page, merged);
      if (i >= 0) result.pages[i] = merged;
    } catch (error) {
      // Its text layer cannot be read again: the page keeps the one read before, OCR aside,
      // and the summary says the page's picture went unread.
      byPage.delete(page);
      if (i >= 0) result.pages.splice(i, 1);
      result.failures.push({ page, error: asOcrError(error, pdf.fileName, page) });
    }
  }
  summary.pages = result.pages.map((p) => ({
    page: p.page,
    meanConfidence: Math.round(p.ocr.meanConfidence * 1000) / 1000,
    reliable: p.ocr.reliable,
    seconds: result.cached.includes(p.page) ? 0 : Math.round(p.ocr.seconds * 100) / 100,
    cached: result.cached.includes(p.page),
  }));
  summary.failures = result.failures.map((f) => ({ page: f.page, code: f.error.code }));
  return { pages: pages.map((p) => byPage.get(p.page) ?? p), summary };
}

/** The values a pack lists for its facts (options, in Chinese and as ids). */
export function packKnownValues(pack: RubricPack | undefined): string[] {
  const out: string[] = [];
  for (const def of pack?.facts ?? []) {
    for (const option of def.options ?? []) {
      out.push(option.value);
      if (option.label) out.push(pickText(option.label, 'zh-CN'));
    }
  }
  return out;
}

/** The labels a pack gives its facts (zh-CN) and the keywords its finders look for. */
export function packLabels(pack: RubricPack | undefined): string[] {
  const out: string[] = [];
  for (const def of pack?.facts ?? []) {
    if (def.label) out.push(pickText(def.label, 'zh-CN'));
    out.push(...(def.hints?.keywords ?? []));
  }
  return out.map((l) => normalizeNoSpace(l)).filter((l) => l !== '');
}

/** The options of each choice fact of a pack, with the wordings a form prints for them. */
export function packChoices(pack: RubricPack | undefined): Record<string, ChoiceOption[]> {
  const out: Record<string, ChoiceOption[]> = {};
  for (const def of pack?.facts ?? []) {
    if (!def.options?.length) continue;
    out[def.id] = def.options.map((o) => ({
      value: o.value,
      words: o.label ? [pickText(o.label, 'zh-CN')] : [],
    }));
  }
  return out;
}

/**
 * The pages the finders read, with the pack's rare characters written where a scan could not
 * read them (金鹮杯 read 金鹦杯: pack-wordings.ts), so an option's wording matches on a scan too.
 */
export async function spellForPack(
  pages: PageText[],
  options: ExtractionOcrOptions,
  pack?: RubricPack,
): Promise<PageText[]> {
  const wordings = packKnownValues(pack);
  if (!pages.some(isOcrPageText)) return pages;
  const labels = packLabels(pack);
  if (wordings.length === 0 && labels.length === 0) return pages;
  const dictionary = await options.service.dictionary();
  const spelled = wordings.length
    ? spellPackWordings(pages, packSpellings(wordings, dictionary), dictionary)
    : pages;
  return spellMixedLabels(spelled, labels, dictionary);
}

/**
 * Fill the summary's per-fact OCR information, snapping unsure values to known ones: those the
 * caller gives (other applications' units…) and the pack's options.
 */
export async function annotateOcrFacts(
  facts: Record<string, ExtractedFact>,
  pages: PageText[],
  summary: OcrSummary,
  options: ExtractionOcrOptions,
  pack?: RubricPack,
): Promise<void> {
  if (summary.pages.length === 0) return;
  const known = [...(options.known ?? []), ...packKnownValues(pack)];
  const dictionary = known.length ? await options.service.dictionary() : undefined;
  const labels = packLabels(pack);
  summary.facts = ocrFactInfo(facts, pages, {
    ...(labels.length ? { labels } : {}),
    choices: packChoices(pack),
    ...(known.length ? { known } : {}),
    ...(dictionary ? { dictionary } : {}),
  });
  for (const [id, info] of Object.entries(summary.facts)) {
    const words = wordsReadByOcr(facts[id], pages);
    if (words) info.readByOcr = words;
  }
  // The fact's own confidence says the same, so everything that counts uncertain proposals (the
  // CLI's notes, the facts list, accept-all) treats an unsure reading of a scan as uncertain.
  for (const [id, info] of Object.entries(summary.facts)) {
    const fact = facts[id];
    if (!fact) continue;
    const ocr = info.certain ? info.confidence : info.confidence * UNCERTAIN;
    fact.confidence = Math.round(Math.min(fact.confidence ?? 1, ocr) * 1000) / 1000;
  }
}

/**
 * The words of a fact's evidence on mixed pages that OCR read (the rest is the text layer's),
 * or undefined when none of its evidence stands on a mixed page.
 */
function wordsReadByOcr(fact: ExtractedFact | undefined, pages: PageText[]): string[] | undefined {
  let out: string[] | undefined;
  for (const e of fact?.evidence ?? []) {
    const page = pages.find((p) => p.page === e.page);
    if (!page || !isMixedPageText(page)) continue;
    out ??= [];
    const at = page.source.indexOf(e.quote);
    if (at < 0) continue;
    const end = at + e.quote.length;
    const typed = page.ocr.textLayer;
    for (const item of page.items) {
      if (item.sourceEnd <= at || item.sourceStart >= end || item.str.trim() === '') continue;
      if (!typed.some(([s, t]) => s <= item.sourceStart && item.sourceEnd <= t)) out.push(item.str);
    }
  }
  return out;
}
