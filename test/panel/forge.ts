/**
 * A hostile member's toolkit for tests: read every entry of a document, make a writing session of
 * one's own (valid, or with a forged delegation), craft batches with any author, place, sequence or
 * signature, and put structs under any client id — one's own or someone else's (squatting) — as
 * raw Yjs updates, the bytes a peer could send through a relay or in a file.
 */
import * as Y from 'yjs';
import { toBase64 } from '../../lib/crypto/bytes';
import { sign } from '../../lib/crypto/ecdsa';
import { generateSessionKey, type SessionKey, signWithSession } from '../../lib/crypto/ed25519';
import type { MemberIdentity } from '../../lib/identity/identity';
import {
  asLogElement,
  type BatchBody,
  batchMessage,
  chainNext,
  chainSeed,
  clientIdFor,
  encodeBody,
  type LogElement,
  parseBody,
  sessionMessage,
} from '../../lib/panel/batch';
import { LOG_NAME } from '../../lib/panel/entry';

export interface RawEntry {
  k: string;
  s: number;
  v?: unknown;
  x?: unknown;
  sig?: string;
  sk?: string;
  pos: { client: number; clock: number; index: number };
  by: string;
}

/** Every entry of every element, valid or not, with its place. */
export function allEntries(doc: Y.Doc): RawEntry[] {
  const out: RawEntry[] = [];
  const log = doc.getArray(LOG_NAME);
  let item = (log as unknown as { _start: Y.Item | null })._start;
  for (; item; item = item.right) {
    item.content.getContent().forEach((raw, i) => {
      const el = asLogElement(raw);
      const body = el ? parseBody(el.b) : null;
      body?.e.forEach((e, index) => {
        out.push({
          ...(e as Omit<RawEntry, 'pos' | 'by'>),
          by: body.claim?.by ?? '?',
          pos: { client: item!.id.client, clock: item!.id.clock + i, index },
        });
      });
    });
  }
  return out;
}

export interface ForgedSession {
  client: number;
  by: string;
  dev: string;
  key: SessionKey;
  pub: string;
  delegation: string;
  hash: Uint8Array;
  next: number;
}

/** A writing session delegated by this identity's own device key (a member's valid session). */
export async function openSession(
  identity: MemberIdentity,
  opts: { client?: number; by?: string } = {},
): Promise<ForgedSession> {
  const key = generateSessionKey();
  const pub = toBase64(key.publicKey);
  // Honest sessions derive their client id from the key (SPEC C1); a squatter names another one.
  const client = opts.client ?? clientIdFor(identity.panelId, pub);
  const by = opts.by ?? identity.memberId;
  const dev = identity.signing.fingerprint;
  const delegation = await sign(
    identity.signing.privateKey,
    sessionMessage(identity.panelId, client, by, dev, pub),
  );
  return {
    client,
    by,
    dev,
    key,
    pub,
    delegation,
    hash: chainSeed(identity.panelId, client),
    next: 0,
  };
}

/** The next element of a session, signed correctly unless told otherwise. */
export function forge(
  session: ForgedSession,
  entries: unknown[],
  opts: { garbageSignature?: boolean; body?: Partial<BatchBody>; at?: number } = {},
): LogElement {
  const body = {
    v: 2,
    at: opts.at ?? Date.now(),
    e: entries,
    ...(session.next === 0
      ? { claim: { by: session.by, dev: session.dev, pub: session.pub, sig: session.delegation } }
      : {}),
    ...opts.body,
  } as BatchBody;
  const b = encodeBody(body);
  session.hash = chainNext(session.hash, b);
  session.next++;
  const s = opts.garbageSignature
    ? new Uint8Array(64).fill(7)
    : signWithSession(session.key, batchMessage(session.hash));
  return { b, s };
}

/**
 * The raw update that appends `elements` under `client` after what `doc` holds of that client —
 * exactly what a peer can send, whoever owns the client id.
 */
export function updateAs(doc: Y.Doc, client: number, elements: unknown[]): Uint8Array {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  // After the state: Yjs would pick a new id if a remote update touched its own one.
  scratch.clientID = client;
  const before = Y.encodeStateVector(scratch);
  scratch.getArray(LOG_NAME).push(elements);
  const update = Y.encodeStateAsUpdate(scratch, before);
  scratch.destroy();
  return update;
}

/** Apply such an update to a replica as if it came from the relay. */
export function receive(doc: Y.Doc, update: Uint8Array): void {
  Y.applyUpdate(doc, update, 'test-remote');
}
