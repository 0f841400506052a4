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
import { Harness } from '../sync/harness';
import { honestOp, hostileOp } from '../sync/ops';
import { report, seedOf, size, Tally } from './support';

const SEQUENCES = size('convergence', 6, 10_000);
const SEED = seedOf(15_015);

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
