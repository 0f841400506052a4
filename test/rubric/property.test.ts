/**
 * Totality: `evaluate`, `evaluatePanel` and `parseRubricPack` never throw, whatever they are
 * given — arbitrary JSON as facts, packs with random rule trees, built-in packs with a random
 * part replaced, or no pack at all. Seeded, so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtinPack,
  type Condition,
  createBlankPack,
  eligibility,
  evaluate,
  evaluatePanel,
  parseRubricPack,
  type RubricPack,
} from '../../lib/rubric';
import { FACTS, type Loose, say } from './helpers';

const SEED = 20_221_015;
const RUNS = 250;
const options = { seed: SEED, numRuns: RUNS };

const factIds = [...FACTS.map((f) => f.id), 'unknownFact'];
const packs = [builtinPack('liaoning-2022-community'), builtinPack('yueyang-2023-alliance')];
const packFactIds = [...new Set(packs.flatMap((p) => p.facts.map((f) => f.id)))];

const person = fc.record(
  { name: fc.string(), unit: fc.string(), phone: fc.string(), duty: fc.jsonValue() },
  { requiredKeys: [] },
);
/** Values shaped like facts (so some are valid) mixed with anything JSON can hold. */
const factValue = fc.oneof(
  fc.jsonValue(),
  fc.integer({ min: -5, max: 30 }),
  fc.constantFrom('2019-09', '2020-09', '2022-09-15', '2022-02-30', '小学', '智慧评价', ''),
  fc.array(person, { maxLength: 18 }),
  fc.array(fc.constantFrom('小学', '初中', '七上', 'backboneTeacher', 'x'), { maxLength: 4 }),
  fc.record({ researchReport: fc.boolean(), guide: fc.jsonValue() }, { requiredKeys: [] }),
);
const facts = fc.oneof(
  fc.dictionary(fc.constantFrom(...packFactIds, ...factIds, '__proto__', 'id'), factValue),
  fc.jsonValue(),
  fc.anything(),
);

const bound = fc.oneof(
  fc.record({ op: fc.constantFrom('>=', '<=', '=='), value: fc.integer({ min: -2, max: 25 }) }),
  fc.record({
    op: fc.constant('between'),
    min: fc.integer({ min: 0, max: 20 }),
    max: fc.integer({ min: 0, max: 20 }),
  }),
);
const fact = fc.constantFrom(...factIds);
const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('compare'), fact, bound }),
    fc.record({ kind: fc.constant('length'), fact, bound }),
    fc.record(
      { kind: fc.constant('count'), fact, bound },
      { requiredKeys: ['kind', 'fact', 'bound'] },
    ),
    fc.record({
      kind: fc.constant('oneOf'),
      fact,
      options: fc.array(fc.constantFrom('小学', '初中', '智慧评价', 'a'), { maxLength: 3 }),
      complete: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('date'),
      fact,
      op: fc.constantFrom('before', 'onOrBefore', 'after', 'onOrAfter'),
      than: fc.constantFrom('deadline', '2022-01-01', '2022-13-01'),
    }),
    fc.record({ kind: fc.constant('exists'), fact }),
    fc.record(
      {
        kind: fc.constant('flag'),
        fact,
        key: fc.constantFrom('guide', 'x'),
        expected: fc.boolean(),
      },
      { requiredKeys: ['kind', 'fact'] },
    ),
    fc.record({
      kind: fc.constantFrom('allOf', 'anyOf'),
      of: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant('not'), of: tie('condition') }),
  ) as fc.Arbitrary<Condition>,
}));

/** A pack with random rules over the test facts: some valid, many not. */
const randomPack = fc
  .array(fc.record({ test: condition, severity: fc.constantFrom('hard', 'warning') }), {
    maxLength: 5,
  })
  .map((rules) => {
    const pack: RubricPack = {
      ...createBlankPack('random', { zh: '随机' }, '2022-09-15'),
      facts: FACTS,
      rules: rules.map((r, i) => ({
        id: `r${i}`,
        severity: r.severity as 'hard' | 'warning',
        clause: 'c1',
        title: { zh: `r${i}` },
        test: r.test,
      })),
    };
    pack.call.clauses = [{ id: 'c1', number: '一', text: '条款' }];
    return pack;
  });

function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value))
      paths(v, [...at, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

/** A built-in pack with one part, anywhere in it, replaced by arbitrary JSON. */
const mutatedPack = fc
  .tuple(fc.constantFrom(...packs), fc.nat(), fc.jsonValue())
  .map(([pack, n, replacement]) => {
    const copy = structuredClone(pack) as unknown as Record<string, unknown>;
    const all = paths(copy).filter((p) => p.length > 0);
    const path = all[n % all.length]!;
    let parent: Loose = copy;
    for (const key of path.slice(0, -1)) parent = parent[key];
    parent[path.at(-1)!] = replacement;
    return copy;
  });

const STATUSES = ['pass', 'fail', 'unknown'];
const LEAF_KINDS = ['compare', 'length', 'count', 'oneOf', 'date', 'flag'];

function checkInvariants(pack: RubricPack, input: unknown) {
  const result = evaluate(pack, input);
  expect(result.error).toBeUndefined();
  expect(result.rules).toHaveLength(pack.rules.length);
  expect(result.eligible).toBe(eligibility(result.rules));
  result.rules.forEach((verdict, i) => {
    expect(STATUSES).toContain(verdict.status);
    say(verdict.message);
    expect(verdict.message.key).not.toBe('rubric:verdict.error');
    const test = pack.rules[i]!.test;
    // Missing facts are never passed: a leaf test passes only on a present fact.
    if (verdict.status === 'pass' && LEAF_KINDS.includes(test.kind)) {
      // A count may pass on its `fallback` number (the list not stated, its count stated).
      const { fact, fallback } = test as { fact: string; fallback?: string };
      const read =
        verdict.facts.find((f) => f.id === fact) ?? verdict.facts.find((f) => f.id === fallback);
      expect(read?.state).toBe('present');
    }
  });
  for (const p of result.factProblems) say(p.message);
  return result;
}

describe('totality (fast-check, seeded)', () => {
  it('evaluate never throws on any facts, and keeps its invariants, for both built-in packs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...packs), facts, (pack, input) => {
        checkInvariants(pack, input);
      }),
      options,
    );
  });

  it('random rule trees: valid packs evaluate cleanly, invalid ones are rejected, nothing throws', () => {
    fc.assert(
      fc.property(randomPack, facts, (pack, input) => {
        const parsed = parseRubricPack(pack);
        if (parsed.ok) checkInvariants(parsed.pack, input);
        else {
          expect(parsed.problems.length).toBeGreaterThan(0);
          for (const p of parsed.problems) expect(p.path.startsWith('$')).toBe(true);
          const result = evaluate(pack, input);
          expect(result.eligible).toBe(eligibility(result.rules));
        }
      }),
      options,
    );
  });

  it('a built-in pack with any part replaced: parse, evaluate and evaluatePanel never throw', () => {
    fc.assert(
      fc.property(mutatedPack, facts, (pack, input) => {
        const parsed = parseRubricPack(pack);
        if (parsed.ok) checkInvariants(parsed.pack, input);
        evaluate(pack as never, input);
        evaluatePanel(
          pack as never,
          [
            { id: 'a', facts: input },
            { id: 'b', facts: input },
          ],
          {
            reviewers: [{ id: 'r', name: 'r', unit: '某校' }],
          },
        );
      }),
      options,
    );
  });

  it('anything at all as a pack, applications or reviewers: nothing throws', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (pack, apps, reviewers) => {
        expect(parseRubricPack(pack).ok).toBe(false);
        evaluate(pack as never, apps);
        expect(() => evaluatePanel(packs[1]!, apps as never, { reviewers } as never)).not.toThrow();
      }),
      options,
    );
  });

  it('evaluatePanel never throws on arbitrary applications, and names only applications it was given', () => {
    const app = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), facts });
    fc.assert(
      fc.property(fc.constantFrom(...packs), fc.array(app, { maxLength: 6 }), (pack, apps) => {
        const ids = new Set<string>(apps.map((a) => a.id));
        for (const finding of evaluatePanel(pack, apps)) {
          say(finding.message);
          expect(finding.applications.length).toBeGreaterThan(0);
          for (const id of finding.applications) expect(ids.has(id)).toBe(true);
        }
      }),
      options,
    );
  });
});
