/**
 * When work on a page is past its time budget. Wall time alone would call an ordinary page too
 * complex on a busy machine, so where a CPU clock can be read the work must also have had its
 * share of a core: past `ms` of wall time, it is over once it used CPU_SHARE of `ms` in CPU, or
 * in any case after WALL_STRETCH budgets of wall time (work that waits rather than computes).
 * Shared by `withBudget` (lib/pdf/open.ts) and the long-document helpers' watchdog
 * (lib/platform/node-text-pool.ts), so a page is judged alike on every thread.
 */
// 0.6, not 0.5: a page of pdf.js's own slow parsing (the corpus's 64 MiB decompression bomb needs
// about 2.4 s of CPU on an idle core) went past half a budget on a machine loaded twenty deep,
// where a core's CPU seconds buy less. Not more: a damaged file meets several budgets (opening,
// then each page), and at 0.8 one of the fixtures that once hung pdf.js spent 10.7 s of CPU in all,
// past the 10 s the reliability suite allows a file.
export const CPU_SHARE = 0.6;
export const WALL_STRETCH = 6;

/** `cpuUsed`: CPU ms used by the work meanwhile, undefined where no clock could be read. */
export function pastBudget(waited: number, cpuUsed: number | undefined, ms: number): boolean {
  if (waited < ms) return false;
  if (cpuUsed === undefined || cpuUsed < 0) return true;
  return cpuUsed >= ms * CPU_SHARE || waited >= ms * WALL_STRETCH;
}
