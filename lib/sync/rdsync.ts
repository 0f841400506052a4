/**
 * Sync by file (SPEC Y3): export "my changes since the last exchange" or the full state as a signed
 * `.rdsync`, import any number in any order (idempotent), merge several into one, inspect one.
 * Import checks everything before the document is touched: every part's header chain and hash,
 * then every element of its update against the document (admission.ts). What is authenticated is
 * applied, tagged as an import; what is not is reported and left out; what needs another file
 * first is held and tried again after each import, never applied unchecked.
 */
import * as Y from 'yjs';
import { fromBase64, toBase64, toHex } from '../crypto/bytes';
import { sign } from '../crypto/ecdsa';
import { sha256HexOf } from '../crypto/hash';
import { randomBytes } from '../crypto/seal';
import { ReviewDeskError } from '../errors';
import type { MemberId } from '../ids';
import { type Admission, admitUpdate } from '../panel/admission';
import { IMPORT_ORIGIN, internalsOf, type Panel } from '../panel/panel';
import type { PanelPersistence } from '../panel/persistence';
import { decodePanelUpdate, filterUpdate } from '../panel/update-codec';
import {
  decodeContainer,
  encodeContainer,
  headerBytesOf,
  type PartHeader,
  type RawPart,
  signedHeader,
} from './rdsync-format';
import { type VerifiedPart, verifyPart } from './rdsync-verify';

export { inspectRdsync, mergeRdsync } from './rdsync-merge';

export interface ExportOptions {
  /** 'changes': what `since` (a state vector) lacks; 'full': everything (backup). */
  kind: 'changes' | 'full';
  since?: Uint8Array;
}

/**
 * SPEC Y3, Y7: the payload holds only what this replica has authenticated (each client's counted
 * prefix), so whatever else the document holds can never make an export unreadable elsewhere.
 */
function exportablePayload(panel: Panel, since: Uint8Array | undefined): Uint8Array {
  const { doc, view } = internalsOf(panel);
  const decoded = decodePanelUpdate(Y.encodeStateAsUpdate(doc, since), { lenient: true });
  const until = new Map<number, number>();
  for (const client of view.index.clients()) {
    const chain = view.index.chain(client)!;
    until.set(client, Math.max(chain.verifiedTo, chain.trustedTo));
  }
  return filterUpdate(decoded, until);
}

export async function exportRdsync(panel: Panel, opts: ExportOptions): Promise<Uint8Array> {
  await panel.ensureDevice();
  await panel.settled();
  const since = opts.kind === 'full' ? undefined : opts.since;
  return signedFile(panel, exportablePayload(panel, since), opts.kind, since);
}

/**
 * One part holding `payload`, signed by this device with its proof chain. Any member can sign any
 * bytes this way — which is why import checks the payload itself, element by element.
 */
export async function signedFile(
  panel: Panel,
  payload: Uint8Array,
  kind: 'changes' | 'full',
  since?: Uint8Array,
): Promise<Uint8Array> {
  const { identity, view, doc } = internalsOf(panel);
  const registry = view.index.registry;
  const memberEntry = registry.memberProof(identity.memberId);
  const deviceEntry =
    identity.role === 'chair'
      ? null
      : registry.deviceProof(identity.memberId, identity.signing.fingerprint);
  const chairKey = view.chairKey();
  if (!memberEntry || !chairKey || (identity.role !== 'chair' && !deviceEntry))
    throw new ReviewDeskError('panel/notMember');
  const header: PartHeader = {
    v: 2,
    panel: panel.id,
    author: identity.memberId,
    kind,
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
  /** Log elements (batches) that became part of the document. */
  added: number;
  /** Nothing new: every part was already here (a replay or a second import). */
  alreadyKnown: boolean;
  /** Some changes wait for another file (they apply when it is imported). */
  waiting: boolean;
  /** Elements left out because they are not authenticated or break a rule (SPEC Y7). */
  skipped: number;
}

/** Parts waiting for data this replica lacks (SPEC Y3): held outside the document. */
const held = new WeakMap<Panel, Map<string, VerifiedPart>>();

function heldOf(panel: Panel): Map<string, VerifiedPart> {
  let map = held.get(panel);
  if (!map) {
    map = new Map();
    held.set(panel, map);
  }
  return map;
}

async function applyPart(panel: Panel, part: VerifiedPart): Promise<Admission> {
  const { doc, view } = internalsOf(panel);
  const admission = await admitUpdate(view.index, part.payload, { origin: 'import' });
  if (admission.added > 0) {
    const update = filterUpdate(admission.decoded, admission.accepted);
    doc.transact(() => Y.applyUpdate(doc, update, IMPORT_ORIGIN), IMPORT_ORIGIN);
    await panel.settled();
  }
  return admission;
}

export async function importRdsync(panel: Panel, bytes: Uint8Array): Promise<ImportResult> {
  const { view } = internalsOf(panel);
  await panel.settled();
  const parts = decodeContainer(bytes);
  const verified: VerifiedPart[] = [];
  for (const part of parts) {
    const v = await verifyPart(part, panel.id);
    // The importer may know of a removal the file's author has not seen (SPEC M2).
    const local = view.memberRecord(v.member.id);
    if (local?.removed) throw new ReviewDeskError('sync/removedAuthor', { author: local.name });
    verified.push(v);
  }
  // Check every part before applying any: a file whose content is refused whole changes nothing.
  const results = new Map<VerifiedPart, Admission>();
  for (const part of verified) {
    results.set(part, await admitUpdate(view.index, part.payload, { origin: 'import' }));
  }
  const everythingRefused = [...results.values()].every(
    (a) => a.added === 0 && a.waiting === 0 && a.refused.length > 0,
  );
  if (everythingRefused) throw new ReviewDeskError('sync/invalidContent');

  let added = 0;
  let skipped = 0;
  const queue = [...verified, ...heldOf(panel).values()];
  heldOf(panel).clear();
  // Parts may depend on each other (a merged file, files imported out of order): apply until
  // nothing more applies, then hold what still waits.
  for (let progress = true; progress; ) {
    progress = false;
    for (const part of [...queue]) {
      const a = await applyPart(panel, part);
      added += a.added;
      if (a.added > 0) progress = true;
      if (a.waiting === 0) {
        skipped += a.refused.length;
        queue.splice(queue.indexOf(part), 1);
      }
    }
  }
  for (const part of queue)
    heldOf(panel).set(`${part.header.id}/${part.header.payloadSha256}`, part);
  const waiting = queue.some((p) => verified.includes(p));
  const authors = [...new Set(verified.map((p) => p.member.id))];
  return {
    parts: parts.length,
    authors,
    added,
    alreadyKnown: added === 0 && !waiting && skipped === 0,
    waiting,
    skipped,
  };
}

export type { RawPart };
