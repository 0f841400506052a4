/**
 * `reconcile.stats` (`npm run bench -- reconcile`): the chair's statistics for 500 applications ×
 * 30 reviewers × 20 criteria (every reviewer scored every application, so ICC, alpha and W are all
 * computed), with per-criterion figures, flags, severity, normalisation, ranking and the
 * cross-application rules. There is no other implementation to run beside it, so its baseline is
 * the target (under 1 s in Node): ratio < 1 meets it. The median wall time of the timed runs
 * after warm-up, and the median CPU time of the process in the same runs (on a shared machine,
 * wall time includes waiting for a core).
 */
import { type ReconcileInput, type ReconcileReview, reconcile } from '../lib/reconcile';
import { builtinPack, type Criterion, type RubricPack } from '../lib/rubric';
import { emit, median, QUICK, runsOr } from './lib/record';

const APPS = Number(process.env.BENCH_APPS ?? (QUICK ? 50 : 500));
const REVIEWERS = Number(process.env.BENCH_REVIEWERS ?? 30);
const CRITERIA = 20;
const RUNS = runsOr(7);
const WARM_UP = QUICK ? 1 : 2;

/** A fixed pseudo-random number in [0, 1) (mulberry32), so every run measures the same panel. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The Liaoning pack with 20 criteria of 5 points each (total 100). */
function benchPack(): RubricPack {
  const base = builtinPack('liaoning-2022-community');
  const criteria: Criterion[] = Array.from({ length: CRITERIA }, (_, i) => ({
    id: `c${i + 1}`,
    title: { zh: `评分项${i + 1}` },
    max: 5,
    step: 1,
    bands: [],
  }));
  return {
    ...base,
    scoring: { ...base.scoring, sections: [{ id: 's', title: { zh: '评分' }, criteria }] },
  };
}

function benchInput(): ReconcileInput {
  const pack = benchPack();
  const next = random(9);
  const bodies = Array.from({ length: 40 }, (_, i) => `城市${i}教育局`);
  const members = Array.from({ length: REVIEWERS }, (_, r) => ({
    id: `r${r}`,
    name: `专家${r}`,
    unit: `专家单位${r}`,
    role: 'reviewer' as const,
  }));
  const applications = Array.from({ length: APPS }, (_, a) => ({
    id: `a${a}`,
    title: `申报${a}`,
    recommendingBody: bodies[a % bodies.length]!,
  }));
  const severity = members.map(() => (next() - 0.5) * 2);
  const reviews: ReconcileReview[] = [];
  for (const app of applications) {
    const merit = 1.5 + next() * 3;
    for (const [r, m] of members.entries()) {
      const scores: Record<string, number> = {};
      let total = 0;
      for (let c = 0; c < CRITERIA; c++) {
        const s = Math.max(0, Math.min(5, Math.round(merit + severity[r]! + (next() - 0.5) * 2)));
        scores[`c${c + 1}`] = s;
        total += s;
      }
      reviews.push({
        application: app.id,
        reviewer: m.id,
        status: 'submitted',
        figures: {
          total,
          scores,
          eligible: next() < 0.97,
          facts: {
            leadUnit: `学校${app.id}`,
            practiceStart: next() < 0.01 ? '2019-09' : '2019-03',
          },
        },
      });
    }
  }
  return { pack, members, applications, reviews };
}

const input = benchInput();
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
