/**
 * Each finder on the tricky ways real forms say things: prose, Chinese numerals, full-width
 * digits, labels written with spaces, values below their label, lists with 和, checkbox marks on
 * either side, merged role cells, sentences split by a page break, scans.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { markedOptions } from '../../lib/pdf/structure/checkboxes';

/** The chosen options of a group's text, options given as plain words. */
const chosenOptions = (text: string, options: string[]) =>
  markedOptions(
    text,
    options.map((value) => ({ value, patterns: [new RegExp(value)] })),
  )?.chosen;

import { alignedWithHeader, withGaps } from '../../lib/extract/readers/people-tables';
import { splitUnitList } from '../../lib/extract/readers/units';
import type { DocCell, DocRow } from '../../lib/pdf/structure/document';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item, page, scannedPage } from './pages';

const values = (facts: ReturnType<typeof extractFacts>) =>
  Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f.value]));

describe('form fields', () => {
  it('reads a value beside, after a colon, below its label, or in prose', () => {
    const facts = values(
      extractFacts([
        page([
          {
            kind: 'table',
            rows: [['项 目 名 称', '智慧课堂精准教学实践共同体'], ['类别：智慧评价']],
          },
          '应用方向',
          '基于学习数据的精准教学',
          '本项目由大连市教育局推荐。',
          { kind: 'table', rows: [['牵头单位', '大连市星海湾实验中学（盖章）']] },
        ]),
      ]),
    );
    expect(facts.projectName).toBe('智慧课堂精准教学实践共同体');
    expect(facts.category).toBe('智慧评价');
    expect(facts.direction).toBe('基于学习数据的精准教学');
    expect(facts.recommendingBody).toBe('大连市教育局');
    expect(facts.leadUnit).toBe('大连市星海湾实验中学');
  });

  it('does not read "研究类别：…" as the category, nor an empty field as a value', () => {
    const facts = values(
      extractFacts([
        page(['研究类别：人工智能■ 编程教育□', { kind: 'table', rows: [['项目名称', '类别']] }]),
      ]),
    );
    expect(facts.category).toBeUndefined();
    expect(facts.projectName).toBeUndefined();
  });
});

describe('member units', () => {
  it('skips the lead unit in a member table, marked or named', () => {
    const facts = values(
      extractFacts([
        page([
          { kind: 'table', rows: [['牵头单位', '甲市实验小学']] },
          {
            kind: 'table',
            rows: [
              ['序号', '单位名称', '所在地区'],
              ['1', '甲市实验小学', '甲市'],
              ['2', '甲市育才中学', '甲市'],
              ['牵头', '甲市另一小学', '甲市'],
              ['3', '乙县文化路学校', '乙县'],
            ],
          },
        ]),
      ]),
    );
    expect(facts.memberUnits).toEqual([
      { name: '甲市育才中学', region: '甲市' },
      { name: '乙县文化路学校', region: '乙县' },
    ]);
  });

  it('reads units listed in prose with a Chinese-numeral count, splitting 和 only between units', () => {
    expect(splitUnitList('大连市和平区东北路中学和大连市金州区朝阳小学')).toEqual([
      '大连市和平区东北路中学',
      '大连市金州区朝阳小学',
    ]);
    const facts = values(
      extractFacts([
        page([
          '主要成员单位共三所：大连市和平区东北路中学、大连市实验小学和大连市金州区朝阳小学。',
        ]),
      ]),
    );
    expect(facts.memberUnits).toEqual([
      { name: '大连市和平区东北路中学' },
      { name: '大连市实验小学' },
      { name: '大连市金州区朝阳小学' },
    ]);
  });

  it('gives a count but no list for a bare count; a list the count contradicts is uncertain', () => {
    const bare = values(extractFacts([page(['主要成员单位共5所。'])]));
    expect(bare.memberUnits).toBeUndefined();
    expect(bare.memberUnitCount).toBe(5);
    const contradicted = extractFacts([page(['主要成员单位共五所：甲市实验小学、乙县育才中学。'])]);
    expect(contradicted.memberUnits?.value).toHaveLength(2);
    expect(isUncertain(contradicted.memberUnits!)).toBe(true);
  });

  it('joins a sentence split by a page break, with evidence on both pages', () => {
    // The page ends mid-sentence with a full line, as text does when it flows onto the next page.
    const sentence = `本共同体由甲市实验小学牵头${'开展联合教研。'.repeat(8)}主要成员单位共四所：甲市育才中学、`;
    expect(Array.from(sentence).length % 43).toBe(0);
    const first = page(['一、基本情况', sentence], 1);
    const second = page(['乙县文化路学校、丙县城关小学和丁县第一中学。'], 2);
    const facts = extractFacts([first, second]);
    expect(facts.memberUnits?.value).toHaveLength(4);
    expect(facts.memberUnits?.evidence.map((e) => e.page)).toEqual([1, 2]);
  });
});

describe('practice', () => {
  it('reads the start from prose or a field, in any digits, and counts years to the deadline', () => {
    const prose = extractFacts([page(['本共同体自２０１９年９月起开展实践，成效明显。'])], {
      deadline: '2022-09-15',
    });
    expect(values(prose)).toMatchObject({ practiceStart: '2019-09', practiceYears: 3 });
    const field = values(
      extractFacts([page([{ kind: 'table', rows: [['实践起始时间', '二〇二〇年三月']] }])], {
        deadline: '2022-09-15',
      }),
    );
    expect(field.practiceStart).toBe('2020-03');
    expect(field.practiceYears).toBeCloseTo(2.5);
  });

  it('reads years stated in prose, but not a future term', () => {
    expect(values(extractFacts([page(['共同体已持续开展三年实践。'])])).practiceYears).toBe(3);
    expect(values(extractFacts([page(['各校已开展实践两年以上。'])])).practiceYears).toBe(2);
    expect(
      values(extractFacts([page(['联盟建设期为三年，培育期一年。'])])).practiceYears,
    ).toBeUndefined();
  });
});

describe('outcomes', () => {
  it('takes the promised number of typical cases (the lower bound of a range), not existing ones', () => {
    const facts = values(
      extractFacts([
        page([
          '目前已形成典型案例2个：《甲案例》、《乙案例》。',
          '四、预期成果',
          '形成研究报告一份；形成六至八个教学应用典型案例。',
        ]),
      ]),
    );
    expect(facts.typicalCases).toBe(6);
    expect(facts.existingCases).toEqual(['甲案例', '乙案例']);
    expect(facts.expectedOutcomes).toEqual({ researchReport: true, guide: false });
  });

  it('reads two titles in book marks with nothing between them as two titles', () => {
    const facts = values(extractFacts([page(['目前已形成典型案例2个：《甲案例》《乙案例》。'])]));
    expect(facts.existingCases).toEqual(['甲案例', '乙案例']);
    // A title that merely contains book marks stays whole.
    const one = values(extractFacts([page(['目前已形成典型案例1个：《读〈论语〉》案例。'])]));
    expect(one.existingCases).toEqual(['《读〈论语〉》案例']);
  });

  it('reads a numbered list of existing cases and stops at the next heading', () => {
    const facts = values(
      extractFacts([
        page(['已形成的典型案例：', '1. 分层作业案例', '2. 听说诊断案例', '三、核心成员']),
      ]),
    );
    expect(facts.existingCases).toEqual(['分层作业案例', '听说诊断案例']);
  });

  it('reads the yearly resource target, not the quoted requirement', () => {
    const facts = values(
      extractFacts([page(['按照每年不少于200条的要求，联盟计划每年开发原创教学资源二百四十条。'])]),
    );
    expect(facts.annualResourceTarget).toBe(240);
  });
});

describe('checkbox groups', () => {
  it('pairs marks with options on whichever side they stand', () => {
    expect(chosenOptions('☑小学 □初中 □高中', ['小学', '初中', '高中'])).toEqual(['小学']);
    expect(chosenOptions('小学□ 初中■ 高中□', ['小学', '初中', '高中'])).toEqual(['初中']);
    expect(chosenOptions('小学（√） 初中（ ） 高中（ ）', ['小学', '初中', '高中'])).toEqual([
      '小学',
    ]);
    expect(chosenOptions('七下□ 八上✓ 八下 □ 高一上☒', ['七下', '八上', '八下', '高一上'])).toEqual(
      ['八上', '高一上'],
    );
    expect(chosenOptions('初中', ['小学', '初中', '高中'])).toEqual(['初中']);
  });

  it('reads stage, grade volumes and one research category; two marked categories give none', () => {
    const facts = values(
      extractFacts([
        page([
          { kind: 'table', rows: [['学 段', '小学 □', '初中 ▣', '高中 □']] },
          '年级册：七上□ 七下■ 八上□ 八下',
          '■ 高一上□',
          '研究类别：☑人工智能 ☑编程教育 □机器人教育 □创客教育',
        ]),
      ]),
    );
    expect(facts.stages).toEqual(['初中']);
    expect(facts.gradeVolumes).toEqual(['七下', '八下']);
    expect(facts.researchCategory).toBeUndefined();
  });
});

describe('people', () => {
  it('reads roles from a merged label cell and splits 职务/职称', () => {
    const facts = values(
      extractFacts([
        page([
          {
            kind: 'table',
            widths: [0.26, 0.12, 0.24, 0.18, 0.2],
            rows: [
              ['网络教研联盟人员', '姓 名', '职务/职称', '联系方式', '所在单位'],
              ['主 持 人', '张三', '教研组长/高级教师', '13800000001', '甲市一中'],
              [{ text: '顾 问', rowspan: 2 }, '李四', '校长/正高级教师', '13800000002', '甲市一中'],
              ['王五', '校长', '13800000003', '乙县二中'],
              [
                { text: '网络教研联盟核心成员', rowspan: 3 },
                '赵六',
                '教师/一级教师',
                '13800000004',
                '丙县三中',
              ],
              ['孙七', '教师/二级教师', '13800000005', '丁县四中'],
              ['周八', '一级教师', '13800000006', '戊县五中'],
            ],
          },
        ]),
      ]),
    );
    expect(facts.host).toEqual([
      { name: '张三', duty: '教研组长', title: '高级教师', phone: '13800000001', unit: '甲市一中' },
    ]);
    expect((facts.advisors as { name: string }[]).map((p) => p.name)).toEqual(['李四', '王五']);
    expect(facts.coreMembers).toHaveLength(3);
    expect((facts.coreMembers as { title?: string }[])[2]!.title).toBe('一级教师');
    expect((facts.advisors as { duty?: string }[])[1]!.duty).toBe('校长');
  });

  it('takes the role of a table from the heading above it, and a host from a field', () => {
    const facts = values(
      extractFacts([
        page([
          {
            kind: 'table',
            rows: [
              ['项目负责人', '张三（副校长，高级教师）'],
              ['联系电话', '１３９００００００００'],
            ],
          },
          '三、核心成员',
          {
            kind: 'table',
            rows: [
              ['序号', '姓名', '性别', '职称'],
              ['1', '李四', '女', '一级教师'],
            ],
          },
        ]),
      ]),
    );
    expect(facts.host).toEqual([
      { name: '张三', duty: '副校长', title: '高级教师', phone: '13900000000' },
    ]);
    expect(facts.coreMembers).toEqual([{ name: '李四', title: '一级教师' }]);
  });
});

describe('host qualifications', () => {
  it('reads conditions in their section only, by text or circled number', () => {
    const facts = values(
      extractFacts([
        page([
          { kind: 'table', rows: [['辅导员', '李四（县教研员）']] },
          '主持人申报条件',
          '主持人符合第①、⑥条：在省级教学现场竞赛获二等奖；是公认的骨干教师。',
        ]),
      ]),
    );
    expect(facts.hostQualifications).toEqual(['provincialCompetition2ndPlus', 'backboneTeacher']);
  });

  it('counts only the ticked lines of a checklist, and an empty list when none applies', () => {
    const ticked = values(
      extractFacts([
        page([
          '二、主持人申报条件',
          '√ ①在省级教学现场竞赛获二等奖以上',
          '□ ⑤县市级专兼职教研员',
          '√ ⑥具备一定科研能力公认的骨干教师',
        ]),
      ]),
    );
    expect(ticked.hostQualifications).toEqual(['provincialCompetition2ndPlus', 'backboneTeacher']);
    const none = values(extractFacts([page(['主持人申报条件', '长期从事信息科技教学工作。'])]));
    expect(none.hostQualifications).toEqual([]);
  });
});

describe('what is not there', () => {
  it('proposes nothing from scanned pages and nothing not stated', () => {
    expect(extractFacts([scannedPage(1), scannedPage(2)])).toEqual({});
    expect(extractFacts([page(['关于组织申报的说明'])])).toEqual({});
  });
});

describe("a pack's own facts", () => {
  it('reads them by the pack hints (labels, patterns), typed, and ignores a bad pattern', () => {
    const pack = builtinPack('yueyang-2023-alliance');
    pack.facts.push({
      id: 'broken',
      type: 'text',
      label: { zh: '坏' },
      hints: { patterns: ['(unclosed'] },
    });
    const facts = values(
      extractFacts(
        [
          page([
            { kind: 'table', rows: [['性别', '女', '年龄', '四十二']] },
            '联系邮箱 zhangsan@example.com（工作日回复）',
            '报送日期：2023年10月20日',
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.hostGender).toBe('女');
    expect(facts.hostAge).toBe(42);
    expect(facts.hostContact).toBe('zhangsan@example.com');
    expect(facts.submittedOn).toBe('2023-10-20');
    expect(facts.broken).toBeUndefined();
  });
});

describe('fields of their own', () => {
  it('reads counts, dates and cases written as fields or tables', () => {
    const facts = values(
      extractFacts(
        [
          page([
            '推荐单位（盖章）：大连市教育局',
            {
              kind: 'table',
              rows: [
                ['实践时间', '2019年9月至今'],
                ['预期典型案例数', '6个'],
                ['年度资源开发目标', '不少于二百条'],
              ],
            },
            {
              kind: 'table',
              rows: [
                ['序号', '案例名称', '完成时间'],
                ['1', '分层作业案例', '2021年'],
                ['2', '听说诊断案例', '2022年'],
              ],
            },
          ]),
        ],
        { deadline: '2022-09-15' },
      ),
    );
    expect(facts).toMatchObject({
      recommendingBody: '大连市教育局',
      practiceStart: '2019-09',
      typicalCases: 6,
      annualResourceTarget: 200,
      existingCases: ['分层作业案例', '听说诊断案例'],
    });
  });

  it('continues a table on the next page below a short running header', () => {
    const header = ['角色', '姓名', '职称'];
    const first = page(
      [
        {
          kind: 'table',
          rows: [header, ['核心成员', '张三', '一级教师'], ['核心成员', '李四', '二级教师']],
        },
      ],
      1,
    );
    const second = page(['附件1', { kind: 'table', rows: [['核心成员', '王五', '高级教师']] }], 2);
    const facts = values(extractFacts([first, second]));
    expect((facts.coreMembers as { name: string }[]).map((p) => p.name)).toEqual([
      '张三',
      '李四',
      '王五',
    ]);
  });
  it('continues a table below a piece of a cell the page break cut, above its column', () => {
    const header = ['姓名', '职称', '工作单位'];
    const first = page(
      ['核心成员', { kind: 'table', rows: [header, ['张三', '一级教师', '甲市一中']] }],
      1,
    );
    const second = page([{ kind: 'table', rows: [['王五', '高级教师', '育才学校']] }], 2);
    // The unit's first half ("岳阳市君山区") stands above its column, at the top of page 2.
    const cut = second.items.find((i) => i.str === '育才学校')!;
    const withPiece = buildPageText(
      2,
      [0, 0, 595, 842],
      0,
      [
        item('岳阳市君山区', cut.rect[0], 800),
        ...second.items.map((i) => item(i.str, i.rect[0], i.rect[1] + 2.2)),
      ],
      second.lines.flatMap((l) =>
        l.cells.flatMap(({ rect: [x0, y0, x1, y1] }) => [
          { horizontal: true, at: y0, from: x0, to: x1 },
          { horizontal: true, at: y1, from: x0, to: x1 },
          { horizontal: false, at: x0, from: y0, to: y1 },
          { horizontal: false, at: x1, from: y0, to: y1 },
        ]),
      ),
    );
    const facts = values(extractFacts([first, withPiece]));
    expect((facts.coreMembers as { name: string }[]).map((p) => p.name)).toEqual(['张三', '王五']);
  });

  it('starts another table on the next page below a label no page opened with', () => {
    // One table per role, the same columns each: the second role's table opens page 2.
    const header = ['姓名', '职称', '工作单位'];
    const first = page(
      [
        '核心成员',
        {
          kind: 'table',
          rows: [header, ['张三', '一级教师', '甲市一中'], ['李四', '二级教师', '乙县二中']],
        },
      ],
      1,
    );
    const second = page(
      ['资源审核员', { kind: 'table', rows: [header, ['王五', '高级教师', '丙区三小']] }],
      2,
    );
    const facts = values(
      extractFacts([first, second], { pack: builtinPack('yueyang-2023-alliance') }),
    );
    expect((facts.coreMembers as { name: string }[]).map((p) => p.name)).toEqual(['张三', '李四']);
    expect((facts.resourceReviewers as { name: string }[]).map((p) => p.name)).toEqual(['王五']);
  });
});

describe('people tables that do not hold together', () => {
  const header = ['类别', '姓名', '学科', '手机', '工作单位'];
  const table = (rows: string[][]) =>
    extractFacts([page([{ kind: 'table', rows: [header, ...rows] }])], {
      pack: builtinPack('yueyang-2023-alliance'),
    });

  it('proposes a role as uncertain when a row naming it could not be read', () => {
    const read = table([
      ['核心成员', '张三', '数学', '13800000001', '甲市一中'],
      ['核心成员', '李四', '物理', '13800000002', '乙县二中'],
    ]);
    expect((read.coreMembers!.value as { name: string }[]).map((p) => p.name)).toEqual([
      '张三',
      '李四',
    ]);
    expect(isUncertain(read.coreMembers!)).toBe(false);
    // The second row's name ran into its phone number (as a poor scan reads it): not a name.
    const broken = table([
      ['核心成员', '张三', '数学', '13800000001', '甲市一中'],
      ['核心成员', '李四13800000002', '物理', '', '乙县二中'],
    ]);
    expect((broken.coreMembers!.value as { name: string }[]).map((p) => p.name)).toEqual(['张三']);
    expect(isUncertain(broken.coreMembers!)).toBe(true);
  });

  it('proposes a role as uncertain when one person lacks a field all the others have', () => {
    const rows = (phone: string) => [
      ['核心成员', '张三', '数学', '13800000001', '甲市一中'],
      ['核心成员', '李四', '物理', '13800000002', '乙县二中'],
      ['核心成员', '王五', '化学', '13800000003', '丙县三中'],
      ['核心成员', '赵六', '生物', phone, '丁县四中'],
    ];
    expect(isUncertain(table(rows('13800000004')).coreMembers!)).toBe(false);
    const gap = table(rows(''));
    expect(gap.coreMembers!.value).toHaveLength(4);
    expect(isUncertain(gap.coreMembers!)).toBe(true);
    expect(withGaps([{ role: 'a', person: { name: '张三', phone: '1' } }])).toEqual(new Set());
  });

  it('splits a duty and a title run together in one cell, and proposes the row as uncertain when the split is a guess', () => {
    const read = (dutyTitle: string) =>
      extractFacts(
        [
          page([
            {
              kind: 'table',
              rows: [
                ['类别', '姓名', '职务职称', '手机'],
                ['主持人', '张三', dutyTitle, '13800000001'],
              ],
            },
          ]),
        ],
        { pack: builtinPack('yueyang-2023-alliance') },
      ).host!;
    const apart = read('教研组长/一级教师');
    expect(apart.value).toEqual([
      { name: '张三', duty: '教研组长', title: '一级教师', phone: '13800000001' },
    ]);
    expect(isUncertain(apart)).toBe(false);
    // Two lines of one cell joined without a mark: a known duty before a known title splits.
    const joined = read('教研组长一级教师');
    expect(joined.value).toEqual(apart.value);
    expect(isUncertain(joined)).toBe(false);
    // Where the text before the title is no duty the reader knows, the split is a guess.
    expect(isUncertain(read('信息技术一级教师'))).toBe(true);
  });

  it('tells a row whose cells stand under the header columns from one whose cells do not', () => {
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
    // Borderless: header labels are narrow, values may be wider or start a little to the left.
    const head = row([
      cell('姓名', 100, 120),
      cell('职务', 160, 180),
      cell('手机', 220, 240),
      cell('单位', 300, 320),
    ]);
    const good = row([
      cell('张三', 100, 120),
      cell('教研组长', 160, 200),
      cell('13800000001', 218, 270),
      cell('甲市第一中学', 300, 380),
    ]);
    expect(alignedWithHeader(good, head)).toBe(true);
    // Phone and unit run together into one cell across two columns.
    const across = row([
      cell('张三', 100, 120),
      cell('教研组长', 160, 200),
      cell('甲市一13800000001中学', 220, 380),
    ]);
    expect(alignedWithHeader(across, head)).toBe(false);
    // Two cells under one column (a value split where the header has one).
    const twice = row([
      cell('张三', 100, 120),
      cell('教研', 160, 175),
      cell('组长', 176, 190),
      cell('甲市第一中学', 300, 380),
    ]);
    expect(alignedWithHeader(twice, head)).toBe(false);
    // A cell under no column, far from any label.
    const astray = row([cell('张三', 100, 120), cell('教师', 260, 280)]);
    expect(alignedWithHeader(astray, head)).toBe(false);
  });
});
