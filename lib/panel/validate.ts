/**
 * Structural validation of one entry inside an authenticated batch (SPEC D4): entry shape, key
 * shape, the value schema of the key's record type, and the rules that need no other entry (the
 * batch's author is the member the key names, the record and the key agree). Role rules and the
 * registry's signatures need other entries: see view.ts. The API runs the same check before it
 * writes, so it never writes what a reader would skip.
 */
import { keyFingerprint } from '../crypto/ecdsa';
import { panelIdFromChairKey } from '../identity/panel-id';
import type { MemberId } from '../ids';
import { type BatchEntry, batchEntrySchema, positionId } from './batch';
import type { Entry } from './entry';
import { type ParsedKey, parseKey } from './keys';
import { annotationSchema } from './records/annotation';
import { appFileSchema } from './records/app-file';
import { applicationSchema } from './records/application';
import { decisionSchema } from './records/decision';
import { deviceKeySchema } from './records/device-key';
import { memberSchema } from './records/member';
import { messageSchema } from './records/message';
import { panelMetaSchema } from './records/meta';
import { panelFactSchema } from './records/panel-fact';
import { cellValueSchema } from './records/review-cell';
import { reviewReturnSchema } from './records/review-return';
import { submissionSchema } from './records/submission';
import { threadSchema } from './records/thread';

/** Kinds that carry an entry-level signature (SPEC A5): they prove themselves anywhere. */
export const SIGNED_KINDS = new Set<ParsedKey['kind']>(['member', 'device']);

/** Where an entry sits: its batch's author, client id, clock and time, and its index. */
export interface EntryPlace {
  by: MemberId;
  client: number;
  clock: number;
  index: number;
  at: number;
}

export interface CheckedVersion {
  entry: Entry;
  parsed: ParsedKey;
  /** The zod-parsed value; undefined for sealed cells until opened. */
  value: unknown;
  /** SPEC D3: same on every replica; what manifests name. */
  pos: string;
  client: number;
  clock: number;
  index: number;
}

export type Checked =
  | { ok: true; version: CheckedVersion }
  | { ok: false; key: string; reason: string };

function fail(key: unknown, reason: string): Checked {
  return { ok: false, key: typeof key === 'string' ? key.slice(0, 200) : '?', reason };
}

export function checkEntry(raw: unknown, panelId: string, place: EntryPlace): Checked {
  const shape = batchEntrySchema.safeParse(raw);
  const key = (raw as { k?: unknown } | null)?.k;
  if (!shape.success) return fail(key, 'shape');
  const e = shape.data as BatchEntry;
  const parsed = parseKey(e.k);
  if (!parsed) return fail(key, 'key');
  const signed = SIGNED_KINDS.has(parsed.kind);
  if (signed !== (e.sig !== undefined)) return fail(key, signed ? 'unsigned' : 'signed');
  if (e.x !== undefined && parsed.kind !== 'cell') return fail(key, 'sealed');
  const entry: Entry = { ...e, d: place.client, by: place.by, at: place.at };
  const value = checkValue(entry, parsed, panelId);
  if (value === INVALID) return fail(key, 'value');
  return {
    ok: true,
    version: {
      entry,
      parsed,
      value,
      pos: positionId(place.client, place.clock, place.index),
      client: place.client,
      clock: place.clock,
      index: place.index,
    },
  };
}

const INVALID = Symbol('invalid');

function parseWith<T>(
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
  v: unknown,
) {
  const r = schema.safeParse(v);
  return r.success ? (r.data as T) : INVALID;
}

function checkValue(entry: Entry, p: ParsedKey, panelId: string): unknown {
  const v = entry.v;
  switch (p.kind) {
    case 'meta': {
      const meta = parseWith(panelMetaSchema, v);
      if (meta === INVALID || meta.id !== panelId || meta.chair !== entry.by) return INVALID;
      return panelIdFromChairKey(meta.chairKey) === panelId ? meta : INVALID;
    }
    case 'member': {
      const m = parseWith(memberSchema, v);
      return m !== INVALID && m.id === p.member ? m : INVALID;
    }
    case 'device': {
      const d = parseWith(deviceKeySchema, v);
      if (d === INVALID || d.member !== p.member || entry.by !== p.member) return INVALID;
      return keyFingerprint(d.key) === p.fingerprint ? d : INVALID;
    }
    case 'app': {
      // null: the chair removed an application added by mistake (its history stays).
      if (v === null) return null;
      const a = parseWith(applicationSchema, v);
      return a !== INVALID && a.id === p.app && a.addedBy === entry.by ? a : INVALID;
    }
    case 'file': {
      if (v === null) return null;
      const f = parseWith(appFileSchema, v);
      return f !== INVALID && f.hash === p.hash ? f : INVALID;
    }
    case 'cell': {
      if (entry.by !== p.member) return INVALID;
      if (entry.x !== undefined) return undefined;
      if (v === null) return null;
      return parseWith(cellValueSchema(p.field), v);
    }
    case 'submission': {
      if (entry.by !== p.member) return INVALID;
      return parseWith(submissionSchema, v);
    }
    case 'annotation': {
      const a = parseWith(annotationSchema, v);
      if (a === INVALID || entry.by !== p.author) return INVALID;
      return a.id === p.id && a.applicationId === p.app && a.author === p.author ? a : INVALID;
    }
    case 'thread': {
      const t = parseWith(threadSchema, v);
      if (t === INVALID || entry.by !== p.author) return INVALID;
      return t.id === p.id && t.applicationId === p.app && t.createdBy === p.author ? t : INVALID;
    }
    case 'message': {
      const m = parseWith(messageSchema, v);
      if (m === INVALID || entry.by !== p.author) return INVALID;
      return m.id === p.id && m.threadId === p.thread && m.author === p.author ? m : INVALID;
    }
    case 'decision': {
      const d = parseWith(decisionSchema, v);
      return d !== INVALID && d.by === entry.by ? d : INVALID;
    }
    case 'panelFact': {
      const f = parseWith(panelFactSchema, v);
      return f !== INVALID && f.by === entry.by && f.fact === p.fact ? f : INVALID;
    }
    case 'return': {
      const r = parseWith(reviewReturnSchema, v);
      return r !== INVALID && r.by === entry.by ? r : INVALID;
    }
  }
}
