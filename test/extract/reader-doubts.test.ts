/**
 * Structures misread as certain on forms from other producers (issue 11, round 5), each on a
 * small made-up page: a table's header row taken for a section heading, a broad heading found
 * before the specific one, labels set off by 【】 with the value on the line below, role
 * sections of one person per line, a person named twice in one role, a numbered list whose
 * items carry long descriptions. Every case states the class, not any one form.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { mergeSameNames } from '../../lib/extract/readers/people';
import { personLine } from '../../lib/extract/readers/person-prose';
import { cleanLabel } from '../../lib/pdf/structure/key-values';
import { bracketless } from '../../lib/pdf/structure/sections';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');

describe('expected outcomes', () => {
  it('reads an outcome table, not its header row as a section', () => {
    const facts = extractFacts(
      [
        page([
          '表四 预期成果',
          {
            kind: 'table',
            rows: [
              ['成果名称', '成果形式', '数量'],
              ['教学模式研究报告', '研究报告（文本）', '1份'],
              ['信息化教学应用指南', '指南', '1册'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.expectedOutcomes?.value).toEqual({ researchReport: true, guide: true });
  });

  it("prefers the pack's specific heading (预期成果) to a broad one found first (建设目标)", () => {
    const facts = extractFacts(
      [
        page([
          '三、建设方案',
          '（一）建设目标',
          '各成员单位定期提交阶段性研究报告，由牵头单位汇总。',
          '四、预期成果',
          '①形成一份研究报告；②编制一本应用指南。',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.expectedOutcomes?.value).toEqual({ researchReport: true, guide: true });
  });

  it('proposes "none of them" only as uncertain', () => {
    const facts = extractFacts(
      [page(['四、预期成果', '开展区域经验推广活动，每学期不少于一次。'])],
      { pack: liaoning },
    );
    expect(facts.expectedOutcomes?.value).toEqual({ researchReport: false, guide: false });
    expect(facts.expectedOutcomes?.confidence).toBeLessThan(0.6);
  });

  it('reads a section under a heading set in 【】', () => {
    const facts = extractFacts(
      [
        page([
          '【预期成果】',
          '① 完成研究报告1份',
          '② 出版应用指南1部',
          '【推荐意见】',
          '同意推荐。',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.expectedOutcomes?.value).toEqual({ researchReport: true, guide: true });
  });
});

describe('labels in 【】 with the value on the line below', () => {
  it('strips the brackets from a label and a heading', () => {
    expect(cleanLabel('【牵头单位】')).toBe('牵头单位');
    expect(bracketless('［成员单位］')).toBe('成员单位');
    expect(bracketless('【A】与【B】')).toBe('【A】与【B】');
  });

  it('reads fields whose label stands alone in brackets over the value', () => {
    const facts = extractFacts(
      [page(['【共同体名称】', '数字音乐创编实践共同体', '【牵头单位】', '甲市第三十六高级中学'])],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('数字音乐创编实践共同体');
    expect(facts.leadUnit?.value).toBe('甲市第三十六高级中学');
  });
});

describe('member units as numbered lines with descriptions', () => {
  it('reads an item whose bracketed description is long', () => {
    const facts = extractFacts(
      [
        page([
          '【牵头单位】',
          '甲市第一中学',
          '【参与单位】',
          '1. 甲市乙区第十一中学（甲市乙区，初中）',
          '2. 甲市乙区东风学校（甲市乙区，九年一贯制学校）',
          '3. 丙市丁区电子商务中等职业学校（丙市丁区，中职学校）',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits?.value).toEqual([
      { name: '甲市乙区第十一中学', region: '甲市乙区', type: '初中' },
      { name: '甲市乙区东风学校', region: '甲市乙区', type: '九年一贯制学校' },
      { name: '丙市丁区电子商务中等职业学校', region: '丙市丁区', type: '中职学校' },
    ]);
    expect(facts.memberUnits?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('proposes a list cut short by an item naming no unit as uncertain', () => {
    const facts = extractFacts(
      [
        page([
          '【参与单位】',
          '1. 甲市乙区第十一中学',
          '2. 甲市乙区东风学校',
          '3. 另有两所学校正在洽谈加入',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits?.confidence).toBeLessThan(0.6);
  });
});

describe('people', () => {
  it('reads one person per line under a role heading, pieces apart by spaces', () => {
    expect(personLine('袁峰涛 甲县教育科学研究室 教研员 高级教师 13800000001')).toEqual({
      people: [
        {
          name: '袁峰涛',
          unit: '甲县教育科学研究室',
          duty: '教研员',
          title: '高级教师',
          phone: '13800000001',
        },
      ],
      unknown: 0,
    });
    // Two unit-like pieces: a unit name split by a space, not a person's fields.
    expect(personLine('何洋 甲市理工学院 信息工程学院 教授 13800000002')).toBeUndefined();
    expect(personLine('核心成员')).toBeDefined(); // a name alone still reads: the caller stops at role words
  });

  it('stops a role section at the next role heading', () => {
    const facts = extractFacts(
      [
        page([
          '【辅导员】',
          '1. 袁峰涛 甲县教育科学研究室 教研员 高级教师 13800000001',
          '【资源内容审核管理员】',
          '1. 廖雷 甲县教育技术中心 网管员 二级教师 13800000003',
          '2. 沈怡军 甲县教育技术中心 网管员 二级教师 13800000004',
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.counselors?.value).toEqual([
      {
        name: '袁峰涛',
        unit: '甲县教育科学研究室',
        duty: '教研员',
        title: '高级教师',
        phone: '13800000001',
      },
    ]);
    const reviewers = facts.resourceReviewers?.value as { name: string }[] | undefined;
    expect(reviewers?.map((p) => p.name)).toEqual(['廖雷', '沈怡军']);
  });

  it('merges one person named twice in a role when no field disagrees', () => {
    expect(
      mergeSameNames([
        { name: '张三', subject: '信息科技' },
        { name: '张三', unit: '甲校', phone: '13800000001' },
      ]),
    ).toEqual({
      people: [{ name: '张三', subject: '信息科技', unit: '甲校', phone: '13800000001' }],
      conflict: false,
    });
    const clash = mergeSameNames([
      { name: '张三', unit: '甲校' },
      { name: '张三', unit: '乙校' },
    ]);
    expect(clash.people).toHaveLength(2);
    expect(clash.conflict).toBe(true);
  });

  it('reads role title rows across a people table, a role without rows as nobody', () => {
    const band = (text: string) => [{ text, colspan: 5 }];
    const facts = extractFacts(
      [
        page([
          '网络教研联盟人员',
          {
            kind: 'table',
            widths: [0.12, 0.14, 0.32, 0.2, 0.22],
            rows: [
              ['姓名', '学科/专长', '职务/职称', '联系方式', '所在单位'],
              band('【主持人】'),
              ['朱梓国', '信息科技', '信息中心主任/正高级教师', '13800000001', '甲县第二中学'],
              band('【辅导员】'),
              band('【核心成员】'),
              ['朱慧华', '信息科技', '备课组长/一级教师', '13800000002', '甲县第二中学'],
              ['邱佳', '数学', '教师/一级教师', '13800000003', '乙县第九中学'],
            ],
          },
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.host?.value).toEqual([
      {
        name: '朱梓国',
        subject: '信息科技',
        duty: '信息中心主任',
        title: '正高级教师',
        phone: '13800000001',
        unit: '甲县第二中学',
      },
    ]);
    expect(facts.counselors?.value).toEqual([]);
    const core = facts.coreMembers?.value as { name: string }[] | undefined;
    expect(core?.map((p) => p.name)).toEqual(['朱慧华', '邱佳']);
  });

  it('finds the role column by what its cells hold when its header is no known word', () => {
    const facts = extractFacts(
      [
        page([
          '表三 项目团队',
          {
            kind: 'table',
            widths: [0.08, 0.14, 0.18, 0.26, 0.16, 0.18],
            rows: [
              ['序号', '姓名', '团队职务', '工作单位', '职称', '联系电话'],
              ['1', '吴嘉', '项目负责人', '甲市红旗小学', '高级教师', '13800000001'],
              ['2', '张欣雨', '核心成员', '甲市红旗小学', '一级教师', '13800000002'],
              ['3', '周浩', '核心成员', '乙市松山小学', '二级教师', '13800000003'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.host?.value).toEqual([
      { name: '吴嘉', unit: '甲市红旗小学', title: '高级教师', phone: '13800000001' },
    ]);
    const core = facts.coreMembers?.value as { name: string }[] | undefined;
    expect(core?.map((p) => p.name)).toEqual(['张欣雨', '周浩']);
  });
});

describe('options cited by number beside their boxes', () => {
  it('reads ticked circled numbers as the numbered options', () => {
    const facts = extractFacts([page(['申报条件：□① □② □③ □④ √⑤ √⑥（条件见通知第三条）'])], {
      pack: yueyang,
    });
    expect(facts.hostQualifications?.value).toEqual(['teachingResearcher', 'backboneTeacher']);
  });
});

describe('a table continued on the next page', () => {
  it('reads rows drawn apart from the header repeated over them as the same table', () => {
    const header = ['姓名', '所在单位', '职务', '职称', '联系电话'];
    const facts = extractFacts(
      [
        page([
          '（三）核心成员',
          {
            kind: 'table',
            rows: [
              header,
              ['范艳丹', '甲市第四十一高级中学', '德育主任', '高级教师', '13800000001'],
            ],
          },
        ]),
        page(
          [
            { kind: 'table', rows: [header] },
            {
              kind: 'table',
              rows: [['宋英燕', '乙市泉水学校', '德育主任', '高级教师', '13800000002']],
            },
            '四、建设基础',
          ],
          2,
        ),
      ],
      { pack: liaoning },
    );
    const core = facts.coreMembers?.value as { name: string }[] | undefined;
    expect(core?.map((p) => p.name)).toEqual(['范艳丹', '宋英燕']);
  });
});

describe("a field's label in a person's record", () => {
  it("takes the form's own field before a column of one person's table", () => {
    const facts = extractFacts(
      [
        page([
          '主持人所在单位：甲县第二中学',
          '（三）辅导员',
          {
            kind: 'table',
            widths: [0.1, 0.14, 0.3, 0.16, 0.3],
            rows: [
              ['序号', '姓名', '所在单位', '职务', '联系电话'],
              ['1', '郑洋', '甲县教育科学研究室', '教研员', '13800000001'],
            ],
          },
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.leadUnit?.value).toBe('甲县第二中学');
  });
});

describe('role lines inside a table cell', () => {
  it('reads "主持人：…" that opens the cell beside a label', () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            widths: [0.2, 0.8],
            rows: [['项目团队', '主持人：李燕（甲市滨河小学，副校长，正高级教师）。']],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.host?.value).toEqual([
      { name: '李燕', unit: '甲市滨河小学', duty: '副校长', title: '正高级教师' },
    ]);
  });
});
