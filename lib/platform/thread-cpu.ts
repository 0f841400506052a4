/**
 * Node on Linux: the CPU time one thread has used, read from /proc. The long-document helpers'
 * watchdog (node-text-pool.ts) counts a helper's own CPU on a page, so that a busy machine slows
 * a helper down without making it look stuck (several helpers run at once, so the process's CPU
 * would not tell which one works). Elsewhere these answer undefined and the watchdog stays on
 * the wall clock.
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

/** CPU ms used so far by a thread of this process, by its kernel id; undefined once it ended. */
export function threadCpuMs(tid: number): number | undefined {
  const stat = readStat(`/proc/self/task/${tid}/stat`);
  return stat ? cpuMsOfStat(stat) : undefined;
}

let ownTid: number | undefined | null = null;

/**
 * CPU ms used so far by the calling thread, where /proc tells (undefined elsewhere). A helper
 * thread that runs pdf.js in process judges its page budgets by this: the process's clock would
 * count the other threads' work (the caller, the other helpers) against its page.
 */
export function ownThreadCpuMs(): number | undefined {
  if (ownTid === null) ownTid = currentThreadTid();
  return ownTid === undefined ? undefined : threadCpuMs(ownTid);
}
