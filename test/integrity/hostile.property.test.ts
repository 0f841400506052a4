/**
 * Issue "integrity of the panel", the property: seeded random honest operations interleaved with
 * random hostile ones from one member (forged authors, squatted client ids, huge sequences, garbage
 * bytes, hostile files), exchanged through a server that checks updates like the relay and through
 * files. The honest replicas converge and every honest acknowledged write survives (SPEC Y1, Y2,
 * C3, O1).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Harness } from '../sync/harness';
import { honestOp, hostileOp } from '../sync/ops';

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
