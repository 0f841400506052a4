/**
 * Layout classes of extraction round 11, people lists: transcribed names joined by a middle dot
 * (longer than a Han name, the dot set several ways), a duty column holding a duty and a title,
 * a roster row whose name cell reads as no name, cards of labelled fields under a role's
 * heading, a name read alone where the form shows a person's columns, a name column whose header
 * names its role, a 分工 column of tasks, a table's part on the next page, a role said to have
 * nobody, a table's title run into a header cell, and roster rows the layout left outside
 * their table. Every case is a small made-up page stating the class, not any one form.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { alignedWithHeader } from '../../lib/extract/readers/people-tables';
import { parseCard, roleBeforeCard } from '../../lib/extract/readers/person-cards';
import { isName, sameDot } from '../../lib/extract/readers/person-parts';
import { implausibleFields } from '../../lib/extract/readers/person-plausible';
import type { Person } from '../../lib/facts/standard';
import type { Ruling } from '../../lib/pdf/rulings';
import type { DocCell, DocRow } from '../../lib/pdf/structure/document';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const names = (v: unknown) => (v as Person[]).map((p) => p.name);

describe('a transcribed name joined by a middle dot', () => {
  it('is a name however long and however the dot is set', () => {
    expect(isName('热依拉·艾力')).toBe(true);
    expect(isName('巴特尔・额尔敦')).toBe(true);
    expect(isName('阿依古丽•买买提')).toBe(true);
    expect(isName('甲市第一中学附属小学')).toBe(false);
  });

  it('looks like a name to the plausibility check, whichever dot it has', () => {
    expect(implausibleFields({ name: '巴特尔‧额尔敦' })).toEqual([]);
    expect(implausibleFields({ name: '阿依古丽･买买提' })).toEqual([]);
  });

  it('is written with one dot (U+00B7)', () => {
    expect(sameDot('扎西・多吉')).toBe('扎西·多吉');
  });

  it('keeps its row in a team table', () => {
    const facts = extractFacts(
      [
        page([
          '某共同体项目申报书',
          '核心成员',
          {
            kind: 'table',
            rows: [
              ['序号', '姓名', '所在单位', '职务', '职称'],
              ['1', '李明', '甲市第一中学', '教师', '一级教师'],
              ['2', '热依拉・艾力', '甲市第二中学', '教研组长', '高级教师'],
              ['3', '赵丽', '乙县实验小学', '教师', '二级教师'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(names(facts.coreMembers?.value)).toEqual(['李明', '热依拉·艾力', '赵丽']);
  });

  it('does not end a roster of numbered lines', () => {
    const facts = extractFacts(
      [
        page([
          '二、人员构成',
          '（二）主要成员',
          '1．徐晓丽，甲市教育研究院，正高级教师，15047533679；',
          '2．阿依古丽·买买提，甲市文华小学，一级教师，18926419415；',
          '3．江兴旺，甲市第三中学，一级教师，15112244234；',
          '三、实践基础',
        ]),
      ],
      { pack: liaoning },
    );
    expect(names(facts.coreMembers?.value)).toEqual(['徐晓丽', '阿依古丽·买买提', '江兴旺']);
  });
});

describe('a team table', () => {
  const team = (rows: string[][]) =>
    extractFacts(
      [
        page([
          '某共同体项目申报书',
          '核心成员',
          { kind: 'table', rows: [['序号', '姓名', '所在单位', '职务（职称）'], ...rows] },
        ]),
      ],
      { pack: liaoning },
    );

  it('splits a duty column holding a duty and a title', () => {
    const facts = team([
      ['1', '李明', '甲市第一中学', '副校长，正高级教师'],
      ['2', '赵丽', '乙县实验小学', '教师/二级教师'],
    ]);
    expect(facts.coreMembers?.value).toEqual([
      { name: '李明', unit: '甲市第一中学', duty: '副校长', title: '正高级教师' },
      { name: '赵丽', unit: '乙县实验小学', duty: '教师', title: '二级教师' },
    ]);
  });

  it('is doubtful when a filled row’s name cell reads as no name', () => {
    const facts = team([
      ['1', '李明', '甲市第一中学', '副校长，正高级教师'],
      ['2', '欧阳娜娜娜娜', '乙县实验小学', '教师，二级教师'],
      ['3', '赵丽', '乙县实验小学', '教师，一级教师'],
    ]);
    expect(names(facts.coreMembers?.value)).toEqual(['李明', '赵丽']);
    expect(isUncertain(facts.coreMembers!)).toBe(true);
  });
});

describe('cards of labelled fields under a role’s heading', () => {
  it('cut each value at the next field label, with or without a space', () => {
    expect(
      parseCard('1.姓名：李明所在学校：甲市第一中学职务（职称）：教师、一级教师电话：13900000001'),
    ).toEqual({
      person: {
        name: '李明',
        unit: '甲市第一中学',
        duty: '教师',
        title: '一级教师',
        phone: '13900000001',
      },
      unsure: 0,
      number: 1,
    });
    expect(parseCard('姓名：赵丽 单位：乙县实验小学 职称：二级教师')?.person).toEqual({
      name: '赵丽',
      unit: '乙县实验小学',
      title: '二级教师',
    });
  });

  it('may be numbered in brackets and fill their values in brackets', () => {
    expect(parseCard('（2）姓名：【赵丽】单位：【乙县实验小学】职称：【二级教师】')).toEqual({
      person: { name: '赵丽', unit: '乙县实验小学', title: '二级教师' },
      unsure: 0,
      number: 2,
    });
  });

  it('leave a value unsure where a colon follows no known label', () => {
    expect(parseCard('姓名：李明单位：甲市第一中学职称：一级教师籍贯：甲市')?.unsure).toBe(1);
    expect(parseCard('李明在甲市第一中学任教')).toBeUndefined();
  });

  const cards = (lines: string[], pack = liaoning) =>
    extractFacts([page(['某共同体项目申报书', '■ 人员信息', ...lines, '■ 实践基础'])], { pack });

  it('are read per role, a card wrapped onto the next line included', () => {
    const facts = cards([
      '◆ 主持人',
      '姓名：王芳所在学校：甲市一中职务（职称）：副校长、高级教师电话：13900000009',
      '◆ 核心成员',
      '1.姓名：李明所在学校：甲市第一中学附属实验学校职务（职称）：信息中心主任、一级教师任教学科：信息科技',
      '2.姓名：赵丽所在学校：乙县实验小学职务（职称）：教师、二级教师任教学科：数学',
    ]);
    expect(facts.host?.value).toEqual([
      {
        name: '王芳',
        unit: '甲市一中',
        duty: '副校长',
        title: '高级教师',
        phone: '13900000009',
      },
    ]);
    expect(facts.coreMembers?.value).toEqual([
      {
        name: '李明',
        unit: '甲市第一中学附属实验学校',
        duty: '信息中心主任',
        title: '一级教师',
        subject: '信息科技',
      },
      { name: '赵丽', unit: '乙县实验小学', duty: '教师', title: '二级教师', subject: '数学' },
    ]);
    expect(isUncertain(facts.coreMembers!)).toBe(false);
  });

  it('are read with each field on a line of its own', () => {
    const facts = cards(
      [
        '◆ 辅导员',
        '姓名：王芳',
        '所在单位：甲市教研室',
        '职称：高级教师',
        '◆ 核心成员',
        '1.姓名：李明所在学校：甲市第一中学职称：一级教师',
      ],
      builtinPack('yueyang-2023-alliance'),
    );
    expect(facts.counselors?.value).toEqual([
      { name: '王芳', unit: '甲市教研室', title: '高级教师' },
    ]);
    expect(names(facts.coreMembers?.value)).toEqual(['李明']);
  });

  it('are read under a heading that says what follows the role ("主持人信息")', () => {
    const facts = cards([
      '主持人信息',
      '姓名：王芳所在学校：甲市一中职称：高级教师',
      '核心成员名单（2人）',
      '1.姓名：李明所在学校：甲市第一中学职称：一级教师',
      '2.姓名：赵丽所在学校：乙县实验小学职称：二级教师',
    ]);
    expect(names(facts.host?.value)).toEqual(['王芳']);
    expect(names(facts.coreMembers?.value)).toEqual(['李明', '赵丽']);
  });

  it('may carry their own role before them on the line', () => {
    const facts = cards([
      '主持人　姓名：王芳所在学校：甲市一中职称：高级教师',
      '核心成员1：姓名：李明所在学校：甲市第一中学职称：一级教师',
      '核心成员2：姓名：赵丽所在学校：乙县实验小学职称：二级教师',
    ]);
    expect(names(facts.host?.value)).toEqual(['王芳']);
    expect(names(facts.coreMembers?.value)).toEqual(['李明', '赵丽']);
  });

  it('keep the heading’s role when the name’s label is 成员姓名', () => {
    const facts = cards(['◆ 主持人', '成员姓名：王芳所在学校：甲市一中职称：高级教师']);
    expect(names(facts.host?.value)).toEqual(['王芳']);
    expect(facts.coreMembers).toBeUndefined();
  });

  it('are doubtful when their numbers skip one', () => {
    const facts = cards([
      '◆ 核心成员',
      '1.姓名：李明所在学校：甲市第一中学职称：一级教师',
      '3.姓名：赵丽所在学校：乙县实验小学职称：二级教师',
    ]);
    expect(names(facts.coreMembers?.value)).toEqual(['李明', '赵丽']);
    expect(isUncertain(facts.coreMembers!)).toBe(true);
  });
});

describe('a name read alone', () => {
  it('is doubtful where the form shows a person’s columns', () => {
    const facts = extractFacts(
      [
        page([
          '某共同体项目申报书',
          { kind: 'table', rows: [['项目名称', '甲市编程共同体', '项目负责人', '王芳']] },
          '核心成员',
          {
            kind: 'table',
            rows: [
              ['姓名', '工作单位', '职称'],
              ['李明', '甲市第一中学', '一级教师'],
              ['赵丽', '乙县实验小学', '二级教师'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.host?.value).toEqual([{ name: '王芳' }]);
    expect(isUncertain(facts.host!)).toBe(true);
  });
});

const yueyang = builtinPack('yueyang-2023-alliance');

describe('a name column whose header names its role', () => {
  it('gives the table, and the rows under that header repeated, their role', () => {
    const facts = extractFacts(
      [
        page([
          '某联盟申报表',
          {
            kind: 'table',
            rows: [
              ['主持人姓名', '所在单位', '职称'],
              ['王芳', '甲市第一中学', '高级教师'],
              ['辅导员成员姓名', '所在单位', '职称'],
              ['李明', '甲市教研室', '一级教师'],
            ],
          },
        ]),
      ],
      { pack: yueyang },
    );
    expect(names(facts.host?.value)).toEqual(['王芳']);
    expect(names(facts.counselors?.value)).toEqual(['李明']);
  });
});

describe('a column headed 分工 whose cells are tasks', () => {
  it('is no role column: every row keeps the table’s role', () => {
    const facts = extractFacts(
      [
        page([
          '某共同体项目申报书',
          '核心成员',
          {
            kind: 'table',
            rows: [
              ['姓名', '工作单位', '职称', '分工'],
              ['李明', '甲市第一中学', '一级教师', '课题研究'],
              ['赵丽', '乙县实验小学', '二级教师', '活动组织'],
              ['孙强', '乙县第二中学', '高级教师', '宣传推广'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(names(facts.coreMembers?.value)).toEqual(['李明', '赵丽', '孙强']);
  });
});

describe('a table’s part on the next page under its repeated header', () => {
  it('keeps the role of its part before', () => {
    const header = ['核心成员姓名', '工作单位', '职称'];
    const facts = extractFacts(
      [
        page([
          '某共同体项目申报书',
          {
            kind: 'table',
            rows: [
              header,
              ['李明', '甲市第一中学', '一级教师'],
              ['赵丽', '乙县实验小学', '二级教师'],
            ],
          },
        ]),
        page(
          [
            {
              kind: 'table',
              rows: [
                ['姓名', '工作单位', '职称'],
                ['孙强', '乙县第二中学', '高级教师'],
              ],
            },
            '一、实践基础',
          ],
          2,
        ),
      ],
      { pack: liaoning },
    );
    expect(names(facts.coreMembers?.value)).toEqual(['李明', '赵丽', '孙强']);
  });
});

describe('a roster’s row for a role', () => {
  it('says the role has nobody when its cells hold a dash', () => {
    const facts = extractFacts(
      [
        page([
          '某联盟申报表',
          {
            kind: 'table',
            rows: [
              ['人员类别', '姓名', '单位', '职称'],
              ['主持人', '王芳', '甲市第一中学', '高级教师'],
              ['辅导员', '—', '', ''],
              ['核心成员', '李明', '甲市第二中学', '一级教师'],
            ],
          },
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.counselors?.value).toEqual([]);
    expect(names(facts.coreMembers?.value)).toEqual(['李明']);
  });
});

describe('a role heading with only 无 under it', () => {
  it('is an empty list', () => {
    const facts = extractFacts(
      [
        page([
          '二、人员构成',
          '（一）主持人',
          '1．王芳，甲市第一中学，高级教师，13900000001；',
          '（二）资源内容审核管理员',
          '无',
          '三、资源开发与应用方案',
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.resourceReviewers?.value).toEqual([]);
  });
});

describe('a header cell with the table’s title run into it', () => {
  it('still names its column', () => {
    const facts = extractFacts(
      [
        page([
          '核心成员',
          {
            kind: 'table',
            rows: [
              ['姓名', '团队成员一览表所在单位', '职称'],
              ['李明', '甲市第一中学', '一级教师'],
              ['赵丽', '乙县实验小学', '二级教师'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.coreMembers?.value).toEqual([
      { name: '李明', unit: '甲市第一中学', title: '一级教师' },
      { name: '赵丽', unit: '乙县实验小学', title: '二级教师' },
    ]);
  });
});

describe('roster rows the layout left outside their table', () => {
  // A roster ruled round its header and first row only; the rows after stand under its columns.
  const xs = [56, 160, 230, 380];
  const line = (cells: string[], y: number) => cells.map((t, i) => item(t, xs[i]! + 4, y));
  const rulings: Ruling[] = [];
  for (const top of [760, 738]) {
    rulings.push({ horizontal: true, at: top, from: 56, to: 480 });
    rulings.push({ horizontal: true, at: top - 22, from: 56, to: 480 });
    for (const x of [...xs, 480])
      rulings.push({ horizontal: false, at: x, from: top - 22, to: top });
  }
  const pageText = buildPageText(
    1,
    [0, 0, 595, 842],
    0,
    [
      item('某联盟申报表', 56, 790),
      ...line(['人员类别', '姓名', '单位', '职称'], 746),
      ...line(['主持人', '王芳', '甲市第一中学', '高级教师'], 724),
      ...line(['核心成员', '李明', '甲市第二中学', '一级教师'], 700),
      ...line(['核心成员', '赵丽', '乙县实验小学', '二级教师'], 678),
    ],
    rulings,
  );

  it('are read under its columns, for checking', () => {
    const facts = extractFacts([pageText], { pack: yueyang });
    expect(names(facts.host?.value)).toEqual(['王芳']);
    expect(facts.coreMembers?.value).toEqual([
      { name: '李明', unit: '甲市第二中学', title: '一级教师' },
      { name: '赵丽', unit: '乙县实验小学', title: '二级教师' },
    ]);
    expect(isUncertain(facts.coreMembers!)).toBe(true);
  });
});

describe('a field label', () => {
  it('is never a name', () => {
    expect(isName('专业特长')).toBe(false);
    expect(isName('成员姓名')).toBe(false);
    expect(isName('李明')).toBe(true);
  });
});

describe('a borderless row’s value a little wider than its column', () => {
  const cell = (text: string, x0: number, x1: number): DocCell => ({
    text,
    page: 1,
    start: 0,
    end: 0,
    rect: [x0, 0, x1, 10],
    ruled: false,
    flow: 0,
  });
  const row = (cells: DocCell[]): DocRow => ({
    index: 0,
    page: 1,
    table: 0,
    cells,
    text: cells.map((c) => c.text).join('\t'),
    top: 10,
    bottom: 0,
    size: 10,
    flowStart: 0,
    flowEnd: 0,
  });
  const head = row([cell('姓名', 65, 107), cell('工作单位', 152, 194), cell('职务', 313, 335)]);

  it('stands under the column holding its middle when it reaches into the next by a sliver', () => {
    const spill = row([
      cell('毛明', 65, 86),
      cell('湘阴县文星镇中心小学', 152, 257),
      cell('教师', 313, 335),
    ]);
    expect(alignedWithHeader(spill, head)).toBe(true);
  });

  it('stands under no column when it reaches well into the next', () => {
    const across = row([cell('毛明', 65, 86), cell('湘阴县文星镇中心小学教研组长', 152, 300)]);
    expect(alignedWithHeader(across, head)).toBe(false);
  });
});

describe('a unit’s name cut short in a team table', () => {
  it('makes the table’s lists doubtful: its rest went into another row', () => {
    const facts = extractFacts(
      [
        page([
          '某共同体项目申报书',
          '核心成员',
          {
            kind: 'table',
            rows: [
              ['姓名', '工作单位', '职称'],
              ['李明', '甲市文化路初级中', '一级教师'],
              ['赵丽', '学乙县实验小学', '二级教师'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(names(facts.coreMembers?.value)).toEqual(['李明', '赵丽']);
    expect(isUncertain(facts.coreMembers!)).toBe(true);
  });
});

describe('column labels a form may use for a person’s fields', () => {
  it('name the fields they stand for', () => {
    const facts = extractFacts(
      [
        page([
          '核心成员',
          {
            kind: 'table',
            rows: [
              ['姓名', '任教学校', '专业职称', '所教学科'],
              ['李明', '甲市第一中学', '一级教师', '数学'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.coreMembers?.value).toEqual([
      { name: '李明', unit: '甲市第一中学', title: '一级教师', subject: '数学' },
    ]);
  });
});

describe('a role before a card on its line, on hostile text', () => {
  it('reads the role, and gives up on thousands of line breaks at once instead of for minutes', () => {
    expect(roleBeforeCard('核心成员3：姓名：张三')?.slice(1, 3)).toEqual(['核心成员', '3']);
    // 4000 breaks after a role word and no card: cubic backtracking took ~44 s (the test's
    // timeout fails it if that comes back).
    expect(roleBeforeCard(`核心成员${'\n'.repeat(4000)}x`)).toBeNull();
    expect(roleBeforeCard(`核心成员${'\n'.repeat(4000)}姓名：李四`)?.[3]).toBe('姓名：李四');
  });
});
