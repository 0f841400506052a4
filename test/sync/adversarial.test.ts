/**
 * SPEC Y3, bad input: malformed, truncated, bit-flipped, foreign, forged and replayed `.rdsync`
 * files. Each gives a clear error and leaves the document exactly as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromBase64, utf8 } from '../../lib/crypto/bytes';
import { generateSigningKey, sign } from '../../lib/crypto/ecdsa';
import { isReviewDeskError } from '../../lib/errors';
import type { CriterionId } from '../../lib/ids';
import { LOG_NAME } from '../../lib/panel/entry';
import { exportRdsync, importRdsync } from '../../lib/sync/rdsync';
import {
  decodeContainer,
  encodeContainer,
  headerBytesOf,
  signedHeader,
} from '../../lib/sync/rdsync-format';
import { join, makePanel, type Replica } from '../panel/helpers';

async function setup() {
  const made = await makePanel();
  const { chairReplica: chair, invitations, app } = made;
  const a = await join(invitations[0]!, chair.doc);
  a.panel.setScore(app, 'c1' as CriterionId, 8);
  a.panel.setComment(app, null, '总体良好');
  const file = await exportRdsync(a.panel, {
    kind: 'changes',
    since: Y.encodeStateVector(chair.doc),
  });
  return { ...made, a, file };
}

function fingerprint(r: Replica) {
  return {
    sv: Array.from(Y.encodeStateVector(r.doc)),
    length: r.doc.getArray(LOG_NAME).length,
    state: r.panel.canonicalState(),
  };
}

async function rejects(r: Replica, bytes: Uint8Array): Promise<string> {
  const before = fingerprint(r);
  const code = await importRdsync(r.panel, bytes).then(
    () => 'accepted',
    (e: unknown) => (isReviewDeskError(e) ? e.code : `non-ReviewDeskError: ${String(e)}`),
  );
  expect(fingerprint(r)).toEqual(before);
  return code;
}

/** Rewrite the first part's header (and optionally re-sign it with some key). */
async function withHeader(
  file: Uint8Array,
  change: (h: Record<string, unknown>) => void,
  signer?: CryptoKey,
) {
  const [part] = decodeContainer(file);
  const header = JSON.parse(JSON.stringify(part!.header));
  change(header);
  const headerBytes = headerBytesOf(header);
  const signature = signer
    ? fromBase64(await sign(signer, signedHeader(headerBytes)))
    : part!.signature;
  return encodeContainer([{ headerBytes, signature, payload: part!.payload }]);
}

describe('Y3 adversarial .rdsync input', () => {
  it('Y3: the genuine file imports (baseline)', async () => {
    const { chairReplica: chair, a, file, app } = await setup();
    const result = await importRdsync(chair.panel, file);
    expect(result).toMatchObject({ alreadyKnown: false, authors: [a.identity.memberId] });
    expect(
      chair.panel.progress(app).find((p) => p.reviewer === a.identity.memberId)?.filled.scores,
    ).toEqual(['c1']);
  });

  it('Y3: not an .rdsync file, empty, or truncated anywhere', async () => {
    const { chairReplica: chair, file } = await setup();
    expect(await rejects(chair, utf8('%PDF-1.7 not a sync file'))).toBe('sync/notRdsync');
    expect(await rejects(chair, new Uint8Array())).toBe('sync/notRdsync');
    for (const cut of [9, 12, 20, 100, Math.floor(file.length / 2), file.length - 1]) {
      expect(['sync/truncated', 'sync/malformed']).toContain(
        await rejects(chair, file.subarray(0, cut)),
      );
    }
    const extra = new Uint8Array(file.length + 3);
    extra.set(file);
    expect(await rejects(chair, extra)).toBe('sync/malformed');
  });

  it('Y3: any single bit flip is refused (seeded)', async () => {
    const { chairReplica: chair, file } = await setup();
    const codes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: file.length * 8 - 1 }), async (bit) => {
        const bad = file.slice();
        bad[bit >> 3]! ^= 1 << (bit & 7);
        const code = await rejects(chair, bad);
        codes.add(code);
        expect(code.startsWith('sync/')).toBe(true);
      }),
      { seed: 20261123, numRuns: 150 },
    );
    expect(codes.has('accepted')).toBe(false);
  });

  it('Y3: a file of another panel', async () => {
    const { file } = await setup();
    const other = await makePanel();
    expect(await rejects(other.chairReplica, file)).toBe('sync/wrongPanel');
  });

  it('Y3: forged headers', async () => {
    const { chairReplica: chair, file, invitations } = await setup();
    // Another author named, original signature kept.
    expect(
      await rejects(chair, await withHeader(file, (h) => (h.author = invitations[1]!.member))),
    ).toBe('sync/notMember');
    // Payload hash swapped: the signature no longer matches... or the hash check catches it first.
    expect(await rejects(chair, await withHeader(file, (h) => (h.created = 1)))).toBe(
      'sync/badSignature',
    );
    // Signed by an outsider's key claiming to be the device key.
    const outsider = await generateSigningKey(false);
    expect(
      await rejects(
        chair,
        await withHeader(file, (h) => (h.deviceKey = outsider.publicJwk), outsider.privateKey),
      ),
    ).toBe('sync/notMember');
    // A member record with the role raised, re-signed by the outsider.
    expect(
      await rejects(
        chair,
        await withHeader(
          file,
          (h) => {
            const proof = h.proof as { member: { v: { role: string } } };
            proof.member.v.role = 'chair';
          },
          outsider.privateKey,
        ),
      ),
    ).toBe('sync/notMember');
    // Another chair key: the panel id no longer derives from it.
    expect(
      await rejects(chair, await withHeader(file, (h) => (h.chairKey = outsider.publicJwk))),
    ).toBe('sync/badSignature');
  });

  it('Y3: replays are a no-op, reported as already known', async () => {
    const { chairReplica: chair, file } = await setup();
    await importRdsync(chair.panel, file);
    const before = fingerprint(chair);
    expect(await importRdsync(chair.panel, file)).toMatchObject({ alreadyKnown: true, added: 0 });
    expect(fingerprint(chair)).toEqual(before);
  });

  it('Y3: a file by a removed member is refused', async () => {
    const { chairReplica: chair, a, file } = await setup();
    await chair.panel.removeMember(a.identity.memberId);
    expect(await rejects(chair, file)).toBe('sync/removedAuthor');
  });

  it('Y3: a file that needs another one first waits, then completes in any order', async () => {
    const { chairReplica: chair, a, app } = await setup();
    const base = Y.encodeStateVector(chair.doc);
    const first = await exportRdsync(a.panel, { kind: 'changes', since: base });
    const mid = Y.encodeStateVector(a.doc);
    a.panel.setScore(app, 'c2' as CriterionId, 4);
    const second = await exportRdsync(a.panel, { kind: 'changes', since: mid });
    const r2 = await importRdsync(chair.panel, second);
    expect(r2.waiting).toBe(true);
    await importRdsync(chair.panel, first);
    expect(
      chair.panel
        .progress(app)
        .find((p) => p.reviewer === a.identity.memberId)
        ?.filled.scores.sort(),
    ).toEqual(['c1', 'c2']);
  });
});
