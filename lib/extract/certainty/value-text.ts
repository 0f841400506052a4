/**
 * What the single-value checks read a proposal by: its value and its evidence quotes as
 * compact normalised text (no whitespace, Kangxi radicals as ideographs), bounded in length so
 * a hostile document cannot make a check slow, and the label words every fact of the pack
 * declares (the labels a value must never be made of, nor run into).
 */
import type { ExtractedFact } from '../../facts/standard';
import { normalize, normalizeNoSpace } from '../../pdf/normalize';
import type { FactDef } from '../../rubric';
import type { CheckContext } from './index';

/** Longer texts are not values or quotes of one field: checks read no further. */
export const MAX_TEXT = 600;

/** Normalised, without whitespace, at most MAX_TEXT characters. */
export function compact(text: string): string {
  return normalizeNoSpace(text.slice(0, MAX_TEXT));
}

/** The value as text when it is one (text and enum facts), else undefined. */
export function textValue(fact: ExtractedFact): string | undefined {
  return typeof fact.value === 'string' ? fact.value : undefined;
}

/** The evidence quotes, normalised (whitespace kept as single spaces), joined by new lines. */
export function quoteText(fact: ExtractedFact): string {
  return fact.evidence
    .map((e) => normalize(e.quote.slice(0, MAX_TEXT)))
    .join('\n')
    .slice(0, MAX_TEXT * 2);
}

interface LabelWord {
  word: string;
  /** The fact whose label it is. */
  fact: string;
}

const labelCache = new WeakMap<readonly FactDef[], LabelWord[]>();

/** Every declared fact's labels (hints.keywords), compact, longest first. */
export function labelWords(ctx: CheckContext): LabelWord[] {
  const defs = ctx.pack?.facts ?? ctx.defs;
  const cached = labelCache.get(defs);
  if (cached) return cached;
  const words: LabelWord[] = [];
  for (const def of defs) {
    for (const k of def.hints?.keywords ?? []) {
      const word = compact(k);
      if (word.length >= 2) words.push({ word, fact: def.id });
    }
  }
  words.sort((a, b) => b.word.length - a.word.length);
  labelCache.set(defs, words);
  return words;
}

/** Labels of facts other than `id` that are not also one of its own (or inside one). */
export function otherLabels(id: string, ctx: CheckContext): string[] {
  const words = labelWords(ctx);
  const own = words.filter((w) => w.fact === id).map((w) => w.word);
  return words
    .filter((w) => w.fact !== id && !own.some((o) => o.includes(w.word)))
    .map((w) => w.word);
}

/**
 * What is left of a text once every label word in it is taken out (longest first): a text made
 * of labels only leaves (almost) nothing.
 */
export function withoutLabels(text: string, ctx: CheckContext): string {
  let rest = text;
  for (const { word } of labelWords(ctx)) {
    if (rest.includes(word)) rest = rest.split(word).join(' ');
  }
  return rest.replace(/\s+/g, '');
}
