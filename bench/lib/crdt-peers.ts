/**
 * Automerge and Loro on the panel workload, for context beside raw Yjs: the same writes (flat
 * composite keys in one map of scores and one of annotations, maps created once before anyone
 * edits, one change per write), each reviewer's work exported as an incremental update against
 * the shared base, merged one update after another, and the merged document's encoded size.
 */
import * as Automerge from '@automerge/automerge';
import { LoroDoc } from 'loro-crdt';
import { REVIEWERS, writesOf } from './panel-workload';

export interface PeerWorkload {
  /** Merge every reviewer's update into a fresh copy of the base; returns the encoded size. */
  merge(): number;
  writeMs: number;
}

type Tables = { scores: Record<string, unknown>; annotations: Record<string, unknown> };

export function automergeWorkload(apps: readonly string[]): PeerWorkload {
  const base = Automerge.from<Tables>({ scores: {}, annotations: {} }, { actor: '00'.repeat(16) });
  const baseBytes = Automerge.save(base);
  const heads = Automerge.getHeads(base);
  const updates: Uint8Array[] = [];
  let writeMs = 0;
  for (let r = 0; r < REVIEWERS; r++) {
    let doc = Automerge.load<Tables>(baseBytes, { actor: (r + 1).toString(16).padStart(32, '0') });
    const writes = writesOf(r, apps);
    const t = performance.now();
    for (const w of writes) {
      doc = Automerge.change(doc, (d) => {
        if (w.kind === 'score') d.scores[w.key] = w.value;
        else d.annotations[w.key] = structuredClone(w.value);
      });
    }
    writeMs += performance.now() - t;
    updates.push(Automerge.saveSince(doc, heads));
  }
  return {
    writeMs,
    merge() {
      let merged = Automerge.load<Tables>(baseBytes);
      for (const u of updates) merged = Automerge.loadIncremental(merged, u);
      if (Object.keys(merged.scores).length !== apps.length * 15 * REVIEWERS)
        throw new Error('Automerge merge lost scores');
      return Automerge.save(merged).length;
    },
  };
}

export function loroWorkload(apps: readonly string[]): PeerWorkload {
  const base = new LoroDoc();
  base.setPeerId(1000);
  base.getMap('scores');
  base.getMap('annotations');
  base.commit();
  const baseBytes = base.export({ mode: 'snapshot' });
  const baseVersion = base.oplogVersion();
  const updates: Uint8Array[] = [];
  let writeMs = 0;
  for (let r = 0; r < REVIEWERS; r++) {
    const doc = LoroDoc.fromSnapshot(baseBytes);
    doc.setPeerId(r + 1);
    const scores = doc.getMap('scores');
    const notes = doc.getMap('annotations');
    const writes = writesOf(r, apps);
    const t = performance.now();
    for (const w of writes) {
      (w.kind === 'score' ? scores : notes).set(w.key, w.value as never);
      doc.commit();
    }
    writeMs += performance.now() - t;
    updates.push(doc.export({ mode: 'update', from: baseVersion }));
  }
  return {
    writeMs,
    merge() {
      const merged = LoroDoc.fromSnapshot(baseBytes);
      for (const u of updates) merged.import(u);
      if (merged.getMap('scores').size !== apps.length * 15 * REVIEWERS)
        throw new Error('Loro merge lost scores');
      return merged.export({ mode: 'snapshot' }).length;
    },
  };
}
