/**
 * Round 12 (held-out v11 as a development set): lists of titles under a heading whose lines
 * open with a bullet ("• A", "▶ A", "·A") instead of a number, read whole rather than as
 * their first line alone; titles set one per line in a ruled value cell (run together in the
 * page text) or in rows under it with nothing under the label.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

const cases = (lines: Parameters<typeof page>[0]) =>
  extractFacts([page(['某共同体项目推荐表', ...lines])], { pack: liaoning }).existingCases;

describe('existing cases', () => {
  it.each(['•', '▶ ', '·'])('reads every line of a list bulleted with "%s"', (bullet) => {
    const fact = cases([
      '已形成的典型案例',
      `${bullet}甲市智慧课堂应用案例`,
      `${bullet}基于平台的作业诊断案例`,
      `${bullet}七年级校本课程开发典型课例`,
      '前期工作基础',
      '项目组前期已组织校际联合教研活动12场。',
    ]);
    expect(fact?.value).toEqual([
      '甲市智慧课堂应用案例',
      '基于平台的作业诊断案例',
      '七年级校本课程开发典型课例',
    ]);
    expect(fact && isUncertain(fact)).toBe(false);
  });
});

/** A ruled label | value cell, the value written on lines of its own (a hand-filled grid). */
function cellOfLines(lines: string[]) {
  const items: TextItem[] = [
    item('项目名称', 60, 760),
    item('甲市智慧课堂区域实践共同体', 190, 760),
  ];
  const rulings: Ruling[] = [];
  const box = (x0: number, x1: number, top: number, bottom: number) =>
    rulings.push(
      { horizontal: true, at: top, from: x0, to: x1 },
      { horizontal: true, at: bottom, from: x0, to: x1 },
      { horizontal: false, at: x0, from: bottom, to: top },
      { horizontal: false, at: x1, from: bottom, to: top },
    );
  box(56, 186, 775, 750);
  box(186, 539, 775, 750);
  const bottom = 750 - 16 * lines.length - 10;
  box(56, 186, 750, bottom);
  box(186, 539, 750, bottom);
  items.push(item('已形成典型案例名称', 60, (750 + bottom) / 2));
  lines.forEach((l, i) => {
    items.push(item(l, 190, 736 - 16 * i));
  });
  items.push(
    item('前期工作基础', 60, bottom - 16),
    item('项目组前期已组织教研活动。', 190, bottom - 16),
  );
  box(56, 186, bottom, bottom - 25);
  box(186, 539, bottom, bottom - 25);
  return extractFacts([buildPageText(1, [0, 0, 595, 842], 0, items, rulings)], { pack: liaoning })
    .existingCases;
}

describe('titles one per line in a value cell', () => {
  it('reads each line of a ruled value cell as a title', () => {
    const fact = cellOfLines([
      '甲市智慧课堂应用案例',
      '基于平台的作业诊断案例',
      '七年级校本课程开发典型课例',
    ]);
    expect(fact?.value).toEqual([
      '甲市智慧课堂应用案例',
      '基于平台的作业诊断案例',
      '七年级校本课程开发典型课例',
    ]);
    expect(fact && isUncertain(fact)).toBe(false);
  });

  it('reads the rows under the value, nothing under the label, as titles', () => {
    const fact = cases([
      {
        kind: 'table',
        widths: [0.3, 0.7],
        rows: [
          [{ text: '已形成典型案例名称', rowspan: 3 }, '甲市智慧课堂应用案例'],
          ['基于平台的作业诊断案例'],
          ['七年级校本课程开发典型课例'],
          ['前期工作基础', '项目组前期已组织教研活动。'],
        ],
      },
    ]);
    expect(fact?.value).toEqual([
      '甲市智慧课堂应用案例',
      '基于平台的作业诊断案例',
      '七年级校本课程开发典型课例',
    ]);
    expect(fact && isUncertain(fact)).toBe(false);
  });
});

describe('questions and answers', () => {
  it('reads the answer under a numbered question as the asked field, never the question words', () => {
    const facts = extractFacts(
      [
        page([
          '某共同体项目申报书',
          '（1）共同体名称是什么？',
          '答：甲市智慧课堂区域共同体',
          '（2）推荐单位是什么？',
          '回答：甲市教育局',
          '（3）请填写牵头单位。',
          '填答：甲市第一中学',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('甲市智慧课堂区域共同体');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
    expect(facts.leadUnit?.value).toBe('甲市第一中学');
  });
});

describe('member units as boxes in a grid', () => {
  it('reads each box as a unit: its name on the first line, its fields on the next', () => {
    const items: TextItem[] = [
      item('项目名称：甲市智慧课堂区域实践共同体', 56, 780),
      item('牵头单位：甲市第一中学', 56, 760),
      item('主要成员单位（2个）', 56, 730),
    ];
    const rulings: Ruling[] = [];
    const boxes: [number, string, string, string][] = [
      [56, '甲市乙区实验小学', '所在地区：甲省甲市乙区', '学校类型：小学'],
      [300, '甲市丙县第二中学', '所在地区：甲省甲市丙县', '学校类型：初中'],
    ];
    for (const [x, ...lines] of boxes) {
      lines.forEach((l, i) => {
        items.push(item(l, x + 4, 700 - 16 * i));
      });
      rulings.push(
        { horizontal: true, at: 715, from: x, to: x + 230 },
        { horizontal: true, at: 660, from: x, to: x + 230 },
        { horizontal: false, at: x, from: 660, to: 715 },
        { horizontal: false, at: x + 230, from: 660, to: 715 },
      );
    }
    items.push(item('核心成员（2人）', 56, 630));
    const facts = extractFacts([buildPageText(1, [0, 0, 595, 842], 0, items, rulings)], {
      pack: liaoning,
    });
    expect(facts.memberUnits?.value).toEqual([
      { name: '甲市乙区实验小学', region: '甲省甲市乙区', type: '小学' },
      { name: '甲市丙县第二中学', region: '甲省甲市丙县', type: '初中' },
    ]);
    expect(facts.memberUnits && isUncertain(facts.memberUnits)).toBe(false);
  });
});

describe('fields set as an outline', () => {
  it('reads a field whose line opens with a bullet, its value stopping before the next bullet', () => {
    const facts = extractFacts(
      [
        page([
          '某共同体项目申报书',
          '◆ 基本信息',
          '◇ 共同体名称：甲市智慧课堂区域实践共同体◇ 主持单位：甲市乙区育才学校',
          '◇ 推荐单位名称：甲市教育局',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('甲市智慧课堂区域实践共同体');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
  });
});

describe('yes/no columns', () => {
  it('reads the options marked in the 是 column of a grid, none from the 否 column', () => {
    const yueyang = builtinPack('yueyang-2023-alliance');
    const facts = extractFacts(
      [
        page([
          '某联盟申报表',
          {
            kind: 'table',
            widths: [0.7, 0.15, 0.15],
            rows: [
              ['联盟学段', '是', '否'],
              ['小学', '●', ''],
              ['初中', '', '○'],
              ['高中', '●', ''],
            ],
          },
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.stages?.value).toEqual(['小学', '高中']);
    expect(facts.stages && isUncertain(facts.stages)).toBe(false);
  });
});

describe('a tick grid wrapped over lines', () => {
  it('reads the ticks on lines whose options the line breaks cut', () => {
    const yueyang = builtinPack('yueyang-2023-alliance');
    const facts = extractFacts(
      [
        page([
          '某联盟申报表',
          '（12）主持人申报条件（请在符合的选项前标记）',
          // Cut where the page wraps: the second line holds no whole option.
          ' ☐①在省级教学现场竞赛获二等奖以上✓②在全市“金鹮杯”教学大赛中获一等奖以上☐③主持过市级及以上课题且已结题✓④在“基础教育精品课”、“一师一优课”、“微课大赛”中获市级一等奖及以上☐⑤县市级专兼职教研员✓⑥具备一定科研能力公认的骨干教师',
          '（13）年度资源开发目标',
          '回答：360条',
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.hostQualifications?.value).toEqual([
      'jinhuanCup1stPlus',
      'qualityCourseMunicipal1stPlus',
      'backboneTeacher',
    ]);
  });
});

describe('a numbered question heading its list', () => {
  it('reads the numbered lines under the label, stopping where the numbers stop running on', () => {
    const fact = cases([
      '（9）典型案例名称（逐条列出）',
      '（1）甲市智慧课堂应用案例',
      '（2）基于平台的作业诊断案例',
      '（11）预期形成典型案例是什么？',
      '答：8个',
    ]);
    expect(fact?.value).toEqual(['甲市智慧课堂应用案例', '基于平台的作业诊断案例']);
    expect(fact && isUncertain(fact)).toBe(false);
  });
});
