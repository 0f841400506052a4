/**
 * Matching an OCR reading against known values (a pack's options, the units named in other
 * applications, the rows of a 汇总表): a weighted edit distance in which a character the
 * recogniser was unsure of is cheap to replace, and a character the recogniser cannot write at
 * all (outside its dictionary, like 鹮 in 金鹮杯) is cheap to have been misread. A reading is
 * snapped to a known value only when that value is clearly the nearest; otherwise it stays as
 * read and is marked uncertain. Nothing is guessed silently: the result says what was read.
 */

export interface MatchResult {
  /** The value to propose: the known value when snapped, else the reading. */
  value: string;
  /** What the recogniser read. */
  read: string;
  snapped: boolean;
  /** Exactly a known value, or snapped with a clear margin over only unsure characters. */
  certain: boolean;
  /** Edit cost to the chosen known value (Infinity when nothing was near). */
  cost: number;
}

/** Cost of a character the recogniser cannot write standing in a known value. */
const UNWRITABLE = 0.3;
/** Punctuation (quotes, brackets) is often dropped or added by OCR, and means little. */
const PUNCTUATION = 0.15;
const isPunctuation = (ch: string) => /^[\p{P}\s]$/u.test(ch);
/** A known value must be at least this much nearer than the next one to be chosen. */
const MARGIN = 0.5;

/** Weighted edit distance from a reading (with per-character confidence) to a candidate. */
export function editCost(
  read: string,
  confidences: readonly number[],
  candidate: string,
  dictionary?: ReadonlySet<string>,
): number {
  const a = Array.from(read);
  const b = Array.from(candidate);
  const conf = (i: number) => Math.max(0, Math.min(1, confidences[i] ?? 1));
  const unwritable = (ch: string) => dictionary !== undefined && !dictionary.has(ch);
  // A character of the known value that the reading lacks.
  const missed = (ch: string) =>
    isPunctuation(ch) ? PUNCTUATION : unwritable(ch) ? UNWRITABLE : 0.8;
  // A character read that the known value lacks.
  const extra = (i: number) => (isPunctuation(a[i]!) ? Math.min(PUNCTUATION, conf(i)) : conf(i));
  let prev = new Float64Array(b.length + 1);
  let cur = new Float64Array(b.length + 1);
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1]! + missed(b[j - 1]!);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = prev[0]! + extra(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      const substitute = same
        ? 0
        : unwritable(b[j - 1]!)
          ? Math.min(conf(i - 1), UNWRITABLE)
          : conf(i - 1);
      cur[j] = Math.min(
        prev[j - 1]! + substitute,
        prev[j]! + extra(i - 1),
        cur[j - 1]! + missed(b[j - 1]!),
      );
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** The most a snap may cost: about one unsure character (a sure one costs ~1 and never snaps). */
const LIMIT = 0.6;

/**
 * The known value a reading stands for, if one is clearly nearest and near enough (differing
 * only in unsure or unwritable characters); otherwise the reading itself, uncertain unless every
 * character was read with at least `floor` confidence.
 */
export function matchKnown(
  read: string,
  confidences: readonly number[],
  known: readonly string[],
  options: { dictionary?: ReadonlySet<string>; floor?: number } = {},
): MatchResult {
  const floor = options.floor ?? 0.9;
  const sure = confidences.every((p) => p >= floor);
  if (known.includes(read)) return { value: read, read, snapped: false, certain: true, cost: 0 };
  let best = Infinity;
  let second = Infinity;
  let choice: string | undefined;
  for (const candidate of new Set(known)) {
    const cost = editCost(read, confidences, candidate, options.dictionary);
    if (cost < best) {
      second = best;
      best = cost;
      choice = candidate;
    } else if (cost < second) second = cost;
  }
  if (choice !== undefined && best <= LIMIT && second - best >= MARGIN) {
    return { value: choice, read, snapped: true, certain: best <= 0.5, cost: best };
  }
  return { value: read, read, snapped: false, certain: sure, cost: best };
}
