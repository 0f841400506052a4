/**
 * `npm run bench [-- NAME…] [--quick]`: every benchmark, each in its own Node process (so one
 * cannot warm up or slow down another), each printing JSON lines (bench/lib/record.ts) that this
 * runner passes on to stdout and writes to bench/results/latest.json with the machine they were
 * taken on. NAME is a benchmark (`panel`) or a figure or its prefix (`panel.load`, `relay`).
 * `--quick` runs small workloads once, to show everything works; it writes
 * bench/results/quick.json instead, so it never replaces real figures.
 * Benchmarks that need the production PWA build it first when dist/pwa is missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { type BenchRecord, cpuName } from './lib/record';

interface Bench {
  id: string;
  file: string;
  /** Figures it prints (prefixes), so `npm run bench -- relay.latency` finds it. */
  names: string[];
  needsPwa?: boolean;
  /** Written on another branch: run when present, otherwise say so. */
  optional?: boolean;
}

export const BENCHES: Bench[] = [
  { id: 'extract', file: 'bench/extract.bench.ts', names: ['extract.'] },
  { id: 'panel', file: 'bench/panel.bench.ts', names: ['panel.merge20', 'panel.write'] },
  { id: 'panel-load', file: 'bench/panel-load.bench.ts', names: ['panel.load'] },
  { id: 'relay', file: 'bench/relay.bench.ts', names: ['relay.latency'] },
  { id: 'reconcile', file: 'bench/reconcile.bench.ts', names: ['reconcile.stats'] },
  { id: 'export', file: 'bench/export.bench.ts', names: ['export.summary', 'sign.opinion'] },
  { id: 'ocr', file: 'bench/ocr.bench.ts', names: ['ocr.'], optional: true },
  { id: 'bundle', file: 'bench/bundle.bench.ts', names: ['bundle.'], needsPwa: true },
  { id: 'viewer', file: 'bench/viewer.bench.ts', names: ['viewer.firstPage'], needsPwa: true },
];

const RESULTS = path.resolve('bench/results');

function matches(bench: Bench, wanted: string): boolean {
  return (
    bench.id === wanted ||
    bench.names.some((n) => n.startsWith(wanted) || wanted.startsWith(n.replace(/\.$/, '')))
  );
}

/** A JSON line from a benchmark, completed with what the runner knows. */
function asRecord(line: string, quick: boolean): BenchRecord | null {
  if (!line.startsWith('{')) return null;
  let r: Partial<BenchRecord>;
  try {
    r = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof r.name !== 'string' || typeof r.value !== 'number') return null;
  const baselineValue = typeof r.baselineValue === 'number' ? r.baselineValue : Number.NaN;
  return {
    ...r,
    name: r.name,
    unit: r.unit ?? '',
    value: r.value,
    baseline: r.baseline ?? '',
    baselineValue,
    ratio: r.ratio ?? Number((r.value / baselineValue).toPrecision(3)),
    n: r.n ?? 1,
    node: r.node ?? process.version,
    cpu: r.cpu ?? cpuName(),
    ...(quick ? { quick: true } : {}),
  };
}

function runOne(bench: Bench, quick: boolean): Promise<{ records: BenchRecord[]; ok: boolean }> {
  return new Promise((resolve) => {
    const records: BenchRecord[] = [];
    const child = spawn(process.execPath, ['--import', 'tsx', bench.file], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...(quick ? { BENCH_QUICK: '1' } : {}) },
    });
    let rest = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const record = asRecord(line.trim(), quick);
        if (record) {
          records.push(record);
          process.stdout.write(`${JSON.stringify(record)}\n`);
        } else if (line.trim()) process.stderr.write(`${line}\n`);
      }
    });
    child.on('exit', (code) => {
      const record = asRecord(rest.trim(), quick);
      if (record) {
        records.push(record);
        process.stdout.write(`${JSON.stringify(record)}\n`);
      }
      resolve({ records, ok: code === 0 });
    });
  });
}

function buildPwa() {
  process.stderr.write('bench: dist/pwa is missing; building the PWA (npm run build:pwa)…\n');
  const r = spawnSync('npm', ['run', '--silent', 'build:pwa'], { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error('npm run build:pwa failed');
}

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const wanted = args.filter((a) => !a.startsWith('--'));
  const chosen = wanted.length ? BENCHES.filter((b) => wanted.some((w) => matches(b, w))) : BENCHES;
  if (chosen.length === 0) {
    process.stderr.write(
      `bench: no benchmark named ${wanted.join(', ')}. Known: ${BENCHES.map((b) => b.id).join(', ')}\n`,
    );
    process.exit(2);
  }
  const startedAt = new Date().toISOString();
  const load = loadavg()[0]!;
  const records: BenchRecord[] = [];
  const failed: string[] = [];
  for (const bench of chosen) {
    if (!existsSync(bench.file)) {
      if (bench.optional) {
        process.stderr.write(
          `bench: ${bench.id}: ${bench.file} is not in this checkout yet, skipped\n`,
        );
        continue;
      }
      failed.push(bench.id);
      continue;
    }
    if (bench.needsPwa && !existsSync('dist/pwa/index.html')) buildPwa();
    process.stderr.write(`bench: ${bench.id} (${bench.file})${quick ? ', quick' : ''}\n`);
    const result = await runOne(bench, quick);
    records.push(...result.records);
    if (!result.ok || result.records.length === 0) failed.push(bench.id);
  }
  mkdirSync(RESULTS, { recursive: true });
  const out = path.join(RESULTS, quick ? 'quick.json' : 'latest.json');
  // Running some benchmarks replaces their figures and keeps the others.
  const previous: BenchRecord[] = existsSync(out)
    ? (JSON.parse(readFileSync(out, 'utf8')).records ?? [])
    : [];
  const fresh = new Set(records.map((r) => r.name));
  const merged = [...previous.filter((r) => !fresh.has(r.name)), ...records];
  const order = (name: string) => BENCHES.findIndex((b) => b.names.some((n) => name.startsWith(n)));
  merged.sort((a, b) => order(a.name) - order(b.name));
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        taken: startedAt,
        command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
        machine: {
          cpu: cpuName(),
          cores: cpus().length,
          memoryGiB: Math.round(totalmem() / 2 ** 30),
          node: process.version,
          platform: `${process.platform} ${process.arch}`,
          loadAverage: Math.round(load * 10) / 10,
        },
        records: merged,
      },
      null,
      2,
    )}\n`,
  );
  process.stderr.write(
    `bench: ${records.length} figure(s) written to ${path.relative(process.cwd(), out)}${failed.length ? `; FAILED: ${failed.join(', ')}` : ''}\n`,
  );
  process.exit(failed.length ? 1 : 0);
}

await main();
