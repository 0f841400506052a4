/**
 * Layout classes of extraction round 9, each on a small made-up page or record: values filled
 * in brackets (【】〔〕), list items numbered by a bracketed marker, a mobile number cut short, a
 * role read with fewer fields than every other person of the form, and a host's unit stated in
 * a field of its own. Every case states the class, not any one form.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { parseWithHalf } from '../../lib/extract/numerals';
import { withoutRestatedList } from '../../lib/extract/readers/choice';
import { isQuotedRequirement } from '../../lib/extract/readers/number';
import { missingFields } from '../../lib/extract/readers/people-structure';
import { unitCaption } from '../../lib/extract/readers/people-tables';
import { describe as describePerson, subjectTaught } from '../../lib/extract/readers/person-parts';
import { implausibleFields } from '../../lib/extract/readers/person-plausible';
import { withoutRoleWord } from '../../lib/extract/readers/person-prose';
import { filledIn, tickedText } from '../../lib/extract/readers/text';
import type { Person } from '../../lib/facts/standard';
import { cleanLabel, cleanValue, withoutGloss } from '../../lib/pdf/structure/key-values';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

describe('a value written wholly in brackets', () => {
  it('is what is inside', () => {
    expect(cleanValue('【甲市教育局】')).toBe('甲市教育局');
    expect(cleanValue('〔高级教师〕')).toBe('高级教师');
    expect(cleanValue('「乙县实验小学」')).toBe('乙县实验小学');
  });

  it('ends at its closing bracket when the next label’s first words ran into it', () => {
    expect(filledIn('【甲市教育局】 填报')).toBe('甲市教育局');
    expect(filledIn('〔乙县教研室〕日期')).toBe('乙县教研室');
    expect(filledIn('甲市教育局')).toBe('甲市教育局');
  });

  it('keeps a bracket that only opens the value', () => {
    expect(cleanValue('【一】甲')).toBe('【一】甲');
  });

  it('is read without them from a labelled blank', () => {
    const facts = extractFacts(
      [page(['某市共同体项目申报书', '推荐单位：【甲市教育局】', '项目名称：甲市小学编程共同体'])],
      { pack: builtinPack('liaoning-2022-community') },
    );
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
  });
});

describe('list items numbered by a bracketed marker', () => {
  it('are one item per line, without the marker', () => {
    const facts = extractFacts(
      [
        page([
          '四、已形成的典型案例',
          '【案例一】甲校编程社团课例',
          '【案例二】乙校数据分析案例',
          '五、预期成果',
        ]),
      ],
      { pack: builtinPack('liaoning-2022-community') },
    );
    expect(facts.existingCases?.value).toEqual(['甲校编程社团课例', '乙校数据分析案例']);
  });
});

describe('a phone number', () => {
  it('of eight digits from 1 is a mobile number cut short, not a local number', () => {
    expect(implausibleFields({ name: '林立', phone: '18905920' })).toEqual(['phone']);
    expect(implausibleFields({ name: '林立', phone: '82345678' })).toEqual([]);
  });
});

describe('a role read with fewer fields than every other person of the form', () => {
  const full = (name: string): Person => ({
    name,
    unit: '甲市第一中学',
    duty: '教师',
    title: '一级教师',
    phone: '13900000001',
  });
  const others: [string, Person[]][] = [
    ['advisors', [full('王芳')]],
    ['coreMembers', [full('李明'), full('赵丽'), full('钱亮')]],
  ];

  it('names the fields it lacks', () => {
    const lists = new Map([...others, ['host', [{ name: '林立', title: '高级教师' }]]]);
    expect(missingFields('host', lists).sort()).toEqual(['duty', 'phone']);
    expect(missingFields('coreMembers', lists)).toEqual([]);
  });

  it('does not count a lone person’s unit or subject, which a card leaves to other fields', () => {
    const host = { name: '林立', duty: '教师', title: '一级教师', phone: '13900000002' };
    expect(missingFields('host', new Map([...others, ['host', [host]]]))).toEqual([]);
    const two = [host, { ...host, name: '周强' }];
    expect(missingFields('host', new Map([...others, ['host', two]]))).toEqual(['unit']);
  });

  it('asks nothing when too few other people are read to compare', () => {
    const lists = new Map([
      ['advisors', [full('王芳')]],
      ['host', [{ name: '林立' }]],
    ]);
    expect(missingFields('host', lists)).toEqual([]);
  });

  it('makes the role uncertain in a form', () => {
    const row = (n: string, i: number) => [n, '甲市第一中学', '教师', '一级教师', `1390000000${i}`];
    const facts = extractFacts(
      [
        page([
          '网络教研联盟申报表',
          '联盟主持人：林立',
          '核心成员',
          {
            kind: 'table',
            rows: [
              ['姓名', '所在单位', '职务', '职称', '联系电话'],
              row('李明', 1),
              row('赵丽', 2),
              row('钱亮', 3),
            ],
          },
        ]),
      ],
      { pack: builtinPack('yueyang-2023-alliance') },
    );
    expect(facts.coreMembers?.value).toHaveLength(3);
    expect(facts.host).toBeDefined();
    expect(isUncertain(facts.host!)).toBe(true);
  });
});

describe('a host whose unit the pack defines as a fact of its own', () => {
  it('gets the unit stated in that field', () => {
    const facts = extractFacts(
      [
        page([
          '网络教研联盟申报表',
          '联盟名称：甲市小学编程网络教研联盟',
          '所在单位：甲市实验小学',
          '主持人：林立',
          '职务/职称：副校长/高级教师',
          '联系方式：13900000001',
        ]),
      ],
      { pack: builtinPack('yueyang-2023-alliance') },
    );
    expect(facts.host).toBeDefined();
    expect((facts.host!.value as Person[])[0]?.unit).toBe('甲市实验小学');
  });
});

describe('people as sentences under a role heading (a résumé)', () => {
  const pack = builtinPack('yueyang-2023-alliance');

  it('reads "某校信息技术教师" as the subject taught, the duty as its own piece', () => {
    expect(subjectTaught('信息技术教师')).toBe('信息技术');
    expect(subjectTaught('信息科技/编程教师')).toBe('信息科技/编程');
    expect(subjectTaught('德育主任')).toBeUndefined();
    expect(subjectTaught('班主任教师')).toBeUndefined();
    const read = describePerson('林立', ['甲市第一中学数学教师', '教务主任', '高级教师']);
    expect(read.person).toEqual({
      name: '林立',
      unit: '甲市第一中学',
      subject: '数学',
      duty: '教务主任',
      title: '高级教师',
    });
  });

  it('reads a sentence wrapped onto the next line, one person per numbered item', () => {
    const facts = extractFacts(
      [
        page([
          '网络教研联盟申报表',
          '五、核心成员',
          // Longer than one line of the page: it wraps before its phone number.
          '（一）戴军，女，甲市金鹗中学信息技术教师，教务主任，中小学一级教师，联系电话13560115735。',
          '（二）段明，男，甲市章华学校数学教师，德育主任，高级教师，联系电话17797731753。',
          '六、资源开发与应用方案',
        ]),
      ],
      { pack },
    );
    const people = facts.coreMembers?.value as Person[];
    expect(people.map((p) => p.name)).toEqual(['戴军', '段明']);
    expect(people[0]).toMatchObject({
      subject: '信息技术',
      duty: '教务主任',
      phone: '13560115735',
    });
  });

  it('is uncertain when a piece is left over (two titles for one field)', () => {
    const facts = extractFacts(
      [
        page([
          '网络教研联盟申报表',
          '三、顾问',
          '韩明，女，甲市第十四中学信息科技教师，教授，特级教师，联系电话13815791322。',
          '四、辅导员',
        ]),
      ],
      { pack },
    );
    expect(facts.advisors).toBeDefined();
    expect(isUncertain(facts.advisors!)).toBe(true);
  });
});

describe('qualifications cited by number with the notice’s list restated in a bracket', () => {
  const pack = builtinPack('yueyang-2023-alliance');
  const read = (line: string) =>
    extractFacts([page(['网络教研联盟申报表', '主持人：林立', line, '四、资源开发方案'])], { pack })
      .hostQualifications?.value;

  it('drops the bracket: the numbers before it are the answer', () => {
    expect(withoutRestatedList('⑥（序号见通知：①在省级竞赛获奖；②在全市大赛获奖）')).toBe('⑥ ');
    expect(
      read(
        '主持人申报条件：⑥（序号见通知：①在省级教学现场竞赛获二等奖以上；②在全市“金鹮杯”教学大赛中获一等奖以上；⑥具备一定科研能力公认的骨干教师）',
      ),
    ).toEqual(['backboneTeacher']);
  });

  it('reads numbers cited in arabic after 符合第…项, not a bracket pointing into the notice', () => {
    expect(
      read('主持人申报条件：符合第2、5项（1. 在省级教学现场竞赛获二等奖以上；2. 在全市大赛获奖）'),
    ).toEqual(['jinhuanCup1stPlus', 'teachingResearcher']);
    expect(read('主持人申报条件：⑥（序号对应通知“三、申报要求”第1条）')).toEqual([
      'backboneTeacher',
    ]);
  });
});

describe('a figure in a sentence citing the notice by its title', () => {
  it('is the notice’s requirement, not the form’s count', () => {
    const s = '根据《某省关于组织开展某项目建设工作的通知》，共同体项目主要成员单位不少于4个；';
    expect(isQuotedRequirement(s, s.indexOf('4'), 1)).toBe(true);
    const own = '本共同体有主要成员单位4个。';
    expect(isQuotedRequirement(own, own.indexOf('4'), 1)).toBe(false);
  });
});

describe('outcomes stated in one sentence of clauses, without a section of their own', () => {
  const pack = builtinPack('liaoning-2022-community');
  const outcomes = (lines: string[]) =>
    extractFacts([page(['某共同体项目申报书', ...lines])], { pack }).expectedOutcomes;

  it('are read to the full stop, across clauses and lines', () => {
    const fact = outcomes([
      '(ii) 已形成典型案例：甲校劳动周管理案例',
      '(iii) Outcomes：形成《评价模式研究报告》1份；编制《课后服务',
      '质量监测评价应用指南》1册；形成8个典型案例。',
    ]);
    expect(fact?.value).toEqual({ researchReport: true, guide: true });
  });

  it('are not read from the notice’s wording quoted in a note', () => {
    const fact = outcomes(['注：通知要求成果形式包括研究报告和应用指南，形成6—8个典型案例。']);
    if (fact) expect(isUncertain(fact)).toBe(true);
  });
});

describe('a duration with a half', () => {
  it('counts the half: 一年半, 2年半, 半年', () => {
    expect(parseWithHalf('一年半')).toBe(1.5);
    expect(parseWithHalf('2年半')).toBe(2.5);
    expect(parseWithHalf('半年')).toBe(0.5);
    expect(parseWithHalf('两年')).toBeUndefined();
  });

  it('is read as such from a field and from a sentence', () => {
    const pack = builtinPack('liaoning-2022-community');
    const field = extractFacts([page(['某共同体项目推荐表', '实践年限：一年半'])], { pack });
    expect(field.practiceYears?.value).toBe(1.5);
    const prose = extractFacts(
      [page(['某共同体项目推荐表', '各成员学校已持续开展信息化教学实践一年半，组织联合教研9次。'])],
      { pack },
    );
    expect(prose.practiceYears?.value).toBe(1.5);
  });
});

describe('a row of boxes with the other option ticked', () => {
  it('gives the words written in brackets after 其他', () => {
    expect(tickedText('□智慧德育 □智慧体育 ■其他（智慧课堂）')).toBe('智慧课堂');
    expect(tickedText('□智慧德育 ■其他：智慧课堂')).toBe('智慧课堂');
  });
});

describe('people tables grouped by unit, the unit named over each group', () => {
  const pack = builtinPack('liaoning-2022-community');
  const person = (name: string, i: number) => [name, '教师', '一级教师', `1390000000${i}`];

  it('gives each person the unit of the row over their group', () => {
    const facts = extractFacts(
      [
        page([
          '某共同体项目申报书',
          '核心成员（按单位分列）',
          {
            kind: 'table',
            rows: [
              ['姓名', '职务', '职称', '联系电话'],
              [{ text: '甲市第一中学', colspan: 4 }],
              person('李明', 1),
              person('赵丽', 2),
              [{ text: '乙县实验小学', colspan: 4 }],
              person('钱亮', 3),
            ],
          },
        ]),
      ],
      { pack },
    );
    const people = facts.coreMembers?.value as Person[] | undefined;
    expect(people?.map((p) => [p.name, p.unit])).toEqual([
      ['李明', '甲市第一中学'],
      ['赵丽', '甲市第一中学'],
      ['钱亮', '乙县实验小学'],
    ]);
  });

  it('reads the unit from a "单位名称 | …" row over the group’s header', () => {
    const facts = extractFacts(
      [
        page([
          '某共同体项目申报书',
          '核心成员',
          { kind: 'table', rows: [['单位名称', '甲市第一中学', '地区/类型', '甲市／初中']] },
          {
            kind: 'table',
            rows: [
              ['角色', '姓名', '职务', '职称', '联系电话'],
              ['核心成员', ...person('李明', 1)],
            ],
          },
        ]),
      ],
      { pack },
    );
    const people = facts.coreMembers?.value as Person[] | undefined;
    expect(people?.map((p) => [p.name, p.unit])).toEqual([['李明', '甲市第一中学']]);
  });

  it('takes no unit from a row that is no unit’s name', () => {
    expect(unitCaption('核心成员（按单位分列）')).toBeUndefined();
    expect(unitCaption('甲市第一中学')).toBe('甲市第一中学');
  });
});

describe('a person written as a résumé sentence opened by the role’s word', () => {
  const pack = builtinPack('yueyang-2023-alliance');

  it('reads name, bracketed details, labelled pieces and a phone wrapped onto the next line', () => {
    const facts = extractFacts(
      [
        page([
          '网络教研联盟申报表',
          '二、主持人',
          '主持人龙文博（男，五十岁），甲市育才学校副校长，一级教师，学科/专长：信息科技，联系',
          '电话15249000984，QQ或邮箱：156947561@qq.com。',
          '三、顾问',
        ]),
      ],
      { pack },
    );
    expect(facts.host?.value).toEqual([
      {
        name: '龙文博',
        unit: '甲市育才学校',
        duty: '副校长',
        title: '一级教师',
        subject: '信息科技',
        phone: '15249000984',
      },
    ]);
  });

  it('ends the person at the full stop: what follows is their task', () => {
    const read = describePerson('田春梅', ['男', '1983年生', '甲市光明小学教学副校长', '高级教师']);
    expect(read.unknown).toBe(0);
    expect(
      withoutRoleWord('主持人龙文博（男，五十岁）', 'host', [{ id: 'host', words: ['主持人'] }]),
    ).toBe('龙文博（男，五十岁）');
    expect(withoutRoleWord('主持人会议纪要', 'host', [{ id: 'host', words: ['主持人'] }])).toBe(
      '主持人会议纪要',
    );
  });
});

describe('a bilingual form: labels with an English gloss', () => {
  it('are matched on their Chinese words', () => {
    expect(cleanLabel('姓名 Name')).toBe('姓名');
    expect(cleanLabel('电话 Tel.')).toBe('电话');
    expect(cleanLabel('项目名称 Project Name：')).toBe('项目名称');
    expect(cleanLabel('QQ')).toBe('QQ');
    expect(withoutGloss('II. 项目负责人 Project Lead')).toBe('项目负责人');
  });

  it('read their values, and a row of labels beside values is a card, not a table header', () => {
    const facts = extractFacts(
      [
        page([
          '某共同体项目推荐表',
          {
            kind: 'table',
            rows: [
              ['项目名称 Project Name', '甲市智慧课堂应用实践共同体'],
              ['牵头单位 Lead Unit', '甲市实验小学'],
            ],
          },
          'II. 项目负责人 Project Lead',
          {
            kind: 'table',
            rows: [
              ['姓名 Name', '韩振宇', '单位 Institution', '甲市实验小学'],
              ['职务 Position', '党支部书记', '职称 Title', '正高级教师'],
            ],
          },
        ]),
      ],
      { pack: builtinPack('liaoning-2022-community') },
    );
    expect(facts.projectName?.value).toBe('甲市智慧课堂应用实践共同体');
    expect(facts.leadUnit?.value).toBe('甲市实验小学');
    // The card under its bilingual heading, never an empty list from the card taken as a header.
    expect(facts.host?.value).toEqual([
      { name: '韩振宇', unit: '甲市实验小学', duty: '党支部书记', title: '正高级教师' },
    ]);
  });
});
