/** summarizeReview: the one place a review's facts, weighted scores, total, level and opinion values come from. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtinPack,
  computeTotal,
  confirmedFacts,
  formatMessage,
  type RubricPack,
  renderParam,
  summarizeReview,
} from '../../lib/rubric';
import { zh } from './helpers';

const liaoning = builtinPack('liaoning-2022-community');

/** The Liaoning pack with its six criteria weighted (weights add up to the total's 100). */
const WEIGHTS = {
  organisation: 20,
  practice: 20,
  cases: 20,
  feasibility: 20,
  outreach: 10,
  support: 10,
};
const weightedPack: RubricPack = {
  ...liaoning,
  scoring: {
    ...liaoning.scoring,
    total: { ...liaoning.scoring.total, method: 'weighted' },
    sections: liaoning.scoring.sections.map((s) => ({
      ...s,
      criteria: s.criteria.map((c) => ({ ...c, weight: WEIGHTS[c.id as keyof typeof WEIGHTS] })),
    })),
  },
};

const full = {
  organisation: 15,
  practice: 20,
  cases: 12,
  feasibility: 16,
  outreach: 9,
  support: 5,
};
const text = (v: unknown) => renderParam(v as never, (k, p) => zh.t(k, p) as string, 'zh-CN');

describe('summarizeReview', () => {
  it('weights each criterion by score / max × weight and adds the weighted parts', () => {
    const s = summarizeReview(weightedPack, { scores: full });
    // organisation 15/15×20, practice 20/25×20, cases 12/15×20, feasibility 16/20×20, outreach 9/15×10, support 5/10×10
    expect(s.weighted).toEqual({
      organisation: 20,
      practice: 16,
      cases: 16,
      feasibility: 16,
      outreach: 6,
      support: 5,
    });
    expect(s.total.value).toBe(79);
    expect(s.total.complete).toBe(true);
    expect(s.level?.level?.id).toBe('good');
    expect(s.scores).toEqual(full);
    expect(s.criteria.find((c) => c.id === 'practice')).toMatchObject({
      score: 20,
      max: 25,
      weighted: 16,
      weightedMax: 20,
      status: 'scored',
    });
  });

  it('adds raw points for a sum pack, and gives a level only when complete', () => {
    const s = summarizeReview(liaoning, { scores: full });
    expect(s.total.value).toBe(77);
    expect(s.weighted).toEqual(s.scores);
    const partial = summarizeReview(liaoning, { scores: { ...full, support: null, cases: 99 } });
    expect(partial.total.complete).toBe(false);
    expect(partial.total.missing).toEqual(['support']);
    expect(partial.total.invalid).toEqual(['cases']);
    expect(partial.level).toBeUndefined();
    expect(partial.criteria.find((c) => c.id === 'cases')?.status).toBe('invalid');
    expect(partial.opinion.total).toBeUndefined();
    expect(partial.opinion.level).toBeUndefined();
  });

  it('takes confirmed facts only (accepted or corrected with a value) into eligibility', () => {
    const facts = {
      projectName: { state: 'accepted', value: '智慧课堂共同体' },
      leadUnit: { state: 'corrected', value: '某中学' },
      category: { state: 'unknown' },
      direction: { state: 'accepted' },
    };
    expect(confirmedFacts(facts)).toEqual({ projectName: '智慧课堂共同体', leadUnit: '某中学' });
    const s = summarizeReview(liaoning, { scores: {}, facts });
    expect(s.facts).toEqual(confirmedFacts(facts));
    expect(s.eligible).toBeNull();
    expect(s.evaluation.eligible).toBeNull();
    expect(text(s.opinion['fact.projectName'])).toBe('智慧课堂共同体');
    expect(text(s.opinion.eligibility)).toBe('待核实');
  });

  it('gives the opinion values in the reader language', () => {
    const s = summarizeReview(
      liaoning,
      {
        scores: full,
        comments: { cases: '案例偏少。' },
        overallComment: '总体较好',
        facts: { memberUnits: { state: 'accepted', value: [{ name: '甲校' }, { name: '乙校' }] } },
      },
      { date: new Date('2026-12-01T08:00:00Z'), chair: '王老师', reviewers: ['李老师', '张老师'] },
    );
    expect(text(s.opinion.total)).toBe('77');
    expect(text(s.opinion.level)).toBe('良好');
    expect(text(s.opinion.comments)).toBe('案例偏少；总体较好');
    expect(text(s.opinion['fact.memberUnits'])).toBe('甲校、乙校');
    expect(text(s.opinion.date)).toBe('2026-12-01');
    expect(text(s.opinion.reviewers)).toBe('李老师、张老师');
    expect(s.opinion.verdict).toBeUndefined();
    expect(formatMessage(zh, { key: 'opinion:field.verdict', params: {} })).toBe('评审结论');
  });

  it('agrees with computeTotal and adds up its own weighted parts (property)', () => {
    const criteria = weightedPack.scoring.sections.flatMap((s) => s.criteria);
    const score = (max: number) =>
      fc.oneof(fc.integer({ min: 0, max }), fc.constant(null), fc.constant(max + 1));
    const scores = fc.record(Object.fromEntries(criteria.map((c) => [c.id, score(c.max)])));
    fc.assert(
      fc.property(scores, fc.boolean(), (input, weighted) => {
        const pack = weighted ? weightedPack : liaoning;
        const s = summarizeReview(pack, { scores: input as Record<string, number | null> });
        expect(s.total).toEqual(computeTotal(pack.scoring, input));
        const sum = Object.values(s.weighted).reduce((a, b) => a + b, 0);
        // Each part and the total are rounded to 1e-6 on their own.
        expect(sum).toBeCloseTo(s.total.value, 4);
        for (const c of s.criteria) {
          if (c.weighted !== null) expect(c.weighted).toBeLessThanOrEqual(c.weightedMax + 1e-9);
        }
      }),
    );
  });
});
