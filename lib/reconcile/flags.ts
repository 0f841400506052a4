/**
 * Flags on one application (SPEC F1–F5): what needs the chair's eye. Each carries a message (an
 * i18n key with parameters, rendered in the reader's language) and the ids it concerns.
 */
import {
  type Criterion,
  checkDivergence,
  type Divergence,
  type LocalText,
  list,
  type MessageParam,
  msg,
  type RubricPack,
  type RuleMessage,
} from '../rubric';
import type { DisputedFact } from './facts';

export type FlagKind =
  | 'divergent'
  | 'criterionDivergent'
  | 'eligibilityDiffers'
  | 'factDisputed'
  | 'reviewMissing'
  | 'conflictOfInterest'
  | 'overQuota'
  | 'duplicatePerson';

export interface Flag {
  kind: FlagKind;
  message: RuleMessage;
  criterion?: string;
  fact?: string;
  reviewers?: string[];
  /** Other applications involved (cross-application rules). */
  applications?: string[];
}

export type Names = (ids: readonly string[]) => MessageParam;

/** F1 over the totals. */
export function divergenceFlag(pack: RubricPack, totals: readonly number[]): Flag | null {
  if (totals.length < 2) return null;
  const d: Divergence = checkDivergence(pack.scoring, totals);
  if (!d.divergent) return null;
  const measure = msg(`reconcile:measures.${pack.scoring.divergence.measure}`);
  return {
    kind: 'divergent',
    message: msg('reconcile:flags.divergent', { measure, value: d.value, threshold: d.threshold }),
  };
}

/** F1 over one criterion's raw scores. */
export function criterionFlag(
  pack: RubricPack,
  criterion: Criterion,
  scores: readonly number[],
): Flag | null {
  if (scores.length < 2) return null;
  const d = checkDivergence(pack.scoring, scores, criterion);
  if (!d.divergent) return null;
  const measure = msg(`reconcile:measures.${pack.scoring.divergence.measure}`);
  return {
    kind: 'criterionDivergent',
    criterion: criterion.id,
    message: msg('reconcile:flags.criterionDivergent', {
      criterion: criterion.title,
      measure,
      value: d.value,
      threshold: d.threshold,
    }),
  };
}

/** F2: someone's facts make it eligible, someone else's ineligible. */
export function eligibilityFlag(
  verdicts: readonly { reviewer: string; eligible: boolean | null }[],
  names: Names,
): Flag | null {
  const yes = verdicts.filter((v) => v.eligible === true).map((v) => v.reviewer);
  const no = verdicts.filter((v) => v.eligible === false).map((v) => v.reviewer);
  if (yes.length === 0 || no.length === 0) return null;
  return {
    kind: 'eligibilityDiffers',
    reviewers: [...yes, ...no],
    message: msg('reconcile:flags.eligibilityDiffers', {
      eligible: names(yes),
      ineligible: names(no),
    }),
  };
}

/** How a fact's value reads in a message: option labels, names of listed units or people. */
export function factText(pack: RubricPack, fact: string, value: unknown): MessageParam {
  const options = pack.facts.find((f) => f.id === fact)?.options;
  const label = (v: string): MessageParam => options?.find((o) => o.value === v)?.label ?? v;
  if (typeof value === 'string') return label(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    return list(
      value.map((item): MessageParam => {
        if (typeof item === 'string') return label(item);
        const name = (item as { name?: unknown } | null)?.name;
        return typeof name === 'string' ? name : JSON.stringify(item);
      }),
    );
  }
  return JSON.stringify(value) ?? '';
}

/** F3, one flag per disputed fact. */
export function disputeFlags(
  pack: RubricPack,
  disputed: readonly DisputedFact[],
  names: Names,
): Flag[] {
  return disputed.map((d) => {
    const label: LocalText = pack.facts.find((f) => f.id === d.fact)?.label ?? { zh: d.fact };
    const values = d.values.map((v) =>
      msg('reconcile:flags.factValue', {
        value: factText(pack, d.fact, v.value),
        reviewers: names(v.reviewers),
      }),
    );
    return {
      kind: 'factDisputed' as const,
      fact: d.fact,
      reviewers: d.values.flatMap((v) => v.reviewers),
      message: msg('reconcile:flags.factDisputed', {
        fact: label,
        values: list(values, 'clauses'),
      }),
    };
  });
}

/** F4. */
export function missingFlag(missing: readonly string[], names: Names): Flag | null {
  if (missing.length === 0) return null;
  return {
    kind: 'reviewMissing',
    reviewers: [...missing],
    message: msg('reconcile:flags.reviewMissing', { reviewers: names(missing) }),
  };
}

/** F5, one flag per conflicted reviewer. */
export function conflictFlag(
  reviewer: { id: string; name: string; unit?: string },
  leftOut: boolean,
): Flag {
  return {
    kind: 'conflictOfInterest',
    reviewers: [reviewer.id],
    message: msg(leftOut ? 'reconcile:flags.conflictLeftOut' : 'reconcile:flags.conflict', {
      reviewer: reviewer.name,
      unit: reviewer.unit ?? '',
    }),
  };
}
