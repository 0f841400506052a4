/**
 * SPEC Y1, Y2: property-based convergence. Seeded random operations on 3–6 replicas, exchanged
 * through the relay protocol (with partitions, duplicated and reordered deliveries) and through
 * `.rdsync` files; at the end every replica is identical and no acknowledged write is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Harness, type Op } from './harness';
import { fileOp, relayOp } from './ops';

async function run(replicas: number, ops: Op[]): Promise<string | null> {
  const h = await Harness.create(replicas);
  for (const op of ops) await h.apply(op);
  await h.heal();
  return h.check();
}

/** Files only: no relay at all, then everyone exchanges with everyone once. */
async function runFiles(replicas: number, ops: Op[]): Promise<string | null> {
  const h = await Harness.create(replicas);
  for (let i = 0; i < replicas; i++) h.setOnline(i, false);
  for (const op of ops) if (op.t !== 'deliver' && op.t !== 'online') await h.apply(op);
  for (let i = 0; i < replicas; i++) {
    for (let j = 0; j < replicas; j++) await h.apply({ t: 'file', from: i, to: j, full: false });
  }
  for (let i = 0; i < replicas; i++) await h.apply({ t: 'file', from: 0, to: i, full: false });
  return h.check();
}

describe('Y1, Y2 convergence', () => {
  it('Y1, Y2: through the relay protocol with partitions, duplicates and reordering', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 6 }),
        fc.array(relayOp, { minLength: 5, maxLength: 40 }),
        async (n, ops) => {
          expect(await run(n, ops)).toBeNull();
        },
      ),
      { seed: 5005, numRuns: 25 },
    );
  });

  it('Y1, Y2: through .rdsync files only, in any order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 6 }),
        fc.array(fc.oneof(relayOp, fileOp), { minLength: 5, maxLength: 30 }),
        async (n, ops) => {
          expect(await runFiles(n, ops)).toBeNull();
        },
      ),
      { seed: 7007, numRuns: 15 },
    );
  });

  it('Y1, Y2: relay and files mixed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 6 }),
        fc.array(fc.oneof(relayOp, fileOp), { minLength: 5, maxLength: 40 }),
        async (n, ops) => {
          expect(await run(n, ops)).toBeNull();
        },
      ),
      { seed: 9009, numRuns: 15 },
    );
  });
});

/**
 * Seeds that once failed stay here by name. Both were found by the property above (seeds 5005 and
 * 9009) while the winner rule was taken from arrival order instead of SPEC D3's total order: two
 * replicas received concurrent writes of one cell in different orders and disagreed.
 */
describe('Y1 regressions', () => {
  it('Y1 regression (seed 5005): concurrent writes of one cell arriving in different orders', async () => {
    const ops: Op[] = [
      { t: 'score', r: 0, crit: 0, value: null },
      { t: 'score', r: 0, crit: 0, value: null },
      { t: 'deliver', count: 1, duplicate: false, reorder: false },
      { t: 'score', r: 4, crit: 1, value: null },
      { t: 'score', r: 2, crit: 1, value: null },
    ];
    expect(await run(3, ops)).toBeNull();
  });

  it('Y1 regression (seed 9009): a submission, then writes of the same cell by others, then a file', async () => {
    const ops: Op[] = [
      { t: 'score', r: 0, crit: 0, value: null },
      { t: 'submit', r: 0 },
      { t: 'score', r: 1, crit: 0, value: null },
      { t: 'score', r: 2, crit: 0, value: null },
      { t: 'file', from: 0, to: 0, full: false },
    ];
    expect(await run(3, ops)).toBeNull();
  });
});
