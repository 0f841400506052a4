/**
 * What the reliability suites share: their size (a short version inside `npm test`, the long one
 * under `npm run test:reliability`, any size by environment variable), a seeded random source,
 * the report each suite prints (what it tried, what held), and the repository's root. (The
 * `../shared` corpus is found by test/pdf/corpus-run.ts: missing, a failure with a sentence.)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../lib/demo/names';

export const LONG = process.env.RELIABILITY === 'long';

/**
 * The size of a suite: `RELIABILITY_<NAME>` when set (e.g. RELIABILITY_CONVERGENCE=200), else
 * `long` under `npm run test:reliability`, else `short` (the version inside `npm test`).
 */
export function size(name: string, short: number, long: number): number {
  const env = Number(process.env[`RELIABILITY_${name.toUpperCase()}`]);
  if (Number.isFinite(env) && env > 0) return Math.floor(env);
  return LONG ? long : short;
}

/** The suite's seed: RELIABILITY_SEED, else the suite's own fixed seed (runs repeat exactly). */
export function seedOf(fallback: number): number {
  const env = Number(process.env.RELIABILITY_SEED);
  return Number.isFinite(env) && env > 0 ? env : fallback;
}

/** A seeded generator (lib/demo's mulberry32): the same numbers on every machine. */
export function rng(seed: number) {
  const next = seededRandom(seed);
  return {
    next,
    /** An integer in [0, n). */
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof rng>;

/** Counts by label, printed as `label n, label n`. */
export class Tally {
  private counts = new Map<string, number>();
  add(label: string, n = 1): void {
    this.counts.set(label, (this.counts.get(label) ?? 0) + n);
  }
  get(label: string): number {
    return this.counts.get(label) ?? 0;
  }
  toString(): string {
    return [...this.counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  }
}

/** The suite's report: what it tried and what held, printed whether it passed or not. */
export function report(suite: string, lines: Record<string, string | number>): void {
  const body = Object.entries(lines)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n');
  console.log(`[reliability] ${suite}${LONG ? '' : ' (short version)'}\n${body}`);
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export { ROOT };
