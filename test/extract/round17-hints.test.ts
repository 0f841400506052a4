/**
 * Round 17 (held-out v17 as a development set): the template's own text that is not a value.
 * (a) Guidance left in the cells beside, under or above the value — "（限20字以内，须准确概括申报
 * 内容方向）", "（填写全称）", "（如：2019年9月；须开展2年以上实践）", "（6—8个）", "（盖章）", "（列出案例
 * 名称，可附页）", a "（可加行）" row — is no part of any value, and a field holding only guidance
 * is empty. (b) A 填表说明 page before the form, with example values (示例：XX市第一中学, 示例：
 * 2019年9月, an example people row), is not read for facts.
 */

import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { UNCERTAIN } from '../../lib/facts/standard';
import { isGuidance, onlyGuidance, withoutGuidance } from '../../lib/pdf/structure/guidance';
import { withoutInstructions } from '../../lib/pdf/structure/instructions';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');

describe('guidance notes in brackets', () => {
  it('tells guidance from a bracket that belongs to the value', () => {
    for (const note of [
      '限20字以内，须准确概括申报内容方向',
      '填写全称',
      '如：2019年9月；须开展2年以上实践',
      '不少于4个，不含牵头单位',
      '6—8个',
      '8-15人，只能加入一个联盟',
      '盖章',
      '在□内打√，可多选',
      '可加行',
      '列出案例名称，可附页',
      '以一册书为单位，限选一册',
      '四选一',
      '江州市+学科+姓名+名师网络工作室',
      '县市区教育技术部门',
      '年月，如2021年9月',
      '由组织单位填写',
    ]) {
      expect(isGuidance(note), note).toBe(true);
    }
    for (const own of [
      '试行',
      '初中部',
      '人工智能+教育',
      '√',
      '____',
      '2022',
      '智慧课堂',
      '含分校',
      '一',
      '辽宁',
      // The applicant's own answer for a grade-volume field, not the template's note.
      '以主题为单位，不对应具体册次',
    ]) {
      expect(isGuidance(own), own).toBe(false);
    }
  });

  it('strips notes before, after and between, and leaves other brackets alone', () => {
    expect(withoutGuidance('（限20字以内）甲市数字书法共同体')).toBe('甲市数字书法共同体');
    expect(withoutGuidance('甲市教育局（盖章）')).toBe('甲市教育局');
    expect(withoutGuidance('二十四节（不少于 12 节）')).toBe('二十四节');
    expect(withoutGuidance('甲市第一中学（初中部）')).toBe('甲市第一中学（初中部）');
    expect(onlyGuidance('（填写全称）')).toBe(true);
    expect(onlyGuidance('甲市第一中学')).toBe(false);
  });

  it('stays linear on a hostile line of 300,000 characters', () => {
    const line = '（如：'.repeat(50_000) + '甲）'.repeat(50_000);
    const t0 = cpuNow();
    withoutGuidance(line);
    withoutGuidance('（限'.repeat(150_000));
    expect(cpuNow() - t0).toBeLessThan(2000);
  });
});

describe('a form whose cells keep the template guidance', () => {
  const form = (after: boolean) => {
    const cell = (value: string, note: string) => (after ? `${value}${note}` : `${note}${value}`);
    return page([
      '辽宁省2022年度教育信息化教学应用实践共同体项目推荐表',
      {
        kind: 'table',
        rows: [
          ['项目名称', cell('甲市数字书法美育共同体', '（限20字以内，须准确概括申报内容方向）')],
          ['牵头单位', cell('甲市第一中学', '（填写全称）')],
          ['推荐单位', cell('甲市教育局', '（盖章）')],
          ['实践起始时间', cell('2020年3月', '（如：2019年9月；须开展2年以上实践）')],
          ['预期典型案例数', cell('七个', '（6—8个）')],
          ['已形成的典型案例', cell('1.甲案例2.乙案例', '（列出案例名称，可附页）')],
        ],
        widths: [0.25, 0.75],
      },
      '申报单位（盖章）　　　　年　　月　　日',
    ]);
  };

  for (const after of [true, false]) {
    it(`reads the values without the notes (notes ${after ? 'after' : 'before'} them)`, () => {
      const facts = extractFacts([form(after)], { pack: liaoning, deadline: '2022-09-15' });
      expect(facts.projectName?.value).toBe('甲市数字书法美育共同体');
      expect(facts.leadUnit?.value).toBe('甲市第一中学');
      expect(facts.recommendingBody?.value).toBe('甲市教育局');
      expect(facts.practiceStart?.value).toBe('2020-03');
      expect(facts.typicalCases?.value).toBe(7);
      expect(facts.existingCases?.value).toEqual(['甲案例', '乙案例']);
    });
  }

  it("leaves a field holding only its note empty, and a stamp line's date blank is no unit", () => {
    const p = page([
      {
        kind: 'table',
        rows: [
          ['项目名称', '甲市数字书法美育共同体'],
          ['牵头单位', '（填写全称）'],
        ],
        widths: [0.25, 0.75],
      },
      '申报单位（盖章）　　　　年　　月　　日',
    ]);
    const facts = extractFacts([p], { pack: liaoning });
    expect(facts.projectName?.value).toBe('甲市数字书法美育共同体');
    expect(facts.leadUnit?.value).toBeUndefined();
  });
});

describe('a 填表说明 page before the form', () => {
  const notes = page([
    '填表说明',
    '1.项目名称：按应用方向规范填写，字数控制在20字以内。示例：XX市智慧体育课堂教学实践共同体',
    '2.牵头单位：填写全称并加盖公章。示例：XX市第一中学',
    '3.实践起始时间：须开展2年以上实践。示例：2019年9月',
    '4.预期典型案例数：示例：6个',
    '填写示例：',
    {
      kind: 'table',
      rows: [
        ['姓名', '所在单位', '职务', '职称'],
        ['王晓明（示例）', '某某中学', '教务主任', '高级教师'],
      ],
    },
    '（本页为填表说明，不作为申报内容）',
  ]);
  const form = page(
    [
      '教育信息化教学应用实践共同体项目推荐表',
      {
        kind: 'table',
        rows: [
          ['共同体名称', '乙市智慧体育共同体'],
          ['主持单位', '乙市第三小学'],
        ],
        widths: [0.25, 0.75],
      },
    ],
    2,
  );

  it('reads the form, not the examples', () => {
    const facts = extractFacts([notes, form], { pack: liaoning, deadline: '2022-09-15' });
    expect(facts.projectName?.value).toBe('乙市智慧体育共同体');
    expect(facts.leadUnit?.value).toBe('乙市第三小学');
    // The form states neither: the examples are not taken for them.
    expect(facts.practiceStart).toBeUndefined();
    expect(facts.typicalCases).toBeUndefined();
    expect(JSON.stringify(facts)).not.toMatch(/王晓明|某某中学|XX市/);
  });

  it('reads the form that starts under the notes on the same page, from its title on', () => {
    const one = page([
      '填表说明',
      '1.网络教研联盟名称：示例：XX县小学信息科技网络教研联盟',
      '2.主持人所在单位：示例：XX县实验小学',
      '岳阳市中小学信息科技（技术）“网络教研联盟”申报表',
      {
        kind: 'table',
        rows: [
          ['网络教研联盟名称', '丙县小学编程网络教研联盟'],
          ['所在单位', '丙县实验小学'],
        ],
        widths: [0.3, 0.7],
      },
    ]);
    const facts = extractFacts([one], { pack: yueyang });
    expect(facts.projectName?.value).toBe('丙县小学编程网络教研联盟');
    expect(facts.projectName?.confidence).toBeGreaterThanOrEqual(UNCERTAIN);
  });

  it('ends notes set under the form’s title with their numbered items, the form going on below', () => {
    const inset = page([
      '甲省2022年度实践共同体项目推荐表',
      '填写说明',
      // Wraps at the right margin (page() breaks lines of more than 43 characters).
      '1.本表由共同体牵头单位填写，经市级教育行政部门审核后报送，纸质版一式两份，双面打印，须加盖公章。',
      '2.表中“主要成员单位”不含牵头单位。',
      '推荐单位（盖章）：戊市教育局',
      '项目名称：戊市数字阅读实践共同体',
    ]);
    const facts = extractFacts([inset], { pack: liaoning });
    expect(facts.projectName?.value).toBe('戊市数字阅读实践共同体');
    expect(facts.recommendingBody?.value).toBe('戊市教育局');
    // The wrapped line of item 1 is the notes' still.
    const kept = withoutInstructions([inset])[0]!;
    const texts = kept.lines.map((l) => kept.text.slice(l.start, l.end).trim());
    expect(texts.some((t) => t.includes('须加盖公章'))).toBe(false);
    expect(texts).toContain('推荐单位（盖章）：戊市教育局');
  });

  it('keeps a one-line note and a document of notes alone as they are', () => {
    const inline = page(['填表说明：①请如实填写；②人员信息可另附页。', '项目名称：丁市共同体']);
    expect(withoutInstructions([inline])[0]!.lines.length).toBe(inline.lines.length);
    expect(withoutInstructions([notes])[0]!.lines.length).toBe(notes.lines.length);
  });

  it('stays quick on a page of a heading and a hostile line of 300,000 characters', () => {
    const p = buildPageText(
      1,
      [0, 0, 595, 842],
      0,
      [item('填表说明', 56, 780), item('表'.repeat(300_000), 56, 760)],
      [],
    );
    const t0 = cpuNow();
    withoutInstructions([p, form]);
    expect(cpuNow() - t0).toBeLessThan(2000);
  });
});
