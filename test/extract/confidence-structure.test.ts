/**
 * Confidence by structure (issue 11, round 7): a value is proposed as certain only when the
 * structure it was read from leaves no doubt, and as uncertain (still proposed) otherwise. Each
 * case is a small made-up page of one structural class; each pairs a clear structure, proposed
 * as certain, with the same people in a doubtful one.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { sameShape, statedCount } from '../../lib/extract/readers/people-structure';
import { partKind } from '../../lib/extract/readers/person-parts';
import { wrapsInsideWord } from '../../lib/extract/readers/wrapped-cells';
import type { DocCell, DocumentLayout } from '../../lib/pdf/structure/document';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');
const certain = (c?: number) => (c ?? 1) >= 0.6;
const names = (v: unknown) => (v as { name: string }[] | undefined)?.map((p) => p.name);

const HEADER = ['姓名', '所在单位', '职务', '职称', '联系电话'];
const row = (name: string, n: number) => [
  name,
  '甲市第一中学',
  '教师',
  '一级教师',
  `1380000000${n}`,
];

describe('people: the count a role label states', () => {
  it('reads a count, not a floor or a range quoted from the notice', () => {
    expect(statedCount('核心成员（共8人）')).toBe(8);
    expect(statedCount('顾问2名')).toBe(2);
    expect(statedCount('核心成员（三人）')).toBe(3);
    expect(statedCount('核心成员（不少于5人）')).toBeUndefined();
    expect(statedCount('核心成员（3-8人）')).toBeUndefined();
    expect(statedCount('核心成员')).toBeUndefined();
  });

  it('proposes a table whose rows disagree with the stated count as uncertain', () => {
    const read = (label: string) =>
      extractFacts(
        [
          page([
            label,
            { kind: 'table', rows: [HEADER, row('范艳丹', 1), row('宋英燕', 2), row('李明', 3)] },
          ]),
        ],
        { pack: liaoning },
      ).coreMembers;
    const agrees = read('（三）核心成员（共3人）');
    expect(names(agrees?.value)).toEqual(['范艳丹', '宋英燕', '李明']);
    expect(certain(agrees?.confidence)).toBe(true);
    const differs = read('（三）核心成员（共4人）');
    expect(names(differs?.value)).toEqual(['范艳丹', '宋英燕', '李明']);
    expect(certain(differs?.confidence)).toBe(false);
  });
});

describe('people: records of one shape', () => {
  it('compares the fields each record fills', () => {
    expect(
      sameShape([
        { name: '甲乙', unit: '某校' },
        { name: '丙丁', unit: '某校' },
      ]),
    ).toBe(true);
    expect(
      sameShape([
        { name: '甲乙', unit: '某校' },
        { name: '丙丁', phone: '13800000001' },
      ]),
    ).toBe(false);
  });
});

describe('people: a table continued on the next page', () => {
  const read = (repeatHeader: boolean) =>
    extractFacts(
      [
        page(['（三）核心成员', { kind: 'table', rows: [HEADER, row('范艳丹', 1)] }]),
        page(
          [
            { kind: 'table', rows: [...(repeatHeader ? [HEADER] : []), row('宋英燕', 2)] },
            '四、建设基础',
          ],
          2,
        ),
      ],
      { pack: liaoning },
    ).coreMembers;

  it('is certain when the header is repeated over the rows of the new page', () => {
    const core = read(true);
    expect(names(core?.value)).toEqual(['范艳丹', '宋英燕']);
    expect(certain(core?.confidence)).toBe(true);
  });

  it('is uncertain when rows were joined to it by position only', () => {
    const core = read(false);
    expect(names(core?.value)).toContain('范艳丹');
    expect(certain(core?.confidence)).toBe(false);
  });
});

describe('people: a role column', () => {
  it("is uncertain for rows below a label's cell that is not drawn over them", () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            widths: [0.14, 0.14, 0.28, 0.2, 0.24],
            rows: [
              ['角色', '姓名', '职务/职称', '联系方式', '所在单位'],
              ['主持人', '朱梓国', '信息中心主任/正高级教师', '13800000001', '甲县第二中学'],
              [
                { text: '顾问', rowspan: 2 },
                '邱佳',
                '校长/正高级教师',
                '13800000002',
                '乙县第九中学',
              ],
              ['刘梓曦', '校长/正高级教师', '13800000003', '乙县第九中学'],
              // A row with no role cell at all: the role above goes on by position only.
              [{ text: '', rowspan: 1 }, '贾博', '教师/二级教师', '13800000004', '丙县实验学校'],
            ],
          },
        ]),
      ],
      { pack: yueyang },
    );
    expect(certain(facts.host?.confidence)).toBe(true);
    expect(names(facts.advisors?.value)).toEqual(['邱佳', '刘梓曦', '贾博']);
    expect(certain(facts.advisors?.confidence)).toBe(false);
  });
});

describe('people: two structures naming different people for one role', () => {
  it('is uncertain when a card names someone the table does not', () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [
              ['项目名称', '某某共同体'],
              ['项目负责人', '王立新'],
            ],
          },
          '（二）项目负责人',
          { kind: 'table', rows: [HEADER, row('范艳丹', 1)] },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.host?.value).toBeDefined();
    expect(certain(facts.host?.confidence)).toBe(false);
  });

  it('is certain when the card names the same person as the table', () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [
              ['项目名称', '某某共同体'],
              ['项目负责人', '范艳丹'],
            ],
          },
          '（二）项目负责人',
          { kind: 'table', rows: [HEADER, row('范艳丹', 1)] },
        ]),
      ],
      { pack: liaoning },
    );
    expect(names(facts.host?.value)).toEqual(['范艳丹']);
    expect(certain(facts.host?.confidence)).toBe(true);
  });
});

describe('people: appointments in running text', () => {
  it('are proposed as uncertain', () => {
    const facts = extractFacts(
      [page(['本项目由甲市第一中学牵头。项目负责人王立新，校长，高级教师，负责统筹全局工作。'])],
      { pack: liaoning },
    );
    expect(facts.host?.value).toEqual([{ name: '王立新', duty: '校长', title: '高级教师' }]);
    expect(certain(facts.host?.confidence)).toBe(false);
  });
});

describe('member units', () => {
  const table = {
    kind: 'table' as const,
    rows: [
      ['序号', '单位名称', '所在地区'],
      ['1', '甲市第一中学', '甲市乙区'],
      ['2', '甲市实验小学', '甲市丙区'],
    ],
  };
  const units = (blocks: Parameters<typeof page>[0]) =>
    extractFacts([page(blocks)], { pack: liaoning }).memberUnits;

  it('are certain from a table under the fact’s heading', () => {
    const found = units(['（二）主要成员单位', table]);
    expect(found?.value).toEqual([
      { name: '甲市第一中学', region: '甲市乙区' },
      { name: '甲市实验小学', region: '甲市丙区' },
    ]);
    expect(certain(found?.confidence)).toBe(true);
  });

  it('are uncertain from a unit table under another heading', () => {
    const found = units(['五、经费预算说明', '附：近三年交流活动学校一览', table]);
    expect((found?.value as { name: string }[] | undefined)?.map((u) => u.name)).toEqual([
      '甲市第一中学',
      '甲市实验小学',
    ]);
    expect(certain(found?.confidence)).toBe(false);
  });

  it('are certain from a sentence only when the count stated with the list agrees', () => {
    const counted = units(['主要成员单位共2所：甲市第一中学、甲市实验小学。']);
    expect(counted?.value).toEqual([{ name: '甲市第一中学' }, { name: '甲市实验小学' }]);
    expect(certain(counted?.confidence)).toBe(true);
    const uncounted = units(['主要成员单位包括甲市第一中学、甲市实验小学。']);
    expect(uncounted?.value).toEqual([{ name: '甲市第一中学' }, { name: '甲市实验小学' }]);
    expect(certain(uncounted?.confidence)).toBe(false);
  });
});

describe('choice grids', () => {
  const read = (lines: string[]) => extractFacts([page(lines)], { pack: yueyang });

  it('are certain when every tick stands beside one option of the labelled grid', () => {
    const facts = read([
      '年级册：■七上 □七下 ■八上 □八下',
      '研究类别：□人工智能 ■编程教育 □机器人教育 □创客教育',
    ]);
    expect(facts.gradeVolumes?.value).toEqual(['七上', '八上']);
    expect(certain(facts.gradeVolumes?.confidence)).toBe(true);
    expect(facts.researchCategory?.value).toBe('编程教育');
    expect(certain(facts.researchCategory?.confidence)).toBe(true);
  });

  it('are uncertain when a tick stands beside no option the pack knows', () => {
    const facts = read([
      '年级册：■七上 □七下 □八上 ■选修一',
      '研究类别：□人工智能 ■编程教育 □机器人教育 □创客教育',
    ]);
    expect(facts.gradeVolumes?.value).toEqual(['七上']);
    expect(certain(facts.gradeVolumes?.confidence)).toBe(false);
  });

  it('are uncertain when the grid is found only as a line naming options, away from the label', () => {
    const facts = read(['本联盟研究方向如下。', '□人工智能 ■编程教育 □机器人教育 □创客教育']);
    expect(facts.researchCategory?.value).toBe('编程教育');
    expect(certain(facts.researchCategory?.confidence)).toBe(false);
  });

  it('leave another structure uncertain when the labelled grid has two ticks for one choice', () => {
    const facts = read([
      '研究类别：□人工智能 ■编程教育 ■机器人教育 □创客教育',
      '本联盟以编程教育为研究类别开展研究。',
    ]);
    if (facts.researchCategory) expect(certain(facts.researchCategory.confidence)).toBe(false);
  });
});

describe('people: rows read as fields', () => {
  it('are uncertain when the row holds values no label accounts for (a roster without rulings)', () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [
              ['联盟名称', '某某网络教研联盟'],
              ['主持人', '白鑫', '信息技术', '教师/高级教师', '15064095974'],
            ],
          },
        ]),
      ],
      { pack: yueyang },
    );
    expect(names(facts.host?.value)).toEqual(['白鑫']);
    expect(certain(facts.host?.confidence)).toBe(false);
  });

  it('are certain when every cell is a label or its value', () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [
              ['联盟名称', '某某网络教研联盟'],
              ['主持人', '白鑫', '联系电话', '15064095974'],
            ],
          },
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.host?.value).toEqual([{ name: '白鑫', phone: '15064095974' }]);
    expect(certain(facts.host?.confidence)).toBe(true);
  });
});

describe('people: a table with rows no role took', () => {
  it('is uncertain when a named row of the table was left unread', () => {
    const facts = extractFacts(
      [
        page([
          '（三）核心成员',
          {
            kind: 'table',
            rows: [
              // A role column whose second row names no role of the pack: that row is unread.
              // (A 分工 column of tasks alone is no role column: round11-people.test.ts.)
              ['角色', '姓名', '所在单位', '职称'],
              ['核心成员', '范艳丹', '甲市第一中学', '一级教师'],
              ['工作人员', '宋英燕', '乙市泉水学校', '高级教师'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(names(facts.coreMembers?.value)).toContain('范艳丹');
    expect(certain(facts.coreMembers?.confidence)).toBe(false);
  });
});

describe('a cell wrapped inside a word', () => {
  // A cell 100 units wide and two lines high; items as pdf.js gives them, one per line.
  const cell = (text: string) => ({ text, page: 1, rect: [0, 0, 100, 40] }) as unknown as DocCell;
  const doc = (lines: string[]) =>
    ({
      page: () => ({
        items: lines.map((str, i) => ({ str, rect: [4, 24 - i * 14, 90, 34 - i * 14] })),
      }),
    }) as unknown as DocumentLayout;

  it('is a guess between two Latin letters or after a colon', () => {
    expect(
      wrapsInsideWord(doc(['信息技术/App Invent', 'or']), cell('信息技术/App Invent or')),
    ).toBe(true);
    expect(wrapsInsideWord(doc(['科学/micro:', 'bit']), cell('科学/micro: bit'))).toBe(true);
  });

  it('is plain between ideographs, a word and an ideograph, or on one line', () => {
    expect(wrapsInsideWord(doc(['教育技', '术/Arduino']), cell('教育技 术/Arduino'))).toBe(false);
    expect(wrapsInsideWord(doc(['Arduino', '开发']), cell('Arduino 开发'))).toBe(false);
    expect(wrapsInsideWord(doc(['App Inventor']), cell('App Inventor'))).toBe(false);
  });
});

describe('options named, not marked', () => {
  it('are uncertain when the text lists every option (the notice’s legend), certain for one', () => {
    const legend = [
      '主持人符合的申报条件（填序号）：⑥',
      '条件：①在省级教学现场竞赛获二等奖以上；②在全市“金鹮杯”教学大赛中获一等奖以上；③主持过市级及以上课题且已结题；④在“基础教育精品课”、“一师一优课”、“微课大赛”中获市级一等奖及以上；⑤县市级专兼职教研员；⑥具备一定科研能力公认的骨干教师',
    ];
    // Round 8: the number after the label's colon is the answer; the restated list under it is
    // the notice's legend and picks nothing.
    const cited = extractFacts([page(legend)], { pack: yueyang }).hostQualifications;
    expect(cited?.value).toEqual(['backboneTeacher']);
    expect(certain(cited?.confidence)).toBe(true);
    // The options' wordings all named in the section, no number cited: which is picked is unsaid.
    const all = extractFacts(
      [page(['主持人申报条件', legend[1]!.replace(/^条件：/, '').replace(/[①-⑥]/g, '')])],
      { pack: yueyang },
    ).hostQualifications;
    expect(all).toBeDefined();
    expect(certain(all?.confidence)).toBe(false);
    const one = extractFacts([page(['主持人申报条件', '本人系具备一定科研能力公认的骨干教师。'])], {
      pack: yueyang,
    }).hostQualifications;
    expect(one?.value).toEqual(['backboneTeacher']);
    expect(certain(one?.confidence)).toBe(true);
  });
});

describe('outcomes as a checklist', () => {
  // Round 10: a bullet before a heading ("● 预期成果") is the heading's, as slides set them, not
  // one box ticking the options under it (round 9 read it so, and left the list uncertain).
  it('reads the options listed under a bulleted heading', () => {
    const facts = extractFacts(
      [
        page([
          '建设目标与预期成果',
          '● 预期成果',
          '信息化教学应用模式研究报告',
          '应用指南',
          '典型案例7个',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.expectedOutcomes?.value).toMatchObject({ researchReport: true, guide: true });
  });

  it('is certain when each option has its box, ticks beside other items of the list too', () => {
    const facts = extractFacts(
      [
        page([
          '四、预期成果',
          '√ 信息化教学应用模式研究报告 √ 应用指南',
          '√ 典型案例（7个） □ 其他',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.expectedOutcomes?.value).toEqual({ researchReport: true, guide: true });
    expect(certain(facts.expectedOutcomes?.confidence)).toBe(true);
  });
});

describe('existing cases: one line under a label', () => {
  // "已形成的典型案例" at the left margin and one line of titles under it, set at `x`.
  const read = (x: number) =>
    extractFacts(
      [
        buildPageText(
          1,
          [0, 0, 595, 842],
          0,
          [item('已形成的典型案例', 56, 700), item('甲课堂案例；乙评价案例', x, 682)],
          [],
        ),
      ],
      { pack: liaoning },
    ).existingCases;

  it('is certain when the line starts under the label, as a list does', () => {
    expect(read(56)?.value).toEqual(['甲课堂案例', '乙评价案例']);
    expect(certain(read(56)?.confidence)).toBe(true);
  });

  it('is uncertain when the line stands right of the label (a value wrapped around it)', () => {
    expect(read(380)?.value).toEqual(['甲课堂案例', '乙评价案例']);
    expect(certain(read(380)?.confidence)).toBe(false);
  });
});

describe('text fields', () => {
  it('are uncertain when the field is stated twice with different values', () => {
    const read = (second: string) =>
      extractFacts(
        [
          page(['项目名称：甲市智慧课堂实践共同体', '推荐单位：甲市教育局']),
          page([{ kind: 'table', rows: [['项目名称', second]] }], 2),
        ],
        { pack: liaoning },
      ).projectName;
    const same = read('甲市智慧课堂实践共同体');
    expect(same?.value).toBe('甲市智慧课堂实践共同体');
    expect(certain(same?.confidence)).toBe(true);
    const differs = read('乙市智慧课堂实践共同体');
    expect(differs?.value).toBe('甲市智慧课堂实践共同体');
    expect(certain(differs?.confidence)).toBe(false);
  });

  it('are uncertain when the value holds a grid of marks or is another field’s label', () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [
              ['类别', '智慧德育（）智慧体育（）其他（智慧课堂）（√）'],
              ['所属方向', '牵头学校'],
            ],
            widths: [0.2, 0.8],
          },
        ]),
      ],
      { pack: liaoning },
    );
    // One option ticked in brackets after it (its words written in after 其他): read; two
    // ticked for one value: nothing sure to read.
    expect(facts.category?.value).toBe('智慧课堂');
    const twoTicks = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [['类别', '智慧德育（√）智慧体育（√）其他（）']],
            widths: [0.2, 0.8],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(twoTicks.category).toBeUndefined();
    expect(facts.direction?.value).toBe('牵头学校');
    expect(certain(facts.direction?.confidence)).toBe(false);
  });
});

describe('a person piece "duty/title"', () => {
  it('is a duty and a title when a title follows the slash, whatever the duty', () => {
    expect(partKind('网管/二级教师')).toBe('dutyTitle');
    expect(partKind('教研组长/一级教师')).toBe('dutyTitle');
    expect(partKind('物理/开源硬件')).not.toBe('dutyTitle');
  });
});

describe('people: rows of one table', () => {
  const read = (rows: string[][]) =>
    extractFacts([page(['（三）核心成员', { kind: 'table', rows: [HEADER, ...rows] }])], {
      pack: liaoning,
    }).coreMembers;

  it('are certain when every row fills the same columns', () => {
    const core = read([row('范艳丹', 1), row('宋英燕', 2)]);
    expect(names(core?.value)).toEqual(['范艳丹', '宋英燕']);
    expect(certain(core?.confidence)).toBe(true);
  });

  it('are uncertain when the rows fill different columns, also rows of other roles', () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [
              ['角色', ...HEADER],
              ['项目负责人', ...row('范艳丹', 1)],
              ['核心成员', '宋英燕', '乙市泉水学校', '', '高级教师', '13800000002'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(names(facts.host?.value)).toEqual(['范艳丹']);
    expect(certain(facts.host?.confidence)).toBe(false);
  });

  it('are uncertain when a column the header names is empty in every row', () => {
    const core = read([
      ['范艳丹', '甲市第一中学', '', '一级教师', '13800000001'],
      ['宋英燕', '乙市泉水学校', '', '高级教师', '13800000002'],
    ]);
    expect(names(core?.value)).toEqual(['范艳丹', '宋英燕']);
    expect(certain(core?.confidence)).toBe(false);
  });
});

describe('people: a role line repeated, one person per line', () => {
  it('reads the lines as one list', () => {
    const facts = extractFacts(
      [
        page([
          '二、团队组成',
          '顾问：苏文博，信息技术，校长/正高级教师，18305720956，甲市第一中学',
          '顾问：常艳萍，教育技术，副院长/教授，13834952146，甲市理工学院',
          '辅导员：吴桂，信息技术，信息技术教研员/一级教师，15962578629，甲区教研室',
        ]),
      ],
      { pack: yueyang },
    );
    expect(names(facts.advisors?.value)).toEqual(['苏文博', '常艳萍']);
    expect(names(facts.counselors?.value)).toEqual(['吴桂']);
  });
});

describe('people: a heading over a table without a role column', () => {
  const read = (heading: string) =>
    extractFacts(
      [page([heading, { kind: 'table', rows: [HEADER, row('范艳丹', 1), row('宋英燕', 2)] }])],
      { pack: liaoning },
    );

  it('gives its role to the rows when it names one role', () => {
    const facts = read('（三）核心成员');
    expect(names(facts.coreMembers?.value)).toEqual(['范艳丹', '宋英燕']);
    expect(certain(facts.coreMembers?.confidence)).toBe(true);
  });

  it('leaves the rows uncertain when it names two roles', () => {
    const facts = read('二、项目负责人及核心成员');
    const read_ = facts.host ?? facts.coreMembers;
    expect(read_?.value).toBeDefined();
    expect(certain(read_?.confidence)).toBe(false);
  });
});

describe('people: one per numbered line under a role heading', () => {
  const read = (last: string) =>
    extractFacts(
      [
        page([
          '【辅导员】',
          '1. 袁峰涛 甲县教育科学研究室 教研员 高级教师 13800000001',
          '2. 廖雷 甲县教育技术中心 网管员 二级教师 13800000003',
          last,
        ]),
      ],
      { pack: yueyang },
    ).counselors;

  it('is certain when the list ends where the numbering does', () => {
    const c = read('以上人员均在岗在编。');
    expect(names(c?.value)).toEqual(['袁峰涛', '廖雷']);
    expect(certain(c?.confidence)).toBe(true);
  });

  it('is uncertain when an item of the same numbering reads as no person', () => {
    const c = read('3. 其余人员见附件名单（共4人）');
    expect(names(c?.value)).toEqual(['袁峰涛', '廖雷']);
    expect(certain(c?.confidence)).toBe(false);
  });
});

describe('people: numbered lines after a role label and a colon', () => {
  it('are uncertain when an item of the same numbering reads as no person', () => {
    const read = (last: string) =>
      extractFacts(
        [
          page([
            '核心成员：',
            '（一）孙桂芳，科学，信息中心主任，高级教师，15880827473，甲市星光高级中学',
            '（二）邱金凤，物理，教师，高级教师，18079769577，甲市第四中学',
            last,
          ]),
        ],
        { pack: yueyang },
      ).coreMembers;
    const ended = read('四、建设方案');
    expect(names(ended?.value)).toEqual(['孙桂芳', '邱金凤']);
    expect(certain(ended?.confidence)).toBe(true);
    const cut = read('（三）其余成员名单见附件');
    expect(names(cut?.value)).toEqual(['孙桂芳', '邱金凤']);
    expect(certain(cut?.confidence)).toBe(false);
  });
});

describe('a value under its label', () => {
  const read = (y: number) =>
    extractFacts(
      [
        buildPageText(
          1,
          [0, 0, 595, 842],
          0,
          [item('推荐单位', 56, 700), item('甲市教育局', 56, y)],
          [],
        ),
      ],
      { pack: liaoning },
    ).recommendingBody;

  it('is certain on the next line', () => {
    expect(read(682)?.value).toBe('甲市教育局');
    expect(certain(read(682)?.confidence)).toBe(true);
  });

  it('is uncertain when it stands lines away from the label', () => {
    expect(read(600)?.value).toBe('甲市教育局');
    expect(certain(read(600)?.confidence)).toBe(false);
  });
});
