import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendIn, getIn, moveIn, removeIn, setIn } from '../../lib/rubric-library';

const segment = fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.nat(3));
const json = fc.jsonValue({ maxDepth: 4 });

describe('edits at a path', () => {
  it('sets a value that getIn then reads, leaving the input untouched (property)', () => {
    fc.assert(
      fc.property(json, fc.array(segment, { maxLength: 4 }), json, (root, at, value) => {
        const before = JSON.stringify(root);
        const next = setIn(root, at, value);
        expect(JSON.stringify(root)).toBe(before);
        expect(getIn(next, at)).toEqual(value);
      }),
      { seed: 20260301, numRuns: 300 },
    );
  });

  it('keeps untouched siblings identical (the same objects)', () => {
    const root = { rules: [{ id: 'a' }, { id: 'b' }], facts: [{ id: 'f' }] };
    const next = setIn(root, ['rules', 1, 'id'], 'c') as typeof root;
    expect(next.rules[1]).toEqual({ id: 'c' });
    expect(next.rules[0]).toBe(root.rules[0]);
    expect(next.facts).toBe(root.facts);
  });

  it('removes an object key when set to undefined', () => {
    expect(setIn({ a: 1, b: { c: 2 } }, ['b', 'c'], undefined)).toEqual({ a: 1, b: {} });
  });

  it('appends, removes and moves list items; out of range changes nothing', () => {
    const root = { xs: ['a', 'b', 'c'] };
    expect(appendIn(root, ['xs'], 'd')).toEqual({ xs: ['a', 'b', 'c', 'd'] });
    expect(appendIn({}, ['xs'], 'a')).toEqual({ xs: ['a'] });
    expect(removeIn(root, ['xs'], 1)).toEqual({ xs: ['a', 'c'] });
    expect(moveIn(root, ['xs'], 2, -1)).toEqual({ xs: ['a', 'c', 'b'] });
    expect(moveIn(root, ['xs'], 0, 1)).toEqual({ xs: ['b', 'a', 'c'] });
    expect(moveIn(root, ['xs'], 0, -1)).toEqual(root);
    expect(moveIn(root, ['xs'], 2, 1)).toEqual(root);
  });
});
