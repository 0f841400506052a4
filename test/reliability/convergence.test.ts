/**
 * Reliability: convergence (SPEC Y1, Y2, C3, O1). Seeded random operation sequences on 3–6
 * replicas of one panel (test/sync/harness.ts), exchanged through a server that checks every
 * update like the relay — with partitions (replicas going offline and back), duplicated and
 * reordered deliveries — and through `.rdsync` files; in about half of the sequences one member
 * is hostile (forged authors, squatted client ids, huge sequence numbers, garbage, hostile files).
 * After healing, the honest replicas are identical and every write the API acknowledged is in
 * every history, each register holding the winner.
 * Size: RELIABILITY_CONVERGENCE sequences (short 6, long 10,000); RELIABILITY_SEED.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Harness, type Op } from '../sync/harness';
import { report, seedOf, size, Tally } from './support';

const SEQUENCES = size('convergence', 6, 10_000);
const SEED = seedOf(15_015);

const honestOp: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant('score' as const),
      r: fc.nat(5),
      crit: fc.nat(3),
      value: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('comment' as const),
      r: fc.nat(5),
      crit: fc.nat(3),
      text: fc.constantFrom('', '好', '材料不全', '建议推荐', '<b>粗体</b>'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('annotate' as const), r: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('submit' as const), r: fc.nat(5) }) },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('online' as const), r: fc.nat(5), online: fc.boolean() }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('deliver' as const),
      count: fc.integer({ min: 1, max: 8 }),
      duplicate: fc.boolean(),
      reorder: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('file' as const),
      from: fc.nat(5),
      to: fc.nat(5),
      full: fc.boolean(),
    }),
  },
);

const hostileOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    t: fc.constant('forge' as const),
    target: fc.nat(5),
    kind: fc.constantFrom('cell' as const, 'submission' as const, 'meta' as const, 'app' as const),
  }),
  fc.record({ t: fc.constant('squat' as const), target: fc.nat(5) }),
  fc.record({ t: fc.constant('bigseq' as const) }),
  fc.record({ t: fc.constant('garbage' as const), seed: fc.nat(1000) }),
  fc.record({ t: fc.constant('hostileFile' as const), target: fc.nat(5), to: fc.nat(5) }),
);

const sequence = fc.boolean().chain((hostile) =>
  fc.record({
    replicas: fc.integer({ min: 3, max: 6 }),
    hostile: fc.constant(hostile),
    ops: fc.array(
      hostile
        ? fc.oneof({ weight: 3, arbitrary: honestOp }, { weight: 1, arbitrary: hostileOp })
        : honestOp,
      { minLength: 5, maxLength: 40 },
    ),
  }),
);

describe('reliability: convergence', () => {
  it(
    `Y1, Y2, C3, O1: ${SEQUENCES} seeded sequences on 3–6 replicas, honest and hostile members mixed, converge with nothing acknowledged lost`,
    async () => {
      const ops = new Tally();
      const refused = new Tally();
      let sequences = 0;
      let withHostile = 0;
      let acknowledged = 0;
      const replicas = new Tally();
      const started = Date.now();
      try {
        await fc.assert(
          fc.asyncProperty(sequence, async (s) => {
            // A hostile harness has one more (hostile) replica than honest ones.
            const h = await Harness.create(s.hostile ? s.replicas - 1 : s.replicas, {
              hostile: s.hostile,
            });
            for (const op of s.ops) {
              ops.add(
                op.t === 'deliver'
                  ? `deliver${op.duplicate ? '+dup' : ''}${op.reorder ? '+reorder' : ''}`
                  : op.t,
              );
              await h.apply(op);
            }
            await h.heal();
            const failure = h.check();
            sequences++;
            if (s.hostile) withHostile++;
            replicas.add(`${h.nodes.length} replicas`);
            acknowledged += h.honest.reduce((n, node) => n + node.acked.length, 0);
            for (const r of h.refused) refused.add(r.slice(r.indexOf(':') + 1));
            expect(failure).toBeNull();
          }),
          { seed: SEED, numRuns: SEQUENCES },
        );
      } finally {
        report('convergence', {
          seed: SEED,
          sequences: `${sequences} run (${withHostile} with a hostile member), ${replicas}`,
          operations: ops.toString(),
          'refused by the checking server': refused.toString() || 'none',
          held: `honest replicas identical and ${acknowledged} acknowledged writes in every history, in ${sequences} sequences`,
          seconds: Math.round((Date.now() - started) / 1000),
        });
      }
    },
    120_000 + SEQUENCES * 10_000,
  );
});
