/**
 * The random operations the convergence properties draw (test/sync/harness.ts runs them): one
 * model shared by the unit property, the integrity property and the long reliability suite.
 */
import fc from 'fast-check';
import type { Op } from './harness';

/** Writes and network events of honest members, delivered through the relay protocol. */
export const relayOp: fc.Arbitrary<Op> = fc.oneof(
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
);

/** One member's changes carried to another by an `.rdsync` file. */
export const fileOp: fc.Arbitrary<Op> = fc.record({
  t: fc.constant('file' as const),
  from: fc.nat(5),
  to: fc.nat(5),
  full: fc.boolean(),
});

/** Everything an honest member does: relay and files mixed, files the rarer. */
export const honestOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 17, arbitrary: relayOp },
  { weight: 1, arbitrary: fileOp },
);

/** What the hostile member of a harness created with `{ hostile: true }` tries. */
export const hostileOp: fc.Arbitrary<Op> = fc.oneof(
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
