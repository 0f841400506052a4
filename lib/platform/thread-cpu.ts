/**
 * Node on Linux: the CPU time a thread has used, read from /proc. A page's time budget counts
 * this rather than the wall clock where it can (lib/pdf/open.ts `withBudget`): on a loaded
 * machine (ten busy processes on two cores) a page that needs 0.6 s of work took 6 s of wall
 * time and was called too complex, while a page looping inside pdf.js uses its CPU as fast as it
 * is given and still runs out. Elsewhere (another OS, a browser) these answer undefined and the
 * budget stays on the wall clock.
 */
import { readFileSync } from 'node:fs';

/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every ABI Node runs on. */
const MS_PER_TICK = 10;

/**
 * utime + stime of a /proc …/stat line, in ms. The command name (field 2) is in parentheses and
 * may hold spaces, so fields are counted from the last ')': state is the first after it, utime
 * and stime (fields 14 and 15) the 12th and 13th.
 */
export function cpuMsOfStat(stat: string): number | undefined {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  const fields = stat.slice(close + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  if (!Number.isFinite(user) || !Number.isFinite(system)) return undefined;
  return (user + system) * MS_PER_TICK;
}

function readStat(file: string): string | undefined {
  try {
    return readFileSync(file, 'latin1');
  } catch {
    return undefined; // not Linux, or /proc not mounted
  }
}

/** The kernel's id of the calling thread (for another thread to read its CPU time). */
export function currentThreadTid(): number | undefined {
  const stat = readStat('/proc/thread-self/stat');
  const tid = stat ? Number.parseInt(stat, 10) : Number.NaN;
  return Number.isInteger(tid) && tid > 0 ? tid : undefined;
}

/** CPU ms used so far by the calling thread. */
export function currentThreadCpuMs(): number | undefined {
  const stat = readStat('/proc/thread-self/stat');
  return stat ? cpuMsOfStat(stat) : undefined;
}

/** CPU ms used so far by a thread of this process, by its kernel id; undefined once it ended. */
export function threadCpuMs(tid: number): number | undefined {
  const stat = readStat(`/proc/self/task/${tid}/stat`);
  return stat ? cpuMsOfStat(stat) : undefined;
}

/**
 * The same as code for a thread started from a string (`new Worker(code, { eval: true })`),
 * which cannot import this module: it posts `{ tid }` to its parent.
 */
export const POST_TID_SOURCE = `
try {
  const tid = Number.parseInt(require('node:fs').readFileSync('/proc/thread-self/stat', 'latin1'), 10);
  if (tid > 0) require('node:worker_threads').parentPort.postMessage({ tid });
} catch {}
`;
