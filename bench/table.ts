/**
 * `npm run bench:table [-- FILE]`: the README's Performance table, made from
 * bench/results/latest.json (or FILE), written between the README's `bench-table` markers, so
 * the figures shown are exactly those of the last `npm run bench` and say where they come from.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { BenchRecord } from './lib/record';

interface Results {
  taken: string;
  command: string;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; loadAverage: number };
  records: BenchRecord[];
}

const file = process.argv[2] ?? 'bench/results/latest.json';
const results = JSON.parse(readFileSync(file, 'utf8')) as Results;

const num = (x: number) =>
  Number.isFinite(x)
    ? Math.abs(x) >= 1000
      ? Math.round(x).toLocaleString('en')
      : Math.abs(x) >= 10
        ? x.toFixed(1)
        : x.toPrecision(3)
    : '–';
const cell = (s: string) => s.replaceAll('|', '\\|');

export function table(r: Results): string {
  const lines = [
    `Taken ${r.taken.slice(0, 10)} with \`${r.command}\` on ${r.machine.cpu} (${r.machine.memoryGiB} GiB), Node ${r.machine.node}, load average ${r.machine.loadAverage} at the start${r.records.some((x) => x.quick) ? ' — **quick run: small workloads, not the project’s figures**' : ''}.`,
    '',
    '| figure | value | baseline (same run) | ratio | target | runs |',
    '|---|---|---|---|---|---|',
  ];
  for (const x of r.records) {
    lines.push(
      `| \`${x.name}\` | ${num(x.value)} ${x.unit} | ${cell(x.baseline)}: ${num(x.baselineValue)} ${x.unit} | ${num(x.ratio)}× | ${cell(x.target ?? '')} | ${x.n} |`,
    );
  }
  return lines.join('\n');
}

const readme = readFileSync('README.md', 'utf8');
const start = '<!-- bench-table:start -->';
const end = '<!-- bench-table:end -->';
const a = readme.indexOf(start);
const b = readme.indexOf(end);
if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end} markers`);
writeFileSync(
  'README.md',
  `${readme.slice(0, a + start.length)}\n${table(results)}\n${readme.slice(b)}`,
);
console.log(
  `README.md: Performance table written from ${file} (${results.records.length} figures)`,
);
