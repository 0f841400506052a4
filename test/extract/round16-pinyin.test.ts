/**
 * Round 16 (v16 as a development set), the pinyin class: a web form imported by a word processor,
 * which drops the table borders and sets cells only a padding apart, so that pdf.js reads a row
 * as one run with spaces ("ZHANG San 张三 甲市第一中学 校长 高级教师"). People tables carry
 * romanised names (韦泽宇（WEI Zeyu）, WEI Zeyu 韦泽宇, a 姓名拼音 column); a pair's label and value,
 * and two pairs of one line, are parted by a space only.
 */

import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { withoutRomanisation } from '../../lib/extract/readers/person-spaced';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');

describe('a name with its romanisation beside it', () => {
  it('is the person named by the Han name, whichever order the script takes', () => {
    expect(withoutRomanisation('韦泽宇（WEI Zeyu） 甲市第一中学')).toBe('韦泽宇 甲市第一中学');
    expect(withoutRomanisation('WEI Zeyu 韦泽宇 甲市第一中学')).toBe('韦泽宇 甲市第一中学');
    expect(withoutRomanisation('韦泽宇 Zeyu WEI 甲市第一中学')).toBe('韦泽宇 甲市第一中学');
    expect(withoutRomanisation('GONGSUN Sheng 公孙昇')).toBe('公孙昇');
  });

  it('leaves Latin words that are no romanised name (no surname in capitals)', () => {
    expect(withoutRomanisation('张三 Python 甲市第一中学')).toBeUndefined();
    expect(withoutRomanisation('Scratch编程 张三')).toBeUndefined();
  });

  it('returns at once on a hostile line', () => {
    const started = cpuNow();
    expect(withoutRomanisation(`${'A'.repeat(300_000)}韦泽宇`)).toBeUndefined();
    expect(withoutRomanisation(`韦泽宇 ${'Ab '.repeat(100_000)}`)).toBeUndefined();
    expect(cpuNow() - started).toBeLessThan(1000);
  });
});

describe('a borderless form whose cells stand a padding apart', () => {
  it('reads a label and its value parted by a space, and a value up to the next label', () => {
    const facts = extractFacts(
      [
        page([
          '项目（共同体）名称 丙市创客农场共同体',
          '应用方向 农场数据看板 牵头单位 丙县实验小学',
          '推荐单位 丙市教育局',
          // Other pairs of the form stand as cells (a form of fields).
          {
            kind: 'table',
            rows: [
              ['类别', '智慧劳动教育'],
              ['实践起始时间', '2019年3月'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('丙市创客农场共同体');
    expect(facts.direction?.value).toBe('农场数据看板');
    expect(facts.leadUnit?.value).toBe('丙县实验小学');
  });

  it('reads people one to a row, the name beside its romanisation, under role and header', () => {
    const facts = extractFacts(
      [
        page([
          '项目名称 丙市创客农场共同体',
          '项目负责人',
          '姓 名 Name 工作单位 行政职务 专业技术职称',
          'ZHANG San 张三 丙县实验小学 校长 高级教师',
          '核心成员',
          '姓 名 Name 工作单位 行政职务 专业技术职称',
          '李四（LI Si） 丙市第二中学 教研组长 一级教师',
          '王小五 Xiaowu WANG 丙县城关中学 教师 二级教师',
          '已形成的典型案例：',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.host?.value).toEqual([
      { name: '张三', unit: '丙县实验小学', duty: '校长', title: '高级教师' },
    ]);
    expect(facts.coreMembers?.value).toEqual([
      { name: '李四', unit: '丙市第二中学', duty: '教研组长', title: '一级教师' },
      { name: '王小五', unit: '丙县城关中学', duty: '教师', title: '二级教师' },
    ]);
    expect(facts.coreMembers?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('parts a phone and a title run together with the cells beside them', () => {
    const facts = extractFacts(
      [
        page([
          '联盟名称 丙市数字合唱网络教研联盟',
          '辅导员',
          '姓名 姓名拼音 职务 职称 联系电话 所在单位',
          '赵六 Liu ZHAO 教研员高级教师13912345678丙县教育技术中心',
          '顾问',
          '姓名 姓名拼音 职务 职称 联系电话 所在单位',
          '核心成员',
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.counselors?.value).toEqual([
      {
        name: '赵六',
        duty: '教研员',
        title: '高级教师',
        phone: '13912345678',
        unit: '丙县教育技术中心',
      },
    ]);
    // A role's header with no row under it: the role has nobody.
    expect(facts.advisors?.value).toEqual([]);
  });

  it('reads a duty and a title run together in one cell as the two fields', () => {
    // A borderless table, the name's column holding the romanisation in brackets.
    const xs = [56, 120, 240, 340, 440];
    const rows = [
      ['角色', '姓名（拼音）', '所在单位', '职务', '职称'],
      ['核心成员', '钱七（QIAN Qi）', '丙市第二中学', '教研组长', '一级教师'],
      ['核心成员', '孙八（SUN Ba）', '丙县城关中学', '信息技术主任二级教师'],
      ['核心成员', '周九（ZHOU Jiu）', '丙县实验小学', '教师', '二级教师'],
    ];
    const items = rows.flatMap((r, k) => r.map((t, c) => item(t, xs[c]!, 700 - k * 20)));
    const facts = extractFacts([buildPageText(1, [0, 0, 595, 842], 0, items, [])], {
      pack: yueyang,
    });
    expect(facts.coreMembers?.value).toEqual([
      { name: '钱七', unit: '丙市第二中学', duty: '教研组长', title: '一级教师' },
      { name: '孙八', unit: '丙县城关中学', duty: '信息技术主任', title: '二级教师' },
      { name: '周九', unit: '丙县实验小学', duty: '教师', title: '二级教师' },
    ]);
  });
});

describe('an empty list is certain only when the role table is seen empty', () => {
  const withRow = (row: string[]) =>
    extractFacts(
      [
        page([
          '项目名称 丙市创客农场共同体',
          '核心成员',
          { kind: 'table', rows: [['姓名', '工作单位', '职称', '联系电话'], row] },
        ]),
      ],
      { pack: liaoning },
    );

  it('leaves an empty list for checking where the rows hold text no column read', () => {
    const fact = withRow(['CHANG Yan常龑丙县实验小学', '', '高级教师', '13912345678']).coreMembers;
    expect(fact?.value).toEqual([]);
    expect(fact?.confidence).toBeLessThan(0.6);
  });
});
