/**
 * Running PDFs through the corpus worker (corpus-worker.ts): a pool of child processes, each file
 * with a time limit after which its worker is killed and replaced (the runner never hangs), and
 * the pdf-edge corpus's manifest with the deviations we accept. Shared by the corpus test and the
 * bad-PDF reliability suite.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusOutcome, CorpusRequest } from './corpus-worker';

const here = path.dirname(fileURLToPath(import.meta.url));
const WORKER = path.join(here, 'corpus-worker.ts');
/**
 * Each file's limit, in CPU time of its worker: the work a file costs, not how busy the machine
 * is (on a shared 2-core machine a file that takes 4 s alone took over 10 s of wall time).
 */
export const LIMIT_MS = 10_000;
/** Wall time after which a worker is taken for stuck, killed and replaced. */
export const HANG_MS = 60_000;

/** The pdf-edge corpus beside the checkout; missing, a failure that says what to do. */
export function corpusDir(): string {
  const dir = path.resolve(here, '../../../shared/corpus/pdf-edge');
  if (!existsSync(path.join(dir, 'MANIFEST.tsv'))) {
    throw new Error(
      `${dir}/MANIFEST.tsv is missing: the pdf-edge corpus lives in the shared checkout beside ` +
        'this repository (../shared/corpus/pdf-edge). Put it there to run this test.',
    );
  }
  return dir;
}

export type Expectation = 'opens' | 'error-clear' | 'password-required';

export interface Row {
  file: string;
  expectation: Expectation;
  note: string;
  password?: string;
}

export interface Result {
  /** Wall time, for the record. */
  ms?: number;
  /** CPU time of the worker on this file, held to LIMIT_MS. */
  cpuMs?: number;
  first?: CorpusOutcome;
  withPassword?: CorpusOutcome;
  timedOut?: boolean;
}

/**
 * Files where pdfjs-dist 5.6 (ours) differs from the 6.5 reference, and the outcome we accept.
 * Filled from observed runs; each entry says why our behaviour is still right.
 */
export const DEVIATIONS: Record<string, { accept: Expectation; password?: string; why: string }> = {
  'pdfjs/auth-event-ef-open.pdf': {
    accept: 'password-required',
    password: '000000',
    why:
      'pdf.js 5.6 does not know AuthEvent EFOpen (only embedded files encrypted) and asks for the ' +
      'password to open the document: we report pdf/passwordRequired clearly, and the file opens ' +
      'with the password the note gives. 6.5 opens it without one.',
  },
  'pdfjs/issue21436.pdf': {
    accept: 'error-clear',
    why:
      'The document opens, but pdf.js 5.6 cannot follow its broken page tree ("Page dictionary ' +
      'kids object is not an array"); 6.5 repairs it. We report pdf/pageUnreadable for page 1, ' +
      'naming the file and the page, and the rest of the app keeps working.',
  },
};

export function readManifest(corpus: string): Row[] {
  const lines = readFileSync(path.join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [file, , , expectation, note] = line.split('\t') as [
      string,
      string,
      string,
      Expectation,
      string,
    ];
    const password = /\('([^']*)' -> opens\)/.exec(note)?.[1] ?? DEVIATIONS[file]?.password;
    return { file, expectation, note, ...(password !== undefined ? { password } : {}) };
  });
}

export interface Job {
  key: string;
  path: string;
  name: string;
  password?: string;
}

/**
 * Run every job through a pool of workers, killing (and replacing) a worker stuck on a file for
 * longer than `hangMs` of wall time.
 */
export function runPool(
  jobs: Job[],
  opts: { workers?: number; hangMs?: number } = {},
): Promise<Map<string, Result>> {
  const hangMs = opts.hangMs ?? HANG_MS;
  const results = new Map<string, Result>();
  const queue = [...jobs];
  return new Promise((resolve) => {
    let running = 0;
    const start = () => {
      if (queue.length === 0) {
        if (running === 0) resolve(results);
        return;
      }
      running++;
      const child: ChildProcess = fork(WORKER, [], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      });
      let current: Job | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const next = () => {
        current = queue.shift();
        if (!current) {
          child.kill();
          return;
        }
        const request: CorpusRequest = {
          path: current.path,
          name: current.name,
          ...(current.password !== undefined ? { password: current.password } : {}),
        };
        timer = setTimeout(() => {
          results.set(current!.key, { timedOut: true });
          current = undefined;
          child.kill('SIGKILL');
        }, hangMs);
        child.send(request);
      };
      child.on('message', (message: { ready?: boolean } & Result & { name?: string }) => {
        if (message.ready) return next();
        clearTimeout(timer);
        if (current) {
          results.set(current.key, {
            first: message.first,
            withPassword: message.withPassword,
            ms: message.ms,
            cpuMs: message.cpuMs,
          });
        }
        next();
      });
      child.on('exit', () => {
        clearTimeout(timer);
        if (current)
          results.set(current.key, { first: { kind: 'crash', message: 'worker exited' } });
        running--;
        start();
      });
    };
    for (let i = 0; i < (opts.workers ?? 2); i++) start();
  });
}

/** Outcome counts and the slowest files: printed for the record, not asserted. */
export function summary(results: Map<string, Result>): string {
  const outcomes = new Map<string, number>();
  for (const r of results.values()) {
    const key = r.timedOut
      ? 'stuck'
      : (r.cpuMs ?? 0) > LIMIT_MS
        ? 'over limit'
        : r.first?.kind === 'error'
          ? r.first.code
          : (r.first?.kind ?? '?');
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  }
  const slowest = [...results]
    .sort(([, a], [, b]) => (b.ms ?? 0) - (a.ms ?? 0))
    .slice(0, 5)
    .map(([file, r]) => `${file} ${Math.round(r.ms ?? 0)} ms (${Math.round(r.cpuMs ?? 0)} ms CPU)`);
  return `outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}\nslowest: ${slowest.join(', ')}`;
}

/** Whether a corpus file met its expectation (DEVIATIONS applied): null, or what went wrong. */
export function unmet(row: Row, result: Result | undefined): string | null {
  if (!result) return 'no result';
  const over = overLimit(result);
  if (over) return over;
  const first = result.first!;
  if (first.kind === 'crash') return `crash: ${first.message}`;
  const expected = DEVIATIONS[row.file]?.accept ?? row.expectation;
  if (expected === 'opens') {
    if (first.kind !== 'opens') return `expected to open, got ${JSON.stringify(first)}`;
    if (first.pages > 0 && first.page1Chars === null) return 'page 1 text missing';
    return null;
  }
  if (expected === 'error-clear')
    return first.kind === 'error' && first.code.startsWith('pdf/')
      ? null
      : `expected a pdf/ error, got ${JSON.stringify(first)}`;
  if (first.kind !== 'error' || first.code !== 'pdf/passwordRequired')
    return `expected pdf/passwordRequired, got ${JSON.stringify(first)}`;
  return result.withPassword?.kind === 'opens'
    ? null
    : `did not open with password ${row.password}`;
}

/** Whether a file ran past its limit (stuck, or more than LIMIT_MS of CPU): null, or what happened. */
export function overLimit(result: Result): string | null {
  if (result.timedOut) return `stuck: no answer after ${HANG_MS / 1000} s, worker killed`;
  if ((result.cpuMs ?? 0) > LIMIT_MS)
    return `took ${Math.round(result.cpuMs!)} ms of CPU, over ${LIMIT_MS / 1000} s`;
  return null;
}
