/**
 * What every reader is given: the laid-out document, the fact's declaration with its reading
 * hints compiled (labels, patterns, section headings, counted items, option wordings), and the
 * facts read so far (the member-unit reader leaves out the lead unit). Readers are generic by
 * kind of value; the call's words come from the pack only.
 */
import type { ExtractedFact, FactSource } from '../../facts/standard';
import { eitherWritingPattern, labelSource } from '../../pdf/hant';
import { normalize, normalizeNoSpace } from '../../pdf/normalize';
import type { OptionMatcher } from '../../pdf/structure/checkboxes';
import type { DocCell, DocumentLayout } from '../../pdf/structure/document';
import { evidenceOf, type Found } from '../../pdf/structure/key-values';
import { wordsPattern } from '../../pdf/structure/sections';
import type { FactDef, Reader, RubricPack } from '../../rubric';
import { expandPattern } from '../../rubric/patterns';

export interface ReadContext {
  doc: DocumentLayout;
  pack?: RubricPack;
  deadline?: string;
  /** Facts read so far, by id. */
  found: Record<string, ExtractedFact>;
}

export interface Hints {
  labels: string[];
  patterns: RegExp[];
  sections?: RegExp;
  /** The section headings one by one, in the pack's order (most specific first). */
  sectionWords: RegExp[];
  items?: RegExp;
  /** Measure words, as a pattern source: (?:个|条). */
  units: string;
  options: OptionMatcher[];
  exclude?: string;
  numbered: boolean;
}

function compile(source: string): RegExp | undefined {
  try {
    // Ideographs in either writing: a form may print 每年…資源計劃 where the pack says 资源.
    return new RegExp(eitherWritingPattern(normalize(expandPattern(source))), 'u');
  } catch {
    return undefined; // a bad pattern is the pack validator's business, not a crash
  }
}

const cache = new WeakMap<FactDef, Hints>();

export function hintsOf(def: FactDef): Hints {
  const cached = cache.get(def);
  if (cached) return cached;
  const h = def.hints ?? {};
  // Measure words in either writing (個 for 个, 條 for 条).
  const units = (h.units ?? []).map((u) => labelSource(normalize(u)));
  const hints: Hints = {
    labels: (h.keywords ?? []).map((k) => normalizeNoSpace(k)),
    patterns: (h.patterns ?? []).map(compile).filter((r): r is RegExp => r !== undefined),
    sections: h.sections?.length ? wordsPattern(h.sections.map(normalize)) : undefined,
    sectionWords: (h.sections ?? []).map((w) => wordsPattern([normalize(w)])),
    items: h.items?.length ? wordsPattern(h.items.map(normalize)) : undefined,
    units: units.length ? `(?:${units.join('|')})` : '',
    options: (def.options ?? []).map((o) => ({
      value: o.value,
      patterns: [o.value, ...(o.label?.zh && o.label.zh !== o.value ? [o.label.zh] : [])]
        .map((w) => new RegExp(wordsPattern([normalize(w)]).source, 'u'))
        .concat((o.match ?? []).map(compile).filter((r): r is RegExp => r !== undefined)),
    })),
    exclude: h.exclude,
    numbered: h.numbered ?? false,
  };
  cache.set(def, hints);
  return hints;
}

/** The reader a fact is read with: the pack's choice, else by type. */
export function readerOf(def: FactDef): Reader {
  if (def.hints?.reader) return def.hints.reader;
  switch (def.type) {
    case 'integer':
    case 'number':
      return 'number';
    case 'month':
      return 'month';
    case 'date':
      return 'date';
    case 'enum':
      return def.options?.length ? 'choice' : 'text';
    case 'names':
      return def.options?.length ? 'choice' : 'list';
    case 'units':
      return 'units';
    case 'people':
      return 'people';
    case 'flags':
      return 'flags';
    default:
      return 'text';
  }
}

/** A proposal from something found by key and value. */
export function fromFound<T>(
  doc: DocumentLayout,
  found: Found<unknown>,
  value: T,
  confidence: number,
): ExtractedFact<T> {
  const source: FactSource = found.kind === 'prose' ? 'sentence' : 'keyValue';
  return { value, evidence: evidenceOf(doc, found), confidence, source };
}

/** A proposal from a flow range. */
export function fromFlow<T>(
  doc: DocumentLayout,
  start: number,
  end: number,
  value: T,
  confidence: number,
  source: FactSource = 'sentence',
): ExtractedFact<T> {
  return { value, evidence: doc.evidenceForFlow(start, end), confidence, source };
}

/** A proposal from table cells. */
export function fromCells<T>(
  doc: DocumentLayout,
  cells: DocCell[],
  value: T,
  confidence: number,
  source: FactSource = 'table',
): ExtractedFact<T> {
  return { value, evidence: doc.evidenceForCells(cells), confidence, source };
}

/** A proposal something else contradicts or leaves open: for the reviewer to check. */
export function doubtful<T>(fact: ExtractedFact<T>): ExtractedFact<T> {
  return { ...fact, confidence: Math.min(fact.confidence ?? 1, 0.5) };
}

/** Confidence of a key–value pair by how it stands. */
export function pairConfidence(found: Found<unknown>): number {
  switch (found.kind) {
    case 'beside':
      return found.cells?.every((c) => c.ruled) ? 0.95 : 0.9;
    case 'inline':
      return 0.9;
    case 'below':
      return 0.85;
    default:
      return 0.75;
  }
}
