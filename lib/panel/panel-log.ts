/**
 * How every write reaches the document (SPEC A1–A7, O2, Q1, Y5): a writing session owns one Yjs
 * client id, delegated to an Ed25519 session key by this device's key; each write (or each
 * `batch()` of writes) becomes one log element — the entries as JSON bytes, signed over the hash
 * chain of the session — appended in a transaction tagged with the local origin. Every entry is
 * checked with the readers' own rules first, so the API throws instead of writing what peers skip.
 */
import * as Y from 'yjs';
import { toBase64 } from '../crypto/bytes';
import { importPrivateJwk, sign } from '../crypto/ecdsa';
import { generateSessionKey, type SessionKey, signWithSession } from '../crypto/ed25519';
import { ReviewDeskError } from '../errors';
import type { MemberId } from '../ids';
import {
  type BatchBody,
  type BatchEntry,
  batchMessage,
  chainNext,
  chainSeed,
  clientIdFor,
  encodeBody,
  entryPayload,
  sessionMessage,
} from './batch';
import { keys } from './keys';
import { LIMITS } from './limits';
import { LOCAL_ORIGIN } from './origins';
import type { PanelContext } from './panel-context';
import { createDeviceKey } from './records/device-key';
import { checkEntry } from './validate';

export interface Session {
  client: number;
  by: MemberId;
  dev: string;
  key: SessionKey;
  pubText: string;
  delegation: string;
  hash: Uint8Array;
  next: number;
  /** This device's registration (SPEC A5), written with the first batch if not yet in the panel. */
  registration: BatchEntry | null;
}

/** One session per document: every Panel over one Y.Doc writes under the same client id. */
const sessions = new WeakMap<Y.Doc, Promise<Session>>();

/**
 * SPEC A3, C2: start this device's writing session on the document, once: a client id nobody has
 * used in it, a fresh session key, and its delegation signed with the device (or chair) key.
 */
export function ensureSession(ctx: PanelContext): Promise<Session> {
  let session = sessions.get(ctx.doc);
  if (!session) {
    session = startSession(ctx);
    sessions.set(ctx.doc, session);
    session.catch(() => sessions.delete(ctx.doc));
  }
  return session.then((s) => {
    ctx.session = s;
    return s;
  });
}

async function startSession(ctx: PanelContext): Promise<Session> {
  const { doc, identity } = ctx;
  // SPEC C1, C2: the client id follows from the session key; a fresh key until it is unused.
  let key: SessionKey;
  let pubText: string;
  let client: number;
  do {
    key = generateSessionKey();
    pubText = toBase64(key.publicKey);
    client = clientIdFor(ctx.id, pubText);
  } while (Y.getState(doc.store, client) > 0 || ctx.view.index.chain(client));
  doc.clientID = client;
  const by = identity.memberId;
  const dev = identity.signing.fingerprint;
  const delegation = await sign(
    identity.signing.privateKey,
    sessionMessage(ctx.id, client, by, dev, pubText),
  );
  return {
    client,
    by,
    dev,
    key,
    pubText,
    delegation,
    hash: chainSeed(ctx.id, client),
    next: 0,
    registration: await registrationEntry(ctx),
  };
}

/** A member's device proves itself with the invitation key (the chair key needs no proof). */
async function registrationEntry(ctx: PanelContext): Promise<BatchEntry | null> {
  const me = ctx.identity;
  if (me.role === 'chair' || !me.inviteKey) return null;
  const invite = await importPrivateJwk(me.inviteKey, false);
  const k = keys.device(me.memberId, me.signing.fingerprint);
  const v = createDeviceKey(me.memberId, me.signing.publicJwk);
  const s = 1;
  return {
    k,
    s,
    v,
    sig: await sign(invite.privateKey, entryPayload(ctx.id, { k, s, v })),
    sk: invite.fingerprint,
  };
}

/** Several writes as one user action: one element, one signature, one persisted batch. */
export function batch(ctx: PanelContext, fn: () => void): void {
  if (ctx.pending) {
    fn();
    return;
  }
  ctx.pending = [];
  try {
    fn();
  } finally {
    const entries = ctx.pending;
    ctx.pending = null;
    for (let i = 0; i < entries.length; i += LIMITS.batchEntries) {
      commit(ctx, entries.slice(i, i + LIMITS.batchEntries));
    }
  }
}

/** SPEC O2: one above the highest counted sequence, and above any write pending in this batch. */
function nextSeq(ctx: PanelContext, key: string): number {
  let s = ctx.view.nextSeq(key);
  for (const e of ctx.pending ?? []) if (e.k === key) s = Math.max(s, e.s + 1);
  return s;
}

/** The entry this device would write, checked as a reader would check it (SPEC D4). */
function prepare(ctx: PanelContext, entry: BatchEntry): BatchEntry {
  const session = ctx.session;
  if (!session) throw new ReviewDeskError('panel/notReady');
  const checked = checkEntry(entry, ctx.id, {
    by: session.by,
    client: session.client,
    clock: session.next,
    index: 0,
    at: Date.now(),
  });
  if (!checked.ok) throw new ReviewDeskError('panel/invalidValue', { field: checked.reason });
  return entry;
}

function put(ctx: PanelContext, entry: BatchEntry): void {
  prepare(ctx, entry);
  if (ctx.pending) ctx.pending.push(entry);
  else commit(ctx, [entry]);
}

export function writePlain(ctx: PanelContext, key: string, value: unknown): void {
  put(ctx, { k: key, s: nextSeq(ctx, key), v: value });
}

export function writeSealed(ctx: PanelContext, key: string, x: NonNullable<BatchEntry['x']>): void {
  put(ctx, { k: key, s: nextSeq(ctx, key), x });
}

/**
 * A record that proves itself outside its batch (SPEC A5: member records, signed by the chair
 * key). Signed writes run one at a time so each sees the one before.
 */
export async function writeSigned(
  ctx: PanelContext,
  key: string,
  value: unknown,
  signer: CryptoKey,
  fingerprint: string,
): Promise<void> {
  const run = async () => {
    await ensureSession(ctx);
    const s = nextSeq(ctx, key);
    const sig = await sign(signer, entryPayload(ctx.id, { k: key, s, v: value }));
    put(ctx, { k: key, s, v: value, sig, sk: fingerprint });
  };
  const p = ctx.signedQueue.then(run, run);
  ctx.signedQueue = p.catch(() => undefined);
  await p;
  // The record counts once its signature is checked, like anyone else's (SPEC A5).
  await ctx.view.settled();
}

/** Append one signed element holding these entries (SPEC A1–A4). */
function commit(ctx: PanelContext, entries: BatchEntry[]): void {
  const session = ctx.session;
  if (!session) throw new ReviewDeskError('panel/notReady');
  if (
    ctx.doc.clientID !== session.client ||
    Y.getState(ctx.doc.store, session.client) !== session.next
  ) {
    // Something else wrote under this session's client id: never sign over a chain we do not own.
    throw new ReviewDeskError('panel/sessionConflict');
  }
  const first = session.next === 0;
  const register = session.registration && !ctx.view.deviceKey(session.by, session.dev);
  if (entries.length === 0 && !register) return;
  const body: BatchBody = {
    v: 2,
    at: Date.now(),
    e: register ? [session.registration!, ...entries] : entries,
    ...(first
      ? {
          claim: {
            by: session.by,
            dev: session.dev,
            pub: session.pubText,
            sig: session.delegation,
          },
        }
      : {}),
  };
  const bytes = encodeBody(body);
  if (bytes.length > LIMITS.batchBytes) throw new ReviewDeskError('panel/tooLarge');
  const hash = chainNext(session.hash, bytes);
  const sig = signWithSession(session.key, batchMessage(hash));
  ctx.view.expectOwn(session.client, session.next);
  ctx.doc.transact(() => ctx.view.log.push([{ b: bytes, s: sig }]), LOCAL_ORIGIN);
  session.hash = hash;
  session.next++;
  if (register) session.registration = null;
}

/** Write this device's registration now if the panel does not have it (SPEC A5). */
export async function ensureRegistered(ctx: PanelContext): Promise<boolean> {
  const session = await ensureSession(ctx);
  if (!session.registration || ctx.view.deviceKey(session.by, session.dev)) return false;
  commit(ctx, []);
  return true;
}
