/**
 * Page budgets look at CPU time where Node can read it: a page slowed down by a busy machine is
 * given the time, a page that burns CPU runs out at its budget as before. The long-document
 * helpers' watchdog judges the same way from the helper thread's own CPU (lib/platform/thread-cpu.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewDeskError } from '../../lib/errors';
import { openPdf, withBudget } from '../../lib/pdf/open';
import { getPageText } from '../../lib/pdf/text';
import { setPlatform } from '../../lib/platform';
import { nodeInProcessPlatform, nodePlatform } from '../../lib/platform/node';
import { isStuck } from '../../lib/platform/node-text-pool';
import { cpuMsOfStat, currentThreadTid, threadCpuMs } from '../../lib/platform/thread-cpu';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/extract');

/**
 * Code that works until its thread has used `ms` of CPU (its own count from /proc; 20 s of wall
 * time at most): a loaded machine slows it down without making it do less.
 */
const burn = (ms: number) => `{
  const fs = require('node:fs');
  const cpu = () => {
    const f = fs.readFileSync('/proc/thread-self/stat', 'latin1');
    const v = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return (Number(v[11]) + Number(v[12])) * 10;
  };
  const [from, until] = [cpu(), Date.now() + 20000];
  for (let x = 0; cpu() - from < ${ms} && Date.now() < until; ) for (let i = 0; i < 1e5; i++) x += i;
}`;

/** Another thread of this process uses `ms` of CPU, while this one waits for it. */
function busyThread(ms: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(
      `${burn(ms)}
      require('node:worker_threads').parentPort.postMessage('done');`,
      { eval: true },
    );
    worker.once('message', () => void worker.terminate().then(() => resolve()));
    worker.once('error', reject);
  });
}

const tooComplex = () => new ReviewDeskError('pdf/tooComplex', { file: 'f.pdf', seconds: 1 });

/** Whether `promise` has settled after the fake clock moved on by `ms`. */
async function settledAfter(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe('withBudget with a CPU clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits on while the process got less than CPU_SHARE of its budget in CPU (a busy machine)', async () => {
    vi.useFakeTimers();
    const started = Date.now();
    // A busy machine: the process gets a fifth of a core.
    const clock = () => (Date.now() - started) / 5;
    const work = withBudget(new Promise<never>(() => {}), 1000, tooComplex, undefined, clock);
    work.catch(() => {});
    expect(await settledAfter(work, 1500)).toBe(false);
    expect(await settledAfter(work, 1300)).toBe(false);
    // 0.6 of the budget in CPU (3 s of wall time at a fifth of a core), seen at a recheck: too complex.
    expect(await settledAfter(work, 1000)).toBe(true);
    await expect(work).rejects.toMatchObject({ code: 'pdf/tooComplex' });
  });

  it('runs out on time when the work burns its CPU', async () => {
    vi.useFakeTimers();
    const started = Date.now();
    const clock = () => Date.now() - started;
    let cancelled = false;
    const work = withBudget(
      new Promise<never>(() => {}),
      1000,
      tooComplex,
      () => {
        cancelled = true;
      },
      clock,
    );
    work.catch(() => {});
    expect(await settledAfter(work, 990)).toBe(false);
    expect(await settledAfter(work, 20)).toBe(true);
    expect(cancelled).toBe(true);
  });

  it('gives up after six budgets of wall time even if no CPU is used (work that waits)', async () => {
    vi.useFakeTimers();
    const work = withBudget(new Promise<never>(() => {}), 1000, tooComplex, undefined, () => 42);
    work.catch(() => {});
    expect(await settledAfter(work, 5900)).toBe(false);
    expect(await settledAfter(work, 200)).toBe(true);
  });

  it('stays on wall time when the clock cannot be read', async () => {
    vi.useFakeTimers();
    const work = withBudget(new Promise<never>(() => {}), 1000, tooComplex, undefined, () => {
      return undefined;
    });
    work.catch(() => {});
    expect(await settledAfter(work, 1010)).toBe(true);
  });

  it('resolves with the work when it ends in time', async () => {
    await expect(
      withBudget(Promise.resolve(7), 1000, tooComplex, undefined, () => 0),
    ).resolves.toBe(7);
  });
});

describe('a long document helper stuck on a page', () => {
  it('is stuck once it has spent CPU_SHARE of its budget in CPU on the page past the grace, not before', () => {
    expect(isStuck(20_000, 100, 1_000, 5_000)).toBe(false); // slowed down, not looping
    expect(isStuck(20_000, 100, 2_900, 5_000)).toBe(false); // 2.8 s: under 0.6 of 5 s
    expect(isStuck(20_000, 100, 3_200, 5_000)).toBe(true);
    expect(isStuck(4_000, 0, 9_000, 5_000)).toBe(false); // within the budget and its grace
  });

  it('is stuck after six budgets of wall time, or at once past the grace without a CPU clock', () => {
    expect(isStuck(36_000, 0, 10, 5_000)).toBe(true);
    expect(isStuck(10_500, undefined, undefined, 5_000)).toBe(true);
    expect(isStuck(10_500, 0, undefined, 5_000)).toBe(true);
  });
});

describe('thread CPU time from /proc', () => {
  it('reads utime + stime, whatever the command name holds', () => {
    const fields = Array.from({ length: 40 }, (_, i) => String(i + 3));
    fields[11] = '120'; // utime (field 14)
    fields[12] = '30'; // stime (field 15)
    expect(cpuMsOfStat(`4242 (node) a (b)) ${fields.join(' ')}`)).toBe(1500);
    expect(cpuMsOfStat('garbage')).toBeUndefined();
  });

  it.runIf(process.platform === 'linux')(
    'tells a thread that works from one that waits',
    async () => {
      expect(currentThreadTid()).toBeGreaterThan(0);
      // A thread that says its kernel id, then works or waits for 400 ms when told to go.
      const run = (body: string) =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(
            `const { parentPort } = require('node:worker_threads');
            const stat = require('node:fs').readFileSync('/proc/thread-self/stat', 'latin1');
            parentPort.postMessage({ tid: Number.parseInt(stat, 10) });
            // Stays alive after (a listener) so its /proc entry is there to read.
            parentPort.on('message', () => { ${body}; parentPort.postMessage('done'); });`,
            { eval: true },
          );
          let tid: number | undefined;
          let before: number | undefined;
          worker.on('message', (m: unknown) => {
            if (typeof m === 'object' && m && 'tid' in m) {
              tid = (m as { tid: number }).tid;
              before = threadCpuMs(tid);
              worker.postMessage('go');
            } else if (m === 'done' && tid !== undefined) {
              const after = threadCpuMs(tid);
              void worker.terminate();
              if (after === undefined || before === undefined) reject(new Error('no CPU time'));
              else resolve(after - before);
            }
          });
          worker.on('error', reject);
        });
      const busy = await run(burn(400));
      const idle = await run('Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400)');
      expect(busy).toBeGreaterThanOrEqual(150);
      expect(idle).toBeLessThan(100);
    },
  );

  it.runIf(process.platform === 'linux')(
    "gives a helper thread's page budget its own CPU, not the other threads' work",
    async () => {
      const own = () => nodeInProcessPlatform.cpuMs!()!;
      const whole = () => nodePlatform.cpuMs!()!;
      const [ownBefore, wholeBefore] = [own(), whole()];
      await busyThread(300);
      expect(whole() - wholeBefore).toBeGreaterThanOrEqual(150);
      expect(own() - ownBefore).toBeLessThan(100);
    },
  );

  it.runIf(process.platform === 'linux')(
    "gives a document's page budget the CPU of its own pdf.js thread, not other threads' work",
    async () => {
      setPlatform(nodePlatform);
      const bytes = readFileSync(path.join(fixtures, 'ym-form-chromium.pdf'));
      const pdf = await openPdf(new Uint8Array(bytes), { fileName: 'f.pdf' });
      try {
        await getPageText(pdf, 1);
        const clock = pdf.cpuMs!;
        const before = clock()!;
        await busyThread(300);
        expect(clock()! - before).toBeLessThan(100);
      } finally {
        await pdf.close();
      }
    },
  );
});
