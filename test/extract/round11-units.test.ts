/**
 * Round 11 (held-out v9 as a development set): member-unit lists in the layouts it showed
 * (two-column numbered lists without borders, qualified column heads, a numbers column run
 * into the names'), the count standing only for names not given, option rows in brackets
 * ("【√】"), labels qualified by the level of government, and a word drawn over its cell's
 * border.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const mingshi = builtinPack('mingshi-2024-studio');

/** Free lines of runs [x, text], 11 pt, `pitch` units apart: no borders. */
function freeLines(lines: [number, string][][], pitch = 24) {
  const items: TextItem[] = [];
  lines.forEach((runs, i) => {
    for (const [x, text] of runs) items.push(item(text, x, 760 - i * pitch));
  });
  return buildPageText(1, [0, 0, 595, 842], 0, items, []);
}

describe('member units', () => {
  it('reads a two-column numbered list without borders under its heading', () => {
    const facts = extractFacts(
      [
        freeLines([
          [[56, '工作室名称：甲市小学数学名师网络工作室']],
          [[56, '成员所在学校']],
          [
            [56, '序号'],
            [150, '成员单位名称'],
          ],
          [
            [56, '1'],
            [150, '甲市第一小学'],
          ],
          [
            [56, '2'],
            [150, '甲市乙区实验小学'],
          ],
          [
            [56, '3'],
            [150, '甲市丙县中心小学'],
          ],
          [[56, '一、前期研修情况']],
        ]),
      ],
      { pack: mingshi },
    );
    expect(facts.memberSchools?.value).toEqual([
      { name: '甲市第一小学' },
      { name: '甲市乙区实验小学' },
      { name: '甲市丙县中心小学' },
    ]);
    expect(isUncertain(facts.memberSchools!)).toBe(false);
  });

  it('reads a borderless list with a place and a type, its number head run into the name head', () => {
    const facts = extractFacts(
      [
        freeLines(
          [
            [[56, '主要成员单位']],
            [
              [56, '序号单位名称'],
              [300, '所在地区'],
              [420, '类型'],
            ],
            [
              [56, '1'],
              [100, '甲市站前区北京路学校'],
              [300, '甲市站前区'],
              [420, '九年一贯制学校'],
            ],
            [
              [56, '2'],
              [100, '甲市阳光小学'],
              [300, '甲市站前区'],
              [420, '小学'],
            ],
            // Rows as far apart as a table ruled by horizontal lines only sets them.
          ],
          30,
        ),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits?.value).toEqual([
      { name: '甲市站前区北京路学校', region: '甲市站前区', type: '九年一贯制学校' },
      { name: '甲市阳光小学', region: '甲市站前区', type: '小学' },
    ]);
    expect(isUncertain(facts.memberUnits!)).toBe(false);
  });

  it('reads no list where a name runs over the next column (columns run together)', () => {
    const facts = extractFacts(
      [
        freeLines(
          [
            [[56, '主要成员单位']],
            [
              [56, '序号单位名称'],
              [178, '地区'],
              [254, '类型'],
            ],
            [
              [56, '1'],
              [93, '吉林省长春市朝阳吉林省长春市朝小学'],
            ],
            [
              [93, '区实验小学'],
              [178, '阳区'],
            ],
          ],
          30,
        ),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits).toBeUndefined();
  });

  it('reads the rows beside the section label merged down over them, without a header', () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [
              ['牵头单位', '甲市新华高级中学', ''],
              [{ text: '主要成员单位', rowspan: 3 }, '甲市铁西区职业技术学校', '中职'],
              ['乙市第五中学', '初中'],
              ['丙市南京街中学', '初中'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits?.value).toEqual([
      { name: '甲市铁西区职业技术学校', type: '中职' },
      { name: '乙市第五中学', type: '初中' },
      { name: '丙市南京街中学', type: '初中' },
    ]);
    expect(isUncertain(facts.memberUnits!)).toBe(false);
  });

  it("takes a people table's schools for no list of schools", () => {
    const facts = extractFacts(
      [
        page([
          '成员所在学校',
          {
            kind: 'table',
            rows: [
              ['主持人成员姓名', '所在学校', '职称'],
              ['张三', '甲市第一小学', '高级教师'],
            ],
          },
        ]),
      ],
      { pack: mingshi },
    );
    expect(facts.memberSchools).toBeUndefined();
  });

  it('reads a name column whose head qualifies the pack label, and ends at rows of another part', () => {
    const facts = extractFacts(
      [
        page([
          '牵头单位：甲市第一中学',
          {
            kind: 'table',
            rows: [
              ['序号', '参与单位成员单位名称', '单位类型'],
              ['1', '甲市第二中学', '初中'],
              ['2', '甲市第三小学', '小学'],
              ['前期实践', '共同体自2020年起开展实践。', ''],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits?.value).toEqual([
      { name: '甲市第二中学', type: '初中' },
      { name: '甲市第三小学', type: '小学' },
    ]);
  });

  it('reads names in a sentence with their type in brackets and a count "共六个（所）"', () => {
    const facts = extractFacts(
      [
        page([
          '参与单位共三个（所），分别是：甲市第二中学（初中）、甲市第三小学（小学）、甲市乙区青年学校（九年一贯制学校）。',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits?.value).toEqual([
      { name: '甲市第二中学', type: '初中' },
      { name: '甲市第三小学', type: '小学' },
      { name: '甲市乙区青年学校', type: '九年一贯制学校' },
    ]);
    // The count stands for names not given: with the names read it is no fact of its own.
    expect(facts.memberUnitCount).toBeUndefined();
  });

  it('reads no list from a sentence that counts the units without naming them', () => {
    const facts = extractFacts(
      [page(['主要成员单位共5所，均为甲市所属中小学（名单附后备查）。'])],
      { pack: liaoning },
    );
    expect(facts.memberUnits).toBeUndefined();
    expect(facts.memberUnitCount?.value).toBe(5);
  });
});

describe('text fields', () => {
  it('reads the option ticked in brackets, on the line the row wraps onto', () => {
    const facts = extractFacts(
      [
        freeLines([
          [[56, '（八）所属类别：【】智慧德育【】智慧体育【】智慧美育【】智慧']],
          [[56, '评价【√】智慧课堂【】智慧阅读']],
          [[56, '（九）成员单位：']],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.category?.value).toBe('智慧课堂');
  });

  it('reads a label qualified by the level of government (市级推荐单位)', () => {
    const facts = extractFacts(
      [
        freeLines([
          [
            [56, '市级推荐单位'],
            [180, '甲市教育局'],
          ],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
  });
});

describe('mingshi', () => {
  it('reads the host school a sentence says the studio is built on (依托…建设)', () => {
    const facts = extractFacts(
      [
        page([
          '工作室名称为“甲市音乐名师网络工作室”，依托甲市临江县第五小学建设，由临江县教育局推荐。',
        ]),
      ],
      { pack: mingshi },
    );
    expect(facts.leadUnit?.value).toBe('甲市临江县第五小学');
  });

  it("reads the planned outcomes on into the next page's line", () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [['建设成果', '建设期满形成：精品课程资源包1套、小学体育教学案']],
            widths: [0.2, 0.8],
          },
        ]),
        page(['例集1部、形成工作室年度研修报告。'], 2),
      ],
      { pack: mingshi },
    );
    expect(facts.plannedOutputs?.value).toMatchObject({
      courseResources: true,
      caseCollection: true,
    });
  });
});

describe('headings with a box for a bullet', () => {
  it('reads the sections under "■ 预期成果" and "■ 已有典型案例" set larger than the text', () => {
    const items: TextItem[] = [];
    const lines: [string, number][] = [
      ['■ 预期成果', 13],
      ['本共同体计划形成研究报告1份，编制应用指南1册。', 10.5],
      ['■ 已有典型案例', 13],
      ['1.甲市智慧农场实践案例', 10.5],
      ['2.乙县数据教学应用案例', 10.5],
      ['申报单位意见：', 10.5],
      ['情况属实，同意申报。', 10.5],
    ];
    for (const [i, [text, size]] of lines.entries()) items.push(item(text, 60, 760 - i * 22, size));
    const facts = extractFacts([buildPageText(1, [0, 0, 595, 842], 0, items, [])], {
      pack: liaoning,
    });
    expect(facts.expectedOutcomes?.value).toMatchObject({ researchReport: true, guide: true });
    expect(facts.existingCases?.value).toEqual(['甲市智慧农场实践案例', '乙县数据教学应用案例']);
  });
});

describe('a summary table of one wide row', () => {
  it('reads the row under a header of count columns (辅导员人数, 核心成员人数…)', () => {
    const heads = [
      '序号',
      '网络教研联盟名称',
      '主持人所在单位',
      '推选单位',
      'QQ或邮箱',
      '申报条件',
    ];
    const counts = [
      '年级册',
      '研究方向',
      '联盟主持人',
      '辅导员人数',
      '联盟顾问人数',
      '核心成员人数',
    ];
    const values = ['1', '甲县编程教育联盟', '甲县第一中学', '甲县教育局', '12345@qq.com', '③'];
    const more = ['七下', '编程教育', '张三', '1', '1', '10'];
    const header = [...heads, ...counts];
    const row = [...values, ...more];
    const width = 45;
    const items: TextItem[] = [];
    const rulings: Ruling[] = [];
    const x = (i: number) => 30 + i * width;
    for (const [r, cells] of [header, row].entries()) {
      const top = 700 - r * 20;
      for (const [i, text] of cells.entries()) items.push(item(text, x(i) + 2, top - 12, 5));
      rulings.push({ horizontal: true, at: top, from: x(0), to: x(header.length) });
    }
    rulings.push({ horizontal: true, at: 660, from: x(0), to: x(header.length) });
    for (let i = 0; i <= header.length; i++) {
      rulings.push({ horizontal: false, at: x(i), from: 660, to: 700 });
    }
    const facts = extractFacts([buildPageText(1, [0, 0, 842, 595], 0, items, rulings)], {
      pack: builtinPack('yueyang-2023-alliance'),
    });
    expect(facts.projectName?.value).toBe('甲县编程教育联盟');
    expect(facts.leadUnit?.value).toBe('甲县第一中学');
  });
});

describe('layout', () => {
  it("keeps a word drawn over its cell's right border in its own cell", () => {
    // Two ruled cells side by side; "abc@qq.c" overruns the border at x = 200 and "om" is
    // glued to it, its centre in the next cell.
    const rulings: Ruling[] = [
      { horizontal: true, at: 700, from: 100, to: 300 },
      { horizontal: true, at: 680, from: 100, to: 300 },
      { horizontal: false, at: 100, from: 680, to: 700 },
      { horizontal: false, at: 200, from: 680, to: 700 },
      { horizontal: false, at: 300, from: 680, to: 700 },
    ];
    const email = item('abcdefghijklmnopq@qq.c', 104, 686, 8);
    const width = email.width;
    const rest = item('om', 104 + width, 686, 8);
    const text = buildPageText(1, [0, 0, 595, 842], 0, [email, rest], rulings);
    expect(text.text).toContain('abcdefghijklmnopq@qq.com');
  });
});
