/** lib/reconcile/SPEC.md, rule by rule, over plain-data panels. */
import { expect, describe as group, it } from 'vitest';
import { describe, type Flag, reconcile } from '../../lib/reconcile';
import { app, draft, en, grid, liaoning, member, say, submitted, yueyang, zh } from './helpers';

const kinds = (flags: readonly Flag[]) => flags.map((f) => f.kind);
const flagsOf = (result: ReturnType<typeof reconcile>, id: string) =>
  result.applications.find((a) => a.id === id)!.flags;

group('S: statistics per application', () => {
  it('S1: n, mean, median, trimmed mean, sample SD and range', () => {
    const s = describe([70, 80, 90, 60, 100]);
    expect(s).toMatchObject({ n: 5, mean: 80, median: 80, trimmedMean: 80, range: 40 });
    expect(s.sd).toBeCloseTo(Math.sqrt(1000 / 4), 12);
    expect(describe([1, 2, 3, 10]).median).toBe(2.5);
  });

  it('S2: the trimmed mean drops one highest and one lowest, only when n > 2', () => {
    expect(describe([60, 70, 71, 99]).trimmedMean).toBe(70.5);
    expect(describe([60, 99]).trimmedMean).toBeNull();
    expect(describe([60, 70, 80, 90, 100], 2).trimmedMean).toBe(80);
    expect(describe([60, 70, 80, 90], 2).trimmedMean).toBeNull();
  });

  it('S3: figures that do not apply are null, never 0', () => {
    expect(describe([])).toEqual({
      n: 0,
      mean: null,
      median: null,
      trimmedMean: null,
      sd: null,
      range: null,
      min: null,
      max: null,
    });
    expect(describe([75])).toMatchObject({ n: 1, mean: 75, sd: null, range: 0, trimmedMean: null });
  });

  it('S1: per criterion, over the raw scores of counted reviews', () => {
    const input = grid([[80, 90]]);
    input.reviews = [
      submitted('a1', 'r1', 80, { scores: { practice: 20, cases: 12 } }),
      submitted('a1', 'r2', 90, { scores: { practice: 24, cases: 12 } }),
    ];
    const a = reconcile(input).applications[0]!;
    expect(a.criteria.practice).toMatchObject({ n: 2, mean: 22, range: 4 });
    expect(a.criteria.cases).toMatchObject({ n: 2, sd: 0 });
    expect(a.criteria.support).toMatchObject({ n: 0, mean: null });
  });
});

group('I3: what counts', () => {
  it('counts submitted reviews with figures only; a draft counts for nothing', () => {
    const result = reconcile(grid([[70, null, 90]]));
    const a = result.applications[0]!;
    expect(a.stats).toMatchObject({ n: 2, mean: 80 });
    expect(a.reviews.map((r) => r.counted)).toEqual([true, false, true]);
  });

  it('an incomplete submitted review (no total) adds its criteria but no total', () => {
    const input = grid([[70]]);
    input.reviews = [submitted('a1', 'r1', null, { scores: { practice: 20 } })];
    const a = reconcile(input).applications[0]!;
    expect(a.stats.n).toBe(0);
    expect(a.criteria.practice!.n).toBe(1);
  });
});

group('R1, R2: reviewers', () => {
  // r3 is lenient (+10 over the others on every application), r1 harsh.
  const totals = [
    [70, 80, 90],
    [60, 70, 80],
  ];

  it('R1: severity is the mean offset from the other reviewers on the same applications', () => {
    const { reviewers } = reconcile(grid(totals));
    const by = Object.fromEntries(reviewers.map((r) => [r.id, r]));
    expect(by.r1!.severity).toBe(-15);
    expect(by.r2!.severity).toBe(0);
    expect(by.r3!.severity).toBe(15);
    expect(by.r3).toMatchObject({ n: 2, mean: 85, severityN: 2 });
    expect(by.r3!.sd).toBeCloseTo(Math.SQRT2 * 5, 12);
  });

  it('R1: an application scored by one reviewer alone does not enter the severity', () => {
    const { reviewers } = reconcile(
      grid([
        [70, null],
        [60, 80],
      ]),
    );
    const r1 = reviewers.find((r) => r.id === 'r1')!;
    expect(r1).toMatchObject({ n: 2, severity: -20, severityN: 1 });
  });

  it('R2: below the minimum sample nobody is normalised and the raw totals stand', () => {
    const result = reconcile(grid(totals));
    expect(result.reviewers.every((r) => !r.normalized)).toBe(true);
    expect(result.applications.map((a) => a.normalizedMean)).toEqual([80, 70]);
  });

  it('R2: normalised totals are z-scores mapped to the panel mean and SD, beside the raw', () => {
    const result = reconcile(grid(totals), { minSample: 2 });
    expect(result.reviewers.every((r) => r.normalized)).toBe(true);
    // Each reviewer: z = ±1/√2; grand mean 75, grand SD √110: 75 ± √55.
    const [a1, a2] = result.applications;
    expect(a1!.normalizedMean).toBeCloseTo(75 + Math.sqrt(55), 9);
    expect(a2!.normalizedMean).toBeCloseTo(75 - Math.sqrt(55), 9);
    // Severity gone after normalising: every reviewer's normalised total is the same.
    expect(new Set(a1!.reviews.map((r) => r.normalizedTotal!.toFixed(9))).size).toBe(1);
    expect(a1!.stats.mean).toBe(80);
    expect(a1!.reviews.map((r) => r.total)).toEqual([70, 80, 90]);
  });

  it('R2: a reviewer who gives everything the same total is not normalised', () => {
    const result = reconcile(
      grid([
        [70, 80],
        [70, 90],
        [70, 60],
      ]),
      { minSample: 2 },
    );
    const r1 = result.reviewers.find((r) => r.id === 'r1')!;
    expect(r1.normalized).toBe(false);
    expect(result.applications[0]!.reviews[0]!.normalizedTotal).toBe(70);
  });
});

group('F: flags', () => {
  it('F1: a range of totals strictly above the threshold (15) is flagged, 15 itself is not', () => {
    const result = reconcile(
      grid([
        [70, 90],
        [70, 85],
      ]),
    );
    expect(kinds(flagsOf(result, 'a1'))).toContain('divergent');
    expect(kinds(flagsOf(result, 'a2'))).not.toContain('divergent');
    const flag = flagsOf(result, 'a1').find((f) => f.kind === 'divergent')!;
    expect(say(flag.message)).toBe('专家评分分歧较大：总分极差 20 分，超过阈值 15 分。');
    expect(say(flag.message, en)).toContain('range of the totals is 20 points');
  });

  it('F1: per criterion, above the pack threshold scaled to the criterion (25 of 100 → 3.75; 15 → 2.25)', () => {
    const input = grid([[80, 82]]);
    input.reviews = [
      submitted('a1', 'r1', 80, { scores: { practice: 15, cases: 10 } }),
      submitted('a1', 'r2', 82, { scores: { practice: 20, cases: 12 } }),
    ];
    const flags = flagsOf(reconcile(input), 'a1');
    expect(flags.filter((f) => f.kind === 'criterionDivergent').map((f) => f.criterion)).toEqual([
      'practice',
    ]);
    expect(say(flags.find((f) => f.criterion === 'practice')!.message)).toContain('实践基础与成效');
  });

  it('F2: eligible for one reviewer and ineligible for another; undecided is no disagreement', () => {
    const input = grid([[80, 80, 80]]);
    input.reviews = [
      submitted('a1', 'r1', 80, { eligible: true }),
      submitted('a1', 'r2', 80, { eligible: false }),
      submitted('a1', 'r3', 80, { eligible: null }),
    ];
    const flag = flagsOf(reconcile(input), 'a1').find((f) => f.kind === 'eligibilityDiffers')!;
    expect(say(flag.message)).toBe('资格审查结论不一致：专家r1认为符合，专家r2认为不符合。');
    input.reviews[1] = submitted('a1', 'r2', 80, { eligible: null });
    expect(kinds(flagsOf(reconcile(input), 'a1'))).not.toContain('eligibilityDiffers');
  });

  it('F3: a fact confirmed with different values is disputed until the chair settles it', () => {
    const input = grid([[80, 80, 80]]);
    input.reviews = [
      submitted('a1', 'r1', 80, { facts: { practiceStart: '2019-03', leadUnit: '甲校' } }),
      submitted('a1', 'r2', 80, { facts: { practiceStart: '2019-09', leadUnit: '甲校' } }),
      submitted('a1', 'r3', 80, { facts: { practiceStart: '2019-03' } }),
    ];
    const result = reconcile(input);
    const flag = flagsOf(result, 'a1').find((f) => f.kind === 'factDisputed')!;
    expect(flag.fact).toBe('practiceStart');
    expect(say(flag.message)).toBe(
      '“实践起始时间”的核对结果不一致：2019-03（专家r1、专家r3）；2019-09（专家r2）。请组长确定。',
    );
    const a = result.applications[0]!;
    expect(a.facts.facts).toEqual({ leadUnit: '甲校' });
    const settled = reconcile({ ...input, panelFacts: { a1: { practiceStart: '2019-09' } } });
    expect(kinds(flagsOf(settled, 'a1'))).not.toContain('factDisputed');
    expect(settled.applications[0]!.facts.facts.practiceStart).toBe('2019-09');
  });

  it('F4: a reviewer who has not submitted is missing; the chair only once the chair reviews', () => {
    const result = reconcile(grid([[80, null]]));
    const flag = flagsOf(result, 'a1').find((f) => f.kind === 'reviewMissing')!;
    expect(flag.reviewers).toEqual(['r2']);
    expect(say(flag.message)).toBe('尚未提交评审：专家r2。');
    const chairReviews = grid([
      [80, 80],
      [80, 80],
    ]);
    chairReviews.reviews = [...chairReviews.reviews, submitted('a1', 'chair', 80)];
    const missing = flagsOf(reconcile(chairReviews), 'a2').find((f) => f.kind === 'reviewMissing');
    expect(missing?.reviewers).toEqual(['chair']);
  });

  it('F5, R9: a conflicted reviewer is flagged, and left out of the statistics when asked', () => {
    const input = grid([[60, 80, 90]]);
    input.members = input.members.map((m) => (m.id === 'r1' ? { ...m, unit: '甲校' } : m));
    input.reviews = input.reviews.map((r) =>
      r.reviewer === 'r2' ? submitted('a1', 'r2', 80, { facts: { leadUnit: '甲校' } }) : r,
    );
    const kept = reconcile(input);
    const flag = flagsOf(kept, 'a1').find((f) => f.kind === 'conflictOfInterest')!;
    expect(flag.reviewers).toEqual(['r1']);
    expect(say(flag.message)).toBe('专家r1（甲校）与本申报单位有关联，应当回避。');
    expect(kept.applications[0]!.stats.n).toBe(3);

    const left = reconcile(input, { leaveOut: 'conflicts' });
    const a = left.applications[0]!;
    expect(a.stats).toMatchObject({ n: 2, mean: 85 });
    expect(a.reviews.find((r) => r.reviewer === 'r1')).toMatchObject({
      counted: false,
      leftOut: true,
    });
    expect(say(a.flags.find((f) => f.kind === 'conflictOfInterest')!.message)).toContain(
      '其评分未计入统计',
    );
    // The chair's choice per case: a list of pairs.
    const chosen = reconcile(input, { leaveOut: [{ application: 'a1', reviewer: 'r3' }] });
    expect(chosen.applications[0]!.stats).toMatchObject({ n: 2, mean: 70 });
  });

  it('F5, F4: a conflicted reviewer left out is not counted as missing', () => {
    const input = grid([[null, 80]]);
    input.members = input.members.map((m) => (m.id === 'r1' ? { ...m, unit: '甲校' } : m));
    input.reviews = [draft('a1', 'r1'), submitted('a1', 'r2', 80, { facts: { leadUnit: '甲校' } })];
    expect(kinds(flagsOf(reconcile(input), 'a1'))).toContain('reviewMissing');
    expect(kinds(flagsOf(reconcile(input, { leaveOut: 'conflicts' }), 'a1'))).not.toContain(
      'reviewMissing',
    );
  });

  it('renders every flag in both languages', () => {
    const input = grid([[60, 90]]);
    input.members = input.members.map((m) => (m.id === 'r1' ? { ...m, unit: '甲校' } : m));
    input.reviews = [
      submitted('a1', 'r1', 60, {
        eligible: true,
        facts: { leadUnit: '甲校', practiceStart: '2019-03' },
      }),
      submitted('a1', 'r2', 90, {
        eligible: false,
        facts: { leadUnit: '甲校', practiceStart: '2019-09' },
      }),
    ];
    input.members.push(member('r3'));
    for (const f of flagsOf(reconcile(input), 'a1')) {
      expect(say(f.message, zh)).not.toMatch(/\{\{|reconcile:/);
      expect(say(f.message, en)).not.toMatch(/\{\{|reconcile:/);
    }
    expect(new Set(kinds(flagsOf(reconcile(input), 'a1')))).toEqual(
      new Set([
        'divergent',
        'eligibilityDiffers',
        'factDisputed',
        'reviewMissing',
        'conflictOfInterest',
      ]),
    );
  });
});

group('R3, R4: ranking', () => {
  it('R3: ranks by the chosen statistic, highest first', () => {
    // a1: mean 80, median 75; a2: mean 78, median 80.
    const input = grid([
      [70, 75, 95],
      [74, 80, 80],
    ]);
    expect(reconcile(input).ranking).toEqual(['a1', 'a2']);
    expect(reconcile(input, { rankBy: 'median' }).ranking).toEqual(['a2', 'a1']);
    const ranks = reconcile(input).applications.map((a) => a.rank);
    expect(ranks).toEqual([1, 2]);
  });

  it('R4: ties go to the next statistic, then share a rank in the panel order', () => {
    // Same mean 80; a2 has the higher median; a3 equals a1 on everything.
    const input = grid([
      [70, 80, 90],
      [60, 90, 90],
      [90, 80, 70],
      [50, 50, 50],
    ]);
    const result = reconcile(input);
    expect(result.ranking).toEqual(['a2', 'a1', 'a3', 'a4']);
    expect(result.applications.map((a) => [a.id, a.rank])).toEqual([
      ['a1', 2],
      ['a2', 1],
      ['a3', 2],
      ['a4', 4],
    ]);
  });

  it('R4: no value of the statistic, or withdrawn: not ranked, listed last', () => {
    const input = grid([
      [null, null],
      [70, 80],
      [90, 90],
    ]);
    input.applications = input.applications.map((a) =>
      a.id === 'a3' ? { ...a, withdrawn: true } : a,
    );
    const result = reconcile(input);
    expect(result.ranking).toEqual(['a2', 'a1', 'a3']);
    expect(result.applications.map((a) => a.rank)).toEqual([null, 1, null]);
    // By trimmed mean, two reviews give no value: unranked too.
    expect(reconcile(input, { rankBy: 'trimmedMean' }).applications[1]!.rank).toBeNull();
  });
});

group('R5–R8: cross-application rules on the ranked list', () => {
  /** Four applications from one body whose quota (沈阳市 class) is 3. */
  function shenyang(decisions = {}) {
    const input = grid(
      [
        [90, 90],
        [80, 80],
        [70, 70],
        [85, 85],
      ],
      liaoning,
      { decisions },
    );
    input.applications = input.applications.map((a) => ({
      ...a,
      recommendingBody: '沈阳市教育局',
    }));
    return input;
  }

  it('R6, R8: past the limit in rank order is over quota (the body from the application record)', () => {
    const result = reconcile(shenyang());
    expect(result.ranking).toEqual(['a1', 'a4', 'a2', 'a3']);
    const over = result.applications.filter((a) => kinds(a.flags).includes('overQuota'));
    expect(over.map((a) => a.id)).toEqual(['a3']);
    const flag = over[0]!.flags.find((f) => f.kind === 'overQuota')!;
    expect(say(flag.message)).toBe(
      '超出推荐限额：沈阳市教育局限报 3 项，按排名本项是该单位的第 4 项。请组长决定。',
    );
    expect(flag.applications).toEqual(['a1', 'a4', 'a2']);
  });

  it('R5, R6: the chair resolves it by not recommending one of the group', () => {
    const note = { rank: null, note: '' };
    const result = reconcile(shenyang({ a2: { decision: 'notRecommend', ...note } }));
    expect(result.applications.some((a) => kinds(a.flags).includes('overQuota'))).toBe(false);
    expect(result.applications.find((a) => a.id === 'a2')!.decision).toMatchObject({
      decision: 'notRecommend',
    });
  });

  it('R7: a core member named in two alliances flags both, naming the other', () => {
    const person = { name: '王芳', unit: '岳阳市第一中学', phone: '13800000001' };
    const input = grid(
      [
        [80, 80],
        [80, 80],
        [80, 80],
      ],
      yueyang,
    );
    input.reviews = input.reviews.map((r) =>
      r.application === 'a3' || !r.figures
        ? r
        : submitted(r.application, r.reviewer, 80, { facts: { coreMembers: [person] } }),
    );
    const result = reconcile(input);
    const a1 = flagsOf(result, 'a1').find((f) => f.kind === 'duplicatePerson')!;
    expect(a1.applications).toEqual(['a2']);
    expect(say(a1.message)).toContain('王芳');
    expect(say(a1.message)).toContain('（另见：申报a2）');
    expect(kinds(flagsOf(result, 'a3'))).not.toContain('duplicatePerson');
  });
});

group('A: agreement in the result', () => {
  it('gives ICC and W for a complete design, alpha for any', () => {
    const complete = reconcile(
      grid([
        [9, 2, 5, 8],
        [6, 1, 3, 2],
        [8, 4, 6, 8],
        [7, 1, 2, 6],
        [10, 5, 6, 9],
        [6, 2, 4, 7],
      ]),
    );
    expect(complete.agreement).toMatchObject({ design: 'complete', subjects: 6, raters: 4 });
    expect(complete.agreement.icc21).toBeCloseTo(0.29, 2);
    expect(complete.agreement.icc2k).toBeCloseTo(0.62, 2);
    expect(complete.agreement.bands).toMatchObject({ icc21: 'poor', icc2k: 'moderate' });
    expect(complete.agreement.kendallW).not.toBeNull();
    expect(complete.agreement.alpha).not.toBeNull();

    const incomplete = reconcile(
      grid([
        [9, 2, null],
        [6, 1, 3],
        [8, 4, 6],
      ]),
    );
    expect(incomplete.agreement).toMatchObject({
      design: 'incomplete',
      icc21: null,
      kendallW: null,
    });
    expect(incomplete.agreement.alpha).not.toBeNull();

    expect(reconcile(grid([[80, 90]])).agreement.design).toBe('insufficient');
  });

  it('leaves withdrawn applications out of the agreement', () => {
    const input = grid([
      [80, 90],
      [70, 75],
      [60, null],
    ]);
    input.applications = input.applications.map((a) =>
      a.id === 'a3' ? { ...a, withdrawn: true } : a,
    );
    expect(reconcile(input).agreement).toMatchObject({ design: 'complete', subjects: 2 });
  });

  it('lists every expected reviewer, with n = 0 when nothing of theirs counted', () => {
    const input = grid([[80, null]]);
    input.applications.push(app('a2'));
    const { reviewers } = reconcile(input);
    expect(reviewers.map((r) => [r.id, r.n])).toEqual([
      ['r1', 1],
      ['r2', 0],
    ]);
  });
});
