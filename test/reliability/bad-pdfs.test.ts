/**
 * Reliability: bad PDFs. The pdf-edge corpus (../shared/corpus/pdf-edge: damaged, hostile,
 * encrypted and odd files, each with its expected outcome in MANIFEST.tsv) and seeded damage to
 * this repository's own fixtures (cut short, bytes flipped or overwritten, ranges deleted,
 * duplicated or zeroed, two files spliced), each opened as the app opens it (lib/pdf/open, then
 * page 1's text) in a worker process, limited to 10 s of CPU (test/pdf/corpus-run.ts). Every
 * file meets its expectation — a damaged fixture either opens or is refused with a pdf/… error
 * whose sentence exists in zh-CN and English — within the limit, and no worker process dies.
 * Damaged fixtures that once ran pdf.js past any budget (known-bad-pdfs.ts) are read in every
 * run, short and long: each answers within the limit (page 1 too complex, the process alive).
 * Size: RELIABILITY_PDFCORPUS files of the corpus (short 8 seeded, long all),
 * RELIABILITY_PDFMUTATIONS damaged fixtures (short 12, long 2,000); RELIABILITY_SEED.
 */
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorKey } from '../../lib/errors';
import { createI18n } from '../../lib/i18n';
import {
  corpusDir,
  type Job,
  overLimit,
  type Result,
  readManifest,
  runPool,
  summary,
  unmet,
} from '../pdf/corpus-run';
import { KNOWN_BAD, knownBadBytes, knownBadSource } from './known-bad-pdfs';
import { mutate } from './mutate';
import { LONG, ROOT, report, rng, seedOf, size, Tally } from './support';

const SEED = seedOf(404_404);
const CORPUS_FILES = size('pdfCorpus', 8, Number.MAX_SAFE_INTEGER);
const MUTATIONS = size('pdfMutations', 12, 2_000);
const zh = createI18n('zh-CN');
const en = createI18n('en');

function pdfsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return pdfsUnder(p);
    return name.endsWith('.pdf') ? [p] : [];
  });
}

describe('reliability: bad PDFs', () => {
  const corpus = corpusDir();
  const all = readManifest(corpus);
  const order = rng(SEED);
  const rows =
    CORPUS_FILES >= all.length
      ? all
      : [...all].sort(() => order.next() - 0.5).slice(0, CORPUS_FILES);
  const corpusJobs: Job[] = rows.map((row) => ({
    key: row.file,
    path: path.join(corpus, row.file),
    name: path.basename(row.file),
    ...(row.password !== undefined ? { password: row.password } : {}),
  }));

  const fixtures = pdfsUnder(path.join(ROOT, 'test/fixtures')).sort();
  const dir = mkdtempSync(path.join(tmpdir(), 'rd-bad-pdfs-'));
  const kinds = new Tally();
  const damaged: (Job & { source: string })[] = [];
  {
    const bytes = new Map(fixtures.map((f) => [f, new Uint8Array(readFileSync(f))]));
    const r = rng(SEED + 1);
    for (let i = 0; i < MUTATIONS; i++) {
      const source = r.pick(fixtures);
      const m = mutate(r, bytes.get(source)!, [bytes.get(r.pick(fixtures))!]);
      const file = path.join(dir, `m${i}-${m.kind}.pdf`);
      writeFileSync(file, m.bytes);
      kinds.add(m.kind);
      damaged.push({ key: file, path: file, name: path.basename(file), source });
    }
  }
  const known: (Job & { source: string })[] = KNOWN_BAD.map((bad) => {
    const file = path.join(dir, `known-${bad.name}`);
    writeFileSync(file, knownBadBytes(bad));
    return { key: file, path: file, name: bad.name, source: knownBadSource(bad) };
  });

  // One pool for both halves: a worker's start (loading pdf.js) costs seconds on a busy machine.
  let results = new Map<string, Result>();
  let seconds = 0;
  beforeAll(
    async () => {
      const started = Date.now();
      results = await runPool([...known, ...corpusJobs, ...damaged]);
      seconds = Math.round((Date.now() - started) / 1000);
    },
    120_000 + (known.length + corpusJobs.length + damaged.length) * 12_000,
  );

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`the pdf-edge corpus (${LONG ? 'every file' : `${rows.length} seeded files`}): each file's expected outcome within 10 s of CPU, no worker lost`, () => {
    const mine = new Map(rows.map((row) => [row.file, results.get(row.file)!]));
    const failures = rows
      .map((row) => [row.file, unmet(row, results.get(row.file))] as const)
      .filter(([, why]) => why);
    report('bad PDFs: pdf-edge corpus', {
      tried: `${rows.length} of ${all.length} files`,
      outcomes: summary(mine)
        .split('\n')[0]!
        .replace(/^outcomes: /, ''),
      held: `${rows.length - failures.length} met their expectation within 10 s of CPU`,
      seconds: `${seconds} for the corpus files and the damaged fixtures together, 2 workers`,
    });
    expect(failures).toEqual([]);
  });

  /** Each job's outcome label, and what went wrong with those that did not hold. */
  function judge(jobs: (Job & { source: string })[]) {
    const outcomes = new Tally();
    const failures: string[] = [];
    for (const job of jobs) {
      const result = results.get(job.key);
      const first = result?.first;
      const over = result ? overLimit(result) : 'no result';
      const label = over
        ? 'over limit'
        : first?.kind === 'error'
          ? first.code
          : (first?.kind ?? 'none');
      outcomes.add(label);
      const fine =
        !over &&
        (first?.kind === 'opens' ||
          (first?.kind === 'error' &&
            first.code.startsWith('pdf/') &&
            zh.exists(errorKey(first.code)) &&
            en.exists(errorKey(first.code))));
      if (!fine) {
        // Keep the file that failed, for whoever looks into it.
        const kept = path.join(tmpdir(), `rd-bad-pdf-${job.name}`);
        copyFileSync(job.path, kept);
        failures.push(
          `${kept} (from ${path.relative(ROOT, job.source)}): ${over ?? label} ${JSON.stringify(first ?? {})}`,
        );
      }
    }
    return { outcomes, failures };
  }

  it(`${KNOWN_BAD.length} damaged fixtures that once ran pdf.js past any budget: each answers within 10 s of CPU, no worker lost`, () => {
    const { outcomes, failures } = judge(known);
    const cpu = known.map(
      (job) => `${job.name} ${Math.round(results.get(job.key)?.cpuMs ?? 0)} ms`,
    );
    report('bad PDFs: damaged fixtures that once hung pdf.js', {
      tried: KNOWN_BAD.map((bad) => bad.name).join(', '),
      outcomes: outcomes.toString(),
      cpu: cpu.join(', '),
      held: `${known.length - failures.length} opened or were refused with a clear pdf/ error within 10 s of CPU`,
    });
    expect(failures).toEqual([]);
  });

  it(`${MUTATIONS} seeded damaged fixtures: each opens or is refused with a clear pdf/ error within 10 s of CPU, no worker lost`, () => {
    const { outcomes, failures } = judge(damaged);
    report('bad PDFs: damaged fixtures', {
      seed: SEED + 1,
      tried: `${MUTATIONS} damaged copies of ${fixtures.length} fixtures (${kinds})`,
      outcomes: outcomes.toString(),
      held: `${MUTATIONS - failures.length} opened or were refused with a clear pdf/ error within 10 s of CPU`,
    });
    expect(failures).toEqual([]);
  });
});
