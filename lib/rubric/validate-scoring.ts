/**
 * What the schema cannot check about scoring, the opinion template and the summary table:
 * bands that overlap, leave scores without a level or exceed the maximum, totals that do not
 * add up, placeholders and columns naming what the pack does not have.
 */
import type { PathSegment, Problem } from './problems';
import { problem } from './problems';
import { LIST_TYPES } from './schema/facts';
import { OPINION_PLACEHOLDERS, PERSON_FIELDS, UNIT_FIELDS } from './schema/outputs';
import type { Band, Criterion } from './schema/scoring';
import { type CheckContext, duplicates, factRef } from './validate-rules';

const EPSILON = 1e-9;
/** Beyond this many steps a criterion's bands are not checked point by point for gaps. */
const MAX_STEPS_CHECKED = 10_000;

export function isOnStep(value: number, step: number): boolean {
  const n = value / step;
  return Math.abs(n - Math.round(n)) < EPSILON * Math.max(1, Math.abs(n));
}

function checkBands(
  ctx: CheckContext,
  bands: readonly Band[],
  limit: number,
  at: PathSegment[],
  levels: Set<string>,
): void {
  const out = ctx.problems;
  bands.forEach((band, i) => {
    const here = [...at, i];
    if (!levels.has(band.level))
      out.push(problem([...here, 'level'], 'unknownLevel', { level: band.level }));
    if (band.min > band.max) {
      out.push(problem(here, 'impossibleRange', { min: band.min, max: band.max }));
    } else if (band.min < 0 || band.max > limit + EPSILON) {
      out.push(problem(here, 'bandOutOfRange', { min: band.min, max: band.max, limit }));
    }
  });
  // Sorted by lower bound, a band overlaps when it starts before the furthest reach so far.
  const order = bands
    .map((band, i) => ({ band, i }))
    .filter(({ band }) => band.min <= band.max)
    .sort((a, b) => a.band.min - b.band.min);
  let reach: Band | undefined;
  for (const { band, i } of order) {
    if (reach && band.min <= reach.max + EPSILON) {
      out.push(problem([...at, i], 'bandsOverlap', { level: band.level, other: reach.level }));
    }
    if (!reach || band.max > reach.max) reach = band;
  }
}

function checkCriterion(ctx: CheckContext, c: Criterion, at: PathSegment[], levels: Set<string>) {
  const out = ctx.problems;
  if (!isOnStep(c.max, c.step))
    out.push(problem([...at, 'max'], 'maxNotOnStep', { max: c.max, step: c.step }));
  if (c.clause !== undefined && !ctx.clauses.has(c.clause)) {
    out.push(problem([...at, 'clause'], 'unknownClause', { clause: c.clause }));
  }
  if (c.commentBelow !== undefined && (c.commentBelow <= 0 || c.commentBelow > c.max)) {
    out.push(problem([...at, 'commentBelow'], 'commentBelowOutOfRange', { max: c.max }));
  }
  checkBands(ctx, c.bands, c.max, [...at, 'bands'], levels);
  const steps = Math.round(c.max / c.step);
  if (c.bands.length === 0 || steps > MAX_STEPS_CHECKED) return;
  for (let k = 0; k <= steps; k++) {
    const score = Math.round(k * c.step * 1e6) / 1e6;
    if (!c.bands.some((b) => score >= b.min - EPSILON && score <= b.max + EPSILON)) {
      out.push(problem([...at, 'bands'], 'bandGap', { score }));
      return;
    }
  }
}

function checkScoring(ctx: CheckContext): void {
  const { scoring } = ctx.pack;
  const out = ctx.problems;
  duplicates(
    scoring.levels,
    (l) => l.id,
    (i) => ['scoring', 'levels', i, 'id'],
    out,
  );
  duplicates(
    scoring.sections,
    (s) => s.id,
    (i) => ['scoring', 'sections', i, 'id'],
    out,
  );
  const levels = new Set(scoring.levels.map((l) => l.id));
  const criterionIds = new Set<string>();
  let sumMax = 0;
  let sumWeight = 0;
  let count = 0;
  scoring.sections.forEach((section, s) => {
    const at = (i: number): PathSegment[] => ['scoring', 'sections', s, 'criteria', i];
    duplicates(
      section.criteria,
      (c) => c.id,
      (i) => [...at(i), 'id'],
      out,
      criterionIds,
    );
    section.criteria.forEach((c, i) => {
      checkCriterion(ctx, c, at(i), levels);
      count++;
      sumMax += c.max;
      sumWeight += c.weight ?? 0;
      if (scoring.total.method === 'weighted' && c.weight === undefined) {
        out.push(problem([...at(i), 'weight'], 'weightRequired', {}));
      }
    });
  });
  const sum = scoring.total.method === 'sum' ? sumMax : sumWeight;
  if (count > 0 && Math.abs(sum - scoring.total.max) > 1e-6) {
    out.push(
      problem(['scoring', 'total', 'max'], 'totalMismatch', {
        sum: Math.round(sum * 1e6) / 1e6,
        max: scoring.total.max,
        method: scoring.total.method,
      }),
    );
  }
  if (scoring.total.bands) {
    checkBands(ctx, scoring.total.bands, scoring.total.max, ['scoring', 'total', 'bands'], levels);
  }
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

function checkOpinion(ctx: CheckContext): void {
  for (const language of ['zh', 'en'] as const) {
    const text = ctx.pack.opinion.template[language];
    if (text === undefined) continue;
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[1]!;
      const known =
        (OPINION_PLACEHOLDERS as readonly string[]).includes(name) ||
        (name.startsWith('fact.') && ctx.facts.has(name.slice(5)));
      if (!known) {
        ctx.problems.push(
          problem(['opinion', 'template', language], 'unknownPlaceholder', { name }),
        );
      }
    }
  }
}

function checkSummary(ctx: CheckContext): void {
  const out = ctx.problems;
  const { columns } = ctx.pack.summary;
  duplicates(
    columns,
    (c) => c.id,
    (i) => ['summary', 'columns', i, 'id'],
    out,
  );
  columns.forEach((column, i) => {
    const at: PathSegment[] = ['summary', 'columns', i, 'source'];
    const source = column.source;
    if (source.kind === 'count') {
      const fact = factRef(ctx, source.fact, [...at, 'fact']);
      if (fact && !LIST_TYPES.includes(fact.type)) {
        out.push(
          problem([...at, 'fact'], 'factTypeMismatch', {
            fact: fact.id,
            type: fact.type,
            kind: 'count',
          }),
        );
      }
    }
    if (source.kind !== 'fact') return;
    const fact = factRef(ctx, source.fact, [...at, 'fact']);
    if (!fact || source.field === undefined) return;
    const fields: readonly string[] =
      fact.type === 'people' ? PERSON_FIELDS : fact.type === 'units' ? UNIT_FIELDS : [];
    if (!fields.includes(source.field)) {
      out.push(
        problem([...at, 'field'], 'fieldNotAllowed', { field: source.field, type: fact.type }),
      );
    }
  });
}

export function checkOutputs(ctx: CheckContext): void {
  checkScoring(ctx);
  checkOpinion(ctx);
  checkSummary(ctx);
}

export type { Problem };
