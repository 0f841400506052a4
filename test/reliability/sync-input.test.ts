/**
 * Reliability: bad sync input (SPEC Y3, C3, D8, Q3). Seeded damage to genuine `.rdsync` files
 * (bytes flipped, overwritten, cut, extended, deleted, duplicated, zeroed, files spliced; headers
 * rewritten under the old signature or re-signed by an outsider) imported into a replica, and to
 * genuine relay updates judged exactly as the relay judges a client's message (admission.ts with
 * the relay's options). Every file is refused with a ReviewDeskError whose sentence exists in
 * zh-CN and English, and the replica is unchanged; every message is refused with a named reason,
 * or accepted only if all it adds is genuine signed content. A sample of the refused messages and
 * raw garbage frames then go over a real WebSocket to a real relay: it closes each with the same
 * reason, keeps serving, and its document is unchanged.
 * Size: RELIABILITY_SYNCFILES, RELIABILITY_SYNCMESSAGES (short 150 each, long 10,000),
 * RELIABILITY_SYNCWIRE (short 12, long 400); RELIABILITY_SEED.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { canonicalJson, fromBase64 } from '../../lib/crypto/bytes';
import { generateSigningKey, sign } from '../../lib/crypto/ecdsa';
import { errorKey, isReviewDeskError } from '../../lib/errors';
import { createI18n } from '../../lib/i18n';
import type { CriterionId, FileHash } from '../../lib/ids';
import { admitUpdate } from '../../lib/panel/admission';
import { ChainIndex } from '../../lib/panel/chains';
import { LOG_NAME } from '../../lib/panel/entry';
import { itemsOf, logElements } from '../../lib/panel/view';
import { exportRdsync, importRdsync } from '../../lib/sync/rdsync';
import {
  decodeContainer,
  encodeContainer,
  headerBytesOf,
  signedHeader,
} from '../../lib/sync/rdsync-format';
import { type LoggedRelay, loggedRelay, refusals } from '../integrity/hostile';
import { join, makePanel, type Replica } from '../panel/helpers';
import { client, eventually } from '../relay/helpers';
import { mutate } from './mutate';
import { WireClient } from './relay-wire';
import { report, rng, seedOf, size, Tally } from './support';

const FILES = size('syncFiles', 150, 10_000);
const MESSAGES = size('syncMessages', 150, 10_000);
const WIRE = size('syncWire', 12, 400);
const SEED = seedOf(151_515);
const c1 = 'c1' as CriterionId;
const c2 = 'c2' as CriterionId;
const zh = createI18n('zh-CN');
const en = createI18n('en');

/** A reason a person can read: a ReviewDeskError with a sentence in both languages. */
function clearReason(error: unknown): string | null {
  if (!isReviewDeskError(error)) return null;
  const key = errorKey(error.code);
  return zh.exists(key) && en.exists(key) ? error.code : null;
}

function fingerprint(r: Replica) {
  return canonicalJson({
    sv: Array.from(Y.encodeStateVector(r.doc)),
    length: r.doc.getArray(LOG_NAME).length,
    state: r.panel.canonicalState(),
  });
}

/**
 * Every log element of a document by place: its signed body and its signature bytes, as text —
 * what "only genuine content" compares.
 */
function elements(doc: Y.Doc): Map<string, { body: string; signature: string }> {
  const text = (x: unknown) => JSON.stringify(x instanceof Uint8Array ? Array.from(x) : x);
  return new Map(
    logElements(itemsOf(doc.getArray(LOG_NAME))).map(([c, k, raw]) => {
      const el = raw as { b?: unknown; s?: unknown };
      return [`${c}:${k}`, { body: text(el.b ?? raw), signature: text(el.s) }];
    }),
  );
}

let made: Awaited<ReturnType<typeof makePanel>>;
let chair: Replica;
let a: Replica;
let files: Uint8Array[];
let updates: Uint8Array[];
let genuine: Map<string, { body: string; signature: string }>;
let index: ChainIndex;

beforeAll(async () => {
  made = await makePanel();
  chair = made.chairReplica;
  a = await join(made.invitations[0]!, chair.doc);
  const b = await join(made.invitations[1]!, chair.doc);
  a.panel.setScore(made.app, c1, 8);
  a.panel.setComment(made.app, null, '总体良好');
  a.panel.addAnnotation(made.app, 'b'.repeat(64) as FileHash, {
    kind: 'note',
    page: 0,
    rects: [[0, 0, 10, 10]],
    quote: { exact: '', prefix: '', suffix: '' },
    position: { start: 0, end: 0 },
    color: '#ffd54f',
    tags: [],
    comment: '批注',
  });
  b.panel.setScore(made.app, c2, 5);
  await a.panel.submitReview(made.app);
  const since = Y.encodeStateVector(chair.doc);
  files = [
    await exportRdsync(a.panel, { kind: 'changes', since }),
    await exportRdsync(a.panel, { kind: 'full' }),
    await exportRdsync(b.panel, { kind: 'changes', since }),
  ];
  updates = [
    Y.encodeStateAsUpdate(a.doc, since),
    Y.encodeStateAsUpdate(b.doc, since),
    Y.encodeStateAsUpdate(a.doc),
  ];
  // What the genuine updates hold between them: accepted damage may add nothing else.
  const all = new Y.Doc();
  Y.applyUpdate(all, Y.encodeStateAsUpdate(chair.doc));
  for (const u of updates) Y.applyUpdate(all, u);
  genuine = elements(all);
  // The relay's view of the panel, built as server/rooms.ts builds it.
  index = new ChainIndex(chair.panel.id);
  for (const [c, k, raw] of logElements(itemsOf(chair.doc.getArray(LOG_NAME))))
    index.add(c, k, raw, 'remote');
  await index.verify();
}, 120_000);

/** The relay's verdict on a client's update (server/relay.ts `admit`): a reason, or none. */
async function judge(
  bytes: Uint8Array,
): Promise<{ reason: string | null; added: number; error?: unknown }> {
  try {
    const admission = await admitUpdate(index, bytes, {
      origin: 'remote',
      strictEntries: true,
      quotas: true,
      requireGenesis: true,
    });
    return {
      reason: admission.refused[0]?.reason ?? (admission.waiting ? 'waiting' : null),
      added: admission.added,
    };
  } catch (error) {
    return { reason: isReviewDeskError(error) ? error.code : 'corrupt', added: 0, error };
  }
}

/** Header-level forgeries: a field changed under the old signature, or re-signed by an outsider. */
async function forgedHeader(
  r: ReturnType<typeof rng>,
  file: Uint8Array,
): Promise<{ kind: string; bytes: Uint8Array }> {
  for (;;) {
    const bytes = await forgedHeaderBytes(r, file);
    if (bytes.length !== file.length || bytes.some((x, i) => x !== file[i]))
      return { kind: `header:${lastField}`, bytes };
  }
}

async function forgedHeaderBytes(r: ReturnType<typeof rng>, file: Uint8Array): Promise<Uint8Array> {
  const [part, ...rest] = decodeContainer(file);
  const header = JSON.parse(JSON.stringify(part!.header));
  const field = r.pick([
    'author',
    'panel',
    'kind',
    'created',
    'payloadSize',
    'proof',
    'deviceKey',
    'since',
  ]);
  lastField = field;
  switch (field) {
    case 'author':
      header.author = r.pick(
        [made.chair.memberId, ...made.invitations.map((i) => i.member)].filter(
          (m) => m !== header.author,
        ),
      );
      break;
    case 'panel':
      header.panel = `p${'0'.repeat(32)}`;
      break;
    case 'kind':
      header.kind = header.kind === 'full' ? 'changes' : 'full';
      break;
    case 'created':
      header.created = r.int(2 ** 31);
      break;
    case 'payloadSize':
      header.payloadSize += 1 + r.int(10);
      break;
    case 'proof':
      header.proof.member.v = { ...header.proof.member.v, role: 'chair' };
      break;
    case 'deviceKey':
    case 'since': {
      const outsider = await generateSigningKey(false);
      header.deviceKey = outsider.publicJwk;
      const headerBytes = headerBytesOf(header);
      const signature = fromBase64(await sign(outsider.privateKey, signedHeader(headerBytes)));
      return encodeContainer([{ headerBytes, signature, payload: part!.payload }, ...rest]);
    }
  }
  return encodeContainer([
    { headerBytes: headerBytesOf(header), signature: part!.signature, payload: part!.payload },
    ...rest,
  ]);
}

describe('reliability: bad sync input', () => {
  it(
    `Y3: ${FILES} damaged or forged .rdsync files are each refused with a clear reason, the replica unchanged`,
    async () => {
      const r = rng(SEED);
      const kinds = new Tally();
      const reasons = new Tally();
      let refused = 0;
      const before = fingerprint(chair);
      const started = Date.now();
      try {
        for (let i = 0; i < FILES; i++) {
          const source = r.pick(files);
          const m = r.chance(0.15) ? await forgedHeader(r, source) : mutate(r, source, files);
          kinds.add(m.kind);
          const outcome = await importRdsync(chair.panel, m.bytes).then(
            () => null,
            (error: unknown) => error,
          );
          const reason = clearReason(outcome);
          expect(
            reason,
            `${m.kind} #${i}: ${outcome ? String(outcome) : 'accepted'}`,
          ).not.toBeNull();
          expect(fingerprint(chair), `${m.kind} #${i} changed the replica`).toBe(before);
          reasons.add(reason!);
          refused++;
        }
      } finally {
        report('bad sync input: .rdsync files', {
          seed: SEED,
          tried: `${FILES} files from 3 genuine ones (${kinds})`,
          'refused, by reason': reasons.toString(),
          held: `${refused} refused with a sentence in zh-CN and en; the replica identical after each`,
          seconds: Math.round((Date.now() - started) / 1000),
        });
      }
      // The genuine files still import: the replica was not poisoned by what it refused.
      const clone = await join(made.invitations[2]!, chair.doc);
      for (const f of files.slice(0, 1)) await importRdsync(clone.panel, f);
    },
    120_000 + FILES * 2_000,
  );

  it(
    `C3, D8: ${MESSAGES} damaged relay updates are refused with a named reason or add only genuine signed content`,
    async () => {
      const r = rng(SEED + 1);
      const kinds = new Tally();
      const outcomes = new Tally();
      const started = Date.now();
      try {
        for (let i = 0; i < MESSAGES; i++) {
          const m = mutate(r, r.pick(updates), updates);
          kinds.add(m.kind);
          const { reason, added, error } = await judge(m.bytes);
          // The relay names a decoding failure by its code; an exception of another kind is a bug.
          if (error) expect(clearReason(error), `${m.kind} #${i}: ${String(error)}`).not.toBeNull();
          if (reason) {
            outcomes.add(`refused: ${reason}`);
            continue;
          }
          // Accepted (the damage was in bytes Yjs does not read, or cut after whole elements):
          // whatever it adds must be genuine signed content, element for element, in its place.
          const scratch = new Y.Doc();
          Y.applyUpdate(scratch, Y.encodeStateAsUpdate(chair.doc));
          Y.applyUpdate(scratch, m.bytes);
          let resigned = false;
          for (const [place, el] of elements(scratch)) {
            expect(genuine.get(place)?.body, `${m.kind} #${i} added ${place}`).toBe(el.body);
            if (genuine.get(place)!.signature !== el.signature) resigned = true;
          }
          outcomes.add(
            resigned
              ? 'accepted: genuine bodies, a signature byte altered where a later signature covers the chain (SPEC A2)'
              : added > 0
                ? 'accepted: genuine elements only'
                : 'accepted: nothing new',
          );
        }
      } finally {
        report('bad sync input: relay updates', {
          seed: SEED + 1,
          tried: `${MESSAGES} updates from 3 genuine ones (${kinds})`,
          outcomes: outcomes.toString(),
          held: 'every refusal named; nothing accepted that was not genuine signed content',
          seconds: Math.round((Date.now() - started) / 1000),
        });
      }
    },
    120_000 + MESSAGES * 1_000,
  );

  describe('over the wire, to a real relay', () => {
    let relay: LoggedRelay;
    beforeAll(async () => {
      relay = await loggedRelay();
      const c = client(relay.url, made.chair, { doc: chair.doc });
      await c.conn.synced(60_000);
      c.conn.destroy();
    }, 120_000);
    afterAll(async () => {
      await relay?.stop();
    });

    it(
      `C3: ${WIRE} refused updates and garbage frames sent as bytes: each closed with its reason, the relay serving, its document unchanged`,
      async () => {
        const r = rng(SEED + 2);
        const token = made.invitations[0]!.token;
        const member = made.invitations[0]!.member;
        // Damaged updates the relay's check refuses (judged in process first, as above).
        const sample: { bytes: Uint8Array; reason: string }[] = [];
        while (sample.length < WIRE) {
          const m = mutate(r, r.pick(updates), updates);
          const { reason } = await judge(m.bytes);
          if (reason) sample.push({ bytes: m.bytes, reason });
        }
        const outcomes = new Tally();
        // Hocuspocus logs every connection it closes on an exception: counted, not printed.
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const started = Date.now();
        try {
          let wire: WireClient | null = null;
          for (const [i, m] of sample.entries()) {
            if (!wire?.isOpen) {
              wire?.close();
              wire = await WireClient.open(relay.url, chair.panel.id, token);
            }
            const outcome = await wire.sendUpdate(m.bytes);
            const expected = m.reason.replace('sync/', '');
            expect(outcome.kind, `message #${i} (${m.reason})`).toBe('closed');
            if (outcome.kind === 'closed')
              expect([expected, 'resync'], `message #${i}`).toContain(outcome.reason);
            outcomes.add(outcome.kind === 'closed' ? `closed: ${outcome.reason}` : outcome.kind);
            // Garbage that is not even a Hocuspocus frame, now and then.
            if (r.chance(0.3)) {
              wire.close();
              wire = await WireClient.open(relay.url, chair.panel.id, token);
              const junk = Uint8Array.from({ length: 1 + r.int(200) }, () => r.int(256));
              const j = await wire.sendRaw(junk).catch(() => ({ kind: 'no answer' as const }));
              outcomes.add(
                `garbage frame: ${j.kind === 'closed' ? `closed (${j.reason || j.code})` : j.kind}`,
              );
            }
          }
          wire?.close();
          // Still serving, and nothing of it reached the document: a fresh replica gets the chair's state.
          const fresh = client(relay.url, made.chair);
          await fresh.conn.synced(60_000);
          await eventually(() => Y.encodeStateVector(fresh.doc).length > 1);
          expect(Array.from(Y.encodeStateVector(fresh.doc))).toEqual(
            Array.from(Y.encodeStateVector(chair.doc)),
          );
          expect(canonicalJson(fresh.panel.canonicalState())).toBe(
            canonicalJson(chair.panel.canonicalState()),
          );
          fresh.conn.destroy();
          expect(refusals(relay, member).length).toBeGreaterThanOrEqual(sample.length);
        } finally {
          logged.mockRestore();
          report('bad sync input: real relay', {
            tried: `${sample.length} refused updates as raw WebSocket frames, plus garbage frames`,
            outcomes: outcomes.toString(),
            held: 'each closed with its reason; the relay kept serving; a fresh replica gets the unchanged document',
            seconds: Math.round((Date.now() - started) / 1000),
          });
        }
      },
      120_000 + WIRE * 5_000,
    );
  });
});

let lastField = '';
