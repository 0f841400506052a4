/**
 * Node only: the helper threads of node-text-pool.ts — what is sent to them and back, and their
 * lives: one per core beyond the caller's own (at most three), lent to one document at a time,
 * ended after a minute unused. They never keep the process alive.
 *
 * They start with the second long document a process reads, not the first. A new helper spends
 * its first second loading pdf.js and its first documents running cold (unoptimised) code, and
 * on two cores that slows the caller's thread more than the helper reads. Measured on a 100-page
 * Chromium print, 2 cores: a one-shot `review-desk extract` takes 2.0 s alone, 2.6 s with a
 * helper started at once; reading the file over and over in one process, documents 2 and 3 take
 * about 0.25 s longer than alone, the 4th the same, and from the 5th on 0.1–0.15 s less
 * (0.27–0.3 s against 0.41 s), which pays the start back by about the 10th document.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorParams } from '../errors';
import type { PageOutcome } from './types';

/** More helpers than this gain little on a 100-page file and cost memory (pdf.js each). */
const MAX_HELPERS = 3;
const IDLE_MS = 60_000;

/** Sent to a helper: read pages of this document until the shared counter runs past the end. */
export interface HelperJob {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  password?: string;
  numPages: number;
  budgetMs: number;
  rulings: boolean | 'auto';
  /** Int32Array: [0] next page to take (from 1); [1 + lane] page helper `lane` is reading, or 0. */
  slots: SharedArrayBuffer;
  lane: number;
}

type PageTextOf = Extract<PageOutcome, { text: unknown }>['text'];

/** Sent back by a helper; `job` is the HelperJob's id. */
export type HelperMessage =
  /** `tid`: its kernel thread id, where it can tell (Linux), to read its CPU time by. */
  | { type: 'ready'; tid?: number }
  | { type: 'page'; job: number; page: number; text: PageTextOf }
  | { type: 'page'; job: number; page: number; error: { code: string; params: ErrorParams } }
  /** A failure that is not about the page (a bug): the whole read fails, as on one thread. */
  | { type: 'fault'; job: number; name: string; message: string }
  | { type: 'end'; job: number };

export interface Helper {
  worker: Worker;
  /** True once pdf.js is loaded in it; false when it failed to start. */
  ready: Promise<boolean>;
  /** The job it serves for a caller, or null when free. */
  job: number | null;
  dead: boolean;
  /** Why it stopped, when it did on its own. */
  error?: unknown;
  /** Its kernel thread id (Linux), from its ready message. */
  tid?: number;
  idle?: ReturnType<typeof setTimeout>;
}

const helpers: Helper[] = [];
/** Set when a helper could not start: the same would happen again, so stop trying. */
let cannotStart = false;

/** Helpers for this machine: one per core beyond the caller's own. */
function helperCount(): number {
  if (cannotStart) return 0;
  return Math.max(0, Math.min(MAX_HELPERS, availableParallelism() - 1));
}

/**
 * The worker runs TypeScript: tsx registers itself in the new thread (whatever loader the parent
 * runs under: the CLI's tsx, vitest, plain node), then loads node-text-worker.ts.
 */
const BOOT = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register({ tsconfig: workerData.tsconfig });
  await import(workerData.entry);
})();
`;

function spawn(): Helper {
  const typescript = import.meta.url.endsWith('.ts');
  // The CLI registers tsx with the project's tsconfig; so does the helper, when there is one.
  const tsconfig = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));
  const worker = new Worker(BOOT, {
    eval: true,
    // Our own loader (BOOT), not the parent's flags: the same start under tsx, vitest or node.
    execArgv: [],
    workerData: {
      tsx: typescript ? import.meta.resolve('tsx/esm/api') : null,
      tsconfig: existsSync(tsconfig) ? tsconfig : false,
      entry: new URL(`./node-text-worker.${typescript ? 'ts' : 'js'}`, import.meta.url).href,
    },
  });
  worker.unref();
  const helper: Helper = { worker, ready: Promise.resolve(false), job: null, dead: false };
  helper.ready = new Promise<boolean>((resolve) => {
    worker.once('message', (m: HelperMessage) => {
      if (m.type === 'ready') helper.tid = m.tid;
      resolve(m.type === 'ready');
    });
    worker.once('exit', () => resolve(false));
  });
  void helper.ready.then((ready) => {
    if (!ready) cannotStart = true;
  });
  worker.on('error', (error) => {
    helper.error = error;
  });
  worker.once('exit', () => retire(helper));
  return helper;
}

export function retire(helper: Helper): void {
  helper.dead = true;
  clearTimeout(helper.idle);
  const i = helpers.indexOf(helper);
  if (i >= 0) helpers.splice(i, 1);
}

/** The caller of `job` is done with the helper (it may still be finishing that job's page). */
export function release(helper: Helper, job: number): void {
  if (helper.job !== job) return;
  helper.job = null;
  if (helper.dead) return;
  helper.idle = setTimeout(() => {
    retire(helper);
    void helper.worker.terminate();
  }, IDLE_MS);
  helper.idle.unref();
}

/** Long documents asked for helpers so far in this process. */
let documents = 0;

/** Free helpers for a job (a long document), starting new ones from the second on. */
export function takeHelpers(job: number): Helper[] {
  try {
    if (++documents > 1) while (helpers.length < helperCount()) helpers.push(spawn());
  } catch {
    cannotStart = true; // no tsx, no worker threads: this thread reads alone
  }
  const free = helpers.filter((h) => h.job === null && !h.dead);
  for (const h of free) {
    h.job = job;
    clearTimeout(h.idle);
  }
  return free;
}

/** Resolves once every helper started so far is ready or failed to start (tests wait for it). */
export async function helpersStarted(): Promise<void> {
  await Promise.all(helpers.map((h) => h.ready));
}

/** The helper threads running now (tests end one to see a lost helper handled). */
export function helperThreads(): Worker[] {
  return helpers.map((h) => h.worker);
}
