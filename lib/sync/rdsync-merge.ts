/**
 * `.rdsync` files without a document (SPEC Y3, Y8): inspect one (who wrote it, what it holds) and
 * merge several into one. Merging checks what import checks — every part's header chain, and every
 * element of every update against the others (a scratch chain index, in dependency order) — and
 * refuses the whole merge if any part carries a deletion, a foreign type, a forged or misplaced
 * element, or an entry a reader would skip. Parts whose chains start in a file that is not among
 * the inputs cannot be checked for signatures here; they are kept and named (`unverified`).
 */
import { ReviewDeskError } from '../errors';
import type { MemberId, PanelId } from '../ids';
import { admitUpdate } from '../panel/admission';
import { parseBody } from '../panel/batch';
import { ChainIndex } from '../panel/chains';
import { parseKey } from '../panel/keys';
import { decodePanelUpdate } from '../panel/update-codec';
import { decodeContainer, encodeContainer } from './rdsync-format';
import { type VerifiedPart, verifyPart } from './rdsync-verify';

export interface MergeResult {
  file: Uint8Array;
  parts: number;
  /** Authors of parts whose signatures could not be checked without an earlier file. */
  unverified: MemberId[];
}

export async function mergeRdsync(files: Uint8Array[]): Promise<Uint8Array> {
  return (await mergeRdsyncChecked(files)).file;
}

export async function mergeRdsyncChecked(files: Uint8Array[]): Promise<MergeResult> {
  const seen = new Set<string>();
  const out: VerifiedPart[] = [];
  let panel: PanelId | null = null;
  for (const file of files) {
    for (const part of decodeContainer(file)) {
      const v = await verifyPart(part, panel);
      panel ??= v.header.panel as PanelId;
      const id = `${v.header.id}/${v.header.payloadSha256}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(v);
    }
  }
  if (!panel) throw new ReviewDeskError('sync/malformed');
  const unverified = await checkTogether(panel, out);
  return { file: encodeContainer(out), parts: out.length, unverified };
}

/** Admit every part against a scratch index, in whatever order they depend on each other. */
async function checkTogether(panel: PanelId, parts: VerifiedPart[]): Promise<MemberId[]> {
  const index = new ChainIndex(panel);
  let pending = [...parts];
  for (let progress = true; progress && pending.length; ) {
    progress = false;
    const next: VerifiedPart[] = [];
    for (const part of pending) {
      const a = await admitUpdate(index, part.payload, { origin: 'import', strictEntries: true });
      if (a.refused.length) {
        throw new ReviewDeskError('sync/invalidContent', { author: part.member.name });
      }
      for (const [client, clock, raw] of a.decoded.elements) {
        const end = a.accepted.get(client) ?? 0;
        if (clock >= index.nextClock(client) && clock < end)
          index.add(client, clock, raw, 'import');
      }
      await index.verify();
      if (a.added > 0) progress = true;
      if (a.waiting > 0) next.push(part);
    }
    pending = next;
  }
  return [...new Set(pending.map((p) => p.member.id))];
}

export interface PartSummary {
  author: MemberId;
  authorName: string;
  kind: 'changes' | 'full';
  created: number;
  payloadSize: number;
  /** Entries in the payload, by record kind (`cell`, `annotation`, …); `sealed` counts cells. */
  counts: Record<string, number>;
}

export interface RdsyncSummary {
  panel: PanelId;
  parts: PartSummary[];
}

/** Count entries straight from the update's batches: works without the rest of the document. */
function countEntries(payload: Uint8Array): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [, , raw] of decodePanelUpdate(payload).elements) {
    const b = (raw as { b?: unknown } | null)?.b;
    const body = b instanceof Uint8Array ? parseBody(b) : null;
    if (!body) {
      counts.invalid = (counts.invalid ?? 0) + 1;
      continue;
    }
    for (const entry of body.e) {
      const k = (entry as { k?: unknown } | null)?.k;
      const kind = (typeof k === 'string' ? parseKey(k)?.kind : undefined) ?? 'invalid';
      counts[kind] = (counts[kind] ?? 0) + 1;
      if ((entry as { x?: unknown }).x) counts.sealed = (counts.sealed ?? 0) + 1;
    }
  }
  return counts;
}

export async function inspectRdsync(bytes: Uint8Array): Promise<RdsyncSummary> {
  const parts = decodeContainer(bytes);
  const summaries: PartSummary[] = [];
  let panel: PanelId | null = null;
  for (const part of parts) {
    const v = await verifyPart(part, panel);
    panel ??= v.header.panel as PanelId;
    summaries.push({
      author: v.member.id,
      authorName: v.member.name,
      kind: v.header.kind,
      created: v.header.created,
      payloadSize: v.header.payloadSize,
      counts: countEntries(v.payload),
    });
  }
  return { panel: panel!, parts: summaries };
}
