/**
 * Sync by file (SPEC Y3): export "my changes since the last exchange" or the full state as a signed
 * `.rdsync`, import any number in any order (idempotent), merge several into one, inspect one.
 * Import checks everything before the document is touched: every part's header chain and hash,
 * then the update on a scratch copy (decodes, deletes nothing, only the log, every new entry
 * valid and correctly signed); only then is it applied, tagged as an import.
 */
import * as Y from 'yjs';
import { fromBase64, toBase64, toHex } from '../crypto/bytes';
import { sign } from '../crypto/ecdsa';
import { sha256HexOf } from '../crypto/hash';
import { randomBytes } from '../crypto/seal';
import { ReviewDeskError } from '../errors';
import type { MemberId, PanelId } from '../ids';
import { LOG_NAME } from '../panel/entry';
import { keys, parseKey } from '../panel/keys';
import { IMPORT_ORIGIN, internalsOf, type Panel } from '../panel/panel';
import type { PanelPersistence } from '../panel/persistence';
import { checkEntry, SIGNED_KINDS } from '../panel/validate';
import { PanelView } from '../panel/view';
import {
  decodeContainer,
  encodeContainer,
  headerBytesOf,
  type PartHeader,
  signedHeader,
} from './rdsync-format';
import { type VerifiedPart, verifyPart } from './rdsync-verify';

export interface ExportOptions {
  /** 'changes': what `since` (a state vector) lacks; 'full': everything (backup). */
  kind: 'changes' | 'full';
  since?: Uint8Array;
}

export async function exportRdsync(panel: Panel, opts: ExportOptions): Promise<Uint8Array> {
  const { doc, identity, view } = internalsOf(panel);
  await panel.ensureDevice();
  await panel.settled();
  const memberEntry = view.winner(keys.member(identity.memberId))?.entry;
  if (!memberEntry) throw new ReviewDeskError('panel/notMember');
  const deviceEntry =
    identity.role === 'chair'
      ? null
      : (view.winner(keys.device(identity.memberId, identity.signing.fingerprint))?.entry ?? null);
  const chairKey = view.chairKey();
  if (!chairKey || (identity.role !== 'chair' && !deviceEntry))
    throw new ReviewDeskError('panel/notMember');
  const since = opts.kind === 'full' ? undefined : opts.since;
  const payload = Y.encodeStateAsUpdate(doc, since);
  const header: PartHeader = {
    v: 1,
    panel: panel.id,
    author: identity.memberId,
    kind: opts.kind,
    id: toHex(randomBytes(16)),
    created: Date.now(),
    chairKey,
    deviceKey: identity.signing.publicJwk,
    proof: { member: memberEntry, device: deviceEntry },
    since: since ? toBase64(since) : '',
    state: toBase64(Y.encodeStateVector(doc)),
    payloadSha256: sha256HexOf(payload),
    payloadSize: payload.length,
  };
  const headerBytes = headerBytesOf(header);
  const signature = fromBase64(await sign(identity.signing.privateKey, signedHeader(headerBytes)));
  return encodeContainer([{ headerBytes, signature, payload }]);
}

/** The state vector to pass as `since` next time, read from a file this device exported. */
export function stateAfter(file: Uint8Array): Uint8Array {
  const parts = decodeContainer(file);
  return fromBase64(parts[parts.length - 1]!.header.state);
}

/**
 * "My changes since the last exchange": everything since this device's previous export (kept
 * with the document), or everything on the first export. Exporting twice the same state gives an
 * empty-but-valid file, harmless to import.
 */
export async function exportChangesSinceLastExport(
  panel: Panel,
  persistence: Pick<PanelPersistence, 'getState' | 'setState'>,
): Promise<Uint8Array> {
  const last = await persistence.getState<string>(LAST_EXPORT);
  const file = await exportRdsync(panel, {
    kind: 'changes',
    ...(last ? { since: fromBase64(last) } : {}),
  });
  await persistence.setState(LAST_EXPORT, toBase64(stateAfter(file)));
  return file;
}

const LAST_EXPORT = 'rdsync.lastExport';

export interface ImportResult {
  parts: number;
  authors: MemberId[];
  /** Log entries that became part of the document. */
  added: number;
  /** Nothing new: every part was already here (a replay or a second import). */
  alreadyKnown: boolean;
  /** Some changes wait for another file (they apply when it is imported). */
  waiting: boolean;
}

function hasDeletions(update: Uint8Array): boolean {
  return Y.decodeUpdate(update).ds.clients.size > 0;
}

/** Apply to a scratch copy and validate (SPEC Y3); returns the number of new entries. */
async function validateOnScratch(
  panel: Panel,
  parts: VerifiedPart[],
): Promise<{ added: number; waiting: boolean }> {
  const { doc } = internalsOf(panel);
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  const log = scratch.getArray(LOG_NAME);
  const inserted: unknown[] = [];
  log.observe((event) => {
    for (const d of event.changes.delta) if (d.insert) inserted.push(...(d.insert as unknown[]));
  });
  for (const part of parts) {
    try {
      if (hasDeletions(part.payload)) throw new ReviewDeskError('sync/deletions');
      Y.applyUpdate(scratch, part.payload);
    } catch (error) {
      if (error instanceof ReviewDeskError) throw error;
      throw new ReviewDeskError('sync/corrupt', {}, { cause: error });
    }
  }
  if ([...scratch.share.keys()].some((name) => name !== LOG_NAME))
    throw new ReviewDeskError('sync/foreign');
  const signed = [];
  for (const raw of inserted) {
    const checked = checkEntry(raw, panel.id);
    if (!checked.ok) throw new ReviewDeskError('sync/invalidContent');
    if (SIGNED_KINDS.has(checked.version.parsed.kind)) signed.push(checked.version);
  }
  // Signatures of the new signed entries, checked by a throwaway view of the merged state.
  if (signed.length) {
    const check = new PanelView(
      scratch,
      panel.id,
      () => 'import',
      () => undefined,
    );
    await check.settled();
    if (signed.some((v) => check.signatureOf(v.entry.k, v.canonical) === 'bad')) {
      throw new ReviewDeskError('sync/invalidContent');
    }
  }
  const waiting = scratch.store.pendingStructs !== null || scratch.store.pendingDs !== null;
  scratch.destroy();
  return { added: inserted.length, waiting };
}

export async function importRdsync(panel: Panel, bytes: Uint8Array): Promise<ImportResult> {
  const { doc, view } = internalsOf(panel);
  const parts = decodeContainer(bytes);
  const verified: VerifiedPart[] = [];
  for (const part of parts) {
    const v = await verifyPart(part, panel.id);
    // The importer may know of a removal the file's author has not seen (SPEC I2).
    const local = view.memberRecord(v.member.id);
    if (local?.removed) throw new ReviewDeskError('sync/removedAuthor', { author: local.name });
    verified.push(v);
  }
  const { added, waiting } = await validateOnScratch(panel, verified);
  const authors = [...new Set(verified.map((p) => p.member.id))];
  if (added === 0 && !waiting) {
    return { parts: parts.length, authors, added: 0, alreadyKnown: true, waiting: false };
  }
  doc.transact(() => {
    for (const part of verified) Y.applyUpdate(doc, part.payload, IMPORT_ORIGIN);
  }, IMPORT_ORIGIN);
  await panel.settled();
  return { parts: parts.length, authors, added, alreadyKnown: false, waiting };
}

/** Combine files of one panel into one, keeping every author's signed part (deduplicated). */
export async function mergeRdsync(files: Uint8Array[]): Promise<Uint8Array> {
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
  return encodeContainer(out);
}

export interface PartSummary {
  author: MemberId;
  authorName: string;
  kind: 'changes' | 'full';
  created: number;
  payloadSize: number;
  /** Log entries in the payload, by record kind (`cell`, `annotation`, …); `sealed` counts cells. */
  counts: Record<string, number>;
}

export interface RdsyncSummary {
  panel: PanelId;
  parts: PartSummary[];
}

/** Count entries straight from the update's structs: works without the rest of the document. */
function countEntries(payload: Uint8Array): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const struct of Y.decodeUpdate(payload).structs) {
    const content = (struct as { content?: { getContent?: () => unknown[] } }).content;
    if (!content?.getContent || !(struct instanceof Y.Item)) continue;
    for (const value of content.getContent()) {
      const k = (value as { k?: unknown })?.k;
      const parsed = typeof k === 'string' ? parseKey(k) : null;
      const kind = parsed?.kind ?? 'invalid';
      counts[kind] = (counts[kind] ?? 0) + 1;
      if ((value as { x?: unknown }).x) counts.sealed = (counts.sealed ?? 0) + 1;
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
