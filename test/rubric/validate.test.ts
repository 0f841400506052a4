/** parseRubricPack: bad packs are rejected with every problem at its JSON path. */
import { describe, expect, it } from 'vitest';
import { resources } from '../../lib/i18n/resources';
import {
  builtinPack,
  type Problem,
  parseRubricPack,
  problemMessage,
  type RubricPack,
} from '../../lib/rubric';
import { en, type Loose, say, zh } from './helpers';

const base = () => builtinPack('liaoning-2022-community') as RubricPack & Record<string, unknown>;

function problemsOf(edit: (pack: Loose) => void): Problem[] {
  const pack = structuredClone(base()) as Loose;
  edit(pack);
  const result = parseRubricPack(pack);
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.problems;
}

function expectProblem(edit: (pack: Loose) => void, path: string, code: string) {
  const problems = problemsOf(edit);
  expect(problems.map((p) => [p.path, p.code])).toContainEqual([path, code]);
  const p = problems.find((q) => q.path === path && q.code === code)!;
  // Every problem reads as a sentence naming its path, in both languages.
  expect(say(problemMessage(p))).toContain(path);
  expect(say(problemMessage(p), en)).toContain(path);
  return p;
}

describe('parseRubricPack', () => {
  it('accepts both built-in packs', () => {
    for (const id of ['liaoning-2022-community', 'yueyang-2023-alliance'] as const) {
      const result = parseRubricPack(builtinPack(id));
      expect(result.ok, JSON.stringify(!result.ok && result.problems)).toBe(true);
    }
  });

  it('rejects what is not a pack object', () => {
    for (const input of [null, 3, 'x', [], undefined]) {
      const result = parseRubricPack(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]!.code).toBe('notObject');
    }
  });

  it('rejects wrong types, missing fields and unknown keys with their paths', () => {
    expectProblem((p) => (p.facts[0].label = 'x'), '$.facts[0].label', 'invalidType');
    expectProblem((p) => delete p.call.deadline, '$.call.deadline', 'required');
    expectProblem((p) => (p.rules[1].serverity = 'hard'), '$.rules[1].serverity', 'unknownKey');
    expectProblem((p) => (p.rules[0].severity = 'fatal'), '$.rules[0].severity', 'invalidValue');
    expectProblem((p) => (p.rules[0].test.kind = 'regex'), '$.rules[0].test.kind', 'unknownKind');
    expectProblem((p) => (p.call.deadline = '2022-02-30'), '$.call.deadline', 'invalidFormat');
    expectProblem(
      (p) => (p.rules[0].test.bound = { op: '>=', value: '4' }),
      '$.rules[0].test.bound.value',
      'invalidType',
    );
  });

  it('rejects rules naming unknown facts and clauses', () => {
    const p = expectProblem(
      (p) => (p.rules[0].test.fact = 'memberUnit'),
      '$.rules[0].test.fact',
      'unknownFact',
    );
    expect(say(problemMessage(p))).toContain('memberUnit');
    expectProblem(
      (p) => (p.rules[5].test.of[1].fact = 'outcomes'),
      '$.rules[5].test.of[1].fact',
      'unknownFact',
    );
    expectProblem((p) => (p.rules[2].clause = 'c-9'), '$.rules[2].clause', 'unknownClause');
    expectProblem((p) => (p.panelRules[0].fact = 'body'), '$.panelRules[0].fact', 'unknownFact');
    expectProblem(
      (p) => (p.summary.columns[1].source.fact = 'name'),
      '$.summary.columns[1].source.fact',
      'unknownFact',
    );
  });

  it('rejects duplicate ids', () => {
    expectProblem((p) => (p.facts[1].id = 'projectName'), '$.facts[1].id', 'duplicateId');
    expectProblem((p) => (p.rules[1].id = 'member-units'), '$.rules[1].id', 'duplicateId');
    expectProblem(
      (p) => (p.panelRules[0].id = 'member-units'),
      '$.panelRules[0].id',
      'duplicateId',
    );
    expectProblem(
      (p) => (p.call.clauses[1].id = p.call.clauses[0].id),
      '$.call.clauses[1].id',
      'duplicateId',
    );
    expectProblem(
      (p) => (p.scoring.sections[1].criteria[0].id = 'organisation'),
      '$.scoring.sections[1].criteria[0].id',
      'duplicateId',
    );
  });

  it('rejects impossible ranges and tests that do not fit the fact', () => {
    expectProblem(
      (p) => (p.rules[6].test.bound = { op: 'between', min: 8, max: 6 }),
      '$.rules[6].test.bound',
      'impossibleRange',
    );
    expectProblem(
      (p) => (p.rules[0].test.bound = { op: '>=', value: -1 }),
      '$.rules[0].test.bound',
      'negativeBound',
    );
    expectProblem(
      (p) => (p.rules[2].test.fact = 'typicalCases'),
      '$.rules[2].test.fact',
      'factTypeMismatch',
    );
    expectProblem((p) => (p.facts[0].type = 'integer'), '$.facts[0].type', 'standardFactType');
    expectProblem(
      (p) => delete p.rules[5].test.of[0].key,
      '$.rules[5].test.of[0].key',
      'flagKeyRequired',
    );
    expectProblem(
      (p) => (p.call.noticeDate = '2022-10-01'),
      '$.call.deadline',
      'deadlineBeforeNotice',
    );
    expectProblem(
      (p) => (p.rules[4].test.complete = true),
      '$.rules[4].test.options',
      'emptyOptions',
    );
    expectProblem(
      (p) => (p.facts[0].hints.patterns = ['(']),
      '$.facts[0].hints.patterns[0]',
      'badPattern',
    );
  });

  it('rejects bands that overlap, exceed the maximum or leave scores without a level', () => {
    const bands = '$.scoring.sections[0].criteria[0].bands';
    expectProblem(
      (p) => (p.scoring.sections[0].criteria[0].bands[1].max = 13),
      `${bands}[0]`,
      'bandsOverlap',
    );
    expectProblem(
      (p) => (p.scoring.sections[0].criteria[0].bands[0].max = 16),
      `${bands}[0]`,
      'bandOutOfRange',
    );
    expectProblem((p) => (p.scoring.sections[0].criteria[0].bands[1].max = 11), bands, 'bandGap');
    expectProblem(
      (p) => (p.scoring.sections[0].criteria[0].bands[0].level = 'outstanding'),
      `${bands}[0].level`,
      'unknownLevel',
    );
    expectProblem(
      (p) => (p.scoring.sections[0].criteria[0].max = 16),
      '$.scoring.total.max',
      'totalMismatch',
    );
    expectProblem(
      (p) => (p.scoring.sections[0].criteria[0].step = 2),
      '$.scoring.sections[0].criteria[0].max',
      'maxNotOnStep',
    );
    expectProblem(
      (p) => (p.scoring.total.bands[0].min = 50),
      '$.scoring.total.bands[0]',
      'bandsOverlap',
    );
  });

  it('rejects opinion placeholders and summary columns it cannot fill', () => {
    expectProblem(
      (p) => (p.opinion.template.zh += '{{signature}}'),
      '$.opinion.template.zh',
      'unknownPlaceholder',
    );
    expectProblem(
      (p) => (p.opinion.template.en += '{{fact.budget}}'),
      '$.opinion.template.en',
      'unknownPlaceholder',
    );
    expectProblem(
      (p) => (p.summary.columns[6].source.field = 'region'),
      '$.summary.columns[6].source.field',
      'fieldNotAllowed',
    );
  });

  it('lists every problem, not just the first', () => {
    const problems = problemsOf((p) => {
      p.rules[0].test.fact = 'nope';
      p.rules[1].clause = 'nope';
      p.facts[2].id = 'projectName';
    });
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });

  it('has a message in both languages for every problem code it can report', () => {
    const codes = Object.keys(resources['zh-CN'].rubric.problems);
    for (const code of codes) {
      const p: Problem = { path: '$.x', at: ['x'], code, params: {} };
      expect(zh.exists(`rubric:problems.${code}`)).toBe(true);
      expect(say(problemMessage(p), en)).not.toContain('rubric:');
    }
  });
});
