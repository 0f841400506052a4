/**
 * SPEC D2: every key a writer builds is read back by `parseKey` as the register it names. A key
 * the reader refuses is a write that fails with "invalid key" — an evidence tag starting with a
 * digit did exactly that (about one link in five was refused).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../lib/crypto/bytes';
import { keys, parseKey } from '../../lib/panel/keys';
import type { CellField } from '../../lib/panel/records/review-cell';

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const id = fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 1, maxLength: 80 });
const rubricId = fc
  .tuple(
    fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'),
    fc.string({ unit: fc.constantFrom(...ID_CHARS), maxLength: 63 }),
  )
  .map(([head, rest]) => head + rest);
const tag = fc.uint8Array({ minLength: 16, maxLength: 16 }).map(toBase64);
const hex = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n });

const field: fc.Arbitrary<CellField> = fc.oneof(
  rubricId.map((criterion) => ({ type: 'score', criterion }) as CellField),
  fc.option(rubricId).map((criterion) => ({ type: 'comment', criterion }) as CellField),
  rubricId.map((fact) => ({ type: 'fact', fact }) as CellField),
  rubricId.map((rule) => ({ type: 'verdict', rule }) as CellField),
  tag.map((t) => ({ type: 'evidence', tag: t }) as CellField),
  fc.constant({ type: 'opinion' } as CellField),
);

describe('register keys', () => {
  it('reads back every review cell a writer can build', () => {
    fc.assert(
      fc.property(id, id, field, (app, member, f) => {
        expect(parseKey(keys.cell(app, member, f))).toEqual({
          kind: 'cell',
          app,
          member,
          field: f,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads an evidence tag whatever character it starts with', () => {
    for (const first of ID_CHARS) {
      const t = `${first}${'A'.repeat(21)}`;
      expect(parseKey(keys.cell('app', 'm', { type: 'evidence', tag: t }))).not.toBeNull();
    }
  });

  it('reads back the other register kinds', () => {
    fc.assert(
      fc.property(id, id, id, id, rubricId, hex(64), hex(32), (a, m, x, y, r, hash, fp) => {
        expect(parseKey(keys.member(m))).toEqual({ kind: 'member', member: m });
        expect(parseKey(keys.device(m, fp))).toEqual({
          kind: 'device',
          member: m,
          fingerprint: fp,
        });
        expect(parseKey(keys.app(a))).toEqual({ kind: 'app', app: a });
        expect(parseKey(keys.file(a, hash))).toEqual({ kind: 'file', app: a, hash });
        expect(parseKey(keys.submission(a, m))).toEqual({ kind: 'submission', app: a, member: m });
        expect(parseKey(keys.annotation(a, m, x))).toEqual({
          kind: 'annotation',
          app: a,
          author: m,
          id: x,
        });
        expect(parseKey(keys.thread(a, m, x))).toEqual({
          kind: 'thread',
          app: a,
          author: m,
          id: x,
        });
        expect(parseKey(keys.message(a, x, m, y))).toEqual({
          kind: 'message',
          app: a,
          thread: x,
          author: m,
          id: y,
        });
        expect(parseKey(keys.decision(a))).toEqual({ kind: 'decision', app: a });
        expect(parseKey(keys.panelFact(a, r))).toEqual({ kind: 'panelFact', app: a, fact: r });
        expect(parseKey(keys.reviewReturn(a, m))).toEqual({ kind: 'return', app: a, member: m });
        expect(parseKey(keys.certificate(m, fp))).toEqual({
          kind: 'certificate',
          member: m,
          fingerprint: fp,
        });
        expect(parseKey(keys.reviewSignature(a, m))).toEqual({
          kind: 'reviewSignature',
          app: a,
          member: m,
        });
      }),
      { numRuns: 500 },
    );
    expect(parseKey(keys.meta())).toEqual({ kind: 'meta' });
    expect(parseKey(keys.panelCa())).toEqual({ kind: 'panelCa' });
  });

  it('refuses a tag of the wrong length or alphabet', () => {
    for (const t of ['A'.repeat(21), 'A'.repeat(23), `${'A'.repeat(21)}+`, `${'A'.repeat(21)}=`]) {
      expect(parseKey(`r/app/m/ev/${t}`)).toBeNull();
    }
  });
});
