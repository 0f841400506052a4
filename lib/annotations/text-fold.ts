/**
 * The comparison form of PDF text, shared by document search and annotation anchoring: the
 * normalisation of lib/pdf/normalize (NFKC, CJK radicals, whitespace next to CJK) plus full-width
 * punctuation folded to ASCII, Latin case folded, and no whitespace at all. Text that differs only
 * in 全角/半角 forms, radicals, line breaks or spacing folds to the same string.
 *
 * Every folded character keeps the range of the source text it came from, so a match in the
 * folded text maps back to a range of the text as the page gives it.
 */
import { foldPunctuation, normalizeText } from '../pdf/normalize';

export interface FoldedText {
  text: string;
  /** For each folded character, where its source starts. */
  start: Uint32Array;
  /** For each folded character, where its source ends (exclusive). */
  end: Uint32Array;
  sourceLength: number;
}

function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? foldPunctuation(lower) : ch;
}

export function foldText(source: string): FoldedText {
  const n = normalizeText(source);
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < n.text.length; i++) {
    const ch = n.text[i]!;
    if (/\s/u.test(ch)) continue;
    chars.push(foldChar(ch));
    starts.push(n.toSource[i]!);
    // The character's source runs to where the next normalised character comes from.
    let next = i + 1;
    while (next < n.text.length && n.toSource[next] === n.toSource[i]) next++;
    ends.push(Math.max(n.toSource[i]!, n.toSource[next] ?? source.length));
  }
  // Trailing source whitespace belongs to nothing; clip ends to the last non-space source char.
  for (let k = 0; k < ends.length; k++) {
    let e = ends[k]!;
    while (e > starts[k]! + 1 && /\s/u.test(source[e - 1]!)) e--;
    ends[k] = e;
  }
  return {
    text: chars.join(''),
    start: Uint32Array.from(starts),
    end: Uint32Array.from(ends),
    sourceLength: source.length,
  };
}

/** The folded form alone, for needles (queries, quotes). */
export function fold(source: string): string {
  return foldText(source).text;
}

/** Map a range of the folded text back to the source range it covers. */
export function toSourceRange(folded: FoldedText, start: number, end: number): [number, number] {
  if (folded.text.length === 0) return [0, 0];
  if (end <= start) {
    const at = start < folded.text.length ? folded.start[start]! : folded.sourceLength;
    return [at, at];
  }
  return [folded.start[start]!, folded.end[end - 1]!];
}

/** The first folded offset whose source starts at or after `sourceOffset`. */
export function fromSourceOffset(folded: FoldedText, sourceOffset: number): number {
  let lo = 0;
  let hi = folded.start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (folded.start[mid]! < sourceOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The folded range covering a source range (characters that start inside it). */
export function fromSourceRange(folded: FoldedText, start: number, end: number): [number, number] {
  return [fromSourceOffset(folded, start), fromSourceOffset(folded, end)];
}
