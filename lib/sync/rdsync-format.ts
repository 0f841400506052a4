/**
 * The `.rdsync` container (SPEC Y3): a magic number, then one or more parts, each a signed header
 * and a Yjs update. Several parts let `sync merge` combine files from different authors without
 * anyone's key: every part keeps its author's signature. This file only reads and writes bytes;
 * every length is checked before it is trusted, and any damage is a ReviewDeskError.
 */
import { z } from 'zod';
import { concatBytes, fromUtf8, utf8 } from '../crypto/bytes';
import { publicJwkSchema } from '../crypto/ecdsa';
import { ReviewDeskError } from '../errors';

export const MAGIC = utf8('RDSYNC\u0000\u0001');
const MAX_PARTS = 10_000;
const MAX_HEADER = 256 * 1024;

/** Format 2: payloads hold authenticated batches (SPEC A1). Format 1 files are refused by name. */
export const RDSYNC_VERSION = 2;

export const partHeaderSchema = z
  .object({
    v: z.literal(RDSYNC_VERSION),
    panel: z.string().regex(/^p[0-9a-f]{32}$/),
    author: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/),
    kind: z.enum(['changes', 'full']),
    id: z.string().regex(/^[0-9a-f]{32}$/),
    created: z.number().int().nonnegative(),
    chairKey: publicJwkSchema,
    deviceKey: publicJwkSchema,
    /** The author's signed member record and device registration: the chain chair → device. */
    proof: z.object({ member: z.unknown(), device: z.unknown().nullable() }),
    since: z.string().max(1_000_000),
    state: z.string().max(1_000_000),
    payloadSha256: z.string().regex(/^[0-9a-f]{64}$/),
    payloadSize: z.number().int().nonnegative(),
  })
  .strict();
export type PartHeader = z.infer<typeof partHeaderSchema>;

export interface RawPart {
  headerBytes: Uint8Array;
  header: PartHeader;
  signature: Uint8Array;
  payload: Uint8Array;
}

function u32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

export function encodeContainer(
  parts: { headerBytes: Uint8Array; signature: Uint8Array; payload: Uint8Array }[],
): Uint8Array {
  const chunks: Uint8Array[] = [MAGIC, u32(parts.length)];
  for (const p of parts) {
    chunks.push(
      u32(p.headerBytes.length),
      p.headerBytes,
      u32(p.signature.length),
      p.signature,
      u32(p.payload.length),
      p.payload,
    );
  }
  return concatBytes(...chunks);
}

export function headerBytesOf(header: PartHeader): Uint8Array {
  return utf8(JSON.stringify(header));
}

class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  take(n: number): Uint8Array {
    if (n < 0 || this.at + n > this.bytes.length) throw new ReviewDeskError('sync/truncated');
    const out = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  u32(): number {
    const b = this.take(4);
    return new DataView(b.buffer, b.byteOffset, 4).getUint32(0);
  }
  done(): boolean {
    return this.at === this.bytes.length;
  }
}

export function decodeContainer(bytes: Uint8Array): RawPart[] {
  if (bytes.length < MAGIC.length || !MAGIC.every((b, i) => bytes[i] === b)) {
    throw new ReviewDeskError('sync/notRdsync');
  }
  const r = new Reader(bytes);
  r.take(MAGIC.length);
  const count = r.u32();
  if (count === 0 || count > MAX_PARTS) throw new ReviewDeskError('sync/malformed');
  const parts: RawPart[] = [];
  for (let i = 0; i < count; i++) {
    const headerLength = r.u32();
    if (headerLength > MAX_HEADER) throw new ReviewDeskError('sync/malformed');
    const headerBytes = r.take(headerLength);
    const signature = r.take(r.u32());
    const payload = r.take(r.u32());
    let json: unknown;
    try {
      json = JSON.parse(fromUtf8(headerBytes));
    } catch (error) {
      throw new ReviewDeskError('sync/malformed', {}, { cause: error });
    }
    // Format 1 carried unauthenticated entries: it cannot be trusted, so it is refused by name.
    if ((json as { v?: unknown } | null)?.v === 1) throw new ReviewDeskError('sync/oldFormat');
    const parsed = partHeaderSchema.safeParse(json);
    if (!parsed.success) throw new ReviewDeskError('sync/malformed');
    const header: PartHeader = parsed.data;
    parts.push({ headerBytes, header, signature, payload });
  }
  if (!r.done()) throw new ReviewDeskError('sync/malformed');
  return parts;
}

/** What a header's signature covers: a domain tag and the header bytes exactly as stored. */
export function signedHeader(headerBytes: Uint8Array): Uint8Array {
  return concatBytes(utf8('rd-sync-v1\n'), headerBytes);
}
