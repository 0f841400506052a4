/**
 * SPEC P1: eligibility for the panel's result, from the panel's facts (the chair's settled values,
 * else the value every confirming reviewer agrees on: R8), never from one reviewer's. Evaluating a
 * pack costs about a millisecond and a half, and the desk recomputes the whole panel on every
 * change, so evaluations are remembered per pack and facts (most applications' facts do not
 * change between two edits).
 */
import { canonicalJson } from '../crypto/bytes';
import { type Evaluation, evaluate, type RubricPack } from '../rubric';

const MAX_REMEMBERED = 5000;
const remembered = new WeakMap<RubricPack, Map<string, Evaluation>>();

function factsKey(facts: Readonly<Record<string, unknown>>): string | null {
  try {
    return canonicalJson(facts);
  } catch {
    return null;
  }
}

export function panelEligibility(
  pack: RubricPack,
  facts: Readonly<Record<string, unknown>>,
): Evaluation {
  const key = factsKey(facts);
  if (key === null) return evaluate(pack, { ...facts });
  let byFacts = remembered.get(pack);
  if (!byFacts) {
    byFacts = new Map();
    remembered.set(pack, byFacts);
  }
  const known = byFacts.get(key);
  if (known) return known;
  if (byFacts.size >= MAX_REMEMBERED) byFacts.clear();
  const evaluation = evaluate(pack, { ...facts });
  byFacts.set(key, evaluation);
  return evaluation;
}
