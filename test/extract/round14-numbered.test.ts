/**
 * Round 14 (held-out v14 as a development set): a 申报书 written as numbered prose (1）2）,
 * (1) ① …), the notice's own requirements reprinted at its head ("填报说明（摘自《通知》）：…")
 * and quoted again beside the applicant's figures ("《通知》要求…不少于4个。本共同体…共叁个"),
 * and a team table whose 角色 cell spans the rows of each role (LibreOffice from HTML).
 */

import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { numberInQuote } from '../../lib/extract/certainty/number-in-quote';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { checkContext, proposal } from './certainty-kit';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');
const mingshi = builtinPack('mingshi-2024-studio');

const read = (pack: typeof liaoning, lines: Parameters<typeof page>[0]) =>
  extractFacts([page(lines)], { pack });

describe('figures beside the notice quoted in a 申报书', () => {
  const excerpt =
    '申报须知（摘自通知）：每个网络教研联盟设主持人1人、核心成员8-15人，实行年度考核制度（其中每年原创或深度二次加工的教学资源不少于200条）。';

  it("reads the applicant's figure after the quoted floor, not the floor", () => {
    const facts = read(yueyang, [
      '岳阳市中小学信息科技“网络教研联盟”申报书',
      excerpt,
      '四、资源开发计划',
      '通知要求每年原创或深度二次加工的教学资源不少于200条；本联盟每年计划开发三百六十条。',
    ]);
    expect(facts.annualResourceTarget?.value).toBe(360);
  });

  it('proposes nothing when only the notice states a figure', () => {
    const facts = read(yueyang, [
      '岳阳市中小学信息科技“网络教研联盟”申报书',
      excerpt,
      '一、联盟基本情况',
      '1.联盟名称：甲县初中编程网络教研联盟',
    ]);
    expect(facts.annualResourceTarget).toBeUndefined();
  });

  it('reads a figure the applicant states after "《通知》要求…" in words of its own', () => {
    const facts = read(liaoning, [
      '辽宁省教育信息化教学应用实践共同体项目申报书',
      '填报说明（摘自《通知》）：共同体项目由牵头单位负责申报，主要成员单位不少于4个。',
      '二、成员单位',
      '《通知》要求主要成员单位不少于4个。本共同体除牵头单位外，主要成员单位共叁个（名单见佐证材料）。',
    ]);
    expect(facts.memberUnitCount?.value).toBe(3);
  });

  it('tells every excerpt of a long form from the text between them', () => {
    const quoted = (k: number) => `须知${k}（摘自通知）：第${k}条按通知执行。`;
    const lines = ['岳阳市中小学信息科技“网络教研联盟”申报书'];
    for (let k = 1; k <= 30; k++) lines.push(quoted(k));
    lines.push('年度要求（摘自通知）：每年原创或深度二次加工的教学资源不少于200条。');
    const only = read(yueyang, lines);
    expect(only.annualResourceTarget).toBeUndefined();
    const own = read(yueyang, [
      ...lines.slice(0, 16),
      '四、资源开发计划',
      '本联盟每年计划开发教学资源二百四十条。',
      ...lines.slice(16),
    ]);
    expect(own.annualResourceTarget?.value).toBe(240);
  });

  it('leaves a figure alone whose numeral wraps onto the next line of its quote', () => {
    const ctx = checkContext([], yueyang.facts);
    const def = yueyang.facts.find((d) => d.id === 'annualResourceTarget')!;
    const wrapped = proposal(360, '本联盟每年计划开发三百\n六十条。', 0.8, 'sentence');
    expect(numberInQuote.check(def.id, wrapped, def, ctx)).toBeUndefined();
    const other = proposal(300, '本联盟每年计划开发三百\n六十条。', 0.8, 'sentence');
    expect(numberInQuote.check(def.id, other, def, ctx)).toBeUndefined();
    const wrong = proposal(200, '本联盟每年计划开发三百\n六十条。', 0.8, 'sentence');
    expect(numberInQuote.check(def.id, wrong, def, ctx)).toBe('numberDisagrees');
  });
});

describe('a checklist beside the list of outcomes the notice gives', () => {
  it('reads the ticks, sure, though the quoted list names the options without boxes', () => {
    const facts = read(liaoning, [
      '辽宁省教育信息化教学应用实践共同体项目申报书',
      '五、预期成果',
      '《通知》明确成果形式包括：形成信息化教学应用模式研究报告和应用指南。',
      '本项目拟形成：◉信息化教学应用模式研究报告 ○应用指南',
    ]);
    expect(facts.expectedOutcomes?.value).toEqual({ researchReport: true, guide: false });
    expect(facts.expectedOutcomes && isUncertain(facts.expectedOutcomes)).toBe(false);
  });
});

describe('fields and lists numbered 1）, 1) and (1) in prose', () => {
  it('reads a field after "2）" and people listed as "1)姓名，职称，电话；"', () => {
    const facts = read(liaoning, [
      '辽宁省教育信息化教学应用实践共同体项目申报书',
      '一、项目概况',
      '1）项目名称：甲市劳动创客工坊实践共同体',
      '2）申报类别：○智慧德育 ○智慧体育 ◉智慧劳动教育 ○智慧美育 ○智慧评价',
      '四、项目团队',
      '（一）项目负责人：齐海燕，高级教师，13117318391。',
      '（二）核心成员（共叁人）：',
      '1)倪新民，二级教师，17751511777；',
      '2)俞瑞雪，高级教师，17768590636；',
      '3)卜明德，高级教师，13195111398。',
    ]);
    expect(facts.category?.value).toBe('智慧劳动教育');
    expect(facts.coreMembers?.value).toEqual([
      { name: '倪新民', title: '二级教师', phone: '17751511777' },
      { name: '俞瑞雪', title: '高级教师', phone: '17768590636' },
      { name: '卜明德', title: '高级教师', phone: '13195111398' },
    ]);
  });

  it('reads a start stated as the first day of a month ("自2018.9.1起")', () => {
    const facts = read(liaoning, [
      '辽宁省教育信息化教学应用实践共同体项目申报书',
      '三、实践基础',
      '《通知》要求在本类信息化教学中开展2年以上实践。本共同体自2018.9.1起开展实践。',
    ]);
    expect(facts.practiceStart?.value).toBe('2018-09');
  });

  it('reads a list whose count stands in brackets before the colon', () => {
    const facts = read(mingshi, [
      '甲市中小学名师网络工作室申报书',
      '二、团队',
      '（四）成员学校（二所）：甲市第十一中学、乙区海棠初级中学。',
    ]);
    expect(facts.memberSchools?.value).toEqual([
      { name: '甲市第十一中学' },
      { name: '乙区海棠初级中学' },
    ]);
    expect(facts.memberSchools && isUncertain(facts.memberSchools)).toBe(false);
  });
});

describe('a team table whose role cell spans the rows of each role', () => {
  it('reads 现任职务 as the duty, and a role whose row says "（无）" as nobody', () => {
    const facts = read(yueyang, [
      '岳阳市中小学信息科技“网络教研联盟”申报表',
      {
        kind: 'table',
        widths: [0.16, 0.18, 0.12, 0.14, 0.14, 0.26],
        rows: [
          ['角色', '联系方式', '成员姓名', '现任职务', '职称（职级）', '单位'],
          ['主持人', '13800000001', '平嘉懿', '信息中心主任', '高级教师', '甲区求索小学'],
          [{ text: '顾问', rowspan: 2 }, '13800000002', '殷胜利', '教授', '高级教师', '甲市教科院'],
          ['13800000003', '钱梓萱', '副院长', '正高级教师', '甲市教科院'],
          ['辅导员', '（无）', '', '', '', ''],
          [
            { text: '核心成员', rowspan: 2 },
            '13800000004',
            '梁蕾',
            '教师',
            '一级教师',
            '乙区枫桥湖学校',
          ],
          ['13800000005', '酆瑞雪', '教研组长', '二级教师', '丙区良心堡镇中心学校'],
        ],
      },
    ]);
    expect(facts.host?.value).toEqual([
      {
        name: '平嘉懿',
        duty: '信息中心主任',
        title: '高级教师',
        unit: '甲区求索小学',
        phone: '13800000001',
      },
    ]);
    expect(((facts.advisors?.value ?? []) as { duty?: string }[]).map((p) => p.duty)).toEqual([
      '教授',
      '副院长',
    ]);
    expect(facts.counselors?.value).toEqual([]);
    expect(((facts.coreMembers?.value ?? []) as { name: string }[]).map((p) => p.name)).toEqual([
      '梁蕾',
      '酆瑞雪',
    ]);
  });
});

describe('a form that answers 是 or 否 after every option (LibreOffice from HTML)', () => {
  const form = (answers: string) =>
    read(liaoning, [
      '教育信息化教学应用实践共同体项目推荐表',
      {
        kind: 'table',
        widths: [0.2, 0.8],
        rows: [
          ['共同体名称', '甲市民乐远程排练实践共同体'],
          ['申报类别', answers],
          ['推选部门', '甲市教育局'],
        ],
      },
    ]);

  it('reads the option answered 是, and 推选部门 as the recommending body', () => {
    const facts = form('智慧德育（否）智慧体育（否）智慧美育（是）其他（____）（否）');
    expect(facts.category?.value).toBe('智慧美育');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
  });

  it('reads no option when two are answered 是 or none is', () => {
    expect(form('智慧德育（是）智慧体育（否）智慧美育（是）').category).toBeUndefined();
    expect(form('智慧德育（否）智慧体育（否）智慧美育（否）').category).toBeUndefined();
  });
});

describe("a 审批表: each role's roster under a bar of its own, between opinion blocks", () => {
  it('reads the role the bar across the roster names', () => {
    const bar = (text: string) => ({ kind: 'table' as const, rows: [[text]] });
    const facts = read(yueyang, [
      '2023年岳阳市网络教研联盟审批表',
      {
        kind: 'table',
        widths: [0.2, 0.3, 0.2, 0.3],
        rows: [
          ['联盟名称', '甲县编程教研联盟', '推荐单位', '甲县教育技术中心'],
          [
            { text: '申报单位意见', colspan: 1 },
            { text: '同意上报。（盖章）', colspan: 3 },
          ],
        ],
      },
      bar('顾问'),
      {
        kind: 'table',
        widths: [0.15, 0.25, 0.4, 0.2],
        rows: [
          ['序号', '姓名', '所在单位', '职称'],
          ['1', '张建国', '甲县教研室', '副教授'],
          ['2', '侯国华', '甲县教研室', '教授'],
        ],
      },
      bar('辅导员'),
      {
        kind: 'table',
        widths: [0.15, 0.25, 0.4, 0.2],
        rows: [
          ['序号', '姓名', '所在单位', '职称'],
          ['1', '田雅静', '甲县实验中学', '高级教师'],
        ],
      },
      {
        kind: 'table',
        widths: [0.2, 0.8],
        rows: [['县（市、区）教育行政部门审核意见', '情况属实，同意推荐。（盖章）']],
      },
    ]);
    expect(facts.advisors?.value).toEqual([
      { name: '张建国', unit: '甲县教研室', title: '副教授' },
      { name: '侯国华', unit: '甲县教研室', title: '教授' },
    ]);
    expect(facts.counselors?.value).toEqual([
      { name: '田雅静', unit: '甲县实验中学', title: '高级教师' },
    ]);
  });
});

describe('hostile text for the new patterns', () => {
  it('stays linear on 100,000 spaces after a start date and a bracketed count', () => {
    const spaces = ' '.repeat(100_000);
    const t0 = cpuNow();
    read(mingshi, [
      `本工作室自2019.9.${spaces}起开展研修。成员学校（${spaces}所）：${spaces}`,
      `申报须知（摘自${spaces}通知）：${spaces}不少于12节`,
    ]);
    expect(cpuNow() - t0).toBeLessThan(5000);
  });
});
