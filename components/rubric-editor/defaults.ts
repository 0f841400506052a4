/**
 * What a new item or a changed kind starts as: the smallest shape the schema accepts (ids and
 * texts left for the author, so validation points at them), keeping what still fits.
 */
import { asObject, asString } from './EditorContext';

/** A condition of another kind, keeping the fact it was about; a combinator wraps the old one. */
export function conditionOfKind(kind: string, previous: unknown): unknown {
  const prev = asObject(previous);
  const fact = asString(prev.fact);
  const bound = asObject(prev.bound).op ? prev.bound : { op: '>=', value: 0 };
  switch (kind) {
    case 'compare':
    case 'length':
      return { kind, fact, bound };
    case 'count':
      return { kind, fact, bound };
    case 'oneOf':
      return { kind, fact, options: [] };
    case 'date':
      return { kind, fact, op: 'onOrBefore', than: 'deadline' };
    case 'exists':
      return { kind, fact };
    case 'flag':
      return { kind, fact };
    case 'allOf':
    case 'anyOf':
      return { kind, of: [previous] };
    case 'not':
      return { kind, of: previous };
    default:
      return { kind };
  }
}

/** A bound with another operator, keeping its number(s). */
export function boundWithOp(op: string, previous: unknown): unknown {
  const prev = asObject(previous);
  const one =
    typeof prev.value === 'number' ? prev.value : typeof prev.min === 'number' ? prev.min : 0;
  if (op === 'between') {
    return {
      op,
      min: typeof prev.min === 'number' ? prev.min : one,
      max: typeof prev.max === 'number' ? prev.max : one,
    };
  }
  return { op, value: one };
}

export function panelRuleOfKind(kind: string, previous: unknown): unknown {
  const { id, severity, clause, title, note } = asObject(previous);
  const base = { id, severity, clause, title, ...(note === undefined ? {} : { note }) };
  if (kind === 'quota') {
    return { ...base, kind, fact: 'recommendingBody', classes: [newQuotaClass()] };
  }
  if (kind === 'uniquePeople') return { ...base, kind, facts: [], sameWhen: ['unit', 'phone'] };
  return { ...base, kind, facts: [] };
}

export function columnSourceOfKind(kind: string, previous: unknown): unknown {
  const fact = asString(asObject(previous).fact);
  if (kind === 'fact' || kind === 'count') return { kind, fact };
  if (kind === 'result') return { kind, result: 'total' };
  return { kind };
}

export const newClause = () => ({ id: '', number: '', text: '' });
export const newFact = () => ({ id: '', type: 'text', label: { zh: '' } });
export const newOption = () => ({ value: '' });
export const newRule = () => ({
  id: '',
  severity: 'hard',
  clause: '',
  title: { zh: '' },
  test: { kind: 'exists', fact: '' },
});
export const newPanelRule = () => ({
  id: '',
  severity: 'warning',
  clause: '',
  title: { zh: '' },
  kind: 'uniquePeople',
  facts: [],
  sameWhen: ['unit', 'phone'],
});
export const newQuotaClass = () => ({
  id: '',
  label: { zh: '' },
  limit: 1,
  match: [{ endsWith: [''] }],
});
export const newMatcher = () => ({ contains: [''] });
export const newLevel = () => ({ id: '', label: { zh: '' } });
export const newSection = () => ({ id: '', title: { zh: '' }, criteria: [] });
export const newCriterion = () => ({ id: '', title: { zh: '' }, max: 10, step: 1, bands: [] });
export const newBand = () => ({ level: '', min: 0, max: 0 });
export const newColumn = () => ({ id: '', label: { zh: '' }, source: { kind: 'blank' } });
