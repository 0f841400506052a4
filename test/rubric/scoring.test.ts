/** Scoring helpers for the review form and the chair's desk. */
import { describe, expect, it } from 'vitest';
import {
  bandForScore,
  builtinPack,
  type Criterion,
  checkDivergence,
  checkReview,
  checkScore,
  commentRequired,
  computeTotal,
  divergence,
  findCriterion,
  type Scoring,
  stepScore,
  totalLevel,
} from '../../lib/rubric';
import { say } from './helpers';

const scoring = builtinPack('liaoning-2022-community').scoring;
const organisation = findCriterion(scoring, 'organisation')!; // 15 points
const half: Criterion = { ...organisation, id: 'half', step: 0.5 };

describe('one score', () => {
  it('accepts numbers from 0 to the maximum on the step', () => {
    expect(checkScore(organisation, 0)).toEqual({ ok: true, value: 0 });
    expect(checkScore(organisation, 15)).toEqual({ ok: true, value: 15 });
    expect(checkScore(half, 12.5)).toEqual({ ok: true, value: 12.5 });
  });

  it('rejects what is not a number, out of range or off the step, with a sentence', () => {
    for (const [value, code] of [
      ['12', 'notNumber'],
      [Number.NaN, 'notNumber'],
      [-1, 'outOfRange'],
      [15.5, 'outOfRange'],
      [12.5, 'offStep'],
    ] as const) {
      const check = checkScore(organisation, value);
      expect(check.ok ? 'ok' : check.code).toBe(code);
      if (!check.ok) expect(say(check.message)).not.toBe('');
    }
  });

  it('steps with the arrow keys within range', () => {
    expect(stepScore(organisation, 10, 1)).toBe(11);
    expect(stepScore(organisation, 15, 1)).toBe(15);
    expect(stepScore(organisation, 0, -1)).toBe(0);
    expect(stepScore(half, 12.5, 1)).toBe(13);
    expect(stepScore(organisation, undefined, 1)).toBe(0);
    expect(stepScore(organisation, undefined, -1)).toBe(15);
  });

  it('finds the band, level and descriptor of a score', () => {
    expect(bandForScore(scoring, organisation, 13)?.level?.label.zh).toBe('优秀');
    expect(bandForScore(scoring, organisation, 12)?.level?.label.zh).toBe('良好');
    expect(bandForScore(scoring, organisation, 9)?.level?.label.zh).toBe('合格');
    expect(bandForScore(scoring, organisation, 8)?.level?.label.zh).toBe('不合格');
    expect(bandForScore(scoring, half, 12.5)?.level?.id).toBe('good');
  });

  it('needs a comment strictly below the threshold', () => {
    expect(organisation.commentBelow).toBe(9);
    expect(commentRequired(organisation, 8)).toBe(true);
    expect(commentRequired(organisation, 9)).toBe(false);
    expect(commentRequired(organisation, undefined)).toBe(false);
  });
});

describe('totals', () => {
  const full = {
    organisation: 13,
    practice: 22,
    cases: 12,
    feasibility: 17,
    outreach: 12,
    support: 9,
  };

  it('adds the points up, and gives a running total while scores are missing', () => {
    expect(computeTotal(scoring, full)).toEqual({
      value: 85,
      max: 100,
      complete: true,
      missing: [],
      invalid: [],
    });
    const partial = computeTotal(scoring, { organisation: 13, practice: 22 });
    expect(partial.value).toBe(35);
    expect(partial.complete).toBe(false);
    expect(partial.missing).toEqual(['cases', 'feasibility', 'outreach', 'support']);
    expect(computeTotal(scoring, { ...full, support: 11 }).invalid).toEqual(['support']);
  });

  it('weights criteria when the pack says so', () => {
    const weighted: Scoring = {
      ...scoring,
      sections: [
        {
          id: 's',
          title: { zh: 's' },
          criteria: [
            { id: 'a', title: { zh: 'a' }, max: 10, step: 1, weight: 60, bands: [] },
            { id: 'b', title: { zh: 'b' }, max: 5, step: 0.5, weight: 40, bands: [] },
          ],
        },
      ],
      total: { method: 'weighted', max: 100 },
    };
    expect(computeTotal(weighted, { a: 10, b: 5 }).value).toBe(100);
    expect(computeTotal(weighted, { a: 5, b: 2.5 }).value).toBe(50);
    expect(computeTotal(weighted, { a: 7, b: 1.5 }).value).toBe(54);
  });

  it('grades a total, the gap between bands falling to the lower one', () => {
    expect(totalLevel(scoring, 85)?.level?.id).toBe('excellent');
    expect(totalLevel(scoring, 84.5)?.level?.id).toBe('good');
    expect(totalLevel(scoring, 59)?.level?.id).toBe('fail');
  });

  it('lists what keeps a review from being submitted', () => {
    const issues = checkReview(scoring, {
      ...full,
      organisation: 8,
      support: 12,
      cases: undefined,
    });
    expect(issues.map((i) => [i.criterion, i.code])).toEqual([
      ['organisation', 'commentRequired'],
      ['cases', 'missing'],
      ['support', 'outOfRange'],
    ]);
    for (const issue of issues) say(issue.message);
    expect(
      checkReview(scoring, { ...full, organisation: 8 }, { organisation: '制度不健全' }),
    ).toEqual([]);
  });
});

describe('divergence between reviewers', () => {
  it('measures the range or the population standard deviation', () => {
    expect(divergence([70, 85, 90], 'range')).toBe(20);
    expect(divergence([2, 4, 4, 4, 5, 5, 7, 9], 'stdev')).toBe(2);
    expect(divergence([80], 'range')).toBe(0);
    expect(divergence([], 'stdev')).toBe(0);
  });

  it('flags totals strictly above the pack threshold, and scales it for one criterion', () => {
    expect(scoring.divergence).toEqual({ measure: 'range', threshold: 15 });
    expect(checkDivergence(scoring, [70, 85])).toEqual({
      value: 15,
      threshold: 15,
      divergent: false,
    });
    expect(checkDivergence(scoring, [70, 86]).divergent).toBe(true);
    const practice = findCriterion(scoring, 'practice')!; // 25 of 100 points
    expect(checkDivergence(scoring, [15, 20], practice)).toEqual({
      value: 5,
      threshold: 3.75,
      divergent: true,
    });
    expect(
      checkDivergence(scoring, [15, 20], { ...practice, divergenceThreshold: 6 }).divergent,
    ).toBe(false);
  });
});
