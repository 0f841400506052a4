/**
 * Layout classes of extraction round 10, lists of titles already done (典型案例): items numbered
 * （一）（二）, an English gloss before the colon, the items' own label beside a value opening
 * with 已形成：, and titles that may be two run together. Small made-up pages, not any one form.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { runTogetherTitle, splitEnumerated } from '../../lib/extract/readers/outcomes';
import { withoutBullet } from '../../lib/pdf/structure/sections';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const pack = builtinPack('liaoning-2022-community');
const cases = (blocks: Parameters<typeof page>[0]) =>
  extractFacts([page(['某共同体项目推荐表', ...blocks])], { pack }).existingCases;

describe('items numbered with a Chinese numeral in brackets', () => {
  it('split one line into its items', () => {
    expect(splitEnumerated('（一）甲校编程课例（二）乙校数据案例')).toEqual([
      '甲校编程课例',
      '乙校数据案例',
    ]);
  });

  it('are read one per line under the words that introduce them', () => {
    const fact = cases(['已形成的典型案例：', '（一）甲校编程课例', '（二）乙校数据分析案例']);
    expect(fact?.value).toEqual(['甲校编程课例', '乙校数据分析案例']);
  });
});

describe('an English gloss between the label and its colon', () => {
  it('is no part of the label', () => {
    const fact = cases(['(ii) 已形成典型案例 Existing cases：甲校编程课例；乙校数据分析案例']);
    expect(fact?.value).toEqual(['甲校编程课例', '乙校数据分析案例']);
  });
});

describe('the items’ own label beside a value saying they are done', () => {
  it('reads the titles after 已形成：', () => {
    const fact = cases([
      { kind: 'table', rows: [['典型案例', '已形成：甲校大课间运动数据分析案例']] },
    ]);
    expect(fact?.value).toEqual(['甲校大课间运动数据分析案例']);
  });

  it('reads a list labelled 已有案例 (the pack’s word 案例)', () => {
    const fact = cases([{ kind: 'table', rows: [['已有案例', '甲校编程课例；乙校数据分析案例']] }]);
    expect(fact?.value).toEqual(['甲校编程课例', '乙校数据分析案例']);
  });

  it('reads nothing from the label alone when the value says what will be', () => {
    const fact = cases([{ kind: 'table', rows: [['典型案例', '计划形成6个典型案例']] }]);
    expect(fact?.value).toBeUndefined();
  });
});

describe('a title that may be two run together', () => {
  it('is a slash between parts or a list mark inside', () => {
    expect(runTogetherTitle('甲校课例/乙校案例')).toBe(true);
    expect(runTogetherTitle('甲校课例（二）乙校案例')).toBe(true);
    expect(runTogetherTitle('甲校编程课例')).toBe(false);
  });

  it('leaves its list for checking', () => {
    const fact = cases(['已形成的典型案例：甲校同步课堂案例/乙校家长学校课程案例']);
    expect(fact?.value).toEqual(['甲校同步课堂案例/乙校家长学校课程案例']);
    expect(isUncertain(fact!)).toBe(true);
  });
});

describe('a heading with a bullet before it', () => {
  it('loses the bullet, not a box mark', () => {
    expect(withoutBullet('● 预期成果')).toBe('预期成果');
    expect(withoutBullet('◆建设目标')).toBe('建设目标');
    expect(withoutBullet('■研究报告')).toBe('■研究报告');
  });

  it('opens its section', () => {
    const facts = extractFacts(
      [
        page([
          '某共同体项目推荐表',
          '● 预期成果',
          '信息化教学应用模式研究报告',
          '应用指南',
          '典型案例7个',
        ]),
      ],
      { pack },
    );
    expect(facts.expectedOutcomes?.value).toMatchObject({ researchReport: true, guide: true });
    expect(facts.typicalCases?.value).toBe(7);
  });
});

describe('member units written as one card each over their people', () => {
  const card = (name: string, place: string) => ['单位名称', name, '地区/类型', place];
  const units = (cards: string[][]) =>
    extractFacts(
      [
        page([
          '某共同体项目推荐表',
          '主要成员单位及人员（按单位分列）',
          ...cards.map((rows) => ({ kind: 'table' as const, rows: [rows] })),
        ]),
      ],
      { pack },
    ).memberUnits;

  it('reads each card as a unit with its place and type, leaving out the lead’s', () => {
    const fact = units([
      ['牵头单位', ...card('甲市第一中学', '甲市乙区／初中')],
      card('甲市凤鸣实验学校', '甲市乙区／九年一贯制'),
      card('丙县育英小学', '丙县／小学'),
    ]);
    expect(fact?.value).toEqual([
      { name: '甲市凤鸣实验学校', region: '甲市乙区', type: '九年一贯制' },
      { name: '丙县育英小学', region: '丙县', type: '小学' },
    ]);
    expect(isUncertain(fact!)).toBe(false);
  });

  it('reads no list from one card, and checks cards of different fields', () => {
    expect(units([card('甲市凤鸣实验学校', '甲市乙区／九年一贯制')])).toBeUndefined();
    const fact = units([
      card('甲市凤鸣实验学校', '甲市乙区／九年一贯制'),
      ['单位名称', '丙县育英小学'],
    ]);
    expect(isUncertain(fact!)).toBe(true);
  });
});

describe('member units numbered in brackets, each with its labelled fields', () => {
  it('reads the name after its own label, then the place and the type', () => {
    const facts = extractFacts(
      [
        page([
          '某共同体项目推荐表',
          '一、主要成员单位（不含牵头单位）',
          '〔1〕单位名称：甲市乙区明德中学所在地区：甲市乙区类型：【完全中学】',
          '〔2〕单位名称：丙县求是小学所在地区：丙县类型：【小学】',
          '二、核心成员',
        ]),
      ],
      { pack },
    );
    expect(facts.memberUnits?.value).toEqual([
      { name: '甲市乙区明德中学', region: '甲市乙区', type: '完全中学' },
      { name: '丙县求是小学', region: '丙县', type: '小学' },
    ]);
  });
});
