/**
 * Options named just past the quote. Outcome flags read from a clause ("形成《…研究报告》1份；")
 * whose paragraph goes on to name another option the proposal says is absent ("编制《…应用指南》
 * 1册"); or ticked options of a checkbox row read from a quote that stops before the row ends
 * ("☐③主" and, past it, "✓④在…"). The reader stopped at a clause's or line's end while the list
 * of outcomes or options continued.
 */

import { normalizeNoSpace } from '../../pdf/normalize';
import type { DocumentLayout } from '../../pdf/structure/document';
import { escapeRegex } from '../../regex';
import { hintsOf } from '../readers/context';
import type { CertaintyCheck } from './index';
import { compact } from './value-text';

/** How much of the quote's end is looked for, and how far past it the text is read. */
const TAIL = 10;
const AHEAD = 160;
/** A tick (a ticked box, a filled dot, a check mark in brackets), maybe with the option's number. */
const TICK = /(?:[✓✔☑■●☒]|[【[（(][ \t]?[√✓✔][ \t]?[】\]）)])[ \t]?/gu;
/** Where an option's wording ends in a checkbox row: the next box or mark. */
const NEXT_MARK = /[□■☐☑☒●○✓✔√【[（(]/u;

const flatFlows = new WeakMap<DocumentLayout, Map<number, string>>();

/**
 * The document's flow from a page's first row on, without spaces and tabs (lines kept): a quote
 * is found on its own page (the same words may stand earlier, on a summary page or in the
 * notice quoted), and the text past it may run on to the next page.
 */
function flatFlowFrom(doc: DocumentLayout, page: number): string {
  let byPage = flatFlows.get(doc);
  if (!byPage) {
    byPage = new Map();
    flatFlows.set(doc, byPage);
  }
  let flat = byPage.get(page);
  if (flat === undefined) {
    const first = doc.rows.find((r) => r.page === page);
    flat = first ? doc.flow.slice(first.flowStart).replace(/[^\S\n]+/g, '') : '';
    byPage.set(page, flat);
  }
  return flat;
}

/** The text after a quote on its page (AHEAD characters, lines kept), or undefined. */
function textAfter(
  doc: DocumentLayout,
  quote: { page: number; quote: string },
): string | undefined {
  // The quote's own end, however long the quote: not cut to a check's length first.
  const tail = Array.from(normalizeNoSpace(quote.quote)).slice(-TAIL);
  if (tail.length < 4) return undefined;
  // A quote may cross a line the flow keeps: a line break may fall between any two characters.
  const flat = flatFlowFrom(doc, quote.page);
  const found = new RegExp(tail.map(escapeRegex).join('\\n?'), 'u').exec(flat);
  if (!found) return undefined;
  const end = found.index + found[0].length;
  return flat.slice(end, end + AHEAD);
}

/** How much of the quote's end is kept before the clause: a word may be cut by a page break. */
const JOIN = 4;

/**
 * Flags: the rest of the quote's line (the next line too when the quote stopped mid-sentence),
 * after the quote's last few characters; `from` is where the text past the quote begins.
 */
function restOfClause(after: string, quote: string): { text: string; from: number } {
  const [line = '', next = ''] = after.split('\n');
  const rest = line.length < 2 && !/[。！？!?]\s*$/u.test(quote) ? line + next : line;
  const kept = Array.from(compact(quote)).slice(-JOIN).join('');
  return { text: kept + rest, from: kept.length };
}

/** Choices: the wording right after each tick in the text (up to the next mark or line end). */
function tickedWordings(after: string): string[] {
  const out: string[] = [];
  for (const m of after.matchAll(TICK)) {
    const rest = after.slice(m.index + m[0].length, m.index + m[0].length + 40).split('\n')[0]!;
    const stop = NEXT_MARK.exec(rest.slice(1));
    out.push(stop ? rest.slice(0, stop.index + 1) : rest);
  }
  return out;
}

/** Whether an option's wording is in a text, ending past `from` and starting by `by`. */
function mentionsOption(patterns: RegExp[], text: string, from: number, by = Infinity): boolean {
  return patterns.some((p) => {
    const m = p.exec(text);
    return m !== null && m.index + m[0].length > from && m.index <= by;
  });
}

export const optionsBeyondQuote: CertaintyCheck = {
  name: 'options-beyond-quote',
  check(_id, fact, def, ctx) {
    const last = fact.evidence.at(-1);
    if (!last || !def.options?.length) return undefined;
    let chosen: (value: string) => boolean;
    if (def.type === 'flags' && fact.value && typeof fact.value === 'object') {
      const flags = fact.value as Record<string, unknown>;
      chosen = (v) => flags[v] === true;
    } else if (fact.source === 'grid' && (Array.isArray(fact.value) || def.type === 'enum')) {
      const values: unknown[] = Array.isArray(fact.value) ? fact.value : [fact.value];
      chosen = (v) => values.includes(v);
    } else return undefined;
    const absent = hintsOf(def).options.filter((o) => !chosen(o.value));
    if (absent.length === 0) return undefined;
    const after = textAfter(ctx.doc, last);
    if (!after) return undefined;
    const named =
      def.type === 'flags'
        ? (o: (typeof absent)[number]) => {
            const { text, from } = restOfClause(after, last.quote);
            return mentionsOption(o.patterns, text, from);
          }
        : (o: (typeof absent)[number]) =>
            tickedWordings(after).some((t) => mentionsOption(o.patterns, t, 0, 3));
    return absent.some(named) ? 'optionBeyondQuote' : undefined;
  },
};
