/**
 * Facts proposed from an application's PDF, each with its evidence (page from 1 and the quote as
 * it stands in the file), a confidence and the structure it came from. The reviewer accepts,
 * corrects or marks unknown; nothing here decides. A fact that is not found is absent — never
 * null, never guessed — and scanned pages (no text layer) are reported, not read.
 *
 * Which facts, and the words to find them by, come from the rubric pack (its fact declarations
 * and their reading hints): each fact is read by the generic reader for its kind of value
 * (readers/). Without a pack, the standard facts are read as the built-in packs declare them.
 */
import {
  type ExtractedFact,
  type Person,
  STANDARD_FACT_IDS,
  type StandardFactId,
  standardFactSchemas,
  UNCERTAIN,
} from '../facts/standard';
import {
  annotateOcrFacts,
  type ExtractionOcrOptions,
  type OcrSummary,
  readScannedPages,
  spellForPack,
} from '../ocr/extraction';
import { getDocumentText } from '../pdf/document-text';
import { foldForCompare } from '../pdf/normalize';
import { openPdf } from '../pdf/open';
import { DocumentLayout } from '../pdf/structure/document';
import { withoutInstructions } from '../pdf/structure/instructions';
import { inReadingOrder } from '../pdf/structure/page-order';
import { withoutVoidedCopies } from '../pdf/structure/voided';
import type { PageText } from '../pdf/text';
import { builtinPacks, type Condition, type FactDef, type RubricPack } from '../rubric';
import { monthsElapsed } from '../rubric/dates';
import { sha256Hex } from '../store/hash';
import { type CertaintyCheck, checkCertainty } from './certainty';
import { withNotesResolved } from './note-references';
import { readChoice } from './readers/choice';
import { doubtful, type ReadContext, readerOf } from './readers/context';
import { readDate, readDuration, readMonth } from './readers/dates';
import { readCount, readNumber } from './readers/number';
import { readFlags, readList } from './readers/outcomes';
import { readPeople } from './readers/people';
import { readText } from './readers/text';
import { readUnits } from './readers/units';
import { readUnitsByShape } from './readers/units-by-shape';

export type ExtractedFacts = Record<string, ExtractedFact>;

export interface ExtractOptions {
  /** The structural certainty checks to run (default: all in force; measurement passes fewer). */
  checks?: readonly CertaintyCheck[];
  /** The call's deadline (YYYY-MM-DD) for derived years; defaults to the pack's. */
  deadline?: string;
  /** A rubric pack: its deadline, its facts and the words to read them by. */
  pack?: RubricPack;
}

/** Years from a start month to the deadline: whole months / 12, as the rubric counts. */
function yearsSince(start: string, deadline: string): number | undefined {
  const months = monthsElapsed(start, deadline);
  return months === undefined ? undefined : Math.max(0, months) / 12;
}

/**
 * The standard facts as the built-in packs declare them: the first declaration, with the words
 * of every pack's declaration of it (labels, sections, items, option wordings) merged in.
 */
function defaultFacts(): FactDef[] {
  const seen = new Map<string, FactDef>();
  const union = (a?: string[], b?: string[]) =>
    a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined;
  for (const pack of builtinPacks()) {
    for (const def of pack.facts) {
      if (!(STANDARD_FACT_IDS as string[]).includes(def.id)) continue;
      const first = seen.get(def.id);
      if (!first) {
        seen.set(def.id, structuredClone(def));
        continue;
      }
      if (first.type !== def.type) continue;
      first.hints ??= {};
      const h = first.hints;
      const o = def.hints ?? {};
      h.keywords = union(h.keywords, o.keywords);
      h.weakKeywords = union(h.weakKeywords, o.weakKeywords);
      h.patterns = union(h.patterns, o.patterns);
      h.sections = union(h.sections, o.sections);
      h.items = union(h.items, o.items);
      h.units = union(h.units, o.units);
      h.nameEndings = union(h.nameEndings, o.nameEndings);
      for (const option of def.options ?? []) {
        const own = first.options?.find((x) => x.value === option.value);
        if (own) own.match = union(own.match, option.match);
        else first.options = [...(first.options ?? []), option];
      }
    }
  }
  return [...seen.values()];
}

let defaults: FactDef[] | undefined;

/** Text facts first: other readers use them (the lead unit is not a member unit). */
const ORDER = [
  'text',
  'month',
  'date',
  'number',
  'count',
  'duration',
  'choice',
  'flags',
  'list',
  'units',
];

function readOne(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  switch (readerOf(def)) {
    case 'text':
      return readText(ctx, def);
    case 'number':
      return readNumber(ctx, def);
    case 'count':
      return readCount(ctx, def);
    case 'month':
      return readMonth(ctx, def);
    case 'date':
      return readDate(ctx, def);
    case 'duration':
      return readDuration(ctx, def);
    case 'choice':
      return readChoice(ctx, def);
    case 'units':
      return readUnits(ctx, def);
    case 'flags':
      return readFlags(ctx, def);
    case 'list':
      return readList(ctx, def);
    default:
      return undefined;
  }
}

/**
 * The fact read under the labels that only suggest it (`hints.weakKeywords`), when its own gave
 * nothing: the same reader with those labels alone, no patterns, and the value left for the
 * reviewer to confirm.
 */
function readUnderWeakLabels(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const weak = def.hints?.weakKeywords;
  if (!weak?.length) return undefined;
  const fact = readOne(ctx, { ...def, hints: { ...def.hints, keywords: weak, patterns: [] } });
  return fact && { ...doubtful(fact), doubts: [...(fact.doubts ?? []), 'weakLabel'] };
}

/**
 * A list no label gave, found by its entries' shape (`hints.nameEndings`: names of schools one
 * under another), proposed for checking with the doubt `unitsByShape`.
 */
function readByShape(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  return readerOf(def) === 'units' ? readUnitsByShape(ctx, def) : undefined;
}

/** Does a value fit the fact's declaration (and the standard schema for a standard id)? */
function fits(def: FactDef, value: unknown): boolean {
  const standard = (
    standardFactSchemas as Record<string, { safeParse(v: unknown): { success: boolean } }>
  )[def.id];
  if (standard && !standard.safeParse(value).success) return false;
  const options = def.options?.map((o) => o.value);
  if (options && def.type === 'enum') return options.includes(value as string);
  if (options && def.type === 'names')
    return Array.isArray(value) && value.every((v) => options.includes(v));
  return true;
}

/** Propose values for the pack's facts (or the standard facts) from the pages' text. */
export function extractFacts(pages: PageText[], options: ExtractOptions = {}): ExtractedFacts {
  // Pages stored out of order are read in the order their printed numbers give (page-order.ts).
  // A template's 填表说明 (how to fill the form in, with example values) is not read for facts.
  // A voided copy (a 初稿 stamped 作废, the final form after it) is not read either.
  const doc = new DocumentLayout(
    withoutVoidedCopies(withoutInstructions(inReadingOrder(pages.filter((p) => p.hasText)))),
  );
  const deadline = options.deadline ?? options.pack?.call.deadline;
  if (!options.pack) defaults ??= defaultFacts();
  const defs = (options.pack?.facts ?? defaults ?? []).filter((d) => readerOf(d) !== 'none');
  const ctx: ReadContext = { doc, pack: options.pack, deadline, found: {} };
  const byReader = (r: string) => defs.filter((d) => !d.derive && readerOf(d) === r);
  for (const reader of ORDER) {
    for (const def of byReader(reader)) {
      const fact = readOne(ctx, def) ?? readUnderWeakLabels(ctx, def) ?? readByShape(ctx, def);
      // PDF text is untrusted input: a value that does not fit its fact is not proposed.
      if (fact && fits(def, fact.value)) ctx.found[def.id] = fact;
    }
  }
  Object.assign(ctx.found, readPeople(ctx, byReader('people')));
  // A field the call defines as its one person's ("所在单位" = the host's unit), when not stated;
  // stated too and different from the person's, both are doubtful.
  for (const def of defs) {
    const of = def.hints?.ofPerson;
    const person = of ? ctx.found[of.fact] : undefined;
    const people = person?.value as Person[] | undefined;
    const value = people?.length === 1 ? people[0]![of!.field] : undefined;
    const stated = ctx.found[def.id];
    if (person && people?.length === 1 && !value && stated && typeof stated.value === 'string') {
      // The person's field is the fact stated apart (the host's card and "所在单位：" above it).
      const filled = { ...people[0]!, [of!.field]: stated.value };
      const confidence = Math.min(person.confidence ?? 1, stated.confidence ?? 1);
      ctx.found[of!.fact] = { ...person, value: [filled], confidence };
      continue;
    }
    if (!person || !value || !fits(def, value)) continue;
    if (!stated) ctx.found[def.id] = { ...person, value };
    else if (foldForCompare(String(stated.value)) !== foldForCompare(value)) {
      ctx.found[def.id] = doubtful(stated);
      ctx.found[of!.fact] = doubtful(person);
    }
  }
  countInPlaceOfList(ctx.found, options.pack);
  // Derived facts (years of practice from its start): from the start when one was read, else
  // what the form states (read by the fact's own reader).
  for (const def of defs.filter((d) => d.derive)) {
    const from = ctx.found[def.derive!.from];
    if (from && typeof from.value === 'string' && deadline) {
      const years = yearsSince(from.value, deadline);
      if (years !== undefined) {
        ctx.found[def.id] = { ...from, value: years };
        continue;
      }
    }
    const stated = def.hints?.reader ? readOne(ctx, def) : readDuration(ctx, def);
    if (stated && fits(def, stated.value)) ctx.found[def.id] = stated;
  }
  // A value given by reference to a note ("详见注释①") is the note's text (note-references.ts).
  ctx.found = withNotesResolved(doc, ctx.found);
  // A value read from a page of right-hand columns whose rows could be another page's
  // (column-pages.ts): which row each cell belongs to is a guess; so is a list read from the
  // tables of a page those columns could continue (its rows may lack their further cells).
  for (const [id, fact] of Object.entries(ctx.found)) {
    const unsure = fact.evidence.some(
      (e) =>
        doc.unsureColumnPages.has(e.page) ||
        (Array.isArray(fact.value) && doc.unsureColumnBases.has(e.page)),
    );
    if (!unsure) continue;
    ctx.found[id] = { ...doubtful(fact), doubts: [...(fact.doubts ?? []), 'columnsJoined'] };
  }
  // Structural checks come last: they judge what every reader proposed, lists and their
  // counts, people and the derived years included, and change certainty only.
  const checked = checkCertainty(
    { doc, pack: options.pack, found: ctx.found, defs },
    options.checks,
  );
  const facts: ExtractedFacts = {};
  for (const def of defs) {
    const fact = checked[def.id];
    if (fact) facts[def.id] = fact;
  }
  return facts;
}

/**
 * A list and the number counted in its place when it is not stated (a count rule's `fallback`,
 * as the pack declares it: memberUnits and memberUnitCount).
 */
function countPairs(packs: RubricPack[]): { list: string; count: string }[] {
  const out: { list: string; count: string }[] = [];
  const walk = (c: Condition) => {
    if (c.kind === 'count' && c.fallback) out.push({ list: c.fact, count: c.fallback });
    else if (c.kind === 'allOf' || c.kind === 'anyOf') c.of.forEach(walk);
    else if (c.kind === 'not') walk(c.of);
  };
  for (const pack of packs) for (const rule of pack.rules) walk(rule.test);
  return out;
}

/**
 * The count stands for the list only when the list is not stated: with the names read, the
 * stated count is not proposed apart. When the two disagree, one of them is misread (a unit
 * cut off, a count quoted from the notice): the list is doubtful.
 */
function countInPlaceOfList(found: Record<string, ExtractedFact>, pack?: RubricPack) {
  for (const { list, count } of countPairs(pack ? [pack] : builtinPacks())) {
    const names = found[list]?.value;
    const number = found[count]?.value;
    if (!Array.isArray(names) || names.length === 0 || number === undefined) continue;
    if (typeof number === 'number' && names.length !== number) {
      found[list] = doubtful(found[list]!);
    }
    delete found[count];
  }
}

/** Is a proposal uncertain (the reviewer is asked to check it)? */
export function isUncertain(fact: ExtractedFact): boolean {
  return (fact.confidence ?? 1) < UNCERTAIN;
}

export interface ExtractFromPdfOptions extends ExtractOptions {
  fileName: string;
  password?: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** OCR for pages without text (lib/ocr). Without it, scanned pages are reported, not read. */
  ocr?: ExtractionOcrOptions;
  /** Time allowed per page (default 5 s; measurement on a loaded machine allows more). */
  budgetMs?: number;
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
      ...(options.budgetMs ? { budgetMs: options.budgetMs } : {}),
    });
    const pagesWithoutText = text.pages.filter((p) => !p.hasText).map((p) => p.page);
    // --- OCR (lib/ocr/extraction.ts): scanned pages are read from their pixels when asked. ---
    const scanned = options.ocr
      ? await readScannedPages(pdf, text.pages, sha256, {
          ...options.ocr,
          bytes,
          ...(options.signal ? { signal: options.signal } : {}),
        })
      : undefined;
    const pages =
      scanned && options.ocr
        ? await spellForPack(scanned.pages, options.ocr, options.pack)
        : text.pages;
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

export { DocumentLayout } from '../pdf/structure/document';
export { parseNumber, parseYearMonth } from './numerals';
export type { StandardFactId };
