/**
 * Node only: a long document's pages read on worker threads as well as on the caller's thread
 * (`Platform.readPagesInParallel`). pdf.js in Node runs on the thread that calls it, so one
 * 100-page Chromium print keeps one core busy; helpers (node-text-helpers.ts) share the pages out.
 *
 * Pages are handed out one at a time through a counter in shared memory (Atomics): a helper
 * still starting up, or one that meets heavy pages, simply takes fewer, and no thread waits for
 * a message to get work. Each thread reads its pages with the same code (`getPageText`, same
 * budget, same error mapping), so a page's text is the same whoever read it; it comes back as
 * a message. Helpers start on first use, in the background: this thread reads meanwhile.
 *
 * A helper that dies (out of memory) or stops answering (a page looping inside pdf.js, which a
 * time budget cannot interrupt on its own thread) is terminated: its page fails as too complex
 * (or unreadable), the other pages are read by the rest.
 */

import { isErrorCode } from '../error-codes';
import { type ErrorParams, ReviewDeskError } from '../errors';
import { pastBudget } from '../pdf/budget';
import {
  type Helper,
  type HelperJob,
  type HelperMessage,
  release,
  retire,
  takeHelpers,
} from './node-text-helpers';
import { threadCpuMs } from './thread-cpu';
import type { PageOutcome, ParallelPagesRequest } from './types';

/** A helper that shows no progress on a page for its budget plus this is stuck. */
const STUCK_GRACE_MS = 5_000;

/**
 * Whether a helper that has been on one page for `waited` ms is stuck on it: past its budget and
 * the grace, judged as `withBudget` judges a page on the caller's thread (lib/pdf/budget.ts), from
 * the helper thread's own CPU where Linux tells it.
 */
export function isStuck(
  waited: number,
  cpuAtStart: number | undefined,
  cpuNow: number | undefined,
  budgetMs: number,
): boolean {
  if (waited <= budgetMs + STUCK_GRACE_MS) return false;
  const used = cpuAtStart === undefined || cpuNow === undefined ? undefined : cpuNow - cpuAtStart;
  return pastBudget(waited - STUCK_GRACE_MS, used, budgetMs);
}

let jobs = 0;

/** See `Platform.readPagesInParallel`. */

/** A helper's page error crosses the thread as text: ours when its code is, unreadable otherwise. */
function helperError(error: { code: string; params: ErrorParams }, file: string, page: number) {
  return isErrorCode(error.code)
    ? new ReviewDeskError(error.code, error.params)
    : new ReviewDeskError('pdf/pageUnreadable', { file, page });
}

export async function readPagesInParallel(request: ParallelPagesRequest): Promise<boolean> {
  const id = ++jobs;
  const lanes = takeHelpers(id);
  if (lanes.length === 0) return false;
  const { numPages, signal } = request;
  const slotsBuffer = new SharedArrayBuffer(4 * (1 + lanes.length));
  const slots = new Int32Array(slotsBuffer);
  Atomics.store(slots, 0, 1);
  const done = new Set<number>();
  let settled = false;
  let resolve!: (value: boolean) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<boolean>((res, rej) => {
    resolve = res;
    reject = rej;
  });

  const stopHandingOut = () => Atomics.store(slots, 0, numPages + 1);
  // Once settled, helpers are free for the next caller: a job they are still finishing (its
  // last page after an abort) is queued ahead of the next one, and its messages are told apart.
  const settle = () => {
    settled = true;
    for (const helper of lanes) release(helper, id);
  };
  const fail = (error: unknown) => {
    if (settled) return;
    settle();
    stopHandingOut();
    reject(error);
  };
  const record = (outcome: PageOutcome) => {
    if (settled || done.has(outcome.page)) return;
    done.add(outcome.page);
    request.onPage(outcome);
    if (done.size === numPages) {
      settle();
      resolve(true);
    }
  };
  const onAbort = () => fail(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  lanes.forEach((helper, i) => {
    void runHelper(helper, i);
  });
  void runHere();

  async function runHere() {
    try {
      for (;;) {
        signal?.throwIfAborted();
        const page = Atomics.add(slots, 0, 1);
        if (page > numPages || settled) return;
        record(await request.readHere(page));
      }
    } catch (error) {
      fail(error);
    }
  }

  async function runHelper(helper: Helper, lane: number) {
    if (!(await helper.ready) || Atomics.load(slots, 0) > numPages || settled) {
      release(helper, id);
      return;
    }
    const { worker } = helper;
    const slot = 1 + lane;
    let watchdog: ReturnType<typeof setInterval> | undefined;
    const finish = () => {
      clearInterval(watchdog);
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      release(helper, id);
    };
    // The page a helper was reading when it died or got stuck fails; the rest is read by others.
    const lose = (code: 'pdf/tooComplex' | 'pdf/pageUnreadable') => {
      const page = Atomics.load(slots, slot);
      if (page === 0 || done.has(page)) return;
      const params: ErrorParams =
        code === 'pdf/tooComplex'
          ? { file: request.fileName, seconds: request.budgetMs / 1000 }
          : { file: request.fileName, page };
      try {
        record({ page, error: new ReviewDeskError(code, params) });
      } catch (error) {
        fail(error); // the caller's progress callback threw
      }
    };
    const onMessage = (m: HelperMessage) => {
      if (m.type === 'ready' || m.job !== id) return;
      if (m.type === 'page') {
        const { page } = m;
        const outcome: PageOutcome =
          'text' in m
            ? { page, text: m.text }
            : { page, error: helperError(m.error, request.fileName, page) };
        try {
          record(outcome);
        } catch (error) {
          fail(error); // the caller's progress callback threw
        }
      } else if (m.type === 'fault') {
        const error = new Error(m.message);
        error.name = m.name;
        fail(error);
      } else if (m.type === 'end') finish();
    };
    const onExit = () => {
      const oom =
        (helper.error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      lose(oom ? 'pdf/tooComplex' : 'pdf/pageUnreadable');
      finish();
    };
    worker.on('message', onMessage);
    worker.once('exit', onExit);
    let seen = 0;
    let since = Date.now();
    const cpu = () => (helper.tid === undefined ? undefined : threadCpuMs(helper.tid));
    let cpuSince = cpu();
    watchdog = setInterval(() => {
      const page = Atomics.load(slots, slot);
      if (page !== seen) {
        seen = page;
        since = Date.now();
        cpuSince = cpu();
      } else if (page > 0 && isStuck(Date.now() - since, cpuSince, cpu(), request.budgetMs)) {
        lose('pdf/tooComplex');
        retire(helper);
        void worker.terminate();
      }
    }, 250);
    watchdog.unref();
    const bytes = request.bytes.slice();
    const job: HelperJob = {
      id,
      bytes,
      fileName: request.fileName,
      password: request.password,
      numPages,
      budgetMs: request.budgetMs,
      rulings: request.rulings,
      slots: slotsBuffer,
      lane,
    };
    worker.postMessage(job, [bytes.buffer]);
  }

  try {
    return await promise;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
