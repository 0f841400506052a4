/**
 * Layout classes of extraction round 6, each on a small made-up page: registers with section
 * bars and compound labels ("性别／年龄"), a pack fact defined as a person's field, numbered items
 * run together on one line, a running banner repeated at the top of every page, people joined by
 * 和/及 whose names hold those characters, and a post verb before a unit. Every case states the
 * class, not any one form.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { hintsOf } from '../../lib/extract/readers/context';
import { splitLastItem } from '../../lib/extract/readers/person-clauses';
import {
  describe as describePerson,
  isName,
  unitThenDuty,
} from '../../lib/extract/readers/person-parts';
import type { Ruling } from '../../lib/pdf/rulings';
import { markedOptions } from '../../lib/pdf/structure/checkboxes';
import { compoundPart, labelPattern } from '../../lib/pdf/structure/key-values';
import { buildPageText, type PageText } from '../../lib/pdf/text';
import { builtinPack, parseRubricPack } from '../../lib/rubric';
import { item, page } from './pages';

const values = (facts: ReturnType<typeof extractFacts>) =>
  Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f.value]));

describe('a register: one ruled table with section bars and compound labels', () => {
  const pack = builtinPack('yueyang-2023-alliance');
  const register = page([
    '某市网络教研联盟登记表',
    {
      kind: 'table',
      widths: [0.3, 0.7],
      rows: [
        ['一、联盟信息'],
        ['联盟名称', '甲市小学编程网络教研联盟'],
        ['二、负责人（主持人）情况'],
        ['姓名', '章一鸣'],
        ['性别／年龄', '男／41'],
        ['工作单位', '甲市实验小学'],
        ['职务／职称', '教研组长／一级教师'],
        ['电话', '13800001111'],
        ['三、团队成员'],
      ],
    },
  ]);

  it('reads the person under a numbered section bar inside the table', () => {
    const facts = values(extractFacts([register], { pack }));
    expect(facts.host).toEqual([
      {
        name: '章一鸣',
        unit: '甲市实验小学',
        duty: '教研组长',
        title: '一级教师',
        phone: '13800001111',
      },
    ]);
  });

  it('reads each part of a compound field as its own fact', () => {
    const facts = values(extractFacts([register], { pack }));
    expect(facts.hostAge).toBe(41);
    expect(facts.hostGender).toBe('男');
  });

  it('takes the part only when the value has as many parts as the label', () => {
    const whole = labelPattern(['年龄']);
    expect(compoundPart('性别／年龄', whole)).toEqual({ index: 1, of: 2 });
    expect(compoundPart('年龄', whole)).toBeUndefined();
    expect(compoundPart('出生年月', whole)).toBeUndefined();
    const facts = values(
      extractFacts(
        [page([{ kind: 'table', rows: [['性别／年龄', '四十一']], widths: [0.3, 0.7] }])],
        { pack },
      ),
    );
    expect(facts.hostAge).toBeUndefined();
  });

  it("reads a fact the pack defines as the host's unit from the host, when not stated apart", () => {
    const facts = extractFacts([register], { pack });
    expect(facts.leadUnit?.value).toBe('甲市实验小学');
    expect(facts.leadUnit?.confidence).toBe(facts.host?.confidence);
  });
});

describe('numbered items on one line and banners repeated on every page', () => {
  const pack = builtinPack('liaoning-2022-community');
  const read = (pages: ReturnType<typeof page>[]) =>
    extractFacts(pages, { pack }).existingCases?.value;

  it('splits items numbered inside one line, in any numbering shape', () => {
    expect(
      read([page(['五、已形成的典型案例', '1）甲课堂案例；2）乙评价案例；3）丙实践案例。'])]),
    ).toEqual(['甲课堂案例', '乙评价案例', '丙实践案例']);
    expect(read([page(['五、已形成的典型案例', '1.甲课堂案例2.乙评价案例'])])).toEqual([
      '甲课堂案例',
      '乙评价案例',
    ]);
  });

  it('ends a list at a line numbered in another shape (the next heading)', () => {
    expect(
      read([page(['五、已形成的典型案例', '1)甲课堂案例', '2)乙评价案例', '六、推荐单位意见'])]),
    ).toEqual(['甲课堂案例', '乙评价案例']);
  });

  it('skips the banner a table repeats at the top of the next page', () => {
    const first = page([
      '某某项目登记表（续页时本行重复）',
      '一、基本信息',
      '五、已形成的典型案例',
    ]);
    const second = page(['某某项目登记表（续页时本行重复）', '1)甲课堂案例；2)乙评价案例'], 2);
    expect(read([first, second])).toEqual(['甲课堂案例', '乙评价案例']);
  });
});

describe('people joined by 和/及', () => {
  const reads = (t: string) => /^[\p{Script=Han}]{2,4}$/u.test(t);
  const split = (text: string) => splitLastItem({ text, at: 0 }, reads);

  it('splits only where both sides read as a person', () => {
    expect(split('张三和李四').items.map((i) => i.text)).toEqual(['张三', '李四']);
    // Surname 和: the conjunction is the second 和.
    expect(split('和平和李四').items.map((i) => i.text)).toEqual(['和平', '李四']);
    expect(split('王及第及赵六').items.map((i) => i.text)).toEqual(['王及第', '赵六']);
    // A name holding 和 or 及 alone is no list.
    expect(split('和平').items.map((i) => i.text)).toEqual(['和平']);
    expect(split('李和平').items.map((i) => i.text)).toEqual(['李和平']);
  });

  it('keeps an item whole and unsure where two splits read', () => {
    // 张三 | 平和李四 or 张三和平 | 李四.
    const r = split('张三和平和李四');
    expect(r.items.map((i) => i.text)).toEqual(['张三和平和李四']);
    expect(r.unsure).toBe(true);
  });

  it('reads an appointment naming a person surnamed 和', () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const facts = values(
      extractFacts(
        [page(['联盟聘请和平（甲市教科院，教研员）和李四（乙县教研室，教研员）担任顾问。'])],
        {
          pack,
        },
      ),
    );
    expect(facts.advisors).toEqual([
      { name: '和平', unit: '甲市教科院', duty: '教研员' },
      { name: '李四', unit: '乙县教研室', duty: '教研员' },
    ]);
  });
});

describe('a post verb before a unit', () => {
  it('is no part of the unit', () => {
    expect(describePerson('张三', ['现任甲市第一中学教务主任', '高级教师']).person).toEqual({
      name: '张三',
      unit: '甲市第一中学',
      duty: '教务主任',
      title: '高级教师',
    });
  });
});

/** Items placed by hand on one A4 page, with ruled boxes for the cells given. */
function placed(
  items: [string, number, number][],
  boxes: [number, number, number, number][] = [],
  number = 1,
): PageText {
  const rulings: Ruling[] = boxes.flatMap(([x0, y0, x1, y1]) => [
    { horizontal: true, at: y1, from: x0, to: x1 },
    { horizontal: true, at: y0, from: x0, to: x1 },
    { horizontal: false, at: x0, from: y0, to: y1 },
    { horizontal: false, at: x1, from: y0, to: y1 },
  ]);
  return buildPageText(
    number,
    [0, 0, 842, 595],
    0,
    items.map(([s, x, y]) => item(s, x, y)),
    rulings,
  );
}

/** Two-column ruled tables side by side, one row every 22 units from `top`. */
function twinTables(left: string[][], right: string[][], top: number) {
  const items: [string, number, number][] = [];
  const boxes: [number, number, number, number][] = [];
  const put = (rows: string[][], x: number) =>
    rows.forEach((row, r) => {
      const y1 = top - r * 22;
      row.forEach((text, c) => {
        const x0 = x + c * 150;
        boxes.push([x0, y1 - 22, x0 + 150, y1]);
        items.push([text, x0 + 4, y1 - 15]);
      });
    });
  put(left, 40);
  put(right, 420);
  return { items, boxes };
}

describe('two tables side by side on a landscape page', () => {
  it("reads the host's card under its own heading, past the rows of the table beside it", () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const { items, boxes } = twinTables(
      [
        ['联盟名称', '甲县编程网络教研联盟'],
        ['学段', '初中'],
        ['推选单位', '甲县电化教育馆'],
      ],
      [
        ['姓名', '程立新'],
        ['年龄', '45'],
        ['所在单位', '甲县第二中学'],
        ['职务', '副校长'],
        ['职称', '高级教师'],
      ],
      540,
    );
    const facts = values(
      extractFacts(
        [placed([['一、联盟基本信息', 40, 550], ['二、主持人信息', 420, 550], ...items], boxes)],
        { pack },
      ),
    );
    expect(facts.host).toEqual([
      { name: '程立新', unit: '甲县第二中学', duty: '副校长', title: '高级教师' },
    ]);
    expect(facts.leadUnit).toBe('甲县第二中学');
  });
});

describe('a Word document of "label：value" lines', () => {
  const pack = builtinPack('liaoning-2022-community');

  it('joins a letter-spaced label split into two cells', () => {
    const facts = values(
      extractFacts(
        [
          placed([
            ['二、负责人', 56, 760],
            ['姓', 56, 740],
            ['名：孔令伟', 100, 740],
            ['工作单位：甲市第三小学', 56, 720],
            ['职', 56, 700],
            ['务：副校长', 100, 700],
            ['职', 56, 680],
            ['称：高级教师', 100, 680],
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.host).toEqual([
      { name: '孔令伟', unit: '甲市第三小学', duty: '副校长', title: '高级教师' },
    ]);
  });

  it('reads units listed one per numbered line with their fields by label', () => {
    const facts = values(
      extractFacts(
        [
          page([
            '一、参与单位（不含牵头学校）',
            '(1)甲市乙区第一小学　所在地：甲市乙区　类型：小学',
            '(2)甲市丙区实验中学　所在地：甲市丙区　类型：初级中学',
            '二、负责人',
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.memberUnits).toEqual([
      { name: '甲市乙区第一小学', region: '甲市乙区', type: '小学' },
      { name: '甲市丙区实验中学', region: '甲市丙区', type: '初级中学' },
    ]);
  });

  it('reads people lines under a bracketed list of their fields, up to the next section', () => {
    const facts = values(
      extractFacts(
        [
          placed([
            ['三、核心成员', 56, 760],
            ['（姓名', 56, 740],
            ['工作单位', 120, 740],
            ['职称', 220, 740],
            ['任教学科）', 280, 740],
            ['1.许文清　甲市第三小学　一级教师　数学', 56, 720],
            ['2.和平　乙县实验中学　高级教师　语文', 56, 700],
            ['四、拟取得成果', 56, 680],
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.coreMembers).toEqual([
      { name: '许文清', unit: '甲市第三小学', title: '一级教师', subject: '数学' },
      { name: '和平', unit: '乙县实验中学', title: '高级教师', subject: '语文' },
    ]);
  });
});

describe('a people table whose number column names one row’s role', () => {
  it('gives that row its role, the numbered rows the role of the section', () => {
    const pack = builtinPack('liaoning-2022-community');
    const facts = values(
      extractFacts(
        [
          page([
            '三、核心成员',
            {
              kind: 'table',
              rows: [
                ['序号', '姓名', '单位', '职称'],
                ['负责人', '范志远', '甲市第一中学', '正高级教师'],
                ['1)', '郝静', '甲市第一中学', '一级教师'],
                ['2)', '石磊', '乙县第二中学', '二级教师'],
              ],
            },
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.host).toEqual([{ name: '范志远', unit: '甲市第一中学', title: '正高级教师' }]);
    expect(facts.coreMembers).toEqual([
      { name: '郝静', unit: '甲市第一中学', title: '一级教师' },
      { name: '石磊', unit: '乙县第二中学', title: '二级教师' },
    ]);
  });
});

describe("a cover's summary and the card inside naming the same person", () => {
  it('reads one record with the fields of both', () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const facts = values(
      extractFacts(
        [
          page([
            '某网络教研联盟申报书',
            {
              kind: 'table',
              rows: [
                ['主持人', '严立'],
                ['所在单位', '甲县第五中学'],
              ],
            },
          ]),
          page(
            [
              '二、主持人情况',
              {
                kind: 'table',
                rows: [
                  ['姓名', '严立', '性别', '女'],
                  ['职务', '教研组长', '职称', '一级教师'],
                  ['所在单位', '甲县第五中学', '联系电话', '13900002222'],
                ],
              },
            ],
            2,
          ),
        ],
        { pack },
      ),
    );
    expect(facts.host).toEqual([
      {
        name: '严立',
        unit: '甲县第五中学',
        duty: '教研组长',
        title: '一级教师',
        phone: '13900002222',
      },
    ]);
  });
});

describe('numbered conditions', () => {
  const pack = builtinPack('yueyang-2023-alliance');
  const def = pack.facts.find((f) => f.id === 'hostQualifications')!;

  it('pairs a mark standing apart after an option with that option, not with the numbered next', () => {
    const text =
      '①在省级教学现场竞赛获二等奖以上 ②在全市“金鹮杯”教学大赛中获一等奖以上 ③主持过市级及以上课题且已结题 √ ④在“基础教育精品课”、“一师一优课”、“微课大赛”中获市级一等奖及以上 ⑤县市级专兼职教研员 ⑥具备一定科研能力公认的骨干教师';
    expect(markedOptions(text, hintsOf(def).options)?.chosen).toEqual([
      'municipalProjectCompleted',
    ]);
    // A mark right before the number still goes with the option after it.
    const before = '☐①在省级教学现场竞赛获二等奖以上 ☑②在全市“金鹮杯”教学大赛中获一等奖以上';
    expect(markedOptions(before, hintsOf(def).options)?.chosen).toEqual(['jinhuanCup1stPlus']);
  });

  it('takes every cited number, and doubts an option worded elsewhere and not cited', () => {
    const facts = extractFacts(
      [
        page([
          '主持人申报条件（请注明符合第几项）',
          '符合第①项：曾获省中小学教学现场竞赛二等奖。',
          '符合第②项：获市“金鹮杯”教学大赛一等奖。',
          '联盟团队',
          '辅导员：钟一凡　甲县教研室　教研员',
        ]),
      ],
      { pack },
    );
    expect(facts.hostQualifications?.value).toEqual([
      'provincialCompetition2ndPlus',
      'jinhuanCup1stPlus',
    ]);
    expect(isUncertain(facts.hostQualifications!)).toBe(true);
  });
});

describe('which side of its option a mark stands on, from how the lines open', () => {
  const pack = builtinPack('yueyang-2023-alliance');
  const options = hintsOf(pack.facts.find((f) => f.id === 'hostQualifications')!).options;

  it('reads marks before their options when every line opens with a mark', () => {
    // A wrapped line joined without a space puts one mark right after the option before it.
    const text =
      '○ ①在省级教学现场竞赛获二等奖以上\n● ②在全市“金鹮杯”教学大赛中获一等奖以上\n○ ③主持过市级及以上课题且已结题● ④在“基础教育精品课”中获市级一等奖及以上\n○ ⑤县市级专兼职教研员';
    expect(markedOptions(text, options)?.chosen).toEqual([
      'jinhuanCup1stPlus',
      'qualityCourseMunicipal1stPlus',
    ]);
  });

  it('reads marks after their options when every line opens with an option', () => {
    const text =
      '①在省级教学现场竞赛获二等奖以上\n②在全市“金鹮杯”教学大赛中获一等奖以上 √\n③主持过市级及以上课题且已结题\n⑤县市级专兼职教研员 √';
    expect(markedOptions(text, options)?.chosen).toEqual([
      'jinhuanCup1stPlus',
      'teachingResearcher',
    ]);
  });
});

describe('a register’s label synonyms, as the pack words them', () => {
  it('reads 教材册次, 符合条件 and a yearly figure after 每年', () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const facts = values(
      extractFacts(
        [
          page([
            {
              kind: 'table',
              widths: [0.3, 0.7],
              rows: [
                ['教材册次', '五年级上册'],
                ['年度资源开发量（注1）', '每年不少于240条'],
                ['符合条件（注2）', '②获“金鹮杯”一等奖；⑤兼职教研员'],
              ],
            },
            '注1：通知要求每年原创或深度二次加工的教学资源不少于200条。',
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.gradeVolumes).toEqual(['五上']);
    expect(facts.annualResourceTarget).toBe(240);
    expect(facts.hostQualifications).toEqual(['jinhuanCup1stPlus', 'teachingResearcher']);
  });
});

describe('the host described in a sentence', () => {
  const pack = builtinPack('yueyang-2023-alliance');

  it('reads gender and age as the pack words them, and the person around them', () => {
    const facts = extractFacts(
      [
        page([
          '二、主持人情况',
          '主持人葛云，女，43岁，一级教师，现任甲县第四中学教研组长，电话13700003333。',
        ]),
      ],
      { pack },
    );
    expect(facts.hostGender?.value).toBe('女');
    expect(facts.hostAge?.value).toBe(43);
    expect(facts.host?.value).toEqual([
      {
        name: '葛云',
        title: '一级教师',
        unit: '甲县第四中学',
        duty: '教研组长',
        phone: '13700003333',
      },
    ]);
  });

  it('splits a school and a department duty, as uncertain where a unit could end at the department', () => {
    const split = unitThenDuty('甲市乙区第一中学信息中心主任');
    expect(split).toMatchObject({
      unit: '甲市乙区第一中学',
      rest: '信息中心主任',
      ambiguous: true,
    });
    expect(unitThenDuty('甲市乙区第一中学教研组长')).toEqual({
      unit: '甲市乙区第一中学',
      rest: '教研组长',
      kind: 'duty',
    });
    const d = describePerson('张三', ['甲市乙区第一中学信息中心主任']);
    expect(d.person).toEqual({ name: '张三', unit: '甲市乙区第一中学', duty: '信息中心主任' });
    expect(d.doubtful).toBe(1);
  });
});

describe('choices answered in the clauses of a memo', () => {
  const pack = builtinPack('yueyang-2023-alliance');
  const read = (lines: string[]) => values(extractFacts([page(lines)], { pack }));

  it('reads a clause naming the fact by its label and an option by its wording', () => {
    const facts = read([
      '一、联盟概况',
      '本联盟面向小学学段，选定四年级下册为研究教材，研究类别为编程教育。',
    ]);
    expect(facts.stages).toEqual(['小学']);
    expect(facts.gradeVolumes).toEqual(['四下']);
    expect(facts.researchCategory).toBe('编程教育');
  });

  it('reads nothing from clauses quoting the notice', () => {
    const facts = read(['按照通知要求，研究类别须为人工智能或编程教育之一。']);
    expect(facts.researchCategory).toBeUndefined();
  });
});

describe('counts and bodies as a cover or a memo states them (pack vocabulary)', () => {
  const pack = builtinPack('liaoning-2022-community');
  const read = (lines: string[]) => values(extractFacts([page(lines)], { pack }));

  it("reads a cover's count of member units, and a memo's", () => {
    expect(read(['参与单位：5所（不含牵头单位）']).memberUnitCount).toBe(5);
    expect(read(['本共同体除牵头学校外，另有三所学校参与，分工如下。']).memberUnitCount).toBe(3);
  });

  it('reads the body that reviewed and agreed, with a comma between', () => {
    expect(read(['推荐单位审核意见：经甲市教育局审核，同意推荐。']).recommendingBody).toBe(
      '甲市教育局',
    );
    const yy = builtinPack('yueyang-2023-alliance');
    const facts = values(extractFacts([page(['经甲县电化教育馆审核，同意推选。'])], { pack: yy }));
    expect(facts.recommendingBody).toBe('甲县电化教育馆');
  });
});

describe('cross-checks between facts', () => {
  it('doubts a member-unit list a stated count disagrees with, and proposes no count beside it', () => {
    const pack = builtinPack('liaoning-2022-community');
    const facts = extractFacts(
      [
        page([
          '参与单位：3所（不含牵头单位）',
          '二、主要成员单位',
          {
            kind: 'table',
            rows: [
              ['序号', '单位名称', '所在地区', '单位类型'],
              ['1', '甲市第一中学', '甲市', '初级中学'],
              ['2', '甲市第二小学', '甲市', '小学'],
            ],
          },
        ]),
      ],
      { pack },
    );
    // The count stands in for names not given: with the names read it is not proposed, and
    // disagreeing with them it makes the list doubtful.
    expect(facts.memberUnitCount).toBeUndefined();
    expect(facts.memberUnits?.value).toHaveLength(2);
    expect(isUncertain(facts.memberUnits!)).toBe(true);
  });

  it('doubts a stated unit that is not the unit of the person the call defines it by', () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const facts = extractFacts(
      [
        page([
          { kind: 'table', widths: [0.3, 0.7], rows: [['所在单位', '甲县第一中学']] },
          '二、主持人情况',
          {
            kind: 'table',
            widths: [0.3, 0.7],
            rows: [
              ['姓名', '鲁明'],
              ['工作单位', '乙县实验小学'],
            ],
          },
        ]),
      ],
      { pack },
    );
    expect(facts.leadUnit?.value).toBe('甲县第一中学');
    expect(isUncertain(facts.leadUnit!)).toBe(true);
    expect(isUncertain(facts.host!)).toBe(true);
  });
});

describe('a section bar inside a register table', () => {
  it('opens its section: outcomes read from the rows under "四、拟取得成果"', () => {
    const pack = builtinPack('liaoning-2022-community');
    const facts = values(
      extractFacts(
        [
          page([
            {
              kind: 'table',
              widths: [0.1, 0.5, 0.2, 0.2],
              rows: [
                [{ text: '四、拟取得成果（注2）', colspan: 4 }],
                ['1', '某模式研究报告', '研究报告', '1份'],
                ['2', '某应用指南', '应用指南', '1册'],
                [{ text: '五、推荐单位意见', colspan: 4 }],
              ],
            },
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.expectedOutcomes).toEqual({ researchReport: true, guide: true });
  });

  it("does not take a list's number under a count's label for the count", () => {
    const pack = builtinPack('liaoning-2022-community');
    const facts = values(
      extractFacts([page(['【参与单位】', '1. 甲市第十一中学（甲市乙区，初中）'])], { pack }),
    );
    expect(facts.memberUnitCount).toBeUndefined();
  });
});

describe('a text field whose label stands beside a grid of options', () => {
  it('proposes the first cell as uncertain: the mark, not the first cell, says which one', () => {
    const pack = builtinPack('liaoning-2022-community');
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [
              [{ text: '类别', rowspan: 2 }, '智慧甲', '智慧乙', '智慧丙'],
              ['智慧丁', '√', '其他'],
              ['应用方向', { text: '某方向', colspan: 3 }],
            ],
          },
        ]),
      ],
      { pack },
    );
    expect(['智慧甲', '智慧丁']).toContain(facts.category?.value);
    expect(isUncertain(facts.category!)).toBe(true);
    expect(isUncertain(facts.direction!)).toBe(false);
  });
});

describe('a table answering each condition 是 or 否', () => {
  it('reads the conditions answered yes', () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const facts = values(
      extractFacts(
        [
          page([
            '附表4 主持人申报条件对照表',
            {
              kind: 'table',
              widths: [0.1, 0.7, 0.2],
              rows: [
                ['序号', '条件', '是否符合'],
                ['①', '在省级教学现场竞赛获二等奖以上', '否'],
                ['②', '在全市“金鹮杯”教学大赛中获一等奖以上', '是'],
                ['③', '主持过市级及以上课题且已结题', '否'],
                ['⑤', '县市级专兼职教研员', '是'],
              ],
            },
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.hostQualifications).toEqual(['jinhuanCup1stPlus', 'teachingResearcher']);
  });
});

describe('a QQ number as the contact', () => {
  it('is read after "QQ/邮箱" in a sentence or a compound field, as the pack words it', () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const read = (lines: Parameters<typeof page>[0]) =>
      values(extractFacts([page(lines)], { pack })).hostContact;
    expect(read(['主持人郭宁，男，40岁，联系电话13600001234，QQ/邮箱5566778899。'])).toBe(
      '5566778899',
    );
    expect(read([{ kind: 'table', widths: [0.3, 0.7], rows: [['QQ／邮箱', '1234567']] }])).toBe(
      '1234567',
    );
  });
});

describe('a member-unit table whose region column is merged over units of one district', () => {
  it('gives every unit the merged region, under a 参与单位名称 column', () => {
    const pack = builtinPack('liaoning-2022-community');
    const facts = values(
      extractFacts(
        [
          page([
            '参与单位（不含牵头单位）',
            {
              kind: 'table',
              rows: [
                ['所在地区', '参与单位名称', '学段/类型'],
                [{ text: '甲市乙区', rowspan: 2 }, '甲市乙区第一小学', '小学'],
                ['甲市乙区第二中学', '初级中学'],
                ['丙县', '丙县实验中学', '初级中学'],
              ],
            },
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.memberUnits).toEqual([
      { name: '甲市乙区第一小学', region: '甲市乙区', type: '小学' },
      { name: '甲市乙区第二中学', region: '甲市乙区', type: '初级中学' },
      { name: '丙县实验中学', region: '丙县', type: '初级中学' },
    ]);
  });
});

describe('a role line whose one person is written with spaces between the fields', () => {
  it('reads the person from the spaces the file sets', () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const facts = values(extractFacts([page(['辅导员：舒远航　甲县教研室　教研员'])], { pack }));
    expect(facts.counselors).toEqual([{ name: '舒远航', unit: '甲县教研室', duty: '教研员' }]);
  });
});

describe('a roster split into two halves side by side', () => {
  it('gives the right half the role of the heading over both', () => {
    const pack = builtinPack('liaoning-2022-community');
    const { items, boxes } = twinTables(
      [
        ['姓名', '工作单位'],
        ['石英', '甲市第一中学'],
        ['曲波', '甲市第二中学'],
      ],
      [
        ['姓名', '工作单位'],
        ['常青', '乙县实验小学'],
        ['路遥', '乙县第三中学'],
      ],
      520,
    );
    const facts = values(
      extractFacts(
        [
          placed(
            [['三、核心成员（一）', 40, 530], ['三、核心成员（二）', 420, 530], ...items],
            boxes,
          ),
        ],
        { pack },
      ),
    );
    expect(facts.coreMembers).toEqual([
      { name: '石英', unit: '甲市第一中学' },
      { name: '曲波', unit: '甲市第二中学' },
      { name: '常青', unit: '乙县实验小学' },
      { name: '路遥', unit: '乙县第三中学' },
    ]);
  });
});

describe('a role stated to have nobody yet', () => {
  it('is an empty list, and the words are never a name', () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const facts = values(
      extractFacts([page(['资源内容审核管理员：暂未确定，待立项后推选。'])], { pack }),
    );
    expect(facts.resourceReviewers).toEqual([]);
    expect(isName('暂未确定')).toBe(false);
    expect(isName('无忌')).toBe(true);
  });
});

describe('a row with no role label under a one-row role cell', () => {
  const pack = builtinPack('yueyang-2023-alliance');
  const read = (
    second: (string | { text: string; rowspan?: number })[],
    first: string | { text: string; rowspan?: number },
  ) =>
    extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [
              ['角色', '姓名', '工作单位', '职称'],
              [first, '贝宁', '甲县教研室', '高级教师'],
              second,
            ],
          },
        ]),
      ],
      { pack },
    ).counselors!;

  it('leaves the role a guess: the list is uncertain', () => {
    const fact = read(['', '柏松', '甲县第一中学', '一级教师'], '辅导员');
    expect(isUncertain(fact)).toBe(true);
  });

  it('is sure when the role cell is merged down over the row', () => {
    const fact = read(['柏松', '甲县第一中学', '一级教师'], { text: '辅导员', rowspan: 2 });
    expect(fact.value).toHaveLength(2);
    expect(isUncertain(fact)).toBe(false);
  });
});

describe("a person's field labelled with the role's name", () => {
  it('reads 主持人年龄 and 主持人性别 as the pack names them', () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const facts = values(
      extractFacts(
        [
          page([
            {
              kind: 'table',
              widths: [0.3, 0.7],
              rows: [
                ['主持人性别', '男'],
                ['主持人年龄', '47'],
              ],
            },
          ]),
        ],
        { pack },
      ),
    );
    expect(facts.hostGender).toBe('男');
    expect(facts.hostAge).toBe(47);
  });
});

describe("a pack's ofPerson hint", () => {
  it('must name a people fact of the pack', () => {
    const problems = (fact: string) => {
      const pack = structuredClone(builtinPack('yueyang-2023-alliance'));
      const def = pack.facts.find((f) => f.id === 'leadUnit')!;
      def.hints = { ...def.hints, ofPerson: { fact, field: 'unit' } };
      const result = parseRubricPack(pack);
      return result.ok ? [] : result.problems.map((p) => p.code);
    };
    expect(problems('host')).toEqual([]);
    expect(problems('projectName')).toContain('factTypeMismatch');
    expect(problems('nobody')).toContain('unknownFact');
  });
});
