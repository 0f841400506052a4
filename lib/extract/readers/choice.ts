/**
 * Choices: which of a fact's options the application picks. Options and the wordings that mean
 * each come from the pack. Read from the checkbox group beside the fact's label (a grid over
 * several lines, marks on either side), or inside the fact's section: a marked list, circled
 * numbers citing the notice's numbered list ("符合第①③条"), or the options' wordings in prose.
 * A section naming none of them gives an empty list; a group with boxes but no tick is proposed
 * as uncertain (ticks are what a scan or OCR loses first).
 */
import type { ExtractedFact } from '../../facts/standard';
import { findCheckboxGroup, markedOptions } from '../../pdf/structure/checkboxes';
import { findSection, type Span } from '../../pdf/structure/sections';
import type { FactDef } from '../../rubric';
import { fromFlow, hintsOf, type ReadContext } from './context';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function anchored(words: string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const spaced = words.map((w) =>
    Array.from(w)
      .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s*'),
  );
  return new RegExp(`^\\s*(?:${spaced.join('|')})(?![\\p{Script=Han}])`, 'u');
}

function value(def: FactDef, chosen: string[]): unknown {
  if (def.type === 'enum') return chosen.length === 1 ? chosen[0] : undefined;
  return chosen;
}

function fromSection(ctx: ReadContext, def: FactDef, span: Span): ExtractedFact | undefined {
  const h = hintsOf(def);
  const marked = markedOptions(span.text.replace(/[\t\n]/g, ' '), h.options);
  let chosen: string[] = [];
  let confidence = 0.85;
  if (marked?.boxed) {
    chosen = marked.chosen;
    confidence = marked.ambiguous ? 0.5 : 0.9;
  } else {
    const named = new Set(marked?.chosen ?? []);
    if (h.numbered) {
      // "符合第①③条" / "条件①、③": circled numbers cite the notice's numbered options.
      const refs = /(?:条件|第|符合)\s*([①-⑳](?:\s*[、，,和及与]?\s*[①-⑳])*)/.exec(span.text);
      for (const c of refs?.[1]?.match(/[①-⑳]/g) ?? []) {
        const option = h.options[CIRCLED.indexOf(c)];
        if (option) named.add(option.value);
      }
    }
    chosen = h.options.map((o) => o.value).filter((v) => named.has(v));
  }
  const v = value(def, chosen);
  if (v === undefined) return undefined;
  return fromFlow(ctx.doc, span.start, span.end, v, confidence, 'section');
}

export function readChoice(ctx: ReadContext, def: FactDef): ExtractedFact | undefined {
  const h = hintsOf(def);
  if (h.options.length === 0) return undefined;
  const label = anchored(h.labels);
  const group = findCheckboxGroup(ctx.doc, h.options, label);
  if (group && (group.marked.boxed || !h.sections)) {
    const { marked } = group;
    const v = value(def, marked.chosen);
    if (v !== undefined) {
      let confidence = marked.boxed ? 0.95 : 0.8;
      if (marked.ambiguous || (marked.boxed && marked.chosen.length === 0)) confidence = 0.5;
      return fromFlow(ctx.doc, group.start, group.end, v, confidence, 'grid');
    }
  }
  if (h.sections) {
    const span = findSection(ctx.doc, h.sections);
    if (span && span.text.trim() !== '') return fromSection(ctx, def, span);
  }
  return undefined;
}
