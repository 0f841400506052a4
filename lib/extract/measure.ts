/**
 * Precision and recall of extracted facts against truths (the facts a form states, written by
 * someone who read it). A value counts as right only when it equals the truth exactly (objects
 * field by field, numbers to 1e-9 or to the decimals a rounded one is written with, lists item
 * by item in any order: a list of member units or of people means the same in another order, and
 * a truth writer's order is not always the form's). Lists right only in another order are
 * counted apart, so figures taken in order (before December 2026) can be compared. Uncertain
 * proposals are counted too, and also apart: a reviewer is told to check them.
 */

/** Decimal places a number is written with (2.9167 → 4). */
const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

/**
 * Equal numbers: to 1e-9, or, when one is written rounded to two or more decimals (a truth of
 * "whole months / 12" written 2.9167 or 2.92) and the other has more, the other rounds to it.
 */
function sameNumber(a: number, b: number): boolean {
  if (Math.abs(a - b) < 1e-9) return true;
  const d = Math.min(decimals(a), decimals(b));
  if (d < 2 || d > 8 || decimals(a) === decimals(b)) return false;
  return Math.abs(a - b) <= 0.5 * 10 ** -d + 1e-12;
}

/** Whether every item of `a` equals its own item of `b` (same length, any order). */
function sameItems(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  const unused = [...b];
  return a.every((x) => {
    const at = unused.findIndex((y) => sameValue(x, y, true));
    if (at >= 0) unused.splice(at, 1);
    return at >= 0;
  });
}

/** Equal values; lists in the same order, or in any order when `anyOrder`. */
export function sameValue(a: unknown, b: unknown, anyOrder = false): boolean {
  if (typeof a === 'number' && typeof b === 'number') return sameNumber(a, b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    if (anyOrder) return sameItems(a, b);
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return (
      sameValue(ka, kb) &&
      ka.every((k) =>
        sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], anyOrder),
      )
    );
  }
  return a === b;
}

export interface FactScore {
  tp: number;
  fp: number;
  fn: number;
  /** Proposals marked uncertain, and how many of them were right. */
  uncertain?: number;
  uncertainRight?: number;
  /** Wrong values proposed as certain: what a reviewer would take without a second look. */
  wrongCertain?: number;
  /** Right lists whose items came in another order than the truth's (counted right). */
  otherOrder?: number;
}

export interface Mismatch {
  file: string;
  fact: string;
  expected: unknown;
  actual: unknown;
  /** A value proposed as certain (confidence at or above the threshold). */
  certain?: boolean;
}

export class Scoreboard {
  readonly facts = new Map<string, FactScore>();
  readonly mismatches: Mismatch[] = [];

  add(
    file: string,
    truth: Record<string, unknown>,
    extracted: Record<string, { value: unknown; confidence?: number } | undefined>,
    uncertainBelow = 0.6,
  ) {
    const ids = new Set([...Object.keys(truth), ...Object.keys(extracted)]);
    for (const id of ids) {
      const score = this.facts.get(id) ?? { tp: 0, fp: 0, fn: 0 };
      const expected = truth[id];
      const actual = extracted[id]?.value;
      const right =
        expected !== undefined && actual !== undefined && sameValue(expected, actual, true);
      if (right && !sameValue(expected, actual)) score.otherOrder = (score.otherOrder ?? 0) + 1;
      if ((extracted[id]?.confidence ?? 1) < uncertainBelow) {
        score.uncertain = (score.uncertain ?? 0) + 1;
        if (right) score.uncertainRight = (score.uncertainRight ?? 0) + 1;
      }
      if (right) score.tp++;
      else {
        if (actual !== undefined) score.fp++;
        if (actual !== undefined && (extracted[id]?.confidence ?? 1) >= uncertainBelow) {
          score.wrongCertain = (score.wrongCertain ?? 0) + 1;
        }
        if (expected !== undefined) score.fn++;
        const certain = actual !== undefined && (extracted[id]?.confidence ?? 1) >= uncertainBelow;
        this.mismatches.push({ file, fact: id, expected, actual, ...(certain ? { certain } : {}) });
      }
      this.facts.set(id, score);
    }
  }

  /** Totals over every fact. */
  total(): FactScore {
    const t = {
      tp: 0,
      fp: 0,
      fn: 0,
      wrongCertain: 0,
      otherOrder: 0,
      uncertain: 0,
      uncertainRight: 0,
    };
    for (const s of this.facts.values()) {
      t.tp += s.tp;
      t.fp += s.fp;
      t.fn += s.fn;
      t.wrongCertain += s.wrongCertain ?? 0;
      t.otherOrder += s.otherOrder ?? 0;
      t.uncertain += s.uncertain ?? 0;
      t.uncertainRight += s.uncertainRight ?? 0;
    }
    return t;
  }

  /** One line per fact: TP FP FN precision recall. */
  table(): string {
    const pct = (n: number, d: number) =>
      d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
    const lines = [
      'fact                   TP  FP  FN  precision  recall  wrong-certain  uncertain(right)',
    ];
    const row = (id: string, s: FactScore) =>
      `${id.padEnd(22)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}    ${pct(s.tp, s.tp + s.fp)}  ${pct(s.tp, s.tp + s.fn)}  ${String(s.wrongCertain ?? 0).padStart(13)}  ${s.uncertain ? `${s.uncertain}(${s.uncertainRight ?? 0})` : ''}`;
    for (const [id, s] of [...this.facts].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(row(id, s));
    }
    lines.push(row('ALL', this.total()).trimEnd());
    return lines.join('\n');
  }
}
