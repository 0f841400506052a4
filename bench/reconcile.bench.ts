/**
 * `reconcile.stats` (`npm run bench -- reconcile`): the chair's statistics for 500 applications ×
 * 30 reviewers × 20 criteria (every reviewer scored every application, so ICC, alpha and W are all
 * computed), with per-criterion figures, flags, severity, normalisation, ranking and the
 * cross-application rules. There is no other implementation to run beside it, so its baseline is
 * the target (under 1 s in Node): ratio < 1 meets it. The median wall time of the timed runs
 * after warm-up, and the median CPU time of the process in the same runs (on a shared machine,
 * wall time includes waiting for a core).
 */
import { syntheticReconcileInput } from '../lib/demo/synthetic-panel';
import { reconcile } from '../lib/reconcile';
import { emit, median, QUICK, runsOr } from './lib/record';

const APPS = Number(process.env.BENCH_APPS ?? (QUICK ? 50 : 500));
const REVIEWERS = Number(process.env.BENCH_REVIEWERS ?? 30);
const CRITERIA = 20;
const RUNS = runsOr(7);
const WARM_UP = QUICK ? 1 : 2;

const input = syntheticReconcileInput({
  applications: APPS,
  reviewers: REVIEWERS,
  criteria: CRITERIA,
  seed: 9,
});
const times: number[] = [];
/** CPU time of the process during each run: on a shared machine, wall time includes waiting. */
const cpu: number[] = [];
let last: ReturnType<typeof reconcile> | undefined;
for (let i = 0; i < RUNS + WARM_UP; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  last = reconcile(input);
  const dt = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (i >= WARM_UP) {
    times.push(dt);
    cpu.push((c.user + c.system) / 1000);
  }
}
if (!last?.agreement.design) throw new Error('reconcile computed no agreement');
const workload = `${APPS} applications × ${REVIEWERS} reviewers × ${CRITERIA} criteria`;
emit({
  name: 'reconcile.stats',
  unit: 'ms',
  value: median(times),
  baseline: 'target',
  baselineValue: 1000,
  n: RUNS,
  target: '< 1000 ms',
  note: `${workload}, wall time`,
});
emit({
  name: 'reconcile.stats.cpu',
  unit: 'ms',
  value: median(cpu),
  baseline: 'target',
  baselineValue: 1000,
  n: RUNS,
  note: `${workload}, CPU time of the process`,
});
