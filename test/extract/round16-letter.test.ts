/**
 * Round 16 (v16 as a development set): an application answered in a letter instead of the form
 * (情况说明, 一封信, 申报陈述): the name in quotes after the verb that applies, the addressee over
 * the first paragraph, the team's school in "我们是…的老师", a beginning told as a story
 * (追溯到…), lists pointed to (它们是…, 即…), done work told in a sentence (形成的典型案例有…),
 * plans in plain words (打算, 准备), numbers in words, numbered conditions cited across a
 * semicolon. The letters here are other writers' than v16's, in other words.
 */

import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');
const mingshi = builtinPack('mingshi-2024-studio');

describe('a community applied for in a letter', () => {
  const facts = extractFacts(
    [
      page([
        '关于我校申报实践共同体的说明',
        '乙市教育局：',
        '我们是乙市实验中学的一群信息技术教师。大家商量后，决定以“乙市人工智能助学实践共同体”为名参加今年的申报。',
        '这项工作始于2019年3月，当时只有两个班级参与。期间形成的典型案例有校园植物识别课案例、智能垃圾分类探究案例等。',
        '除我校牵头外，还有三所学校作为成员单位加入，它们是乙市第二小学（小学）、乙市第五中学（初中）、丙县第一中学（高中）。',
        '接下来我们准备交出一份研究报告和一本应用指南，另外整理出五个典型案例。',
        '特此说明。',
      ]),
    ],
    { pack: liaoning },
  );

  it('reads the quoted name after 以…为名 as the project’s name', () => {
    expect(facts.projectName?.value).toBe('乙市人工智能助学实践共同体');
  });

  it('reads the school of "我们是…的教师" as the lead unit when it leads (我校牵头)', () => {
    expect(facts.leadUnit?.value).toBe('乙市实验中学');
  });

  it('proposes the addressee as the recommending body, for checking', () => {
    expect(facts.recommendingBody?.value).toBe('乙市教育局');
    expect(isUncertain(facts.recommendingBody!)).toBe(true);
  });

  it('proposes a beginning told as a story (始于…), for checking', () => {
    expect(facts.practiceStart?.value).toBe('2019-03');
    expect(isUncertain(facts.practiceStart!)).toBe(true);
  });

  it('reads the member units after 它们是, certain with the count before them', () => {
    expect(facts.memberUnits?.value).toEqual([
      { name: '乙市第二小学', type: '小学' },
      { name: '乙市第五中学', type: '初中' },
      { name: '丙县第一中学', type: '高中' },
    ]);
    expect(isUncertain(facts.memberUnits!)).toBe(false);
  });

  it('reads the cases told as made (形成的典型案例有…等), for checking', () => {
    expect(facts.existingCases?.value).toEqual(['校园植物识别课案例', '智能垃圾分类探究案例']);
    expect(isUncertain(facts.existingCases!)).toBe(true);
  });

  it('reads a plan in plain words (准备交出…，整理出五个典型案例)', () => {
    expect(facts.typicalCases?.value).toBe(5);
    expect(facts.expectedOutcomes?.value).toEqual({ researchReport: true, guide: true });
  });
});

describe('an alliance applied for in a letter', () => {
  const facts = extractFacts(
    [
      page([
        '申报“网络教研联盟”的一封信',
        '岳阳市教育科学技术研究院：',
        '我是华容县第三中学的李青。我们几位老师想成立“华容县高中机器人创意网络教研联盟”，由华容县第三中学推选。联盟面向高中，打算承担高一上、高一下的教研任务。',
        '主持人：李青（华容县第三中学，信息技术，高级教师）。',
        '对照通知里的条件，我符合的是：②在全市“金鹮杯”教学大赛中获一等奖以上；③主持过市级课题《机器人进课堂》已结题。',
        '资源方面，我们每年准备原创二百四十条教学资源。',
      ]),
    ],
    { pack: yueyang },
  );

  it('takes the quoted name, not the call’s word for what is applied for', () => {
    expect(facts.projectName?.value).toBe('华容县高中机器人创意网络教研联盟');
  });

  it('reads a school that puts the alliance forward (由…学校推选)', () => {
    expect(facts.recommendingBody?.value).toBe('华容县第三中学');
  });

  it('reads the stage and volumes from the sentence', () => {
    expect(facts.stages?.value).toEqual(['高中']);
    expect(facts.gradeVolumes?.value).toEqual(['高一上', '高一下']);
  });

  it('reads every condition cited after the first semicolon', () => {
    expect(facts.hostQualifications?.value).toEqual([
      'jinhuanCup1stPlus',
      'municipalProjectCompleted',
    ]);
  });

  it('reads a yearly figure in words before its measure and the items', () => {
    expect(facts.annualResourceTarget?.value).toBe(240);
  });
});

describe('a studio applied for in a statement', () => {
  const facts = extractFacts(
    [
      page([
        '名师网络工作室申报陈述',
        '江州市南浦区教育局：',
        '我叫周明，现在在江州市第九中学任教数学。这次申报“江州市数学周明名师网络工作室”，学段为高中。',
        '工作室成员来自两所学校，即江州市第九中学、南浦区实验学校。',
        '每年我们准备带教青年教师八名，建设期满交出教学案例集。',
      ]),
    ],
    { pack: mingshi },
  );

  it('reads the name, the host’s school and the addressee', () => {
    expect(facts.projectName?.value).toBe('江州市数学周明名师网络工作室');
    expect(facts.leadUnit?.value).toBe('江州市第九中学');
    expect(facts.recommendingBody?.value).toBe('江州市南浦区教育局');
  });

  it('reads the schools after 即, without it', () => {
    expect(facts.memberSchools?.value).toEqual([
      { name: '江州市第九中学' },
      { name: '南浦区实验学校' },
    ]);
  });

  it('reads a plan with 准备 and a number in words', () => {
    expect(facts.trainees?.value).toBe(8);
  });
});

describe('what a letter’s readings leave alone', () => {
  it('takes no addressee from a form whose first lines are fields', () => {
    const facts = extractFacts(
      [
        page([
          '申报表',
          { kind: 'table', rows: [['推荐单位', '丁市教育局']] },
          '丁市教育局：',
          '同意推荐。',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.recommendingBody?.value).toBe('丁市教育局');
    expect(isUncertain(facts.recommendingBody!)).toBe(false);
  });

  it('reads no titles from a count told in the sentence', () => {
    const facts = extractFacts(
      [page(['期间形成的典型案例有3个，分别是甲案例、乙案例、丙案例，都已推广。'])],
      { pack: liaoning },
    );
    expect(facts.existingCases?.value ?? []).not.toContain('3个，分别是甲案例');
  });

  it('does not take the lead unit from the writers’ school when nothing says it leads', () => {
    const facts = extractFacts(
      [
        page([
          '丙市教育局：',
          '我们是丙市第一中学的老师们，想参加今年的共同体项目申报，特此说明情况。',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.leadUnit).toBeUndefined();
  });

  it('reads a hostile line of 300,000 characters in bounded time', () => {
    const lines = ['甲市教育局：', `期间形成的典型案例有${'、'.repeat(300_000)}`];
    const items = lines.map((line, k) => item(line, 56, 780 - k * 18));
    const started = cpuNow();
    extractFacts([buildPageText(1, [0, 0, 595, 842], 0, items, [])], { pack: liaoning });
    expect(cpuNow() - started).toBeLessThan(30_000);
  }, 60_000);
});
