/**
 * The interpreter of rule tests: three-valued (pass, fail, unknown) over one application's
 * facts. A missing or malformed fact makes its test unknown, never passed; combinators follow
 * Kleene's logic (allOf fails if any part fails, else is unknown if any part is). Every result
 * carries a localisable message and the facts it read. The tests arrive typed, but a pack
 * edited by hand may still be malformed, so every field is checked before use.
 */
import {
  badRule,
  compare,
  count,
  date,
  exists,
  flag,
  isObj,
  length,
  oneOf,
} from './condition-leaves';
import type { FactTable } from './fact-values';
import { list, msg, type RuleMessage } from './messages';

export type Status = 'pass' | 'fail' | 'unknown';

export interface ConditionResult {
  status: Status;
  message: RuleMessage;
  /** Ids of the facts this test (and its parts) read. */
  facts: string[];
  /** The parts of an allOf / anyOf / not. */
  details?: ConditionResult[];
}

export interface ConditionContext {
  facts: FactTable;
  /** The call's deadline (YYYY-MM-DD), for date tests against it. */
  deadline: string;
}

type Obj = Record<string, unknown>;

function usedBy(parts: ConditionResult[]): string[] {
  return [...new Set(parts.flatMap((p) => p.facts))];
}

function combine(ctx: ConditionContext, c: Obj, depth: number): ConditionResult {
  if (c.kind === 'not') {
    const inner = evalCondition(ctx, c.of, depth + 1);
    const base = { facts: inner.facts, details: [inner] };
    if (inner.status === 'unknown') return { ...base, status: 'unknown', message: inner.message };
    const status: Status = inner.status === 'pass' ? 'fail' : 'pass';
    const key = status === 'pass' ? 'rubric:verdict.notPass' : 'rubric:verdict.notFail';
    return { ...base, status, message: msg(key, { inner: inner.message }) };
  }
  if (!Array.isArray(c.of) || c.of.length === 0) return badRule();
  const parts = c.of.map((part) => evalCondition(ctx, part, depth + 1));
  const facts = usedBy(parts);
  const first = (status: Status) => parts.find((p) => p.status === status);
  const done = (status: Status, message: RuleMessage): ConditionResult => ({
    status,
    message,
    facts,
    details: parts,
  });
  if (c.kind === 'allOf') {
    const decisive = first('fail') ?? first('unknown');
    if (decisive) return done(decisive.status, decisive.message);
    return done(
      'pass',
      msg('rubric:verdict.allOf', {
        items: list(
          parts.map((p) => p.message),
          'clauses',
        ),
      }),
    );
  }
  const passed = first('pass');
  if (passed) return done('pass', passed.message);
  const unknown = first('unknown');
  if (unknown) return done('unknown', unknown.message);
  return done(
    'fail',
    msg('rubric:verdict.anyOfFail', { count: parts.length, first: parts[0]!.message }),
  );
}

/** Nesting deeper than any sensible pack is treated as a broken rule, not recursed into. */
const MAX_DEPTH = 32;

export function evalCondition(ctx: ConditionContext, c: unknown, depth = 0): ConditionResult {
  if (!isObj(c) || depth > MAX_DEPTH) return badRule();
  switch (c.kind) {
    case 'compare':
      return compare(ctx, c);
    case 'length':
      return length(ctx, c);
    case 'count':
      return count(ctx, c);
    case 'oneOf':
      return oneOf(ctx, c);
    case 'date':
      return date(ctx, c);
    case 'exists':
      return exists(ctx, c);
    case 'flag':
      return flag(ctx, c);
    case 'allOf':
    case 'anyOf':
    case 'not':
      return combine(ctx, c, depth);
    default:
      return badRule();
  }
}
