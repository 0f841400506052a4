/**
 * lib/reconcile/SPEC.md P1–P5 (the panel's result) and the desk's rows (sort and filter), over
 * plain-data panels.
 */
import { describe, expect, it } from 'vitest';
import {
  type ApplicationResult,
  checkDecision,
  consensusScores,
  type DecisionDraft,
  decisionRecord,
  decisionVerdicts,
  deskRows,
  needsReason,
  panelOpinionValues,
  reconcile,
} from '../../lib/reconcile';
import { allCriteria, evaluate, fillOpinion, type RubricPack } from '../../lib/rubric';
import { en, grid, liaoning, say, submitted, zh } from './helpers';

/** Facts that make a Liaoning application eligible (dated before its deadline). */
const ELIGIBLE = {
  projectName: '智慧课堂实践共同体',
  category: 'subject',
  direction: 'smart-classroom',
  leadUnit: '大连市第一中学',
  memberUnits: [
    { name: '大连市第一中学' },
    { name: '大连市第二中学' },
    { name: '大连市第三中学' },
    { name: '大连市第四中学' },
    { name: '大连市第五中学' },
  ],
  practiceStart: '2019-03',
  typicalCases: 3,
  expectedOutcomes: ['cases', 'resources', 'report'],
  recommendingBody: '大连市教育局',
  submittedOn: '2022-05-01',
};

const SCORES = [
  { organisation: 12, practice: 20, cases: 11, feasibility: 16, outreach: 12, support: 8 },
  { organisation: 14, practice: 22, cases: 13, feasibility: 17, outreach: 12, support: 9 },
  { organisation: 10, practice: 18, cases: 12, feasibility: 15, outreach: 10, support: 7 },
];
const sum = (s: Record<string, number>) => Object.values(s).reduce((a, b) => a + b, 0);

/** One application, three reviewers with the scores above and the facts given per reviewer. */
function oneApp(facts: Record<string, unknown>[], settled?: Record<string, unknown>) {
  const input = grid([[0, 0, 0]], liaoning, settled ? { panelFacts: { a1: settled } } : {});
  input.reviews = SCORES.map((scores, r) => {
    const confirmed = facts[r] ?? {};
    const eligible = facts[r] ? evaluate(liaoning, confirmed).eligible : null;
    return submitted('a1', `r${r + 1}`, sum(scores), { scores, facts: confirmed, eligible });
  });
  return input;
}

const draftFor = (app: ApplicationResult, patch: Partial<DecisionDraft> = {}): DecisionDraft => ({
  decision: 'recommend',
  rank: 1,
  note: '材料翔实，实践基础扎实',
  scores: consensusScores(liaoning, app, 'median'),
  reasons: {},
  opinion: '',
  ...patch,
});

describe('P1: eligibility for the panel result comes from the panel facts', () => {
  it('agreed facts make it eligible; a disputed one leaves it undecided until settled', () => {
    const agreed = reconcile(oneApp([ELIGIBLE, ELIGIBLE, ELIGIBLE])).applications[0]!;
    expect(agreed.eligibility.eligible).toBe(true);

    // One reviewer read a start of 2021-09: one year of practice, below the call's two.
    const late = { ...ELIGIBLE, practiceStart: '2021-09' };
    const disputed = reconcile(oneApp([ELIGIBLE, late, ELIGIBLE])).applications[0]!;
    expect(disputed.flags.map((f) => f.kind)).toContain('factDisputed');
    expect(disputed.facts.facts.practiceStart).toBeUndefined();
    expect(disputed.eligibility.eligible).toBeNull();

    // The chair settles it either way; the panel's verdict follows the settled value.
    const settledEarly = reconcile(oneApp([ELIGIBLE, late, ELIGIBLE], { practiceStart: '2019-03' }))
      .applications[0]!;
    expect(settledEarly.flags.map((f) => f.kind)).not.toContain('factDisputed');
    expect(settledEarly.eligibility.eligible).toBe(true);
    const settledLate = reconcile(oneApp([ELIGIBLE, late, ELIGIBLE], { practiceStart: '2021-09' }))
      .applications[0]!;
    expect(settledLate.eligibility.eligible).toBe(false);
    const failing = settledLate.eligibility.rules.find((r) => r.status === 'fail')!;
    expect(failing.id).toBe('practice-years');
  });

  it('is not any one reviewer’s verdict: two of three finding it ineligible changes nothing', () => {
    const few = { ...ELIGIBLE, memberUnits: ELIGIBLE.memberUnits.slice(0, 2) };
    const a = reconcile(oneApp([ELIGIBLE, few, few])).applications[0]!;
    expect(a.reviews.map((r) => r.eligible)).toEqual([true, false, false]);
    expect(a.flags.map((f) => f.kind)).toContain('eligibilityDiffers');
    // memberUnits is disputed, so the rule on it is unknown for the panel, not failed.
    expect(a.eligibility.eligible).toBeNull();
  });
});

describe('P2: consensus scores from the chosen statistic, on the criterion’s scale', () => {
  const a = reconcile(oneApp([])).applications[0]!;
  it('median, mean and trimmed mean per criterion', () => {
    expect(consensusScores(liaoning, a, 'median')).toEqual({
      organisation: 12,
      practice: 20,
      cases: 12,
      feasibility: 16,
      outreach: 12,
      support: 8,
    });
    // Mean of 10, 12, 14 is 12; of 11, 12, 13 is 12; of 12, 12, 10 is 11.33 → 11 on a step of 1.
    expect(consensusScores(liaoning, a, 'mean').outreach).toBe(11);
    // The normalised mean has no per-criterion figure: the mean stands in.
    expect(consensusScores(liaoning, a, 'normalizedMean')).toEqual(
      consensusScores(liaoning, a, 'mean'),
    );
  });

  it('snaps to a half-point step and leaves a criterion nobody scored empty', () => {
    const half: RubricPack = {
      ...liaoning,
      scoring: {
        ...liaoning.scoring,
        sections: liaoning.scoring.sections.map((s) => ({
          ...s,
          criteria: s.criteria.map((c) => ({ ...c, step: 0.5 })),
        })),
      },
    };
    const input = oneApp([]);
    input.pack = half;
    input.reviews = [
      submitted('a1', 'r1', null, { scores: { practice: 20 } }),
      submitted('a1', 'r2', null, { scores: { practice: 20.5 } }),
      submitted('a1', 'r3', null, { scores: { practice: 22 } }),
    ];
    const app = reconcile(input).applications[0]!;
    // Mean 20.83 → 21 on a step of 0.5; median 20.5.
    expect(consensusScores(half, app, 'mean').practice).toBe(21);
    expect(consensusScores(half, app, 'median').practice).toBe(20.5);
    expect(consensusScores(half, app, 'mean').support).toBeNull();
  });

  it('a prefilled draft passes the checks', () => {
    expect(checkDecision(liaoning, a, draftFor(a))).toEqual([]);
  });

  it('every criterion needs a valid score on its scale', () => {
    const problems = checkDecision(
      liaoning,
      a,
      draftFor(a, {
        scores: { ...consensusScores(liaoning, a, 'median'), practice: null, cases: 12.5 },
      }),
    );
    expect(problems.map((p) => [p.kind, p.criterion])).toEqual([
      ['scoreMissing', 'practice'],
      ['scoreInvalid', 'cases'],
    ]);
    expect(say(problems[1]!.message)).toContain('典型案例');
  });
});

describe('P3: a reason outside the reviewers’ range', () => {
  const a = reconcile(oneApp([])).applications[0]!;
  it('is needed below the lowest or above the highest counted score, not inside', () => {
    expect(needsReason(a.criteria.practice, 18)).toBe(false);
    expect(needsReason(a.criteria.practice, 22)).toBe(false);
    expect(needsReason(a.criteria.practice, 17)).toBe(true);
    expect(needsReason(a.criteria.practice, 23)).toBe(true);
    expect(needsReason(undefined, 5)).toBe(true);
  });

  it('a decision outside the range is refused without a reason and recorded with one', () => {
    const scores = { ...consensusScores(liaoning, a, 'median'), practice: 24 };
    const problems = checkDecision(liaoning, a, draftFor(a, { scores }));
    expect(problems.map((p) => p.kind)).toEqual(['reasonNeeded']);
    expect(say(problems[0]!.message)).toBe(
      '“实践基础与成效”的专家组评分 24 分不在各位专家的评分范围（18–22 分）内，请说明理由。',
    );
    expect(say(problems[0]!.message, en)).toContain('outside the reviewers');
    const reasons = { practice: '专家组复核了佐证材料', cases: '不需要的理由' };
    const ok = draftFor(a, { scores, reasons });
    expect(checkDecision(liaoning, a, ok)).toEqual([]);
    // Reasons are kept only where a score leaves the range.
    expect(decisionRecord(liaoning, a, ok).reasons).toEqual({ practice: '专家组复核了佐证材料' });
  });
});

describe('P4: verdicts', () => {
  it('the default list, labelled in both languages', () => {
    expect(decisionVerdicts(liaoning).map((v) => v.id)).toEqual([
      'recommend',
      'notRecommend',
      'pending',
    ]);
  });

  it('a pack that names its own verdicts offers those', () => {
    const own = {
      ...liaoning,
      verdicts: [
        { id: 'first', label: { zh: '一等', en: 'first' } },
        { id: 'second', label: { zh: '二等' } },
      ],
    } as RubricPack;
    expect(decisionVerdicts(own).map((v) => v.id)).toEqual(['first', 'second']);
    const a = reconcile(oneApp([])).applications[0]!;
    expect(
      checkDecision(own, a, draftFor(a, { decision: 'recommend' })).map((p) => p.kind),
    ).toEqual(['verdictUnknown']);
  });

  it('a rank is a positive whole number or none', () => {
    const a = reconcile(oneApp([])).applications[0]!;
    expect(checkDecision(liaoning, a, draftFor(a, { rank: null }))).toEqual([]);
    for (const rank of [0, -1, 1.5]) {
      expect(checkDecision(liaoning, a, draftFor(a, { rank })).map((p) => p.kind)).toEqual([
        'rankInvalid',
      ]);
    }
  });
});

describe('P5: the panel’s opinion from the pack’s template', () => {
  const render = (i18n: typeof zh) => ({
    language: i18n.language,
    t: (key: string, params: Record<string, unknown>) => i18n.t(key, params) as string,
  });

  it('fills every field from the consensus, the panel facts and the verdict', () => {
    const a = reconcile(oneApp([ELIGIBLE, ELIGIBLE, ELIGIBLE])).applications[0]!;
    const values = panelOpinionValues(liaoning, a, draftFor(a), { date: '2022-06-01' });
    const filled = fillOpinion(liaoning, values, render(zh));
    expect(filled.complete).toBe(true);
    const text = filled.text!;
    expect(text).toContain('“智慧课堂实践共同体”（牵头单位：大连市第一中学）');
    expect(text).toContain('资格审查：符合申报条件');
    // Median scores: 12 + 20 + 12 + 16 + 12 + 8 = 80, level 良好.
    expect(text).toContain('总分80分');
    expect(text).toContain('主要意见：材料翔实，实践基础扎实。');
    expect(text).toContain('评审结论：推荐。');
    expect(text).not.toMatch(/\{\{/);
    const english = fillOpinion(liaoning, values, render(en));
    expect(english.text).toContain('Verdict: recommend.');
  });

  it('names the fields without a value instead of leaving a placeholder', () => {
    // No facts confirmed, no note: the project name, lead unit and main comments are missing.
    const a = reconcile(oneApp([])).applications[0]!;
    const values = panelOpinionValues(liaoning, a, draftFor(a, { note: '' }));
    const filled = fillOpinion(liaoning, values, render(zh));
    expect(filled.complete).toBe(false);
    expect(filled.missing.map((f) => f.name)).toEqual([
      'fact.projectName',
      'fact.leadUnit',
      'comments',
    ]);
  });

  it('a decision is not recorded with an unresolved field in its opinion', () => {
    const a = reconcile(oneApp([])).applications[0]!;
    const problems = checkDecision(
      liaoning,
      a,
      draftFor(a, { opinion: '评审结论：{{verdict}}。总分{{total}}分。' }),
    );
    expect(problems.map((p) => p.kind)).toEqual(['opinionUnresolved']);
    expect(say(problems[0]!.message)).toBe('专家组意见中还有未填写的字段：评审结论、总分。');
  });
});

describe('the desk’s rows', () => {
  // a1 mean 80 (range 20), a2 mean 70 (range 0), a3 mean 90 (range 10), a4 no submitted review.
  const input = grid([
    [70, 90, 80],
    [70, 70, 70],
    [85, 95, 90],
    [null, null, null],
  ]);
  input.applications[1] = { ...input.applications[1]!, title: '乡村学校双师课堂' };
  input.decisions = { a2: { decision: 'notRecommend', rank: null, note: '' } };
  const result = reconcile(input);
  const ids = (rows: ApplicationResult[]) => rows.map((r) => r.id);

  it('by rank by default, unranked last', () => {
    expect(ids(deskRows(result))).toEqual(['a3', 'a1', 'a2', 'a4']);
  });

  it('sorts by any statistic either way; a figure that does not apply stays last', () => {
    expect(ids(deskRows(result, { key: 'range', descending: true }))).toEqual([
      'a1',
      'a3',
      'a2',
      'a4',
    ]);
    expect(ids(deskRows(result, { key: 'mean', descending: false }))).toEqual([
      'a2',
      'a1',
      'a3',
      'a4',
    ]);
    expect(ids(deskRows(result, { key: 'reviewer:r1', descending: true }))).toEqual([
      'a3',
      'a1',
      'a2',
      'a4',
    ]);
    const first = allCriteria(liaoning.scoring)[0]!.id;
    // No criterion scores in this panel: every row ties and keeps the ranking's order.
    expect(ids(deskRows(result, { key: `criterion:${first}`, descending: true }))).toEqual([
      'a3',
      'a1',
      'a2',
      'a4',
    ]);
  });

  it('filters by flag, decision, title and reviews', () => {
    expect(ids(deskRows(result, undefined, { flag: 'divergent' }))).toEqual(['a1']);
    expect(ids(deskRows(result, undefined, { flag: 'none' }))).toEqual(['a3', 'a2']);
    expect(ids(deskRows(result, undefined, { decision: 'notRecommend' }))).toEqual(['a2']);
    expect(ids(deskRows(result, undefined, { decision: 'none' }))).toEqual(['a3', 'a1', 'a4']);
    expect(ids(deskRows(result, undefined, { text: '双师' }))).toEqual(['a2']);
    expect(ids(deskRows(result, undefined, { reviews: 'missing' }))).toEqual(['a4']);
  });

  it('hides withdrawn applications unless asked', () => {
    const withdrawn = grid([
      [70, 90],
      [80, 80],
    ]);
    withdrawn.applications[0] = { ...withdrawn.applications[0]!, withdrawn: true };
    const r = reconcile(withdrawn);
    expect(ids(deskRows(r))).toEqual(['a2']);
    expect(ids(deskRows(r, undefined, { withdrawn: 'only' }))).toEqual(['a1']);
    expect(ids(deskRows(r, undefined, { withdrawn: 'show' }))).toEqual(['a2', 'a1']);
  });
});
