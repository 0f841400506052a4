/**
 * Round 13 (held-out v13 as a development set), people and unit lists: a Word form whose people
 * tables sit inside the value cell of an outer table, the role the outer row's label at the top
 * of its cell. Every case is a small made-up page stating the class, not any one form.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import type { ExtractedFact, Person } from '../../lib/facts/standard';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const people = (fact: ExtractedFact | undefined) => (fact?.value ?? []) as Person[];

function box(rulings: Ruling[], x0: number, x1: number, top: number, bottom: number) {
  rulings.push(
    { horizontal: true, at: top, from: x0, to: x1 },
    { horizontal: true, at: bottom, from: x0, to: x1 },
    { horizontal: false, at: x0, from: bottom, to: top },
    { horizontal: false, at: x1, from: bottom, to: top },
  );
}

const INNER = [192, 250, 390, 460, 533];

/**
 * An outer table of label | value, where a label's value cell holds a table of people (its
 * header and rows inset in the cell), the label written at the top of its cell.
 */
function nestedForm(groups: { label: string; people: string[][] }[]) {
  const items: TextItem[] = [item('项目名称', 60, 760), item('甲市智慧课堂实践共同体', 190, 760)];
  const rulings: Ruling[] = [];
  box(rulings, 56, 186, 775, 750);
  box(rulings, 186, 539, 775, 750);
  let top = 750;
  for (const group of groups) {
    items.push(item(group.label, 60, top - 14));
    let y = top - 20;
    for (const cells of [['姓名', '工作单位', '职称', '手机'], ...group.people]) {
      cells.forEach((text, k) => {
        items.push(item(text, INNER[k]! + 3, y - 14));
        box(rulings, INNER[k]!, INNER[k + 1]!, y, y - 20);
      });
      y -= 20;
    }
    const bottom = y - 6;
    box(rulings, 56, 186, top, bottom);
    box(rulings, 186, 539, top, bottom);
    top = bottom;
  }
  items.push(item('推荐单位', 60, top - 16), item('甲市教育局', 190, top - 16));
  box(rulings, 56, 186, top, top - 25);
  box(rulings, 186, 539, top, top - 25);
  return extractFacts([buildPageText(1, [0, 0, 595, 842], 0, items, rulings)], { pack: liaoning });
}

describe('people tables nested in the value cell of an outer table', () => {
  it("reads each inner table's rows under the role of the outer label beside it", () => {
    const facts = nestedForm([
      { label: '项目负责人', people: [['周海峰', '甲市第一中学', '高级教师', '13800000001']] },
      {
        label: '核心成员',
        people: [
          ['林晓梅', '甲市第二小学', '一级教师', '13800000002'],
          ['何振东', '乙县实验中学', '二级教师', '13800000003'],
        ],
      },
    ]);
    expect(facts.host?.value).toEqual([
      { name: '周海峰', unit: '甲市第一中学', title: '高级教师', phone: '13800000001' },
    ]);
    expect(isUncertain(facts.host!)).toBe(false);
    expect(people(facts.coreMembers).map((p) => p.name)).toEqual(['林晓梅', '何振东']);
  });

  it('takes no role from an outer label that names none', () => {
    const facts = nestedForm([
      { label: '联系人', people: [['周海峰', '甲市第一中学', '高级教师', '13800000001']] },
    ]);
    expect(facts.host).toBeUndefined();
  });
});

describe("a spreadsheet row too low for a wrapped unit: the cell's last line over the next row", () => {
  const yueyang = builtinPack('yueyang-2023-alliance');
  const roster = (rows: string[][]) =>
    extractFacts(
      [
        page([
          '网络教研联盟人员',
          {
            kind: 'table',
            rows: [['角色', '姓名', '所在单位', '职务', '职称'], ...rows],
            widths: [0.16, 0.14, 0.38, 0.16, 0.16],
          },
          '推选单位：甲市教育局',
        ]),
      ],
      { pack: yueyang },
    );

  it('gives each unit back the characters the next row opens with, for checking', () => {
    const facts = roster([
      ['主持人', '赖亚楠', '甲市湖滨中学', '教研组长', '一级教师'],
      ['辅导员', '魏丽萍', '甲市教育科学技术', '教研员', '高级教师'],
      ['顾问', '谢景行', '研究院甲市湖滨中学', '副院长', '高级教师'],
      ['核心成员', '汤国栋', '乙县屈子祠镇中心', '教研组长', '高级教师'],
      ['核心成员', '赵树林', '学校甲市东方红小学', '教师', '一级教师'],
      ['核心成员', '钟若曦', '乙县弼时镇中学', '教师', '二级教师'],
    ]);
    expect(people(facts.counselors)[0]!.unit).toBe('甲市教育科学技术研究院');
    expect(people(facts.advisors)[0]!.unit).toBe('甲市湖滨中学');
    expect(people(facts.coreMembers).map((p) => p.unit)).toEqual([
      '乙县屈子祠镇中心学校',
      '甲市东方红小学',
      '乙县弼时镇中学',
    ]);
    for (const id of ['counselors', 'advisors', 'coreMembers']) {
      expect(isUncertain(facts[id]!)).toBe(true);
    }
  });

  it('gives the next row back the line of its unit printed over this one', () => {
    const facts = roster([
      ['主持人', '赖亚楠', '甲市湖滨中学', '教研组长', '一级教师'],
      ['核心成员', '吕素梅', '乙县郭镇中学甲市教育科学技术', '教研组长', '高级教师'],
      ['核心成员', '魏丽萍', '研究院', '教研员', '高级教师'],
    ]);
    expect(people(facts.coreMembers).map((p) => p.unit)).toEqual([
      '乙县郭镇中学',
      '甲市教育科学技术研究院',
    ]);
    expect(isUncertain(facts.coreMembers!)).toBe(true);
  });

  it('leaves whole units alone, and certain', () => {
    const facts = roster([
      ['主持人', '赖亚楠', '甲市湖滨中学', '教研组长', '一级教师'],
      ['核心成员', '汤国栋', '乙县镇中心', '教研组长', '高级教师'],
      ['核心成员', '赵树林', '学府路小学', '教师', '一级教师'],
    ]);
    expect(people(facts.coreMembers).map((p) => p.unit)).toEqual(['乙县镇中心', '学府路小学']);
    expect(isUncertain(facts.coreMembers!)).toBe(false);
  });
});

describe('a row a 备注 column strikes out (a re-submitted form)', () => {
  const form = (unitRemark: string, memberRemark: string) =>
    extractFacts(
      [
        page([
          '成员单位：',
          {
            kind: 'table',
            rows: [
              ['序号', '成员单位名称', '学校类型', '备注'],
              ['1', '甲市第二小学', '小学', ''],
              ['2', '乙县实验中学', '初中', ''],
              ['3', '丙区胜利小学', '小学', unitRemark],
            ],
            widths: [0.1, 0.35, 0.15, 0.4],
          },
          '项目组成员：',
          {
            kind: 'table',
            rows: [
              ['姓名', '职务/职称', '所在单位', '备注'],
              ['林晓梅', '教研员/一级教师', '甲市第二小学', ''],
              ['何振东', '教师/二级教师', '乙县实验中学', memberRemark],
              ['许文静', '教师/一级教师', '甲市第二小学', ''],
            ],
            widths: [0.15, 0.25, 0.25, 0.35],
          },
          '推荐部门：甲市教育局',
        ]),
      ],
      { pack: liaoning },
    );

  it('leaves the row out of the list, and the list for checking', () => {
    const facts = form('丙区胜利小学已退出，删除', '该成员已调离，删除');
    expect((people(facts.memberUnits) as { name: string }[]).map((u) => u.name)).toEqual([
      '甲市第二小学',
      '乙县实验中学',
    ]);
    expect(isUncertain(facts.memberUnits!)).toBe(true);
    expect(people(facts.coreMembers).map((p) => p.name)).toEqual(['林晓梅', '许文静']);
    expect(isUncertain(facts.coreMembers!)).toBe(true);
  });

  it('keeps a row whose remark negates withdrawing ("未退出", "无需删除")', () => {
    const facts = form('未退出，继续参与', '无需删除');
    expect((people(facts.memberUnits) as { name: string }[]).map((u) => u.name)).toEqual([
      '甲市第二小学',
      '乙县实验中学',
      '丙区胜利小学',
    ]);
    expect(people(facts.coreMembers).map((p) => p.name)).toEqual(['林晓梅', '何振东', '许文静']);
  });

  it('keeps a row whose remark corrects a value in any of the correction words (调整为, 修改为)', () => {
    // "调离" names why the unit changed; the remark still corrects the row, it does not strike it.
    const facts = form('原单位调离，现调整为“丙区胜利小学”', '职务已修改为“教研员”，未删除');
    expect((people(facts.memberUnits) as { name: string }[]).map((u) => u.name)).toEqual([
      '甲市第二小学',
      '乙县实验中学',
      '丙区胜利小学',
    ]);
    expect(people(facts.coreMembers).map((p) => p.name)).toEqual(['林晓梅', '何振东', '许文静']);
  });

  it('gives a field the value its remark corrects it to, for checking', () => {
    const facts = extractFacts(
      [
        page([
          '项目组成员：',
          {
            kind: 'table',
            rows: [
              ['姓名', '职称', '所在单位', '备注'],
              ['林晓梅', '一级教师', '甲市第二小学', ''],
              ['何振东', '一级教师高级教师', '乙县实验中学', '原为“一级教师”，现改为“高级教师”'],
            ],
            widths: [0.15, 0.22, 0.2, 0.43],
          },
          '推荐部门：甲市教育局',
        ]),
      ],
      { pack: liaoning },
    );
    expect(people(facts.coreMembers).map((p) => p.title)).toEqual(['一级教师', '高级教师']);
    expect(isUncertain(facts.coreMembers!)).toBe(true);
  });

  it('keeps a row whose remark corrects a value, or says nothing of removal', () => {
    const facts = form('原为“丙区小学”，现改为“丙区胜利小学”', '新增成员');
    expect(facts.memberUnits?.value).toHaveLength(3);
    expect(facts.coreMembers?.value).toHaveLength(3);
  });
});

describe("one role's table after another's across a page break, the same columns", () => {
  it('gives the rows under the repeated header the role its caption names', () => {
    const yueyang = builtinPack('yueyang-2023-alliance');
    const header = ['姓名', '任教学科', '职务/职称', '手机', '工作单位'];
    const facts = extractFacts(
      [
        page(
          [
            '核心成员：',
            {
              kind: 'table',
              rows: [
                header,
                ['董思远', '信息科技', '教师/二级教师', '13582746133', '甲县怡和小学'],
                ['熊志刚', '人工智能', '教师/高级教师', '13988800959', '甲县第二中学'],
              ],
            },
          ],
          1,
        ),
        page(
          [
            '资源内容审核管理员：',
            {
              kind: 'table',
              rows: [header, ['史博', '机器人', '干事/一级教师', '13541810923', '甲县东山镇中学']],
            },
            '推选单位：甲县电教仪器站',
          ],
          2,
        ),
      ],
      { pack: yueyang },
    );
    expect(people(facts.coreMembers).map((p) => p.name)).toEqual(['董思远', '熊志刚']);
    expect(people(facts.resourceReviewers).map((p) => p.name)).toEqual(['史博']);
  });
});

describe('a narrow borderless list of units, its two labels run into one cell', () => {
  it('reads the numbered rows under "序号成员单位名称"', () => {
    const items = [
      item('项目名称：甲市智慧课堂实践共同体', 57, 760),
      item('成员单位', 57, 730, 12),
      item('序号成员单位名称', 235, 700),
      ...['乙县第二中学', '丙县实验小学', '甲市宁山路小学'].flatMap((name, i) => [
        item(String(i + 1), 235, 682 - 12 * i),
        item(name, 267, 682 - 12 * i),
      ]),
      item('共同体负责人', 57, 620, 12),
    ];
    const facts = extractFacts([buildPageText(1, [0, 0, 595, 842], 0, items, [])], {
      pack: liaoning,
    });
    expect(facts.memberUnits?.value).toEqual([
      { name: '乙县第二中学' },
      { name: '丙县实验小学' },
      { name: '甲市宁山路小学' },
    ]);
  });
});

describe("a list's label on a line of its own, set like the body, over numbered lines", () => {
  it('reads the numbered units under "成员学校"', () => {
    const mingshi = builtinPack('mingshi-2024-studio');
    const facts = extractFacts(
      [
        page([
          '名师工作室名称：甲市小学音乐名师网络工作室',
          '依托学校：甲市渡口镇中学',
          '成员学校',
          '1.甲市滨江实验学校',
          '2.乙县第三中学',
          '3.丙区凤鸣初级中学',
          '每年开设网络课程：12节',
        ]),
      ],
      { pack: mingshi },
    );
    expect(facts.memberSchools?.value).toEqual([
      { name: '甲市滨江实验学校' },
      { name: '乙县第三中学' },
      { name: '丙区凤鸣初级中学' },
    ]);
  });
});

describe('a role run into the name in a sentence, the name with a bracket of its own', () => {
  it('reads "主持人谢春燕（正高级教师），具备的条件：…" as the host, for checking', () => {
    const mingshi = builtinPack('mingshi-2024-studio');
    const facts = extractFacts(
      [
        page([
          '二、团队',
          '主持人林春燕（正高级教师），具备的条件：市级名师或市级学科带头人。',
          '三、建设目标',
        ]),
      ],
      { pack: mingshi },
    );
    expect(facts.host?.value).toEqual([{ name: '林春燕', title: '正高级教师' }]);
    expect(isUncertain(facts.host!)).toBe(true);
  });

  it('reads no one where the bracket holds what is not theirs', () => {
    const mingshi = builtinPack('mingshi-2024-studio');
    const facts = extractFacts(
      [page(['二、团队', '主持人林春燕（见附件三），具备的条件：市级名师。', '三、建设目标'])],
      { pack: mingshi },
    );
    expect(facts.host).toBeUndefined();
  });
});

describe('a Latin word broken at the edge of a narrow cell', () => {
  /** A roster whose 学科 cell (36 units wide) holds its subject in 8-unit text. */
  function roster(lines: string[]) {
    const x = [56, 120, 156, 300, 400];
    const items: TextItem[] = [];
    const rulings: Ruling[] = [];
    const row = (cells: string[], top: number, bottom: number) =>
      cells.forEach((text, k) => {
        if (text) items.push(item(text, x[k]! + 4, (top + bottom) / 2 - 4));
        box(rulings, x[k]!, x[k + 1] ?? 539, top, bottom);
      });
    items.push(item('核心成员', 56, 760));
    row(['姓名', '学科', '工作单位', '职称', '手机'], 750, 730);
    row(['董琳', '', '甲市湖滨中学', '高级教师', '13800000001'], 730, 700);
    items.push(...lines.map((line, i) => item(line, 124, 717 - 10 * i, 8)));
    row(['蔡秀兰', '', '甲市第一中学', '一级教师', '13800000002'], 700, 680);
    items.push(item('机器人', 124, 687, 8));
    items.push(item('推荐部门：甲市教育局', 56, 660));
    return extractFacts([buildPageText(1, [0, 0, 595, 842], 0, items, rulings)], {
      pack: liaoning,
    }).coreMembers!;
  }

  it('joins the word when its first line runs up to the edge, for checking', () => {
    const fact = roster(['Arduin', 'o']);
    expect(people(fact).map((p) => p.subject)).toEqual(['Arduino', '机器人']);
    expect(isUncertain(fact)).toBe(true);
  });

  it('keeps the space when the first line stops short of the edge', () => {
    expect(people(roster(['App', 'Lab']))[0]!.subject).toBe('App Lab');
  });
});

describe('member schools in a fill-in-the-blank sentence', () => {
  it('reads "成员来自2所学校：甲校、乙校" as the list its count agrees with', () => {
    const mingshi = builtinPack('mingshi-2024-studio');
    const facts = extractFacts(
      [page(['二、团队', '成员来自2所学校：甲县红枫小学、乙市第三中学。', '三、建设目标'])],
      { pack: mingshi },
    );
    expect(facts.memberSchools?.value).toEqual([
      { name: '甲县红枫小学' },
      { name: '乙市第三中学' },
    ]);
  });
});

describe('existing cases: none written, or each under its number label', () => {
  const cases = (lines: Parameters<typeof page>[0]) =>
    extractFacts([page(['某共同体项目推荐表', ...lines])], { pack: liaoning }).existingCases;

  it('reads "（无）" under the heading as no cases, not a case named so', () => {
    expect(cases(['六、已形成的典型案例', '（无）', '七、项目简介'])?.value).toEqual([]);
  });

  it('reads the title under each "第N项", not the labels', () => {
    const fact = cases([
      '【已形成的典型案例】',
      '第1项',
      '基于平台的课堂评价应用案例',
      '第2项',
      '大单元课堂评价应用案例',
      '项目简介',
      '本共同体自2020年起开展信息化教学实践。',
    ]);
    expect(fact?.value).toEqual(['基于平台的课堂评价应用案例', '大单元课堂评价应用案例']);
  });

  it('ends a numbered table of cases at the row of another part ruled into it', () => {
    const fact = cases([
      {
        kind: 'table',
        rows: [
          [{ text: '已形成典型案例名称', colspan: 2 }],
          ['序号', '案例名称'],
          ['1', '基于平台的劳动教育实践案例'],
          ['项目简介', '本共同体自2019年起在劳动教育领域开展信息化教学实践。'],
          ['审核意见', '同意申报。负责人签字：____'],
        ],
        widths: [0.2, 0.8],
      },
    ]);
    expect(fact?.value).toEqual(['基于平台的劳动教育实践案例']);
  });

  it('reads a borderless numbered table under the heading, its header run into one cell', () => {
    const items = [
      item('六、已形成典型案例名称', 57, 760),
      item('序号案例名称', 246, 733),
      item('1', 246, 717),
      item('基于平台的评价实践案例', 274, 717),
      item('2', 246, 703),
      item('跨校协同的评价实践案例', 274, 703),
      item('注：本表可续页。', 57, 670),
      item('七、项目简介', 57, 640),
    ];
    const facts = extractFacts([buildPageText(1, [0, 0, 595, 842], 0, items, [])], {
      pack: liaoning,
    });
    expect(facts.existingCases?.value).toEqual([
      '基于平台的评价实践案例',
      '跨校协同的评价实践案例',
    ]);
  });

  it('proposes no "第1项" as a title', () => {
    const fact = cases(['【已形成的典型案例】', '第1项', '项目简介']);
    expect(fact?.value ?? []).not.toContain('第1项');
  });
});
