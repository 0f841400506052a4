/**
 * An application's facts as the panel knows them (SPEC F3, R8): the chair's settled value, else
 * the value every reviewer who confirmed the fact agrees on; a fact confirmed with different
 * values is disputed, and unknown until the chair settles it.
 */
import { canonicalJson } from '../crypto/bytes';
import type { ReconcileApplication, ReconcileReview } from './input';

export interface FactValueGroup {
  value: unknown;
  reviewers: string[];
}

export interface DisputedFact {
  fact: string;
  /** Each distinct value with the reviewers who confirmed it, in order of first appearance. */
  values: FactValueGroup[];
}

export interface ApplicationFacts {
  /** The facts cross-application rules read (R8). */
  facts: Record<string, unknown>;
  disputed: DisputedFact[];
}

function key(value: unknown): string {
  try {
    return canonicalJson(value);
  } catch {
    return String(value);
  }
}

export function applicationFacts(
  app: ReconcileApplication,
  submitted: readonly ReconcileReview[],
  settled: Readonly<Record<string, unknown>> = {},
): ApplicationFacts {
  const byFact = new Map<string, Map<string, FactValueGroup>>();
  for (const review of submitted) {
    for (const [fact, value] of Object.entries(review.figures?.facts ?? {})) {
      let groups = byFact.get(fact);
      if (!groups) {
        groups = new Map();
        byFact.set(fact, groups);
      }
      const k = key(value);
      const group = groups.get(k);
      if (group) group.reviewers.push(review.reviewer);
      else groups.set(k, { value, reviewers: [review.reviewer] });
    }
  }
  const facts: Record<string, unknown> = {};
  const disputed: DisputedFact[] = [];
  if (app.recommendingBody && !byFact.has('recommendingBody')) {
    facts.recommendingBody = app.recommendingBody;
  }
  for (const [fact, groups] of byFact) {
    if (Object.hasOwn(settled, fact)) continue;
    const values = [...groups.values()];
    if (values.length === 1) facts[fact] = values[0]!.value;
    else disputed.push({ fact, values });
  }
  for (const [fact, value] of Object.entries(settled)) facts[fact] = value;
  return { facts, disputed };
}
