/**
 * The leaf tests of rules (compare, length, count, oneOf, date, exists, flag), each over one
 * fact. A missing, malformed or undeclared fact makes a test unknown before it looks at the
 * value; every field of the test is checked before use, since a hand-edited pack may be broken.
 */
import type { ConditionContext, ConditionResult, Status } from './conditions';
import { dayRange } from './dates';
import type { FactState } from './fact-values';
import { type LocalText, list, type MessageParam, msg, type RuleMessage } from './messages';
import type { Bound } from './schema/common';
import type { FactDef } from './schema/facts';
import { normalizeText, sameText, visibleLength } from './text';

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const result = (status: Status, message: RuleMessage, facts: string[]): ConditionResult => ({
  status,
  message,
  facts,
});

export function badRule(facts: string[] = []): ConditionResult {
  return result('unknown', msg('rubric:verdict.badRule'), facts);
}

export function holds(bound: unknown, value: number): boolean | undefined {
  if (!isObj(bound)) return undefined;
  const b = bound as Bound;
  if (b.op === 'between')
    return isNum(b.min) && isNum(b.max) ? value >= b.min && value <= b.max : undefined;
  if (!isNum((b as { value?: unknown }).value)) return undefined;
  if (b.op === '>=') return value >= b.value;
  if (b.op === '<=') return value <= b.value;
  if (b.op === '==') return value === b.value;
  return undefined;
}

export function boundMessage(bound: Bound): RuleMessage {
  switch (bound.op) {
    case '>=':
      return msg('rubric:bound.gte', { value: bound.value });
    case '<=':
      return msg('rubric:bound.lte', { value: bound.value });
    case '==':
      return msg('rubric:bound.eq', { value: bound.value });
    case 'between':
      return msg('rubric:bound.between', { min: bound.min, max: bound.max });
  }
}

/** How a value reads in a message: an option's label when the pack gives one. */
function display(def: FactDef, value: unknown): MessageParam {
  if (typeof value !== 'string') return isNum(value) ? value : '';
  const option = def.options?.find((o) => o.value === value);
  return option?.label ?? value;
}

const unitOf = (def: FactDef): LocalText | string => def.unit ?? '';

function unknownFor(id: string, def: FactDef, state: FactState): ConditionResult {
  const key = state.state === 'missing' ? 'rubric:verdict.missing' : 'rubric:verdict.invalid';
  return result('unknown', msg(key, { fact: def.label }), [id]);
}

/** Runs `test` on a present fact; missing, malformed and undeclared facts are unknown. */
function onFact(
  ctx: ConditionContext,
  id: unknown,
  test: (value: unknown, def: FactDef, state: FactState) => ConditionResult,
): ConditionResult {
  if (typeof id !== 'string') return badRule();
  const def = ctx.facts.def(id);
  if (!def) return result('unknown', msg('rubric:verdict.undeclared', { fact: id }), [id]);
  const state = ctx.facts.get(id);
  if (state.state !== 'present') return unknownFor(id, def, state);
  return test(state.value, def, state);
}

export function compare(ctx: ConditionContext, c: Obj): ConditionResult {
  return onFact(ctx, c.fact, (value, def, state) => {
    const id = def.id;
    if (!isNum(value)) return unknownFor(id, def, { state: 'invalid', value });
    const ok = holds(c.bound, value);
    if (ok === undefined) return badRule([id]);
    const params: Record<string, MessageParam> = {
      fact: def.label,
      actual: value,
      unit: unitOf(def),
      bound: boundMessage(c.bound as Bound),
    };
    const derived = state.state === 'present' ? state.derived : undefined;
    if (!derived) return result(ok ? 'pass' : 'fail', msg('rubric:verdict.compare', params), [id]);
    const from = ctx.facts.def(derived.from);
    const start = ctx.facts.get(derived.from);
    const message = msg('rubric:verdict.compareDerived', {
      ...params,
      from: from?.label ?? derived.from,
      start: start.state === 'present' ? String(start.value) : '',
      deadline: ctx.deadline,
    });
    return result(ok ? 'pass' : 'fail', message, [id, derived.from]);
  });
}

export function length(ctx: ConditionContext, c: Obj): ConditionResult {
  return onFact(ctx, c.fact, (value, def) => {
    if (typeof value !== 'string') return unknownFor(def.id, def, { state: 'invalid', value });
    const actual = visibleLength(value);
    const ok = holds(c.bound, actual);
    if (ok === undefined) return badRule([def.id]);
    const params = { fact: def.label, actual, text: value, bound: boundMessage(c.bound as Bound) };
    return result(ok ? 'pass' : 'fail', msg('rubric:verdict.length', params), [def.id]);
  });
}

function itemName(item: unknown): string | undefined {
  if (typeof item === 'string') return item;
  return isObj(item) && typeof item.name === 'string' ? item.name : undefined;
}

/** A count test on a list that is not stated, read from its `fallback` number fact instead. */
function countFallback(ctx: ConditionContext, c: Obj): ConditionResult | undefined {
  if (typeof c.fact !== 'string' || typeof c.fallback !== 'string') return undefined;
  if (ctx.facts.get(c.fact).state !== 'missing') return undefined;
  const def = ctx.facts.def(c.fallback);
  const state = ctx.facts.get(c.fallback);
  if (!def || state.state !== 'present' || !isNum(state.value)) return undefined;
  const ok = holds(c.bound, state.value);
  if (ok === undefined) return badRule([c.fact, c.fallback]);
  const params: Record<string, MessageParam> = {
    fact: def.label,
    actual: state.value,
    unit: unitOf(def),
    bound: boundMessage(c.bound as Bound),
  };
  return result(ok ? 'pass' : 'fail', msg('rubric:verdict.count', params), [c.fallback]);
}

export function count(ctx: ConditionContext, c: Obj): ConditionResult {
  const fallback = countFallback(ctx, c);
  if (fallback) return fallback;
  return onFact(ctx, c.fact, (value, def) => {
    if (!Array.isArray(value)) return unknownFor(def.id, def, { state: 'invalid', value });
    const used = [def.id];
    let items = value;
    let excluded = 0;
    let excludeDef: FactDef | undefined;
    if (typeof c.exclude === 'string') {
      used.push(c.exclude);
      excludeDef = ctx.facts.def(c.exclude);
      const ex = ctx.facts.get(c.exclude);
      // Without the excluded value nothing can be excluded; the list is taken as stated.
      if (ex.state === 'present' && typeof ex.value === 'string') {
        const name = ex.value;
        items = value.filter((item) => !sameText(itemName(item), name));
        excluded = value.length - items.length;
      }
    }
    const ok = holds(c.bound, items.length);
    if (ok === undefined) return badRule(used);
    const params: Record<string, MessageParam> = {
      fact: def.label,
      actual: items.length,
      unit: unitOf(def),
      bound: boundMessage(c.bound as Bound),
    };
    const message =
      excluded > 0
        ? msg('rubric:verdict.countExcluding', {
            ...params,
            excluded,
            excludeFact: excludeDef?.label ?? String(c.exclude),
          })
        : msg('rubric:verdict.count', params);
    return result(ok ? 'pass' : 'fail', message, used);
  });
}

export function oneOf(ctx: ConditionContext, c: Obj): ConditionResult {
  return onFact(ctx, c.fact, (value, def) => {
    const options = Array.isArray(c.options)
      ? c.options.filter((o) => typeof o === 'string')
      : null;
    if (!options) return badRule([def.id]);
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v !== 'string')) {
      return unknownFor(def.id, def, { state: 'invalid', value });
    }
    const wanted = new Set(options.map(normalizeText));
    const outside = (values as string[]).filter((v) => !wanted.has(normalizeText(v)));
    const params = {
      fact: def.label,
      actual: list((outside.length ? outside : values).map((v) => display(def, v))),
      options: list(options.map((o) => display(def, o))),
    };
    if (outside.length === 0) return result('pass', msg('rubric:verdict.oneOf', params), [def.id]);
    if (c.complete !== false)
      return result('fail', msg('rubric:verdict.notOneOf', params), [def.id]);
    const key = options.length ? 'rubric:verdict.notListed' : 'rubric:verdict.noList';
    return result('unknown', msg(key, params), [def.id]);
  });
}

const DATE_OPS = ['before', 'onOrBefore', 'after', 'onOrAfter'] as const;

export function date(ctx: ConditionContext, c: Obj): ConditionResult {
  return onFact(ctx, c.fact, (value, def) => {
    const op = DATE_OPS.find((o) => o === c.op);
    const than = c.than === 'deadline' ? ctx.deadline : c.than;
    const limit = typeof than === 'string' ? dayRange(than) : undefined;
    if (!op || !limit || limit.first !== limit.last) return badRule([def.id]);
    const range = typeof value === 'string' ? dayRange(value) : undefined;
    if (!range) return unknownFor(def.id, def, { state: 'invalid', value });
    const t = limit.first;
    const [all, none] = {
      before: [range.last < t, range.first >= t],
      onOrBefore: [range.last <= t, range.first > t],
      after: [range.first > t, range.last <= t],
      onOrAfter: [range.first >= t, range.last < t],
    }[op];
    const status: Status = all ? 'pass' : none ? 'fail' : 'unknown';
    const params = {
      fact: def.label,
      actual: value as string,
      op: msg(`rubric:dateOps.${op}`),
      date: than as string,
    };
    const key = status === 'unknown' ? 'rubric:verdict.dateAmbiguous' : 'rubric:verdict.date';
    return result(status, msg(key, params), [def.id]);
  });
}

export function exists(ctx: ConditionContext, c: Obj): ConditionResult {
  if (typeof c.fact !== 'string') return badRule();
  const def = ctx.facts.def(c.fact);
  if (!def) return result('unknown', msg('rubric:verdict.undeclared', { fact: c.fact }), [c.fact]);
  const state = ctx.facts.get(c.fact);
  if (state.state === 'invalid') return unknownFor(def.id, def, state);
  const empty =
    state.state === 'missing' || (Array.isArray(state.value) && state.value.length === 0);
  const key = empty ? 'rubric:verdict.absent' : 'rubric:verdict.present';
  return result(empty ? 'fail' : 'pass', msg(key, { fact: def.label }), [def.id]);
}

export function flag(ctx: ConditionContext, c: Obj): ConditionResult {
  return onFact(ctx, c.fact, (value, def) => {
    const expected = c.expected !== false;
    const keyed = typeof c.key === 'string';
    const actual = keyed && isObj(value) ? value[c.key as string] : keyed ? undefined : value;
    if (typeof actual !== 'boolean') return unknownFor(def.id, def, { state: 'invalid', value });
    const option = keyed ? def.options?.find((o) => o.value === c.key) : undefined;
    const params = {
      fact: keyed ? (option?.label ?? String(c.key)) : def.label,
      actual,
      expected,
    };
    const ok = actual === expected;
    return result(ok ? 'pass' : 'fail', msg('rubric:verdict.flag', params), [def.id]);
  });
}
