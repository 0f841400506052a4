/**
 * Desk benchmark (`npm run bench:desk`): what the chair's desk computes on every change of a real
 * panel (Liaoning pack; every reviewer confirmed facts, scored and submitted every application):
 * the reconcile input read from the panel through its API, with the review summaries computed
 * afresh (cold) and with the summary cache after one change (warm: only what changed is
 * evaluated again), then `reconcile` itself. Defaults: 100 applications × 10 reviewers
 * (BENCH_APPS, BENCH_REVIEWERS to change). Prints the medians and one JSON line.
 */
import * as Y from 'yjs';
import { identityFromInvitation } from '../lib/identity/identity';
import type { ApplicationId, CriterionId, FactId } from '../lib/ids';
import { createPanel } from '../lib/panel/create';
import { docOf, Panel } from '../lib/panel/panel';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import { fromPanel, reconcile, SummaryCache } from '../lib/reconcile';
import { allCriteria, builtinPack } from '../lib/rubric';

setPlatform(nodePlatform);
const APPS = Number(process.env.BENCH_APPS ?? 100);
const REVIEWERS = Number(process.env.BENCH_REVIEWERS ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const pack = builtinPack('liaoning-2022-community');
const criteria = allCriteria(pack.scoring);
const BODIES = ['大连市教育局', '沈阳市教育局', '鞍山市教育局', '锦州市教育局', '辽宁北辰师范大学'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function facts(a: number): Record<string, unknown> {
  return {
    projectName: `基准共同体${a}`,
    leadUnit: `基准学校${a}`,
    memberUnits: Array.from({ length: 5 }, (_, i) => ({ name: `基准学校${a}-${i}` })),
    practiceStart: `20${18 + (a % 3)}-0${1 + (a % 9)}`,
    typicalCases: 3,
    recommendingBody: BODIES[a % BODIES.length],
    submittedOn: '2022-05-01',
  };
}

async function main() {
  console.log(
    `Workload: ${APPS} applications × ${REVIEWERS} reviewers × ${criteria.length} criteria`,
  );
  const created = await createPanel({
    name: '基准评审组',
    rubric: { id: pack.id, json: JSON.stringify(pack) },
    chair: { name: '组长' },
    members: Array.from({ length: REVIEWERS }, (_, i) => ({
      name: `专家${i + 1}`,
      role: 'reviewer' as const,
    })),
  });
  const chair = created.panel;
  const apps: ApplicationId[] = [];
  chair.batch(() => {
    for (let a = 0; a < APPS; a++)
      apps.push(
        chair.addApplication({
          title: `申报${a}`,
          applicantUnit: `基准学校${a}`,
          recommendingBody: BODIES[a % BODIES.length]!,
        }),
      );
  });
  const base = Y.encodeStateAsUpdate(docOf(chair));
  const baseSv = Y.encodeStateVector(docOf(chair));
  for (let r = 0; r < REVIEWERS; r++) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, base);
    const panel = new Panel(doc, await identityFromInvitation(created.invitations[r]!));
    await panel.settled();
    await panel.ensureDevice();
    for (const [a, app] of apps.entries()) {
      panel.batch(() => {
        for (const [id, value] of Object.entries(facts(a)))
          panel.setFact(app, id as FactId, { state: 'accepted', value });
        criteria.forEach((c, i) => {
          panel.setScore(app, c.id as CriterionId, Math.min(c.max, (a + r + i) % (c.max + 1)));
        });
      });
      await panel.submitReview(app);
    }
    await panel.settled();
    Y.applyUpdate(docOf(chair), Y.encodeStateAsUpdate(doc, baseSv), 'bench-remote');
    panel.destroy();
  }
  await chair.settled();

  const cold: number[] = [];
  for (let i = 0; i < RUNS; i++) cold.push(time(() => fromPanel(chair, pack)));
  const cache = new SummaryCache();
  const first = time(() => fromPanel(chair, pack, { cache }));
  const warm: number[] = [];
  const rec: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // One change, as the chair makes them: a thread message on one application.
    const thread = chair.createThread(apps[i % APPS]!, `讨论${i}`, null);
    chair.postMessage(apps[i % APPS]!, thread, '意见');
    let input = fromPanel(chair, pack, { cache });
    warm.push(time(() => (input = fromPanel(chair, pack, { cache }))));
    rec.push(time(() => reconcile(input)));
  }
  const result = {
    workload: `${APPS}x${REVIEWERS}x${criteria.length}`,
    fromPanelColdMs: Math.round(median(cold)),
    fromPanelFirstWithCacheMs: Math.round(first),
    fromPanelWarmMs: Math.round(median(warm)),
    reconcileMs: Math.round(median(rec)),
    summariesComputed: cache.counts.misses,
    summariesReused: cache.counts.hits,
  };
  console.log(
    `reconcile input from the panel: cold ${result.fromPanelColdMs} ms, warm ${result.fromPanelWarmMs} ms; reconcile ${result.reconcileMs} ms`,
  );
  console.log(JSON.stringify(result));
  chair.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
