/**
 * Round 13 (held-out v13 as a development set): single values as offices write them: corrected
 * in a remarks column ("原为…，现改为…"), labelled without a colon in another type size, in
 * words the pack does not list, in running text that wraps, dates with typographic dashes.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

describe('values corrected in a remarks column', () => {
  const form = (rows: string[][]) =>
    extractFacts(
      [
        page([
          '教育信息化教学应用实践共同体项目推荐表（修改稿）',
          {
            kind: 'table',
            rows: [['项目', '填报内容', '备注'], ...rows],
            widths: [0.2, 0.25, 0.55],
          },
        ]),
      ],
      { pack: liaoning },
    );

  it('reads the value the remark corrects to, not the struck-out one beside it', () => {
    const facts = form([
      [
        '共同体名称',
        // The strike line cut the old name short; the new one stands on a line of its own.
        '甲直播推',
        '原为“甲直播推广共同体”，现改为“甲直播共同体”',
      ],
      ['推荐部门', '甲市教育局乙县教育局', '原为“甲市教育局”，现改为“乙县教育局”'],
      ['典型案例数量', '5个8个', '原为“5个”，现改为“8个”'],
    ]);
    expect(facts.projectName?.value).toBe('甲直播共同体');
    expect(facts.recommendingBody?.value).toBe('乙县教育局');
    expect(facts.typicalCases?.value).toBe(8);
    expect(facts.typicalCases && isUncertain(facts.typicalCases)).toBe(false);
  });

  it('leaves a value alone when the remark is about something the cell does not show', () => {
    const facts = form([
      ['推荐部门', '甲市教育局', '原为“丙市教育局”，现改为“丁市教育局”'],
      ['典型案例数量', '6个', '已盖章'],
    ]);
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
    expect(facts.typicalCases?.value).toBe(6);
  });
});

/**
 * Labels printed at 10.5 pt, values written in at 12 pt half a character after them, no colon
 * (a form filled in by hand or in a "handwriting" font).
 */
function filledInOtherType(pairs: [string, string][]) {
  const items: TextItem[] = [item('教育信息化教学应用实践共同体项目推荐表', 110, 790, 15)];
  pairs.forEach(([label, value], k) => {
    const y = 760 - 22 * k;
    items.push(item(label, 56, y, 10.5));
    items.push(item(value, 56 + 10.5 * label.length + 6, y + 1, 12));
  });
  return buildPageText(1, [0, 0, 595, 842], 0, items, []);
}

describe('values written in another type size after a label without a colon', () => {
  it('reads label and value as two cells, and the facts beside their labels', () => {
    const text = filledInOtherType([
      ['共同体名称', '甲市作业精准反馈实践共同体'],
      ['主持单位', '甲市乙区教师进修学校'],
      ['推荐部门', '甲市教育局'],
      ['开展实践时间', '2019.09'],
      ['典型案例数量', '８个'],
    ]);
    expect(text.lines[1]!.cells).toHaveLength(2);
    const facts = extractFacts([text], { pack: liaoning });
    expect(facts.projectName?.value).toBe('甲市作业精准反馈实践共同体');
    expect(facts.leadUnit?.value).toBe('甲市乙区教师进修学校');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
    expect(facts.practiceStart?.value).toBe('2019-09');
    expect(facts.typicalCases?.value).toBe(8);
  });

  it('leaves a line of mixed scripts whole (xeCJK sets digits larger, a small space apart)', () => {
    const text = buildPageText(
      1,
      [0, 0, 595, 842],
      0,
      [
        item('辽宁省', 124, 760, 12.5),
        item('2022', 167.5, 760, 15),
        item('年度推荐表', 207, 760, 12.5),
      ],
      [],
    );
    expect(text.lines[0]!.cells).toHaveLength(1);
  });
});

describe('a number labelled in words the pack does not list', () => {
  const yueyang = builtinPack('yueyang-2023-alliance');
  const target = (rows: string[][]) =>
    extractFacts(
      [page(['岳阳市网络教研联盟申报表', { kind: 'table', rows, widths: [0.45, 0.55] }])],
      { pack: yueyang },
    ).annualResourceTarget;

  it('reads a field naming the items and an amount (the notice’s own wording)', () => {
    const fact = target([
      ['联盟名称', '岳阳市初中编程网络教研联盟'],
      ['每年原创或深度二次加工资源计划', '三百条'],
    ]);
    expect(fact?.value).toBe(300);
  });

  it('leaves a count of the people who handle the items', () => {
    const fact = target([
      ['联盟名称', '岳阳市初中编程网络教研联盟'],
      ['资源内容审核管理员人数', '1'],
    ]);
    expect(fact).toBeUndefined();
  });
});

describe('dates set with typographic hyphens', () => {
  it.each(['\u2010', '\u2011', '\u2013', '\u2212'])(
    'reads 2016%s05 as a month and a day',
    (dash) => {
      const facts = extractFacts(
        [
          page([
            '教育信息化教学应用实践共同体项目推荐表',
            `共同体名称：甲市美育双师课堂实践共同体`,
            `开展实践时间：2016${dash}05`,
            `报送日期：2022${dash}09${dash}05`,
          ]),
        ],
        { pack: liaoning },
      );
      expect(facts.practiceStart?.value).toBe('2016-05');
      expect(facts.submittedOn?.value).toBe('2022-09-05');
    },
  );
});

describe('fields in a bulleted list', () => {
  it.each(['‧', '・', '·'])('reads "%s 带教青年教师数：15名" as a field', (bullet) => {
    const facts = extractFacts(
      [
        page([
          '江州市名师网络工作室申报表',
          `${bullet} 工作室名称：江州市历史某某名师网络工作室`,
          `${bullet} 带教青年教师数：15名`,
        ]),
      ],
      { pack: builtinPack('mingshi-2024-studio') },
    );
    expect(facts.trainees?.value).toBe(15);
  });
});

describe('a number after its label in running text', () => {
  it('reads "年龄36岁" in a sentence about the host', () => {
    const facts = extractFacts(
      [
        page([
          '岳阳市网络教研联盟申报书',
          '一、团队组成',
          '主持人：毛琳（正高级教师）。主持人性别男，年龄 36 岁，QQ或邮箱：yy787xk@126.com。',
        ]),
      ],
      { pack: builtinPack('yueyang-2023-alliance') },
    );
    expect(facts.hostAge?.value).toBe(36);
  });

  it('does not read a label over a row of values as the number after it', () => {
    const items = [
      item('教育信息化教学应用实践共同体项目推荐表', 110, 790, 15),
      item('预期典型案例数', 59, 700, 8),
      item('主要成员单位数', 311, 700, 8),
      item('八个', 60, 680),
      item('名单见佐证材料', 311, 680),
    ];
    const facts = extractFacts([buildPageText(1, [0, 0, 595, 842], 0, items, [])], {
      pack: liaoning,
    });
    expect(facts.memberUnitCount?.value).not.toBe(8);
  });
});

describe('bilingual labels with the English first', () => {
  it('reads "Project title项目名称" as the label 项目名称', () => {
    const facts = extractFacts(
      [
        page([
          '辽宁省教育信息化教学应用实践共同体项目申报书',
          {
            kind: 'table',
            rows: [
              ['Project title项目名称', '甲市劳动教育教研共同体'],
              ['Lead institution牵头单位', '甲市教育科学研究院'],
              ['Nominated by推荐单位', '甲市教育局'],
            ],
            widths: [0.45, 0.55],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('甲市劳动教育教研共同体');
    expect(facts.leadUnit?.value).toBe('甲市教育科学研究院');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
  });

  it('keeps a label that opens with a short upper-case word (QQ或邮箱)', () => {
    const facts = extractFacts(
      [
        page([
          '岳阳市网络教研联盟申报表',
          '联盟名称：岳阳市编程网络教研联盟',
          'QQ或邮箱：6745887575',
        ]),
      ],
      { pack: builtinPack('yueyang-2023-alliance') },
    );
    expect(facts.hostContact?.value).toBe('6745887575');
  });
});

describe('ticks opening the lines of a numbered list', () => {
  it('ties each tick to the option on its own line, not to the line above', () => {
    const facts = extractFacts(
      [
        page([
          '岳阳市网络教研联盟申报表',
          '联盟名称：岳阳市编程网络教研联盟',
          '主持人申报条件',
          '①在省级教学现场竞赛获二等奖以上',
          '②在全市“金鹮杯”教学大赛中获一等奖以上',
          '√ ③主持过市级及以上课题且已结题',
          '⑤县市级专兼职教研员',
          '资源开发计划',
        ]),
      ],
      { pack: builtinPack('yueyang-2023-alliance') },
    );
    expect(facts.hostQualifications?.value).toEqual(['municipalProjectCompleted']);
  });
});

/** A web form printed: labels right-aligned at x=195, values from x=211 (a 1.4 em gap). */
function webForm(pairs: [string, string][]) {
  const items: TextItem[] = [
    item('教育信息化教学应用实践共同体项目申请表（在线填报）', 74, 790, 15),
  ];
  pairs.forEach(([label, value], k) => {
    const y = 700 - 30 * k;
    items.push(item(label, 195 - 11 * label.length, y), item(value, 211, y));
  });
  return buildPageText(1, [0, 0, 595, 842], 0, items, []);
}

describe('a web form printed, labels right-aligned in a column', () => {
  it('reads each label as a cell beside its value', () => {
    const facts = extractFacts(
      [
        webForm([
          ['项目名称', '丹东振安德育教研共同体'],
          ['应用方向', '红色文化数字资源育人'],
          ['主持单位', '丹东市振安区教师进修学校'],
          ['推荐单位', '丹东市教育局'],
          ['实践起始年月', '2020年3月'],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('丹东振安德育教研共同体');
    expect(facts.leadUnit?.value).toBe('丹东市振安区教师进修学校');
    expect(facts.recommendingBody?.value).toBe('丹东市教育局');
    expect(facts.practiceStart?.value).toBe('2020-03');
  });

  it('leaves the same word over and over (a header heading table after table) as it was', () => {
    const text = webForm([
      ['序号', '姓名'],
      ['序号', '姓名'],
      ['序号', '姓名'],
    ]);
    expect(text.lines[1]!.cells).toHaveLength(1);
  });
});
