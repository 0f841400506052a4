/**
 * Cross-application rules over a whole panel. Findings name every application involved (and
 * the reviewer, for conflicts of interest); they never change an application's `eligible`,
 * since which application gives way is a decision for people. Only problems are reported:
 * `fail` when a rule is broken, `unknown` when it cannot be checked (a fact is missing, a body
 * cannot be classified, two people may or may not be the same).
 */
import { clauseOf, type Evaluation, evaluate } from './evaluate';
import { readFacts } from './fact-values';
import { msg, type RuleMessage } from './messages';
import type { Clause, RubricPack } from './pack';
import { conflicts, type Emit, quota, type Read, uniquePeople } from './panel-checks';
import type { Severity } from './schema/common';
import type { PanelRule } from './schema/panel-rules';

export interface PanelApplication {
  id: string;
  facts: unknown;
}

export interface Reviewer {
  id: string;
  name: string;
  unit?: string;
}

export interface PanelContext {
  reviewers?: Reviewer[];
}

export interface Finding {
  rule: string;
  kind: PanelRule['kind'];
  status: 'fail' | 'unknown';
  severity: Severity;
  clause: Clause;
  /** Every application involved, in the panel's order. */
  applications: string[];
  /** The reviewers involved (conflicts of interest). */
  reviewers?: string[];
  message: RuleMessage;
}

/**
 * The panel's findings. Total, like `evaluate`: a pack too broken to read (never one that came
 * through parseRubricPack) yields no findings, and `evaluate` reports it on every application.
 */
export function evaluatePanel(
  pack: RubricPack,
  applications: readonly PanelApplication[],
  context: PanelContext = {},
): Finding[] {
  const findings: Finding[] = [];
  let reads: Read[];
  try {
    const apps = Array.isArray(applications) ? applications : [];
    reads = apps.map((app) => ({ id: String(app?.id), table: readFacts(pack, app?.facts) }));
    if (!Array.isArray(pack.panelRules)) return [];
  } catch {
    return [];
  }
  const reviewers = (Array.isArray(context?.reviewers) ? context.reviewers : []).filter(
    (r) => typeof r === 'object' && r !== null,
  );
  for (const rule of pack.panelRules) {
    if (typeof rule !== 'object' || rule === null) continue;
    const emit: Emit = (status, ids, message, extra = {}) => {
      const finding: Finding = {
        rule: String(rule.id),
        kind: rule.kind,
        status,
        severity: extra.severity ?? rule.severity,
        clause: clauseOf(pack, rule.clause),
        applications: ids,
        message,
      };
      if (extra.reviewers) finding.reviewers = extra.reviewers;
      findings.push(finding);
    };
    try {
      if (rule.kind === 'quota') quota(rule, reads, emit);
      else if (rule.kind === 'uniquePeople') uniquePeople(rule, reads, emit);
      else if (rule.kind === 'conflictOfInterest') conflicts(rule, reads, reviewers, emit);
    } catch {
      // Only a hand-broken rule gets here; it is reported as not checked, never as passed.
      if (reads.length)
        emit(
          'unknown',
          reads.map((r) => r.id),
          msg('rubric:verdict.error'),
        );
    }
  }
  return findings;
}

export interface PanelCheck {
  applications: { id: string; evaluation: Evaluation }[];
  findings: Finding[];
}

/** Every application's own verdicts, then the panel's findings: what `review-desk check` prints. */
export function checkPanel(
  pack: RubricPack,
  applications: readonly PanelApplication[],
  context: PanelContext = {},
): PanelCheck {
  return {
    applications: applications.map((app) => ({
      id: app.id,
      evaluation: evaluate(pack, app.facts),
    })),
    findings: evaluatePanel(pack, applications, context),
  };
}
