/**
 * Log elements (SPEC A1–A4): every element of the panel's `log` array is one signed *batch* of
 * entries — the bytes of a JSON body and an Ed25519 signature. The signature covers a hash chain
 * seeded with the panel and the Yjs client id and running over every earlier body of that client
 * id, so an element is bound to its place without naming it: one valid signature authenticates the
 * whole chain up to it, and nothing can be inserted, moved or replayed into it. Only the first
 * body of a client id (the claim) names its author, device and session key; the rest inherit them.
 */
import { z } from 'zod';
import { canonicalJson, concatBytes, fromUtf8, utf8 } from '../crypto/bytes';
import { sha256 } from '../crypto/hash';
import { LIMITS } from './limits';

export const BATCH_VERSION = 2;

const B64_32 = /^[A-Za-z0-9_-]{43}$/;
const B64_64 = /^[A-Za-z0-9_-]{86}$/;

const sealedSchema = z
  .object({
    kid: z.string().regex(/^[0-9a-f]{16}$/),
    iv: z.string().regex(/^[A-Za-z0-9_-]{16}$/),
    ct: z.string().regex(/^[A-Za-z0-9_-]{1,200000}$/),
  })
  .strict();

/** One entry inside a batch: a version of one register (SPEC D2). */
export const batchEntrySchema = z
  .object({
    k: z.string().min(1).max(600),
    s: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    v: z.unknown().optional(),
    x: sealedSchema.optional(),
    /** Entry-level signature (member and device records only, SPEC A5). */
    sig: z.string().regex(B64_64).optional(),
    sk: z
      .string()
      .regex(/^[0-9a-f]{32}$/)
      .optional(),
  })
  .strict()
  .refine((e) => 'v' in e !== 'x' in e, 'exactly one of v and x')
  .refine((e) => 'sig' in e === 'sk' in e, 'sig and sk go together');
export type BatchEntry = z.infer<typeof batchEntrySchema>;

/** SPEC A3: the claim — the first body of a client id — names who writes under it. */
const claimSchema = z
  .object({
    by: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/),
    dev: z.string().regex(/^[0-9a-f]{32}$/),
    pub: z.string().regex(B64_32),
    sig: z.string().regex(B64_64),
  })
  .strict();
export type Claim = z.infer<typeof claimSchema>;

export const batchBodySchema = z
  .object({
    v: z.literal(BATCH_VERSION),
    at: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    e: z.array(z.unknown()).max(LIMITS.batchEntries),
    /** Present exactly in the first element of a client id. */
    claim: claimSchema.optional(),
  })
  .strict();
export type BatchBody = z.infer<typeof batchBodySchema>;

/** What Yjs stores: the body's bytes and the signature. Nothing else is a valid element. */
export interface LogElement {
  b: Uint8Array;
  s: Uint8Array;
}

export function asLogElement(raw: unknown): LogElement | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const keys = Object.keys(raw);
  if (keys.length !== 2) return null;
  const { b, s } = raw as { b?: unknown; s?: unknown };
  if (!(b instanceof Uint8Array) || !(s instanceof Uint8Array)) return null;
  if (b.length === 0 || b.length > LIMITS.batchBytes || s.length !== 64) return null;
  return { b, s };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The body of an element, or null if it is not valid JSON of the body schema. */
export function parseBody(bytes: Uint8Array): BatchBody | null {
  try {
    const parsed = batchBodySchema.safeParse(JSON.parse(decoder.decode(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function encodeBody(body: BatchBody): Uint8Array {
  return utf8(JSON.stringify(body));
}

/** SPEC A2: the chain of client id `c` starts from a seed naming the panel and the client id. */
export function chainSeed(panelId: string, client: number): Uint8Array {
  return sha256(utf8(`rd-chain-v2\n${panelId}\n${client}`));
}

export function chainNext(previous: Uint8Array, body: Uint8Array): Uint8Array {
  return sha256(concatBytes(previous, body));
}

/** What a batch signature covers: the chain hash up to and including that batch. */
export function batchMessage(chainHash: Uint8Array): Uint8Array {
  return concatBytes(utf8('rd-batch-v2\n'), chainHash);
}

/** SPEC A3: what a device key signs to delegate a client id to a session key. */
export function sessionMessage(
  panelId: string,
  client: number,
  by: string,
  device: string,
  sessionPub: string,
): string {
  return `rd-session-v2\n${panelId}\n${client}\n${by}\n${device}\n${sessionPub}`;
}

/** SPEC A5: what an entry-level signature (member and device records) covers. */
export function entryPayload(
  panelId: string,
  entry: { k: string; s: number; v?: unknown },
): string {
  return `rd-entry-v2\n${panelId}\n${canonicalJson({ k: entry.k, s: entry.s, v: entry.v ?? null })}`;
}

/**
 * SPEC C1: a session's client id is derived from its public key (53 bits of SHA-256, the most a
 * Yjs client id can hold). Claiming someone else's client id would take finding a key with the
 * same 53 bits — so nobody can start a competing chain under an id another member uses.
 */
export function clientIdFor(panelId: string, sessionPub: string): number {
  const h = sha256(utf8(`rd-client-v2\n${panelId}\n${sessionPub}`));
  // 5 bits + 6 bytes = 53 bits, exact in a double.
  let n = h[0]! & 0x1f;
  for (let i = 1; i < 7; i++) n = n * 256 + h[i]!;
  return n;
}

/** A version's place in the document: client id, clock, index in the batch. Same everywhere. */
export function positionId(client: number, clock: number, index: number): string {
  return `${client}.${clock}.${index}`;
}

export const POSITION_ID = /^\d{1,16}\.\d{1,16}\.\d{1,4}$/;

export function bodyText(bytes: Uint8Array): string {
  return fromUtf8(bytes);
}
