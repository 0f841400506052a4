/**
 * What every benchmark prints: one JSON object per line on stdout, each figure beside the
 * baseline measured in the same run (`ratio` = value / baselineValue; the unit in the name says
 * which way is better). Human-readable progress goes to stderr, so `npm run --silent bench`
 * prints nothing but records. `bench/run.ts` collects the lines into `bench/results/latest.json`.
 *
 * Quick mode (`BENCH_QUICK=1`, `npm run bench -- --quick`): small workloads and one timed run,
 * to show a benchmark works; its figures are marked `quick` and are not the project's figures.
 */
import { cpus } from 'node:os';

export interface BenchRecord {
  name: string;
  unit: string;
  value: number;
  /** What the value is compared with, in words (another tool, raw library, or the target). */
  baseline: string;
  baselineValue: number;
  ratio: number;
  /** Timed runs (or samples) the median is taken over. */
  n: number;
  node: string;
  cpu: string;
  /** The target for this figure, in the record's unit ("≤ 1.5× raw Yjs" goes in note). */
  target?: string;
  note?: string;
  quick?: boolean;
}

export const QUICK = process.env.BENCH_QUICK === '1';

/** Timed runs: BENCH_RUNS, else the benchmark's own default (1 in quick mode). */
export function runsOr(fallback: number): number {
  const env = Number(process.env.BENCH_RUNS);
  if (Number.isFinite(env) && env > 0) return env;
  return QUICK ? 1 : fallback;
}

export function cpuName(): string {
  const list = cpus();
  return `${list[0]?.model.trim() ?? 'unknown'} × ${list.length}`;
}

const round = (x: number) =>
  Math.abs(x) >= 100 ? Math.round(x * 10) / 10 : Number(x.toPrecision(4));

export function emit(r: {
  name: string;
  unit: string;
  value: number;
  baseline: string;
  baselineValue: number;
  n: number;
  target?: string;
  note?: string;
}): BenchRecord {
  const record: BenchRecord = {
    name: r.name,
    unit: r.unit,
    value: round(r.value),
    baseline: r.baseline,
    baselineValue: round(r.baselineValue),
    ratio: r.baselineValue ? Number((r.value / r.baselineValue).toPrecision(3)) : Number.NaN,
    n: r.n,
    node: process.version,
    cpu: cpuName(),
    ...(r.target ? { target: r.target } : {}),
    ...(r.note ? { note: r.note } : {}),
    ...(QUICK ? { quick: true } : {}),
  };
  process.stdout.write(`${JSON.stringify(record)}\n`);
  return record;
}

/** Progress for people, on stderr. */
export function say(text: string): void {
  process.stderr.write(`${text}\n`);
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** `warmUp` untimed calls, then `runs` timed ones: every duration in ms. */
export async function timeRuns(
  fn: () => unknown | Promise<unknown>,
  opts: { warmUp?: number; runs: number },
): Promise<number[]> {
  for (let i = 0; i < (opts.warmUp ?? 1); i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

export function percentile(samples: number[], q: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
