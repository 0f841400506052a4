/**
 * `evaluate(pack, facts)`: one application's eligibility under a pack. Total: whatever the
 * facts are (and even when a hand-edited pack slipped through malformed), it returns a verdict
 * per rule instead of throwing. Missing facts are unknown, never passed.
 *
 * `eligible` is false when a hard rule fails, null when no hard rule fails but one is unknown,
 * true otherwise. Warnings never change it: they are flags for the reviewer.
 */
import { type ConditionResult, evalCondition, type Status } from './conditions';
import { type FactProblem, type FactTable, readFacts } from './fact-values';
import { type LocalText, msg, type RuleMessage } from './messages';
import type { Clause, RubricPack } from './pack';
import type { Severity } from './schema/common';

export interface FactUse {
  id: string;
  label: LocalText;
  state: 'present' | 'missing' | 'invalid';
  /** The value as read (present or invalid facts). */
  value?: unknown;
  /** For a derived fact (practiceYears), the fact it was computed from. */
  derivedFrom?: string;
}

export interface RuleVerdict {
  id: string;
  title: LocalText;
  severity: Severity;
  status: Status;
  clause: Clause;
  facts: FactUse[];
  message: RuleMessage;
  /** The verdicts of an allOf / anyOf / not test's parts. */
  details?: ConditionResult[];
}

export interface EvaluationCounts {
  pass: number;
  fail: number;
  unknown: number;
  hardFail: number;
  hardUnknown: number;
  warningFail: number;
}

export interface Evaluation {
  rubric: string;
  eligible: boolean | null;
  rules: RuleVerdict[];
  /** Facts of the wrong type, one entry each; they were evaluated as unknown. */
  factProblems: FactProblem[];
  counts: EvaluationCounts;
  /** Set only when the pack itself is too broken to evaluate (never for a parsed pack). */
  error?: RuleMessage;
}

export function eligibility(
  rules: readonly Pick<RuleVerdict, 'severity' | 'status'>[],
): boolean | null {
  const hard = rules.filter((r) => r.severity === 'hard');
  if (hard.some((r) => r.status === 'fail')) return false;
  if (hard.some((r) => r.status === 'unknown')) return null;
  return true;
}

export function countVerdicts(
  rules: readonly Pick<RuleVerdict, 'severity' | 'status'>[],
): EvaluationCounts {
  const counts: EvaluationCounts = {
    pass: 0,
    fail: 0,
    unknown: 0,
    hardFail: 0,
    hardUnknown: 0,
    warningFail: 0,
  };
  for (const r of rules) {
    counts[r.status]++;
    if (r.severity === 'hard' && r.status === 'fail') counts.hardFail++;
    if (r.severity === 'hard' && r.status === 'unknown') counts.hardUnknown++;
    if (r.severity === 'warning' && r.status === 'fail') counts.warningFail++;
  }
  return counts;
}

function factUses(table: FactTable, ids: readonly string[]): FactUse[] {
  return ids.map((id) => {
    const state = table.get(id);
    const use: FactUse = { id, label: table.def(id)?.label ?? { zh: id }, state: state.state };
    if (state.state !== 'missing') use.value = state.value;
    if (state.state === 'present' && state.derived) use.derivedFrom = state.derived.from;
    return use;
  });
}

/** The rule's clause, or a placeholder naming the missing id (a parsed pack always has it). */
export function clauseOf(pack: RubricPack, id: string): Clause {
  const clauses = Array.isArray(pack.call?.clauses) ? pack.call.clauses : [];
  return clauses.find((c) => c?.id === id) ?? { id: String(id), number: String(id), text: '' };
}

function severityOf(value: unknown): Severity {
  return value === 'warning' ? 'warning' : 'hard';
}

export function evaluate(pack: RubricPack, facts: unknown): Evaluation {
  try {
    const table = readFacts(pack, facts);
    const deadline = typeof pack.call?.deadline === 'string' ? pack.call.deadline : '';
    const rules: RuleVerdict[] = pack.rules.map((rule) => {
      const base = {
        id: String(rule?.id),
        title: rule?.title ?? { zh: String(rule?.id) },
        severity: severityOf(rule?.severity),
        clause: clauseOf(pack, rule?.clause),
      };
      let outcome: ConditionResult;
      try {
        outcome = evalCondition({ facts: table, deadline }, rule?.test);
      } catch {
        outcome = { status: 'unknown', message: msg('rubric:verdict.error'), facts: [] };
      }
      const verdict: RuleVerdict = {
        ...base,
        status: outcome.status,
        facts: factUses(table, outcome.facts),
        message: outcome.message,
      };
      if (outcome.details) verdict.details = outcome.details;
      return verdict;
    });
    return {
      rubric: pack.id,
      eligible: eligibility(rules),
      rules,
      factProblems: table.problems,
      counts: countVerdicts(rules),
    };
  } catch {
    return {
      rubric: String((pack as { id?: unknown } | null)?.id ?? ''),
      eligible: null,
      rules: [],
      factProblems: [],
      counts: countVerdicts([]),
      error: msg('rubric:verdict.badPack'),
    };
  }
}
