/**
 * Structural validation of one entry (SPEC D4): entry shape, key shape, the value schema of the
 * key's record type, and the rules that need no other entry (the writer named in the key, the
 * record and the entry agree). Role rules and signatures need other entries: see view.ts.
 */
import { keyFingerprint } from '../crypto/ecdsa';
import { panelIdFromChairKey } from '../identity/panel-id';
import { type Entry, entrySchema, toVersion, type Version } from './entry';
import { type ParsedKey, parseKey } from './keys';
import { annotationSchema } from './records/annotation';
import { appFileSchema } from './records/app-file';
import { applicationSchema } from './records/application';
import { decisionSchema } from './records/decision';
import { deviceKeySchema } from './records/device-key';
import { memberSchema } from './records/member';
import { messageSchema } from './records/message';
import { panelMetaSchema } from './records/meta';
import { cellValueSchema } from './records/review-cell';
import { submissionSchema } from './records/submission';
import { threadSchema } from './records/thread';

export interface CheckedVersion extends Version {
  parsed: ParsedKey;
  /** The zod-parsed value; undefined for sealed cells until opened. */
  value: unknown;
}

export const SIGNED_KINDS = new Set<ParsedKey['kind']>([
  'meta',
  'member',
  'device',
  'submission',
  'decision',
]);

export type Checked =
  | { ok: true; version: CheckedVersion }
  | { ok: false; key: string; reason: string };

function fail(key: unknown, reason: string): Checked {
  return { ok: false, key: typeof key === 'string' ? key.slice(0, 200) : '?', reason };
}

export function checkEntry(raw: unknown, panelId: string): Checked {
  const shape = entrySchema.safeParse(raw);
  const key = (raw as { k?: unknown } | null)?.k;
  if (!shape.success) return fail(key, 'shape');
  const entry = shape.data as Entry;
  const parsed = parseKey(entry.k);
  if (!parsed) return fail(key, 'key');
  const signed = SIGNED_KINDS.has(parsed.kind);
  if (signed !== (entry.sig !== undefined)) return fail(key, signed ? 'unsigned' : 'signed');
  if (entry.x !== undefined && parsed.kind !== 'cell') return fail(key, 'sealed');
  const value = checkValue(entry, parsed, panelId);
  if (value === INVALID) return fail(key, 'value');
  return { ok: true, version: { ...toVersion(entry), parsed, value } };
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
      if (panelIdFromChairKey(meta.chairKey) !== panelId) return INVALID;
      return entry.sk === keyFingerprint(meta.chairKey) ? meta : INVALID;
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
  }
}
