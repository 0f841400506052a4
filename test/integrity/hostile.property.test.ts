/**
 * Issue "integrity of the panel", the property: seeded random honest operations interleaved with
 * random hostile ones from one member (forged authors, squatted client ids, huge sequences, garbage
 * bytes, hostile files), exchanged through a server that checks updates like the relay and through
 * files. The honest replicas converge and every honest acknowledged write survives (SPEC Y1, Y2,
 * C3, O1).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Harness, type Op } from '../sync/harness';

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
      text: fc.constantFrom('', '好', '材料不全'),
    }),
  },
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

describe('integrity: honest replicas converge with a hostile member among them', () => {
  it('Y1, Y2, C3, O1: seeded honest and hostile operations; honest replicas converge, nothing honest is lost', async () => {
    let attacks = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 5 }),
        fc.array(
          fc.oneof({ weight: 3, arbitrary: honestOp }, { weight: 1, arbitrary: hostileOp }),
          {
            minLength: 5,
            maxLength: 30,
          },
        ),
        async (n, ops) => {
          const h = await Harness.create(n, { hostile: true });
          for (const op of ops) await h.apply(op);
          await h.heal();
          attacks += h.refused.filter((r) => r.startsWith(`${h.hostile}:`)).length;
          expect(h.check()).toBeNull();
        },
      ),
      { seed: 4242, numRuns: 12 },
    );
    // The property would be empty if no attack ever reached the server.
    expect(attacks).toBeGreaterThan(0);
  }, 300_000);
});
