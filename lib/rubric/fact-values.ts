/**
 * Reading an application's facts against a pack: untrusted input in, one state per declared
 * fact out. A fact is `present` (valid for its type), `missing` (absent, null, or empty text)
 * or `invalid` (there but of the wrong shape: reported per fact, evaluated as unknown). Derived
 * facts (practiceYears from practiceStart) are computed only when not stated.
 */
import { z } from 'zod';
import { MemberUnitSchema, PersonSchema, standardFactSchemas } from '../facts/standard';
import { isValidDay, isValidMonth, monthsElapsed } from './dates';
import { type LocalText, list, msg, type RuleMessage } from './messages';
import type { RubricPack } from './pack';
import { formatPath } from './problems';
import type { FactDef } from './schema/facts';

export type FactState =
  | { state: 'present'; value: unknown; derived?: { from: string } }
  | { state: 'missing' }
  | { state: 'invalid'; value: unknown };

export interface FactProblem {
  fact: string;
  label: LocalText;
  /** JSON path inside the facts object, e.g. `$.coreMembers[2].name`. */
  path: string;
  code: 'invalidFact' | 'notAnObject';
  message: RuleMessage;
}

export interface FactTable {
  get(id: string): FactState;
  def(id: string): FactDef | undefined;
  problems: FactProblem[];
}

function optionValues(def: FactDef): [string, ...string[]] | undefined {
  const values = def.options?.map((o) => o.value) ?? [];
  return values.length > 0 ? (values as [string, ...string[]]) : undefined;
}

/** The schemas a declared fact's value must satisfy; standard facts keep their own schema too. */
function schemasFor(def: FactDef): z.ZodType[] {
  const options = optionValues(def);
  let schema: z.ZodType;
  switch (def.type) {
    case 'text':
      schema = z.string();
      break;
    case 'integer':
      schema = z.number().int();
      break;
    case 'number':
      schema = z.number();
      break;
    case 'date':
      schema = z.string().refine(isValidDay, { message: 'YYYY-MM-DD' });
      break;
    case 'month':
      schema = z.string().refine(isValidMonth, { message: 'YYYY-MM' });
      break;
    case 'enum':
      schema = options ? z.enum(options) : z.never();
      break;
    case 'boolean':
      schema = z.boolean();
      break;
    case 'names':
      schema = z.array(options ? z.enum(options) : z.string().min(1));
      break;
    case 'units':
      schema = z.array(MemberUnitSchema);
      break;
    case 'people':
      schema = z.array(PersonSchema);
      break;
    case 'flags':
      schema = z.strictObject(Object.fromEntries((options ?? []).map((k) => [k, z.boolean()])));
      break;
  }
  const standard = Object.hasOwn(standardFactSchemas, def.id)
    ? (standardFactSchemas as Record<string, z.ZodType>)[def.id]
    : undefined;
  return standard ? [standard, schema] : [schema];
}

function firstError(schemas: z.ZodType[], value: unknown): z.ZodError | undefined {
  for (const schema of schemas) {
    const result = schema.safeParse(value);
    if (!result.success) return result.error;
  }
  return undefined;
}

function isMissing(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

function derive(pack: RubricPack, def: FactDef, states: Map<string, FactState>): FactState {
  const from = def.derive?.from;
  const source = from === undefined ? undefined : states.get(from);
  if (!from || source?.state !== 'present' || typeof source.value !== 'string') {
    return { state: 'missing' };
  }
  const months = monthsElapsed(source.value, pack.call.deadline);
  if (months === undefined) return { state: 'missing' };
  // A start after the deadline means no practice yet, not negative years.
  const years = Math.max(0, months) / 12;
  return {
    state: 'present',
    value: def.type === 'integer' ? Math.floor(years) : years,
    derived: { from },
  };
}

export function readFacts(pack: RubricPack, input: unknown): FactTable {
  const states = new Map<string, FactState>();
  const defs = new Map(pack.facts.map((d) => [d.id, d]));
  const problems: FactProblem[] = [];
  const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
  if (!isObject && !isMissing(input)) {
    problems.push({
      fact: '',
      label: { zh: '', en: '' },
      path: '$',
      code: 'notAnObject',
      message: msg('rubric:facts.notAnObject'),
    });
  }
  const record = isObject ? (input as Record<string, unknown>) : {};
  for (const def of pack.facts) {
    const value = Object.hasOwn(record, def.id) ? record[def.id] : undefined;
    if (isMissing(value)) {
      states.set(def.id, { state: 'missing' });
      continue;
    }
    const error = firstError(schemasFor(def), value);
    if (!error) {
      states.set(def.id, { state: 'present', value });
      continue;
    }
    states.set(def.id, { state: 'invalid', value });
    const issue = error.issues[0];
    const at = [def.id, ...(issue?.path ?? [])].filter(
      (s): s is string | number => typeof s !== 'symbol',
    );
    problems.push({
      fact: def.id,
      label: def.label,
      path: formatPath(at),
      code: 'invalidFact',
      message: msg('rubric:facts.invalid', {
        fact: def.label,
        path: formatPath(at),
        expected: msg(`rubric:factTypes.${def.type}`),
        options: list(def.options?.map((o) => o.value) ?? []),
      }),
    });
  }
  // Derived facts are filled after every stated fact is read, whatever the declaration order.
  for (const def of pack.facts) {
    if (def.derive && states.get(def.id)?.state === 'missing') {
      states.set(def.id, derive(pack, def, states));
    }
  }
  return {
    get: (id) => states.get(id) ?? { state: 'missing' },
    def: (id) => defs.get(id),
    problems,
  };
}
