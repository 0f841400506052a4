/**
 * What the schema cannot check about facts and rules: duplicate ids, rules naming unknown facts
 * or clauses, tests that do not fit their fact's type, impossible ranges.
 */
import type { StandardFactId } from '../facts/standard';
import type { RubricPack } from './pack';
import { expandPattern } from './patterns';
import { type PathSegment, type Problem, problem } from './problems';
import type { Bound } from './schema/common';
import {
  type FactDef,
  type FactType,
  LIST_TYPES,
  NUMBER_TYPES,
  STANDARD_FACT_TYPES,
} from './schema/facts';
import type { Condition } from './schema/rules';

const OPTION_TYPES: readonly FactType[] = ['enum', 'names', 'flags'];

export interface CheckContext {
  pack: RubricPack;
  facts: Map<string, FactDef>;
  clauses: Set<string>;
  problems: Problem[];
}

export function duplicates<T>(
  items: readonly T[],
  id: (item: T) => string,
  at: (index: number) => PathSegment[],
  out: Problem[],
  seen: Set<string> = new Set(),
): void {
  items.forEach((item, i) => {
    const value = id(item);
    if (seen.has(value)) out.push(problem(at(i), 'duplicateId', { id: value }));
    seen.add(value);
  });
}

function checkFact(ctx: CheckContext, fact: FactDef, i: number): void {
  const at: PathSegment[] = ['facts', i];
  const out = ctx.problems;
  const standard = STANDARD_FACT_TYPES[fact.id as StandardFactId] as FactType | undefined;
  if (Object.hasOwn(STANDARD_FACT_TYPES, fact.id) && standard && standard !== fact.type) {
    out.push(problem([...at, 'type'], 'standardFactType', { fact: fact.id, expected: standard }));
  }
  const options = fact.options;
  if (options && !OPTION_TYPES.includes(fact.type)) {
    out.push(problem([...at, 'options'], 'optionsNotAllowed', { type: fact.type }));
  }
  if (!options?.length && (fact.type === 'enum' || fact.type === 'flags')) {
    out.push(problem([...at, 'options'], 'optionsRequired', { type: fact.type }));
  }
  if (options) {
    duplicates(
      options,
      (o) => o.value,
      (j) => [...at, 'options', j, 'value'],
      out,
    );
    options.forEach((o, j) => {
      o.match?.forEach((pattern, k) => {
        if (!compiles(pattern))
          out.push(problem([...at, 'options', j, 'match', k], 'badPattern', { pattern }));
      });
    });
  }
  fact.hints?.patterns?.forEach((pattern, j) => {
    if (!compiles(expandPattern(pattern))) {
      out.push(problem([...at, 'hints', 'patterns', j], 'badPattern', { pattern }));
    }
  });
  if (fact.hints?.exclude !== undefined) {
    const ex = ctx.facts.get(fact.hints.exclude);
    if (!ex) {
      out.push(problem([...at, 'hints', 'exclude'], 'unknownFact', { fact: fact.hints.exclude }));
    }
  }
  const of = fact.hints?.ofPerson;
  if (of) {
    const person = ctx.facts.get(of.fact);
    if (!person)
      out.push(problem([...at, 'hints', 'ofPerson', 'fact'], 'unknownFact', { fact: of.fact }));
    else if (person.type !== 'people') {
      out.push(typeMismatch([...at, 'hints', 'ofPerson', 'fact'], person, 'ofPerson'));
    }
  }
  if (fact.derive) {
    const from = ctx.facts.get(fact.derive.from);
    if (!from) {
      out.push(problem([...at, 'derive', 'from'], 'unknownFact', { fact: fact.derive.from }));
    } else if (from.type !== 'month' && from.type !== 'date') {
      out.push(typeMismatch([...at, 'derive', 'from'], from, 'yearsSince'));
    }
    if (!NUMBER_TYPES.includes(fact.type)) {
      out.push(problem([...at, 'type'], 'derivedNotNumber', { fact: fact.id }));
    }
  }
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function typeMismatch(at: PathSegment[], fact: FactDef, kind: string): Problem {
  return problem(at, 'factTypeMismatch', { fact: fact.id, type: fact.type, kind });
}

function checkBound(out: Problem[], bound: Bound, at: PathSegment[], nonNegative: boolean): void {
  const values = bound.op === 'between' ? [bound.min, bound.max] : [bound.value];
  if (bound.op === 'between' && bound.min > bound.max) {
    out.push(problem(at, 'impossibleRange', { min: bound.min, max: bound.max }));
  } else if (nonNegative && values.some((v) => v < 0)) {
    out.push(problem(at, 'negativeBound', {}));
  }
}

/** The fact a test names, or a problem at `at.fact` when the pack does not declare it. */
export function factRef(ctx: CheckContext, id: string, at: PathSegment[]): FactDef | undefined {
  const fact = ctx.facts.get(id);
  if (!fact) ctx.problems.push(problem(at, 'unknownFact', { fact: id }));
  return fact;
}

function checkCondition(ctx: CheckContext, c: Condition, at: PathSegment[]): void {
  const out = ctx.problems;
  if (c.kind === 'allOf' || c.kind === 'anyOf') {
    c.of.forEach((child, i) => {
      checkCondition(ctx, child, [...at, 'of', i]);
    });
    return;
  }
  if (c.kind === 'not') {
    checkCondition(ctx, c.of, [...at, 'of']);
    return;
  }
  const fact = factRef(ctx, c.fact, [...at, 'fact']);
  const fits = (types: readonly FactType[]) => {
    if (fact && !types.includes(fact.type)) out.push(typeMismatch([...at, 'fact'], fact, c.kind));
  };
  switch (c.kind) {
    case 'compare':
      fits(NUMBER_TYPES);
      checkBound(out, c.bound, [...at, 'bound'], false);
      break;
    case 'length':
      fits(['text', 'enum']);
      checkBound(out, c.bound, [...at, 'bound'], true);
      break;
    case 'count':
      fits(LIST_TYPES);
      checkBound(out, c.bound, [...at, 'bound'], true);
      if (c.exclude !== undefined) {
        const ex = factRef(ctx, c.exclude, [...at, 'exclude']);
        if (ex && ex.type !== 'text') out.push(typeMismatch([...at, 'exclude'], ex, 'exclude'));
      }
      if (c.fallback !== undefined) {
        const fb = factRef(ctx, c.fallback, [...at, 'fallback']);
        if (fb && !NUMBER_TYPES.includes(fb.type)) {
          out.push(typeMismatch([...at, 'fallback'], fb, 'fallback'));
        }
      }
      break;
    case 'oneOf': {
      fits(['text', 'enum', 'names']);
      if (c.options.length === 0 && c.complete !== false) {
        out.push(problem([...at, 'options'], 'emptyOptions', {}));
      }
      duplicates(
        c.options,
        (o) => o,
        (j) => [...at, 'options', j],
        out,
      );
      const known = fact?.options?.map((o) => o.value);
      if (known) {
        c.options.forEach((o, j) => {
          if (!known.includes(o)) {
            out.push(problem([...at, 'options', j], 'unknownOption', { option: o, fact: c.fact }));
          }
        });
      }
      break;
    }
    case 'date':
      fits(['date', 'month']);
      break;
    case 'exists':
      break;
    case 'flag':
      fits(['boolean', 'flags']);
      if (fact?.type === 'flags') {
        if (c.key === undefined)
          out.push(problem([...at, 'key'], 'flagKeyRequired', { fact: c.fact }));
        else if (!fact.options?.some((o) => o.value === c.key)) {
          out.push(problem([...at, 'key'], 'unknownOption', { option: c.key, fact: c.fact }));
        }
      } else if (fact?.type === 'boolean' && c.key !== undefined) {
        out.push(problem([...at, 'key'], 'flagKeyNotAllowed', { fact: c.fact }));
      }
      break;
  }
}

const UNIT_SOURCES: readonly FactType[] = ['text', 'units', 'people'];

export function checkFactsAndRules(ctx: CheckContext): void {
  const { pack, problems: out } = ctx;
  duplicates(
    pack.call.clauses,
    (c) => c.id,
    (i) => ['call', 'clauses', i, 'id'],
    out,
  );
  if (pack.call.deadline < pack.call.noticeDate) {
    out.push(problem(['call', 'deadline'], 'deadlineBeforeNotice', {}));
  }
  duplicates(
    pack.facts,
    (f) => f.id,
    (i) => ['facts', i, 'id'],
    out,
  );
  pack.facts.forEach((fact, i) => {
    checkFact(ctx, fact, i);
  });
  const ruleIds = new Set<string>();
  duplicates(
    pack.rules,
    (r) => r.id,
    (i) => ['rules', i, 'id'],
    out,
    ruleIds,
  );
  duplicates(
    pack.panelRules,
    (r) => r.id,
    (i) => ['panelRules', i, 'id'],
    out,
    ruleIds,
  );
  const clause = (id: string, at: PathSegment[]) => {
    if (!ctx.clauses.has(id)) out.push(problem(at, 'unknownClause', { clause: id }));
  };
  pack.rules.forEach((rule, i) => {
    clause(rule.clause, ['rules', i, 'clause']);
    checkCondition(ctx, rule.test, ['rules', i, 'test']);
  });
  pack.panelRules.forEach((rule, i) => {
    const at: PathSegment[] = ['panelRules', i];
    clause(rule.clause, [...at, 'clause']);
    if (rule.kind === 'quota') {
      const fact = factRef(ctx, rule.fact, [...at, 'fact']);
      if (fact && fact.type !== 'text') out.push(typeMismatch([...at, 'fact'], fact, rule.kind));
      duplicates(
        rule.classes,
        (c) => c.id,
        (j) => [...at, 'classes', j, 'id'],
        out,
      );
      return;
    }
    const types = rule.kind === 'uniquePeople' ? ['people' as const] : UNIT_SOURCES;
    rule.facts.forEach((id, j) => {
      const fact = factRef(ctx, id, [...at, 'facts', j]);
      if (fact && !types.includes(fact.type)) {
        out.push(typeMismatch([...at, 'facts', j], fact, rule.kind));
      }
    });
  });
}
