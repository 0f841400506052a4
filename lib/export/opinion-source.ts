/**
 * The 专家评审意见 as data (`Opinion`), from a panel: a reviewer's own, from their submitted
 * review, and the panel's, from the reconcile figures and the chair's decision (consensus scores
 * where the chair set them, else the reviewers' mean; the chair's opinion text where written,
 * else the call's template filled from the panel's figures). Everything is worded here, in the
 * export's language; the PDF renderer only lays it out.
 */
import type { I18n } from '../i18n';
import type { ApplicationView } from '../panel/panel';
import type { Decision } from '../panel/records/decision';
import type { ReviewValues } from '../panel/reviews';
import type { ApplicationResult } from '../reconcile';
import {
  allCriteria,
  type Evaluation,
  fillOpinion,
  formatMessage,
  pickText,
  type ReviewSummary,
  type RubricPack,
  summarizeReview,
  totalLevel,
} from '../rubric';
import { clip, LIMITS } from './clip';
import type { Opinion } from './opinion-model';
import type { PanelResults } from './results-model';

/** What every opinion of one export shares. */
export interface OpinionContext {
  pack: RubricPack;
  i18n: I18n;
  language: 'zh-CN' | 'en';
  panel: { id: string; name: string };
  rubricSha256: string;
  /** YYYY-MM-DD printed in the signature block. */
  date: string;
}

export interface OpinionSigner {
  memberId: string;
  name: string;
  unit: string;
  role: 'chair' | 'reviewer';
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function verdictText(i18n: I18n, decision: string): string {
  const key = `reconcile:decisions.${decision}`;
  return i18n.exists(key) ? (i18n.t(key) as string) : decision;
}

/** The call an opinion or the panel's results answer, as the formats hold it. */
export function callOf(
  ctx: Pick<OpinionContext, 'pack' | 'rubricSha256'>,
): Opinion['call'] & PanelResults['call'] {
  const { call } = ctx.pack;
  return {
    title: clip(call.title, LIMITS.title),
    issuer: clip(call.issuer, LIMITS.line),
    ...(call.reference ? { reference: clip(call.reference, LIMITS.line) } : {}),
    rubricId: ctx.pack.id,
    rubricRevision: ctx.pack.revision,
    rubricSha256: ctx.rubricSha256,
  };
}

function applicationOf(app: ApplicationView, number: string | undefined): Opinion['application'] {
  return {
    id: app.id,
    ...(number ? { number } : {}),
    title: app.title,
    applicant: app.applicantUnit,
    ...(app.recommendingBody ? { recommendingBody: app.recommendingBody } : {}),
    files: app.files.slice(0, 200).map((f) => ({ name: f.name, sha256: f.hash })),
  };
}

/** Each rule's finding with its clause; a reviewer's override replaces the engine's verdict. */
function eligibilityOf(
  ctx: OpinionContext,
  evaluation: Evaluation,
  overrides: ReviewValues['verdicts'] = {},
): Opinion['eligibility'] {
  const findings = evaluation.rules.slice(0, 200).map((r) => {
    const override = overrides[r.id];
    const outcome = override?.verdict ?? r.status;
    const detail = formatMessage(ctx.i18n, r.message);
    return {
      rule: clip(pickText(r.title, ctx.language), LIMITS.title),
      outcome,
      detail: clip(override?.note ? `${detail}（${override.note}）` : detail, LIMITS.paragraph),
      clause: r.clause.text
        ? { number: clip(r.clause.number, LIMITS.tag), text: clip(r.clause.text, LIMITS.paragraph) }
        : null,
    };
  });
  const hardFail = evaluation.rules.some(
    (r) => r.severity === 'hard' && (overrides[r.id]?.verdict ?? r.status) === 'fail',
  );
  const hardUnknown = evaluation.rules.some(
    (r) => r.severity === 'hard' && (overrides[r.id]?.verdict ?? r.status) === 'unknown',
  );
  return { outcome: hardFail ? 'fail' : hardUnknown ? 'unknown' : 'pass', findings };
}

/** The level of a total on the pack's bands, worded; null without a total or a band. */
export function levelText(ctx: Pick<OpinionContext, 'pack' | 'language'>, total: number | null) {
  const level = total === null ? undefined : totalLevel(ctx.pack.scoring, total)?.level;
  return level ? clip(pickText(level.label, ctx.language), LIMITS.tag) : null;
}

function scoresOf(
  ctx: OpinionContext,
  summary: ReviewSummary,
  total: number | null,
): Omit<Opinion['scores'], 'reviewers'> {
  const byId = new Map(summary.criteria.map((c) => [c.id, c]));
  return {
    sections: ctx.pack.scoring.sections.map((s) => ({
      title: clip(pickText(s.title, ctx.language), LIMITS.line),
      criteria: s.criteria.map((c) => {
        const got = byId.get(c.id);
        const level = got?.band?.level?.label;
        return {
          id: c.id,
          title: clip(pickText(c.title, ctx.language), LIMITS.title),
          max: c.max,
          score: got?.score ?? null,
          ...(level ? { level: clip(pickText(level, ctx.language), LIMITS.tag) } : {}),
          ...(got?.comment ? { comment: clip(got.comment, LIMITS.comment) } : {}),
        };
      }),
    })),
    total,
    max: ctx.pack.scoring.total.max,
    level: levelText(ctx, total),
  };
}

/** The reviewer's own opinion on a review they submitted (`kind: 'reviewer'`). */
export function reviewerOpinion(
  ctx: OpinionContext,
  app: ApplicationView,
  number: string | undefined,
  values: ReviewValues,
  signer: OpinionSigner,
): Opinion {
  const summary = summarizeReview(ctx.pack, values, { date: ctx.date });
  const overall = values.overallComment?.trim();
  return {
    v: 1,
    language: ctx.language,
    kind: 'reviewer',
    call: callOf(ctx),
    panel: ctx.panel,
    application: applicationOf(app, number),
    eligibility: eligibilityOf(ctx, summary.evaluation, values.verdicts),
    scores: scoresOf(ctx, summary, summary.total.complete ? summary.total.value : null),
    comments: overall ? [{ text: clip(overall, LIMITS.comment) }] : [],
    opinion: clip(values.opinion ?? '', LIMITS.opinion),
    verdict: '',
    signer: { ...signer, date: ctx.date },
  };
}

/** What the panel's opinion on one application is made from. */
export interface PanelOpinionInput {
  app: ApplicationView;
  number: string | undefined;
  /** lib/reconcile's figures for the application. */
  result: ApplicationResult;
  decision: Decision | null;
  /** The panel's score (panel-results.ts `panelScore`). */
  score: number | null;
  /** Reviewers' names by member id. */
  names: ReadonlyMap<string, string>;
  chair: OpinionSigner;
  /** The reviewers' comments as submitted: per criterion, and overall. */
  comments: { criteria: Record<string, string[]>; overall: string[] };
}

/** Distinct texts joined into one, in order: several reviewers often write the same thing. */
function joined(texts: readonly string[], separator: string): string {
  return [...new Set(texts.map((t) => t.trim()).filter(Boolean))].join(separator);
}

/** Consensus score per criterion: the chair's where set, else the reviewers' mean. */
export function consensusScores(
  pack: RubricPack,
  result: ApplicationResult,
  decision: Decision | null,
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const c of allCriteria(pack.scoring)) {
    const mean = result.criteria[c.id]?.mean ?? null;
    // The reviewers' mean on the criterion's own steps, as a chair would write it down.
    const stepped =
      mean === null ? null : Math.min(c.max, Math.max(0, Math.round(mean / c.step) * c.step));
    out[c.id] = decision?.scores?.[c.id] ?? (stepped === null ? null : round2(stepped));
  }
  return out;
}

/** The panel's opinion on an application, signed by the chair (`kind: 'panel'`). */
export function panelOpinion(ctx: OpinionContext, input: PanelOpinionInput): Opinion {
  const { pack, i18n } = ctx;
  const { result, decision } = input;
  const verdict = verdictText(i18n, decision?.decision ?? 'pending');
  const facts = Object.fromEntries(
    Object.entries(result.facts.facts).map(([id, value]) => [id, { state: 'accepted', value }]),
  );
  const reviewers = result.reviews.filter((r) => r.status === 'submitted');
  const separator = i18n.t('rubric:values.clauseSeparator') as string;
  const criterionComments = Object.fromEntries(
    Object.entries(input.comments.criteria).map(([id, texts]) => [id, joined(texts, separator)]),
  );
  const overall = joined(input.comments.overall, separator);
  const summary = summarizeReview(
    pack,
    {
      scores: consensusScores(pack, result, decision),
      facts,
      comments: criterionComments,
      overallComment: overall || null,
    },
    {
      date: ctx.date,
      verdict,
      chair: input.chair.name,
      reviewers: reviewers.map((r) => input.names.get(r.reviewer) ?? r.reviewer),
    },
  );
  const render = {
    language: ctx.language,
    t: (key: string, params: Record<string, unknown>) => i18n.t(key, params) as string,
  };
  const filled = fillOpinion(
    pack,
    {
      ...summary.opinion,
      ...(input.score === null
        ? {}
        : { total: input.score, level: levelText(ctx, input.score) ?? undefined }),
      // A template asks for the main comments; a panel with none says so rather than leaving
      // the opinion unwritten.
      comments: summary.opinion.comments ?? (i18n.t('sign:opinion.comments.none') as string),
    },
    render,
  );
  const criteria = new Map(allCriteria(pack.scoring).map((c) => [c.id, c]));
  const title = (id: string) =>
    clip(pickText(criteria.get(id)?.title, ctx.language) || id, LIMITS.name);
  const comments = [
    ...Object.entries(criterionComments)
      .filter(([, text]) => text)
      .map(([id, text]) => ({ author: title(id), text })),
    ...Object.entries(decision?.reasons ?? {}).map(([id, reason]) => ({
      author: title(id),
      text: reason,
    })),
    ...(decision?.note ? [{ text: decision.note }] : []),
    ...(overall ? [{ text: overall }] : []),
  ];
  return {
    v: 1,
    language: ctx.language,
    kind: 'panel',
    call: callOf(ctx),
    panel: ctx.panel,
    application: applicationOf(input.app, input.number),
    eligibility: eligibilityOf(ctx, summary.evaluation),
    scores: {
      ...scoresOf(ctx, summary, input.score),
      reviewers: reviewers.map((r) => ({
        name: input.names.get(r.reviewer) ?? r.reviewer,
        total: r.total,
      })),
    },
    comments: comments.slice(0, 200).map((c) => ({ ...c, text: clip(c.text, LIMITS.comment) })),
    opinion: clip(decision?.opinion ?? (filled.complete ? filled.text : ''), LIMITS.opinion),
    verdict: clip(verdict, LIMITS.line),
    signer: { ...input.chair, date: ctx.date },
  };
}
