/**
 * The hang guards' clock: milliseconds of CPU this test process has used (user + system, all its
 * threads). A hang guard asserts that hostile input (a 300,000-character line, nested markers,
 * a ReDoS-shaped run) costs bounded work: a quadratic or exponential path burns CPU, and this
 * clock sees it. What other processes do on a busy machine (CI's two cores, a browser test
 * beside) does not count here as it does on the wall clock, whose guards failed under load while
 * the code was not at fault. Speed targets are benchmarks in bench/, not these.
 */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
