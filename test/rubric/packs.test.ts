/**
 * The built-in packs against hand-made fact sets: an eligible application, each single
 * violation (only the rules it concerns change), and unknown facts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allCriteria,
  builtinPack,
  evaluate,
  fillOpinion,
  type RubricPack,
  summarizeReview,
  summaryHeader,
  summaryRow,
} from '../../lib/rubric';
import { en, render, say, zh } from './helpers';

const people = (n: number, unit = '某校') =>
  Array.from({ length: n }, (_, i) => ({
    name: `成员${i + 1}`,
    unit,
    phone: `1380000${1000 + i}`,
  }));

function statuses(pack: RubricPack, facts: unknown): Record<string, string> {
  const result = evaluate(pack, facts);
  for (const r of result.rules) say(r.message);
  return Object.fromEntries(result.rules.map((r) => [r.id, r.status]));
}

/** Checks that `change` turns exactly `expected` rules away from the baseline verdicts. */
function violation(pack: RubricPack, base: Record<string, unknown>) {
  const baseline = statuses(pack, base);
  return (change: Record<string, unknown>, expected: Record<string, string>) => {
    const after = statuses(pack, { ...base, ...change });
    const changed = Object.fromEntries(
      Object.entries(after).filter(([id, status]) => baseline[id] !== status),
    );
    expect(changed, JSON.stringify(change)).toEqual(expected);
  };
}

describe('liaoning-2022-community', () => {
  const pack = builtinPack('liaoning-2022-community');
  const eligible = {
    projectName: '智慧课堂精准教学实践共同体',
    category: '智慧评价',
    direction: '基于学习数据的精准教学',
    leadUnit: '大连市星海湾实验中学',
    memberUnits: ['甲校', '乙校', '丙校', '丁校'].map((name) => ({ name })),
    practiceStart: '2020-09',
    typicalCases: 6,
    existingCases: ['案例一'],
    expectedOutcomes: { researchReport: true, guide: true },
    recommendingBody: '大连市教育局',
    host: people(1, '大连市星海湾实验中学'),
    coreMembers: people(5),
    submittedOn: '2022-09-15',
  };

  it('finds a complete application eligible; directions cannot be checked (the notice lists none)', () => {
    const result = evaluate(pack, eligible);
    expect(result.eligible).toBe(true);
    expect(result.factProblems).toEqual([]);
    const notPassing = result.rules.filter((r) => r.status !== 'pass').map((r) => [r.id, r.status]);
    expect(notPassing).toEqual([['direction', 'unknown']]);
  });

  it('turns each single violation into exactly its rule failing', () => {
    const check = violation(pack, eligible);
    const units = (...names: string[]) => names.map((name) => ({ name }));
    check({ memberUnits: units('甲校', '乙校', '丙校') }, { 'member-units': 'fail' });
    check(
      { memberUnits: units('大连市星海湾实验中学', '甲校', '乙校', '丙校') },
      { 'member-units': 'fail' },
    );
    check({ practiceStart: '2020-10' }, { 'practice-years': 'fail' });
    check({ practiceYears: 1.5 }, { 'practice-years': 'fail' });
    check(
      { projectName: '一二三四五六七八九十一二三四五六七八九十一' },
      { 'project-name-length': 'fail' },
    );
    check({ category: '智慧生活' }, { category: 'unknown' });
    check(
      { expectedOutcomes: { researchReport: true, guide: false } },
      { 'expected-outcomes': 'fail' },
    );
    check({ typicalCases: 5 }, { 'typical-cases': 'fail' });
    check({ typicalCases: 9 }, { 'typical-cases': 'fail' });
    check({ submittedOn: '2022-09-16' }, { deadline: 'fail' });
  });

  it('keeps the bound itself: exactly 2 years, 4 units, 20 characters, 6 and 8 cases pass', () => {
    const check = violation(pack, eligible);
    check({ projectName: '一二三四五六七八九十一二三四五六七八九十' }, {});
    check({ typicalCases: 8 }, {});
    check({ practiceYears: 2 }, {});
  });

  it('a hard fact unknown makes eligibility unknown; a failing warning does not', () => {
    const { memberUnits: _, ...withoutUnits } = eligible;
    expect(evaluate(pack, withoutUnits).eligible).toBe(null);
    expect(evaluate(pack, { ...eligible, memberUnits: 'four' }).eligible).toBe(null);
    expect(evaluate(pack, { ...eligible, typicalCases: 2 }).eligible).toBe(true);
    expect(evaluate(pack, { ...eligible, practiceStart: '2022-01' }).eligible).toBe(false);
    expect(evaluate(pack, {}).rules.every((r) => r.status !== 'pass')).toBe(true);
  });

  it('scores six criteria out of 100', () => {
    const criteria = allCriteria(pack.scoring);
    expect(criteria.map((c) => c.id)).toEqual([
      'organisation',
      'practice',
      'cases',
      'feasibility',
      'outreach',
      'support',
    ]);
    expect(criteria.reduce((sum, c) => sum + c.max, 0)).toBe(100);
  });
});

describe('yueyang-2023-alliance', () => {
  const pack = builtinPack('yueyang-2023-alliance');
  const eligible = {
    projectName: '初中编程教育网络教研联盟',
    leadUnit: '岳阳市南湖第二中学',
    recommendingBody: '岳阳市直学校',
    stages: ['初中'],
    gradeVolumes: ['七上'],
    researchCategory: '编程教育',
    host: people(1, '岳阳市南湖第二中学'),
    advisors: people(2),
    counselors: people(1, '岳阳市教育科学技术研究院'),
    coreMembers: people(8),
    resourceReviewers: people(1),
    hostQualifications: ['backboneTeacher'],
    annualResourceTarget: 200,
    hostAge: 41,
    hostGender: '女',
    hostContact: 'host@example.cn',
    submittedOn: '2023-10-30',
  };

  it('finds a complete application eligible with every rule passing', () => {
    const result = evaluate(pack, eligible);
    expect(result.eligible).toBe(true);
    expect(result.rules.filter((r) => r.status !== 'pass')).toEqual([]);
  });

  it('turns each single violation into exactly its rules failing', () => {
    const check = violation(pack, eligible);
    check({ stages: [] }, { stage: 'fail' });
    check({ stages: ['初中', '高中'] }, { 'stage-single': 'fail', 'grade-stage': 'fail' });
    check({ gradeVolumes: ['七上', '七下'] }, { 'grade-volume': 'fail' });
    check({ gradeVolumes: ['三上'] }, { 'grade-stage': 'fail' });
    check({ host: people(2) }, { host: 'fail' });
    check({ host: [] }, { host: 'fail' });
    check({ advisors: [] }, { advisors: 'fail' });
    check({ advisors: people(3) }, { advisors: 'fail' });
    check({ counselors: people(2) }, { counselors: 'fail' });
    check({ coreMembers: people(7) }, { 'core-members': 'fail' });
    check({ coreMembers: people(16) }, { 'core-members': 'fail' });
    check({ resourceReviewers: [] }, { 'resource-reviewers': 'fail' });
    check({ hostQualifications: [] }, { 'host-qualifications': 'fail' });
    check({ annualResourceTarget: 199 }, { 'annual-resources': 'fail' });
    check({ submittedOn: '2023-10-31' }, { deadline: 'fail' });
  });

  it('keeps the bounds: 1 advisor, 15 core members, a theme with no grade volume pass', () => {
    const check = violation(pack, eligible);
    check({ advisors: people(1) }, {});
    check({ coreMembers: people(15) }, {});
    check({ gradeVolumes: [] }, {});
  });

  it('a research category outside the four is a malformed fact: reported, and unknown', () => {
    const result = evaluate(pack, { ...eligible, researchCategory: '3D打印' });
    expect(result.rules.find((r) => r.id === 'research-category')!.status).toBe('unknown');
    expect(result.factProblems.map((p) => p.fact)).toEqual(['researchCategory']);
    expect(result.eligible).toBe(null);
  });

  it('has the 17 columns of 附件2, in order, filled from the facts', () => {
    expect(summaryHeader(pack, 'zh-CN')).toEqual([
      '序号',
      '主持人',
      '所在单位',
      '年龄',
      '性别',
      '职务',
      '职称',
      '联系电话',
      'QQ或邮箱',
      '申报条件',
      '网络教研联盟名称',
      '学段',
      '年级册',
      '研究类别',
      '辅导员',
      '核心成员人数',
      '资源审核人数',
    ]);
    const row = summaryRow(pack, { index: 3, facts: eligible }, 'zh-CN');
    expect(row).toEqual([
      3,
      '成员1',
      '岳阳市南湖第二中学',
      41,
      '女',
      '',
      '',
      '13800001000',
      'host@example.cn',
      '具备一定科研能力公认的骨干教师',
      '初中编程教育网络教研联盟',
      '初中',
      '七上',
      '编程教育',
      '成员1',
      8,
      1,
    ]);
  });

  it('fills its opinion template from the facts and results', () => {
    const facts = Object.fromEntries(
      Object.entries(eligible).map(([id, value]) => [id, { state: 'accepted', value }]),
    );
    const summary = summarizeReview(pack, { scores: {}, facts });
    const { text, missing } = fillOpinion(
      pack,
      {
        ...summary.opinion,
        eligibility: '符合',
        total: 88,
        level: '优秀',
        scores: '团队构成18分',
        comments: '方案具体',
        verdict: '同意立项',
      },
      render(zh),
    );
    expect(missing).toEqual([]);
    expect(text).toContain('初中编程教育网络教研联盟');
    expect(text).toContain('总分88分');
    expect(fillOpinion(pack, {}, render(en)).missing.map((f) => f.name)).toContain('verdict');
  });
});

/** The notices live beside the repository (../shared/notices); the check runs where they do. */
const NOTICES = new URL('../../../shared/notices/', import.meta.url);
const noticeFiles = {
  'liaoning-2022-community': 'liaoning-2022-practice-community.txt',
  'yueyang-2023-alliance': 'yueyang-2023-network-teaching-alliance.md',
} as const;

const squash = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/[#*|-]/g, '')
    .replace(/\s+/g, '');

describe('clauses are quoted verbatim from the notices', () => {
  // Missing, the notices are a failure that says where they go: a skip would check nothing.
  if (!existsSync(NOTICES))
    throw new Error(
      `${NOTICES.pathname} is missing: the calls' notices live in the shared checkout beside ` +
        'this repository (../shared/notices). Put them there to run this test.',
    );
  for (const [id, file] of Object.entries(noticeFiles)) {
    it(id, () => {
      const notice = squash(readFileSync(new URL(file, NOTICES), 'utf8'));
      for (const clause of builtinPack(id as keyof typeof noticeFiles).call.clauses) {
        expect(notice, clause.id).toContain(squash(clause.text));
      }
    });
  }
});
