/**
 * The panel workload, made once and shared by the panel benchmarks: 200 applications ×
 * 20 reviewers × 15 criteria plus 5,000 annotations, written offline by each reviewer through the
 * panel API (every write a signed batch; drafts sealed), and the same operations on raw Yjs (a
 * flat Y.Map with composite keys, one transaction per write, no checks). Automerge and Loro get
 * the same operations in `crdt-peers.ts`.
 */
import * as Y from 'yjs';
import { identityFromInvitation } from '../../lib/identity/identity';
import type { ApplicationId, CriterionId, FileHash } from '../../lib/ids';
import { type CreatedPanel, createPanel } from '../../lib/panel/create';
import { docOf, Panel } from '../../lib/panel/panel';
import { QUICK } from './record';

export const REVIEWERS = 20;
export const CRITERIA = 15;
export const APPS = Number(process.env.BENCH_APPS ?? (QUICK ? 20 : 200));
export const ANNOTATIONS = Number(process.env.BENCH_ANNOTATIONS ?? (QUICK ? 500 : 5000));
const FILE = 'a'.repeat(64) as FileHash;

export const describeWorkload = () =>
  `${APPS} applications × ${REVIEWERS} reviewers × ${CRITERIA} criteria + ${ANNOTATIONS} annotations`;

export const note = (i: number) => ({
  kind: 'highlight' as const,
  page: i % 30,
  rects: [[72, 600, 300, 612]] as [number, number, number, number][],
  quote: { exact: `成员单位第${i}条`, prefix: '前文', suffix: '后文' },
  position: { start: i, end: i + 8 },
  color: '#ffd54f',
  tags: [],
  comment: '',
});

/** One logical write of the workload, the same for every CRDT. */
export type Write =
  | { kind: 'score'; key: string; value: number }
  | { kind: 'note'; key: string; value: ReturnType<typeof note> & { app: string } };

/** The writes of reviewer `r`, in order, with flat composite keys (for the raw CRDTs). */
export function writesOf(r: number, apps: readonly string[]): Write[] {
  const out: Write[] = [];
  for (const app of apps)
    for (let c = 0; c < CRITERIA; c++)
      out.push({ kind: 'score', key: `${app}/m${r}/c${c}`, value: (r + c) % 10 });
  for (let n = 0; n < ANNOTATIONS / REVIEWERS; n++)
    out.push({
      kind: 'note',
      key: `n${r}-${n}`,
      value: { ...note(n), app: apps[n % apps.length]! },
    });
  return out;
}

export interface PanelWorkload {
  created: CreatedPanel;
  apps: ApplicationId[];
  /** The chair's document before anyone scores (every replica starts from it). */
  base: Uint8Array;
  /** Each reviewer's offline work, as an update against `base`. */
  updates: Uint8Array[];
  /** Total time of the reviewers' API writes, ms. */
  writeMs: number;
  writes: number;
}

export async function panelWorkload(opts: { extractable?: boolean } = {}): Promise<PanelWorkload> {
  const created = await createPanel({
    name: '基准评审组',
    rubric: { id: 'bench', json: '{}' },
    chair: { name: '组长' },
    members: Array.from({ length: REVIEWERS }, (_, i) => ({
      name: `专家${i + 1}`,
      role: 'reviewer' as const,
    })),
    extractable: opts.extractable ?? false,
  });
  const chair = created.panel;
  const apps: ApplicationId[] = [];
  chair.batch(() => {
    for (let a = 0; a < APPS; a++)
      apps.push(
        chair.addApplication({
          title: `申报${a}`,
          applicantUnit: '某校',
          recommendingBody: '某市',
        }),
      );
  });
  const base = Y.encodeStateAsUpdate(docOf(chair));
  const baseSv = Y.encodeStateVector(docOf(chair));
  const updates: Uint8Array[] = [];
  let writeMs = 0;
  for (let r = 0; r < REVIEWERS; r++) {
    const identity = await identityFromInvitation(created.invitations[r]!);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, base);
    const panel = new Panel(doc, identity);
    await panel.settled();
    await panel.ensureDevice();
    const t = performance.now();
    for (const app of apps)
      for (let c = 0; c < CRITERIA; c++) panel.setScore(app, `c${c}` as CriterionId, (r + c) % 10);
    for (let n = 0; n < ANNOTATIONS / REVIEWERS; n++)
      panel.addAnnotation(apps[n % APPS]!, FILE, note(n));
    writeMs += performance.now() - t;
    updates.push(Y.encodeStateAsUpdate(doc, baseSv));
  }
  return {
    created,
    apps,
    base,
    updates,
    writeMs,
    writes: APPS * CRITERIA * REVIEWERS + ANNOTATIONS,
  };
}

/** Raw Yjs doing the same writes: one update per reviewer, and the time the writes took. */
export function rawYjsWorkload(apps: readonly string[]): {
  updates: Uint8Array[];
  writeMs: number;
} {
  const updates: Uint8Array[] = [];
  let writeMs = 0;
  for (let r = 0; r < REVIEWERS; r++) {
    const doc = new Y.Doc();
    const scores = doc.getMap('scores');
    const notes = doc.getMap('annotations');
    const writes = writesOf(r, apps);
    const t = performance.now();
    for (const w of writes)
      doc.transact(() => (w.kind === 'score' ? scores : notes).set(w.key, w.value));
    writeMs += performance.now() - t;
    updates.push(Y.encodeStateAsUpdate(doc));
  }
  return { updates, writeMs };
}

/** The panel merged as the chair sees it: every reviewer's update applied and verified. */
export async function mergePanel(w: PanelWorkload): Promise<{ panel: Panel; doc: Y.Doc }> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, w.base);
  const panel = new Panel(doc, w.created.chair);
  await panel.settled();
  for (const u of w.updates) Y.applyUpdate(doc, u, 'bench-remote');
  await panel.settled();
  return { panel, doc };
}

/** The check that the merge lost nothing (a benchmark that measured a broken merge is worthless). */
export function checkMerged(panel: Panel, w: PanelWorkload): void {
  const progress = panel
    .progress(w.apps[0]!)
    .filter((p) => p.reviewer !== w.created.chair.memberId);
  if (progress.length !== REVIEWERS || progress.some((p) => p.filled.scores.length !== CRITERIA))
    throw new Error('merge lost scores');
}
