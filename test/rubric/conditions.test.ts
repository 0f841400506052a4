/** Every rule kind, its bounds, and how missing and malformed facts become unknown. */
import { describe, expect, it } from 'vitest';
import { type Condition, evaluate } from '../../lib/rubric';
import { en, say, testPack } from './helpers';

function verdict(test: Condition, facts: unknown, severity: 'hard' | 'warning' = 'hard') {
  const pack = testPack([{ id: 'r', severity, test }]);
  const result = evaluate(pack, facts);
  const rule = result.rules[0]!;
  return { ...rule, text: say(rule.message), en: say(rule.message, en), result };
}

const status = (test: Condition, facts: unknown) => verdict(test, facts).status;

describe('compare', () => {
  const years = (op: '>=' | '<=' | '==', value: number): Condition => ({
    kind: 'compare',
    fact: 'typicalCases',
    bound: { op, value },
  });
  it('includes the bound for >= and <= (以上/以下/不少于/不超过)', () => {
    expect(status(years('>=', 6), { typicalCases: 6 })).toBe('pass');
    expect(status(years('>=', 6), { typicalCases: 5 })).toBe('fail');
    expect(status(years('<=', 8), { typicalCases: 8 })).toBe('pass');
    expect(status(years('<=', 8), { typicalCases: 9 })).toBe('fail');
    expect(status(years('==', 1), { typicalCases: 1 })).toBe('pass');
    expect(status(years('==', 1), { typicalCases: 2 })).toBe('fail');
  });

  it('includes both ends of between', () => {
    const test: Condition = {
      kind: 'compare',
      fact: 'typicalCases',
      bound: { op: 'between', min: 6, max: 8 },
    };
    expect([5, 6, 7, 8, 9].map((n) => status(test, { typicalCases: n }))).toEqual([
      'fail',
      'pass',
      'pass',
      'pass',
      'fail',
    ]);
  });

  it('says the value and the requirement in both languages', () => {
    const v = verdict(years('>=', 6), { typicalCases: 4 });
    expect(v.text).toBe('典型案例：4（要求不少于6）');
    expect(v.en).toBe('Cases: 4 (required: at least 6)');
    expect(v.facts).toEqual([
      { id: 'typicalCases', label: { zh: '典型案例', en: 'Cases' }, state: 'present', value: 4 },
    ]);
  });
});

describe('practiceYears derived from practiceStart (months elapsed / 12, as of the deadline)', () => {
  const test: Condition = {
    kind: 'compare',
    fact: 'practiceYears',
    bound: { op: '>=', value: 2 },
  };
  it('2019-09 to 2022-09-15 is 3 years; 2020-09 is exactly 2 and passes "2年以上"', () => {
    const three = verdict(test, { practiceStart: '2019-09' });
    expect(three.status).toBe('pass');
    expect(three.facts[0]).toMatchObject({ value: 3, derivedFrom: 'practiceStart' });
    expect(three.facts.map((f) => f.id)).toEqual(['practiceYears', 'practiceStart']);
    expect(three.text).toContain('2019-09');
    const two = verdict(test, { practiceStart: '2020-09' });
    expect(two.status).toBe('pass');
    expect(two.facts[0]!.value).toBe(2);
  });

  it('2020-10 is 23 months and fails; a start after the deadline is 0 years', () => {
    expect(status(test, { practiceStart: '2020-10' })).toBe('fail');
    expect(verdict(test, { practiceStart: '2020-03' }).facts[0]!.value).toBe(2.5);
    expect(verdict(test, { practiceStart: '2023-01' }).facts[0]!.value).toBe(0);
  });

  it('a stated practiceYears wins over the start; neither stated is unknown', () => {
    expect(status(test, { practiceStart: '2021-09', practiceYears: 5 })).toBe('pass');
    const none = verdict(test, {});
    expect(none.status).toBe('unknown');
    expect(none.text).toContain('缺少实践年限');
  });

  it('a malformed start leaves the years unknown and is reported', () => {
    const v = verdict(test, { practiceStart: '2020年9月' });
    expect(v.status).toBe('unknown');
    expect(v.result.factProblems.map((p) => p.path)).toEqual(['$.practiceStart']);
  });
});

describe('length of a text', () => {
  const test: Condition = { kind: 'length', fact: 'projectName', bound: { op: '<=', value: 20 } };
  it('exactly 20 characters satisfies "20字以内"; 21 does not; spaces do not count', () => {
    expect(status(test, { projectName: '一'.repeat(20) })).toBe('pass');
    expect(status(test, { projectName: '一'.repeat(21) })).toBe('fail');
    expect(status(test, { projectName: `${'一'.repeat(10)} ${'二'.repeat(10)}` })).toBe('pass');
    expect(status(test, { projectName: `“${'一'.repeat(18)}”` })).toBe('pass');
    expect(status(test, { projectName: `“${'一'.repeat(19)}”` })).toBe('fail');
  });
});

describe('count of a list', () => {
  const units = (...names: string[]) => names.map((name) => ({ name }));
  const test: Condition = {
    kind: 'count',
    fact: 'memberUnits',
    bound: { op: '>=', value: 4 },
    exclude: 'leadUnit',
  };
  it('counts the items, not counting the lead unit when the table lists it', () => {
    expect(status(test, { memberUnits: units('a', 'b', 'c', 'd') })).toBe('pass');
    expect(status(test, { memberUnits: units('a', 'b', 'c') })).toBe('fail');
    const withLead = verdict(test, { leadUnit: 'L 校', memberUnits: units('L校', 'a', 'b', 'c') });
    expect(withLead.status).toBe('fail');
    expect(withLead.text).toContain('已不计');
    expect(status(test, { leadUnit: 'L', memberUnits: units('L', 'a', 'b', 'c', 'd') })).toBe(
      'pass',
    );
  });

  it('an empty list is a count of 0, not a missing fact', () => {
    expect(status(test, { memberUnits: [] })).toBe('fail');
  });
});

describe('oneOf', () => {
  const categories = ['智慧德育', '智慧体育'];
  it('passes a listed value (compared without whitespace), fails an unlisted one', () => {
    const test: Condition = { kind: 'oneOf', fact: 'category', options: categories };
    expect(status(test, { category: '智慧 德育' })).toBe('pass');
    expect(status(test, { category: '智慧美育' })).toBe('fail');
  });

  it('marks an unlisted value unknown when the list is incomplete (…等10个类别)', () => {
    const test: Condition = {
      kind: 'oneOf',
      fact: 'category',
      options: categories,
      complete: false,
    };
    expect(status(test, { category: '智慧体育' })).toBe('pass');
    const v = verdict(test, { category: '智慧美育' });
    expect(v.status).toBe('unknown');
    expect(v.text).toContain('人工核对');
    const empty = verdict({ ...test, options: [] }, { category: '任何' });
    expect(empty.status).toBe('unknown');
  });

  it('checks every item of a list fact', () => {
    const test: Condition = { kind: 'oneOf', fact: 'stages', options: ['小学'] };
    expect(status(test, { stages: ['小学'] })).toBe('pass');
    expect(status(test, { stages: ['小学', '初中'] })).toBe('fail');
  });
});

describe('date', () => {
  const by = (
    op: 'before' | 'onOrBefore' | 'after' | 'onOrAfter',
    than = 'deadline',
  ): Condition => ({
    kind: 'date',
    fact: 'submittedOn',
    op,
    than,
  });
  it('compares a day with the deadline, including or excluding it', () => {
    expect(status(by('onOrBefore'), { submittedOn: '2022-09-15' })).toBe('pass');
    expect(status(by('onOrBefore'), { submittedOn: '2022-09-16' })).toBe('fail');
    expect(status(by('before'), { submittedOn: '2022-09-15' })).toBe('fail');
    expect(status(by('after', '2022-01-01'), { submittedOn: '2022-01-02' })).toBe('pass');
    expect(status(by('onOrAfter', '2022-01-01'), { submittedOn: '2022-01-01' })).toBe('pass');
    expect(status(by('after', '2022-01-01'), { submittedOn: '2022-01-01' })).toBe('fail');
  });

  it('a month that straddles the limit is unknown, not guessed', () => {
    const test: Condition = { kind: 'date', fact: 'startedOn', op: 'onOrBefore', than: 'deadline' };
    expect(status(test, { startedOn: '2022-08' })).toBe('pass');
    expect(status(test, { startedOn: '2022-10' })).toBe('fail');
    const v = verdict(test, { startedOn: '2022-09' });
    expect(v.status).toBe('unknown');
    expect(v.text).toContain('只写到月份');
  });

  it('an impossible date is reported and unknown', () => {
    const v = verdict(by('onOrBefore'), { submittedOn: '2022-02-30' });
    expect(v.status).toBe('unknown');
    expect(v.result.factProblems).toHaveLength(1);
  });
});

describe('exists and flag', () => {
  it('exists fails on a missing or empty fact and passes on a stated one', () => {
    const test: Condition = { kind: 'exists', fact: 'coreMembers' };
    expect(status(test, {})).toBe('fail');
    expect(status(test, { coreMembers: [] })).toBe('fail');
    expect(status(test, { coreMembers: [{ name: '甲' }] })).toBe('pass');
    expect(status(test, { coreMembers: 'x' })).toBe('unknown');
  });

  it('flag reads a boolean or one key of a flags fact', () => {
    expect(status({ kind: 'flag', fact: 'online' }, { online: true })).toBe('pass');
    expect(status({ kind: 'flag', fact: 'online', expected: false }, { online: true })).toBe(
      'fail',
    );
    const report: Condition = { kind: 'flag', fact: 'expectedOutcomes', key: 'guide' };
    const outcomes = { researchReport: true, guide: false };
    expect(status(report, { expectedOutcomes: outcomes })).toBe('fail');
    expect(status(report, { expectedOutcomes: { researchReport: true, guide: true } })).toBe(
      'pass',
    );
    expect(status(report, {})).toBe('unknown');
  });
});

describe('allOf, anyOf, not: three-valued', () => {
  const pass: Condition = { kind: 'flag', fact: 'online' };
  const fail: Condition = { kind: 'flag', fact: 'online', expected: false };
  const unknown: Condition = { kind: 'exists', fact: 'typicalCases' };
  const facts = { online: true, typicalCases: 'many' };
  const s = (test: Condition) => status(test, facts);

  it('allOf fails if any part fails, else is unknown if any part is', () => {
    expect(s({ kind: 'allOf', of: [pass, pass] })).toBe('pass');
    expect(s({ kind: 'allOf', of: [pass, unknown, fail] })).toBe('fail');
    expect(s({ kind: 'allOf', of: [pass, unknown] })).toBe('unknown');
  });

  it('anyOf passes if any part passes, else is unknown if any part is', () => {
    expect(s({ kind: 'anyOf', of: [fail, unknown, pass] })).toBe('pass');
    expect(s({ kind: 'anyOf', of: [fail, unknown] })).toBe('unknown');
    expect(s({ kind: 'anyOf', of: [fail, fail] })).toBe('fail');
  });

  it('not swaps pass and fail and keeps unknown', () => {
    expect(s({ kind: 'not', of: pass })).toBe('fail');
    expect(s({ kind: 'not', of: fail })).toBe('pass');
    expect(s({ kind: 'not', of: unknown })).toBe('unknown');
  });

  it('reports the facts every part read and the verdict of each part', () => {
    const v = verdict({ kind: 'allOf', of: [pass, unknown] }, facts);
    expect(v.facts.map((f) => f.id)).toEqual(['online', 'typicalCases']);
    expect(v.details?.map((d) => d.status)).toEqual(['pass', 'unknown']);
  });
});

describe('missing and malformed facts', () => {
  const test: Condition = { kind: 'compare', fact: 'typicalCases', bound: { op: '>=', value: 6 } };

  it('missing, null and empty text are unknown, never passed', () => {
    for (const facts of [{}, { typicalCases: null }, undefined, null]) {
      const v = verdict(test, facts);
      expect(v.status).toBe('unknown');
      expect(v.facts[0]!.state).toBe('missing');
    }
    expect(
      status(
        { kind: 'length', fact: 'projectName', bound: { op: '<=', value: 20 } },
        { projectName: '  ' },
      ),
    ).toBe('unknown');
  });

  it('a value of the wrong type is reported per fact, with its path, and evaluated as unknown', () => {
    const v = verdict(test, { typicalCases: '8', coreMembers: [{ name: '甲' }, { unit: '无名' }] });
    expect(v.status).toBe('unknown');
    expect(v.facts[0]).toMatchObject({ state: 'invalid', value: '8' });
    expect(v.result.factProblems.map((p) => [p.fact, p.path])).toEqual([
      ['typicalCases', '$.typicalCases'],
      ['coreMembers', '$.coreMembers[1].name'],
    ]);
    for (const p of v.result.factProblems) expect(say(p.message)).toContain(p.path);
  });

  it('facts that are not an object are all missing, and that is reported', () => {
    const v = verdict(test, [1, 2]);
    expect(v.status).toBe('unknown');
    expect(v.result.factProblems[0]!.code).toBe('notAnObject');
  });
});

describe('eligible', () => {
  const hard: Condition = { kind: 'compare', fact: 'typicalCases', bound: { op: '>=', value: 6 } };
  const warn: Condition = { kind: 'flag', fact: 'online' };
  const pack = testPack([
    { id: 'hard', severity: 'hard', test: hard },
    { id: 'warn', severity: 'warning', test: warn },
  ]);
  const eligible = (facts: unknown) => evaluate(pack, facts).eligible;

  it('is false when a hard rule fails, null when one is unknown, true otherwise', () => {
    expect(eligible({ typicalCases: 5, online: true })).toBe(false);
    expect(eligible({ online: true })).toBe(null);
    expect(eligible({ typicalCases: 6, online: true })).toBe(true);
  });

  it('is not changed by warnings, failing or unknown', () => {
    expect(eligible({ typicalCases: 6, online: false })).toBe(true);
    expect(eligible({ typicalCases: 6 })).toBe(true);
    expect(evaluate(pack, { typicalCases: 6, online: false }).counts).toMatchObject({
      pass: 1,
      fail: 1,
      warningFail: 1,
      hardFail: 0,
    });
  });
});
