/**
 * Log entries (SPEC D1–D3, D6): one element of the document's grow-only `log` array. An entry is
 * one version of one register. This file owns the entry schema, the winner order, the bytes that
 * are signed and the entry hash that submission manifests refer to.
 */
import { z } from 'zod';
import { canonicalJson } from '../crypto/bytes';
import { sha256HexOf } from '../crypto/hash';
import type { SealedValue } from '../crypto/seal';
import type { MemberId } from '../ids';

export const LOG_NAME = 'log';

const sealedSchema = z.object({
  kid: z.string().regex(/^[0-9a-f]{16}$/),
  iv: z.string().regex(/^[A-Za-z0-9_-]{16}$/),
  ct: z.string().regex(/^[A-Za-z0-9_-]{1,200000}$/),
});

export const entrySchema = z
  .object({
    k: z.string().min(1).max(600),
    s: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    d: z
      .number()
      .int()
      .nonnegative()
      .max(2 ** 53),
    by: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/),
    at: z.number().int().nonnegative(),
    v: z.unknown().optional(),
    x: sealedSchema.optional(),
    sig: z
      .string()
      .regex(/^[A-Za-z0-9_-]{86}$/)
      .optional(),
    sk: z
      .string()
      .regex(/^[0-9a-f]{32}$/)
      .optional(),
  })
  .strict()
  .refine((e) => 'v' in e !== 'x' in e, 'exactly one of v and x')
  .refine((e) => 'sig' in e === 'sk' in e, 'sig and sk go together');

export interface Entry {
  k: string;
  s: number;
  d: number;
  by: MemberId;
  at: number;
  v?: unknown;
  x?: SealedValue;
  sig?: string;
  sk?: string;
}

/** A parsed entry with what is computed once: its canonical form (for order and hash). */
export interface Version {
  entry: Entry;
  canonical: string;
}

export function toVersion(entry: Entry): Version {
  return { entry, canonical: canonicalJson(entry) };
}

/** SPEC D3: positive when a wins over b. Total: equal only for identical entries. */
export function compareVersions(a: Version, b: Version): number {
  return (
    a.entry.s - b.entry.s ||
    a.entry.d - b.entry.d ||
    a.entry.at - b.entry.at ||
    (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0)
  );
}

/** What manifests name (SPEC S2): 128 bits of SHA-256 over the canonical entry. */
export function versionHash(version: Version): string {
  return sha256HexOf(version.canonical).slice(0, 32);
}

/** The bytes a signed entry's signature covers: domain, panel, and the entry without signature. */
export function signedPayload(panelId: string, entry: Omit<Entry, 'sig' | 'sk'>): string {
  const { k, s, d, by, at, v } = entry;
  return `rd-entry-v1\n${panelId}\n${canonicalJson({ k, s, d, by, at, v: v ?? null })}`;
}
