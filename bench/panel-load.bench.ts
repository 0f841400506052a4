/**
 * `panel.load` (`npm run bench -- panel.load`): the merged panel of the workload
 * (bench/lib/panel-workload.ts) opened from IndexedDB in Chromium — real IndexedDB on a real
 * profile, the app's own persistence and verification (bench/pages/panel-load.ts) — against raw
 * Yjs's merged document loaded through y-indexeddb in the same browser. Each run is a fresh page
 * (new JavaScript heap), after one warm-up.
 */
import * as Y from 'yjs';
import { exportIdentity } from '../lib/identity/identity';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import { openBenchPage } from './lib/browser-page';
import { describeWorkload, mergePanel, panelWorkload, rawYjsWorkload } from './lib/panel-workload';
import { emit, median, runsOr, say } from './lib/record';

setPlatform(nodePlatform);
const RUNS = runsOr(5);
const PASSPHRASE = 'bench-passphrase';

say(`panel.load: ${describeWorkload()}; building the workload…`);
const w = await panelWorkload({ extractable: true });
const { doc } = await mergePanel(w);
const rawDoc = new Y.Doc();
for (const u of rawYjsWorkload(w.apps).updates) Y.applyUpdate(rawDoc, u);
const ours = Y.encodeStateAsUpdate(doc);
const raw = Y.encodeStateAsUpdate(rawDoc);

const bench = await openBenchPage({
  entry: 'bench/pages/panel-load.ts',
  files: {
    'ours.bin': ours,
    'raw.bin': raw,
    'identity.json': JSON.stringify(await exportIdentity(w.created.chair, PASSPHRASE, 100_000)),
    'meta.json': JSON.stringify({ app: w.apps[0], passphrase: PASSPHRASE }),
  },
});
try {
  say(
    `panel.load: storing ${(ours.length / 1e6).toFixed(1)} MB (raw Yjs ${(raw.length / 1e6).toFixed(1)} MB) in IndexedDB…`,
  );
  await bench.page.evaluate(() =>
    (globalThis as never as { bench: { storeOurs(): Promise<void> } }).bench.storeOurs(),
  );
  await bench.page.evaluate(() =>
    (globalThis as never as { bench: { storeRaw(): Promise<void> } }).bench.storeRaw(),
  );
  const oursMs: number[] = [];
  const rawMs: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    await bench.reload();
    const o = await bench.page.evaluate(() =>
      (
        globalThis as never as { bench: { loadOurs(): Promise<{ ms: number; reviewers: number }> } }
      ).bench.loadOurs(),
    );
    if (o.reviewers !== 20)
      throw new Error(`the loaded panel shows ${o.reviewers} reviewers' scores, not 20`);
    await bench.reload();
    const r = await bench.page.evaluate(() =>
      (
        globalThis as never as { bench: { loadRaw(): Promise<{ ms: number; found: boolean }> } }
      ).bench.loadRaw(),
    );
    if (!r.found) throw new Error('raw Yjs loaded without its scores');
    if (run === 0) continue; // warm-up
    oursMs.push(o.ms);
    rawMs.push(r.ms);
    say(`panel.load: run ${run}: ${o.ms.toFixed(0)} ms (raw Yjs ${r.ms.toFixed(0)} ms)`);
  }
  emit({
    name: 'panel.load',
    unit: 'ms',
    value: median(oursMs),
    baseline: 'raw Yjs + y-indexeddb',
    baselineValue: median(rawMs),
    n: RUNS,
    target: '< 500 ms',
    note: 'Chromium, real IndexedDB, fresh page per run',
  });
} finally {
  await bench.close();
}
process.exit(0);
