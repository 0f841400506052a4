/**
 * One summary of a review, the single place its derived values come from: the facts the reviewer
 * confirmed, eligibility from them, each criterion's score and its weighted contribution, the
 * total and its level, and the values for the opinion template. The review form, the progress
 * table, the chair's desk, the CLI report and the exports all read a review through this.
 */
import { type Evaluation, evaluate } from './evaluate';
import { type LocalText, list, type MessageParam, msg } from './messages';
import { type OpinionValues, withoutTrailingMarks } from './opinion';
import type { RubricPack } from './pack';
import {
  allCriteria,
  bandForScore,
  checkScore,
  computeTotal,
  type Graded,
  type Total,
  totalLevel,
} from './scoring';

/** A reviewer's answer on one fact (the panel's FactConfirmation, structurally). */
export interface FactAnswer {
  state: string;
  value?: unknown;
}

/** What a review holds, as the panel reads it (structurally: lib/rubric knows no panel). */
export interface ReviewInput {
  scores: Readonly<Record<string, number | null | undefined>>;
  comments?: Readonly<Record<string, string | undefined>>;
  overallComment?: string | null;
  facts?: Readonly<Record<string, FactAnswer | undefined>>;
}

export interface SummaryOptions {
  /** The opinion's date (`{{date}}`): a Date or a day `YYYY-MM-DD`; absent leaves it unfilled. */
  date?: Date | string;
  /** `{{verdict}}`: the panel's decision or the reviewer's own conclusion, when there is one. */
  verdict?: MessageParam;
  chair?: string;
  reviewers?: readonly string[];
}

export interface CriterionSummary {
  id: string;
  section: string;
  title: LocalText;
  status: 'scored' | 'missing' | 'invalid';
  /** The score as given, when valid (on the criterion's own scale, 0…max). */
  score: number | null;
  max: number;
  /** Its share of the total: the score for `sum`, score / max × weight for `weighted`. */
  weighted: number | null;
  /** The most the criterion can add to the total. */
  weightedMax: number;
  band?: Graded;
  comment?: string;
}

export interface ReviewSummary {
  /** Accepted or corrected facts with a value: what feeds the eligibility engine. */
  facts: Record<string, unknown>;
  evaluation: Evaluation;
  eligible: boolean | null;
  criteria: CriterionSummary[];
  /** Valid raw scores by criterion id. */
  scores: Record<string, number>;
  /** Weighted contributions by criterion id (the parts of `total.value`). */
  weighted: Record<string, number>;
  total: Total;
  /** The total's level, only once every criterion is validly scored. */
  level?: Graded;
  /** Values for the opinion template's placeholders; absent ones are left for fillOpinion to report. */
  opinion: OpinionValues;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The facts a reviewer confirmed (accepted or corrected, with a value). */
export function confirmedFacts(
  facts: Readonly<Record<string, FactAnswer | undefined>> | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, f] of Object.entries(facts ?? {})) {
    if ((f?.state === 'accepted' || f?.state === 'corrected') && f.value !== undefined) {
      out[id] = f.value;
    }
  }
  return out;
}

function factValue(pack: RubricPack, id: string, value: unknown): MessageParam | undefined {
  const def = pack.facts.find((f) => f.id === id);
  const label = (v: string): MessageParam => def?.options?.find((o) => o.value === v)?.label ?? v;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() ? label(value) : undefined;
  if (!Array.isArray(value)) return undefined;
  const items = value
    .map((item): MessageParam | undefined => {
      if (typeof item === 'string') return label(item);
      const name = (item as { name?: unknown } | null)?.name;
      return typeof name === 'string' && name.trim() ? name : undefined;
    })
    .filter((x): x is MessageParam => x !== undefined);
  return items.length ? list(items) : undefined;
}

function opinionValues(
  pack: RubricPack,
  facts: Record<string, unknown>,
  criteria: CriterionSummary[],
  input: ReviewInput,
  eligible: boolean | null,
  total: Total,
  level: Graded | undefined,
  options: SummaryOptions,
): Record<string, MessageParam | undefined> {
  const out: Record<string, MessageParam | undefined> = {};
  for (const [id, value] of Object.entries(facts)) out[`fact.${id}`] = factValue(pack, id, value);
  const scored = criteria
    .filter((c) => c.score !== null)
    .map((c) => msg('opinion:values.score', { criterion: c.title, score: c.score, max: c.max }));
  const comments = [...criteria.map((c) => c.comment), input.overallComment?.trim() || undefined]
    .map((c) => (c ? withoutTrailingMarks(c) : c))
    .filter((c): c is string => !!c);
  const date =
    options.date instanceof Date ? options.date.toISOString().slice(0, 10) : options.date;
  out.total = total.complete ? total.value : undefined;
  out.level = level?.level?.label;
  out.scores = scored.length ? list(scored, 'clauses') : undefined;
  out.comments = comments.length ? list(comments, 'clauses') : undefined;
  out.eligibility = msg(
    `opinion:eligibility.${eligible === true ? 'eligible' : eligible === false ? 'ineligible' : 'undecided'}`,
  );
  out.verdict = options.verdict;
  out.date = date || undefined;
  out.chair = options.chair?.trim() || undefined;
  out.reviewers = options.reviewers?.length ? list([...options.reviewers]) : undefined;
  return out;
}

export function summarizeReview(
  pack: RubricPack,
  input: ReviewInput,
  options: SummaryOptions = {},
): ReviewSummary {
  const facts = confirmedFacts(input.facts);
  const evaluation = evaluate(pack, facts);
  const weightedMethod = pack.scoring.total.method === 'weighted';
  const scores: Record<string, number> = {};
  const weighted: Record<string, number> = {};
  const criteria: CriterionSummary[] = [];
  for (const section of pack.scoring.sections) {
    for (const c of section.criteria) {
      const raw = Object.hasOwn(input.scores, c.id) ? input.scores[c.id] : undefined;
      const check = raw === undefined || raw === null ? null : checkScore(c, raw);
      const comment = input.comments?.[c.id]?.trim() || undefined;
      const weightedMax = weightedMethod ? (c.weight ?? 0) : c.max;
      const summary: CriterionSummary = {
        id: c.id,
        section: section.id,
        title: c.title,
        status: check === null ? 'missing' : check.ok ? 'scored' : 'invalid',
        score: null,
        max: c.max,
        weighted: null,
        weightedMax,
        ...(comment ? { comment } : {}),
      };
      if (check?.ok) {
        summary.score = check.value;
        summary.weighted = round(
          weightedMethod ? (check.value / c.max) * weightedMax : check.value,
        );
        const band = bandForScore(pack.scoring, c, check.value);
        if (band) summary.band = band;
        scores[c.id] = summary.score;
        weighted[c.id] = summary.weighted;
      }
      criteria.push(summary);
    }
  }
  const total = computeTotal(pack.scoring, input.scores);
  const level = total.complete ? totalLevel(pack.scoring, total.value) : undefined;
  return {
    facts,
    evaluation,
    eligible: evaluation.eligible,
    criteria,
    scores,
    weighted,
    total,
    ...(level ? { level } : {}),
    opinion: opinionValues(
      pack,
      facts,
      criteria,
      input,
      evaluation.eligible,
      total,
      level,
      options,
    ),
  };
}

/** The criteria in pack order: the ids a summary's `scores` and `weighted` are keyed by. */
export function criterionIds(pack: RubricPack): string[] {
  return allCriteria(pack.scoring).map((c) => c.id);
}
