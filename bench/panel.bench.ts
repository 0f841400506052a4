/**
 * Panel benchmark (`npm run bench -- panel.merge20`): the issue's workload (bench/lib/
 * panel-workload.ts) merged as the chair receives it — 20 reviewers' offline work applied and
 * every chain verified (authentication on: every write is a signed batch, SPEC A1–A4) — against
 * raw Yjs doing the same operations, with Automerge and Loro on the same workload for context,
 * and the encoded size of each merged document. Also the cost of one write through the API.
 * Loading the panel from IndexedDB is `panel-load.bench.ts` (in Chromium); the relay is
 * `relay.bench.ts`.
 */
import * as Y from 'yjs';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import { automergeWorkload, loroWorkload } from './lib/crdt-peers';
import {
  checkMerged,
  describeWorkload,
  mergePanel,
  panelWorkload,
  rawYjsWorkload,
} from './lib/panel-workload';
import { emit, median, runsOr, say, timeRuns } from './lib/record';

setPlatform(nodePlatform);
const RUNS = runsOr(5);

say(`panel: ${describeWorkload()}; building the workload…`);
const w = await panelWorkload();
const raw = rawYjsWorkload(w.apps);
emit({
  name: 'panel.write',
  unit: 'µs',
  value: (w.writeMs * 1000) / w.writes,
  baseline: 'raw Yjs',
  baselineValue: (raw.writeMs * 1000) / w.writes,
  n: w.writes,
  note: 'one sealed, signed score or annotation through the API, mean over the workload',
});

let merged: Awaited<ReturnType<typeof mergePanel>> | undefined;
const ours = await timeRuns(
  async () => {
    merged = await mergePanel(w);
  },
  { runs: RUNS },
);
checkMerged(merged!.panel, w);
let rawDoc = new Y.Doc();
const rawRuns = await timeRuns(
  () => {
    rawDoc = new Y.Doc();
    for (const u of raw.updates) Y.applyUpdate(rawDoc, u);
  },
  { runs: RUNS },
);
const rawMs = median(rawRuns);
emit({
  name: 'panel.merge20',
  unit: 'ms',
  value: median(ours),
  baseline: 'raw Yjs',
  baselineValue: rawMs,
  n: RUNS,
  target: '< 1000 ms and ≤ 1.5× raw Yjs',
});
const size = Y.encodeStateAsUpdate(merged!.doc).length;
const rawSize = Y.encodeStateAsUpdate(rawDoc).length;
emit({
  name: 'panel.merge20.size',
  unit: 'bytes',
  value: size,
  baseline: 'raw Yjs',
  baselineValue: rawSize,
  n: 1,
  target: '≤ 2× raw Yjs',
});

for (const [label, make] of [
  ['automerge', automergeWorkload],
  ['loro', loroWorkload],
] as const) {
  say(`panel: the same workload in ${label}…`);
  const peer = make(w.apps);
  let bytes = 0;
  const runs = await timeRuns(
    () => {
      bytes = peer.merge();
    },
    { runs: RUNS },
  );
  emit({
    name: `panel.merge20.${label}`,
    unit: 'ms',
    value: median(runs),
    baseline: 'raw Yjs',
    baselineValue: rawMs,
    n: RUNS,
    note: `${label} merging the same 20 updates, for context`,
  });
  emit({
    name: `panel.merge20.${label}.size`,
    unit: 'bytes',
    value: bytes,
    baseline: 'raw Yjs',
    baselineValue: rawSize,
    n: 1,
    note: `${label}'s saved document, for context`,
  });
}
// Helper threads of the Node platform may hold the event loop open.
process.exit(0);
