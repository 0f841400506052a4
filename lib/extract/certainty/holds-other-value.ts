/**
 * A value that runs over another fact's whole value: the quote writes the other fact's value
 * as a piece of its own (a gap apart) and this value joins it to the next or the last piece —
 * "岳阳市某某网络教研联盟 君山区许市镇中学" read as one unit from a running header that repeats
 * the project's name and its lead unit side by side, or a cell read on into its neighbour. The
 * value holds two answers, at most one of them its own. A name that contains another value
 * without a gap (a project named after its lead school) is left alone.
 */
import type { ExtractedFact } from '../../facts/standard';
import { normalizeNoSpace } from '../../pdf/normalize';
import type { CertaintyCheck } from '.';
import { MAX_TEXT } from './value-text';

/** Shorter values are words, not answers one could mistake for another's. */
const MIN_OTHER = 4;

/**
 * The quotes' pieces between gaps as the file writes them (normalising first would close the
 * gaps beside Chinese characters), each compact.
 */
function pieces(fact: ExtractedFact): string[] {
  return fact.evidence
    .map((e) => e.quote.slice(0, MAX_TEXT * 2))
    .join('\n')
    .split(/\s+/)
    .map((p) => normalizeNoSpace(p))
    .filter((p) => /[\p{L}\p{N}]/u.test(p)); // a separator alone (｜, /) is a gap too
}

/** Whether consecutive pieces from `at` make up exactly `text`; the index after them, or -1. */
function spans(list: string[], at: number, text: string): number {
  let joined = '';
  for (let i = at; i < list.length && joined.length < text.length; i++) {
    joined += list[i];
    if (joined === text) return i + 1;
  }
  return -1;
}

export const holdsOtherValue: CertaintyCheck = {
  name: 'holds-other-value',
  check(id, fact, _def, ctx) {
    if (typeof fact.value !== 'string') return undefined;
    const value = normalizeNoSpace(fact.value.slice(0, MAX_TEXT));
    const list = pieces(fact);
    for (const [otherId, other] of Object.entries(ctx.found)) {
      if (otherId === id || typeof other?.value !== 'string') continue;
      const o = normalizeNoSpace(other.value.slice(0, MAX_TEXT));
      if (o.length < MIN_OTHER || o.length >= value.length) continue;
      if (!value.startsWith(o) && !value.endsWith(o)) continue;
      // The other value stands as whole pieces in the quote, and the value goes on past them.
      for (let at = 0; at < list.length; at++) {
        if (!o.startsWith(list[at]!)) continue;
        const end = spans(list, at, o);
        if (end < 0) continue;
        const rest = value.startsWith(o) ? value.slice(o.length) : value.slice(0, -o.length);
        const after = end < list.length && spans(list, end, rest) > 0;
        const before = list.slice(0, at).join('').endsWith(rest);
        if ((value.startsWith(o) && after) || (value.endsWith(o) && before)) {
          return 'holdsOtherValue';
        }
      }
    }
    return undefined;
  },
};
