/**
 * Layout reading on pages without ruling lines (issue 11, round 8): columns from x-positions,
 * key–value lines standing over a table, rulings typed as dashes, cells wrapped onto the next
 * line under their row. Each case is a small made-up page of one layout class.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

/** A page of text runs placed by hand (x, y from the bottom, text), 10-point type. */
function placed(runs: [number, number, string][]) {
  return buildPageText(
    1,
    [0, 0, 595, 842],
    0,
    runs.map(([x, y, t]) => item(t, x, y)),
    [],
  );
}

const values = (facts: ReturnType<typeof extractFacts>) =>
  Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f.value]));

/** Key–value lines (one label letter-spaced), then a unit table set by spaces. */
const KEY_VALUES: [number, number, string][] = [
  [68, 736, '项目名称'],
  [135, 736, '某某课堂实践共同体'],
  [68, 721, '类'],
  [97, 721, '别'],
  [135, 721, '智慧美育'],
  [68, 707, '牵头单位'],
  [135, 707, '甲市乙区文化路小学'],
  [68, 693, '推荐单位'],
  [135, 693, '甲市教育局'],
  [68, 673, '主要成员单位'],
];

const UNIT_TABLE: [number, number, string][] = [
  [68, 655, '序号'],
  [97, 655, '单位名称'],
  [182, 655, '地区'],
  [258, 655, '类型'],
  [68, 640, '--------------------------------------------'],
  [68, 626, '1'],
  [97, 626, '甲市丙区第六'],
  [182, 626, '辽宁省甲市丙'],
  [258, 626, '初中'],
  [97, 612, '中学'],
  [182, 612, '区'],
  [68, 598, '2'],
  [97, 598, '甲市丁区南京'],
  [182, 598, '辽宁省甲市丁'],
  [258, 598, '小学'],
  [97, 584, '街小学'],
  [182, 584, '区'],
];

describe('a form set by spaces, without ruling lines', () => {
  it('reads key–value lines standing over a table header as pairs, not as a table', () => {
    const facts = values(
      extractFacts([placed([...KEY_VALUES, ...UNIT_TABLE])], { pack: liaoning }),
    );
    expect(facts.projectName).toBe('某某课堂实践共同体');
    expect(facts.category).toBe('智慧美育');
    expect(facts.leadUnit).toBe('甲市乙区文化路小学');
    expect(facts.recommendingBody).toBe('甲市教育局');
  });

  it('joins cells wrapped under their row (the first column empty) and reads past a typed ruling', () => {
    const facts = values(
      extractFacts([placed([...KEY_VALUES, ...UNIT_TABLE])], { pack: liaoning }),
    );
    expect(facts.memberUnits).toEqual([
      { name: '甲市丙区第六中学', region: '辽宁省甲市丙区', type: '初中' },
      { name: '甲市丁区南京街小学', region: '辽宁省甲市丁区', type: '小学' },
    ]);
  });

  it('keeps a row whose first column is empty when it does not continue cut-off cells', () => {
    // The second row has no 序号 and its cells are short: a row of its own, not wrapped text.
    const page = placed([
      [68, 655, '序号'],
      [97, 655, '单位名称'],
      [182, 655, '地区'],
      [258, 655, '类型'],
      [68, 626, '1'],
      [97, 626, '甲中'],
      [182, 626, '甲市'],
      [258, 626, '初中'],
      [97, 612, '乙中'],
      [182, 612, '乙市'],
      [258, 612, '小学'],
      [68, 598, '3'],
      [97, 598, '丙中'],
      [182, 598, '丙市'],
      [258, 598, '高中'],
    ]);
    const rows = page.lines.map((l) => page.text.slice(l.start, l.end).replace(/\s+/g, ''));
    expect(rows).toEqual([
      '序号单位名称地区类型',
      '1甲中甲市初中',
      '乙中乙市小学',
      '3丙中丙市高中',
    ]);
  });
});

describe("a roster set by spaces whose role is named only on a group's first row", () => {
  it('joins wrapped cells to their row by the column every full row fills (姓名)', () => {
    const page = placed([
      [62, 640, '类别'],
      [120, 640, '姓名'],
      [170, 640, '学科'],
      [240, 640, '职务/职称'],
      [330, 640, '联系方式'],
      [420, 640, '所在单位'],
      [62, 611, '主持人'],
      [120, 611, '张三'],
      [170, 611, '信息技术'],
      [240, 611, '教师/高级教师'],
      [330, 611, '13800000001'],
      [420, 611, '甲市乙区第一中学'],
      [62, 583, '核心成员'],
      [120, 583, '李四'],
      [170, 583, '信息技术/'],
      [240, 583, '教研组长/一'],
      [330, 583, '13800000002'],
      [420, 583, '甲市乙区长安'],
      [170, 569, 'Python'],
      [240, 569, '级教师'],
      [420, 569, '中学'],
      [120, 555, '王五'],
      [170, 555, '信息科技/'],
      [240, 555, '备课组长/二'],
      [330, 555, '13800000003'],
      [420, 555, '甲市丙区湖滨'],
      [170, 541, '机器人'],
      [240, 541, '级教师'],
      [420, 541, '中学'],
    ]);
    const rows = page.lines.map((l) => page.text.slice(l.start, l.end).replace(/\s+/g, ''));
    expect(rows).toEqual([
      '类别姓名学科职务/职称联系方式所在单位',
      '主持人张三信息技术教师/高级教师13800000001甲市乙区第一中学',
      '核心成员李四信息技术/Python教研组长/一级教师13800000002甲市乙区长安中学',
      '王五信息科技/机器人备课组长/二级教师13800000003甲市丙区湖滨中学',
    ]);
  });
});

describe('key–value lines with values set far right', () => {
  it('reads labels ending in a colon, an enumeration comma or nothing, the value right-aligned', () => {
    const facts = values(
      extractFacts(
        [
          placed([
            [65, 702, '项目名称：'],
            [404, 702, '某某美育教学应用共同体'],
            [65, 681, '应用方向、'],
            [446, 681, '美育资源共享课堂'],
            [65, 660, '牵头单位'],
            [414, 660, '甲市乙区胜利中学'],
            [65, 639, '实践起始时间、'],
            [493, 639, '2019.12'],
          ]),
        ],
        { pack: liaoning, deadline: '2022-09-30' },
      ),
    );
    expect(facts.projectName).toBe('某某美育教学应用共同体');
    expect(facts.direction).toBe('美育资源共享课堂');
    expect(facts.leadUnit).toBe('甲市乙区胜利中学');
    expect(facts.practiceStart).toBe('2019-12');
  });
});

describe('a people table under a heading naming two roles', () => {
  const HEADER = ['姓名', '工作单位', '职务', '职称', '电话'];
  const rows = [
    ['张三*', '甲市第一中学', '副校长', '高级教师', '13800000001'],
    ['李四', '甲市第二中学', '教师', '一级教师', '13800000002'],
    ['王五', '乙县实验小学', '教师', '二级教师', '13800000003'],
  ];
  const read = (note: string) =>
    extractFacts(
      [page(['项目负责人及核心成员', { kind: 'table', rows: [HEADER, ...rows] }, note])],
      { pack: liaoning },
    );
  it('gives marked names the role a note names for them, the rest the other role', () => {
    const facts = read('注：标*者为项目负责人，其余为核心成员。');
    expect(facts.host?.value).toEqual([
      {
        name: '张三',
        unit: '甲市第一中学',
        duty: '副校长',
        title: '高级教师',
        phone: '13800000001',
      },
    ]);
    expect(
      (facts.coreMembers?.value as { name: string }[] | undefined)?.map((p) => p.name),
    ).toEqual(['李四', '王五']);
    expect((facts.coreMembers?.confidence ?? 1) >= 0.6).toBe(true);
  });
  it('leaves whose rows are whose uncertain without such a note', () => {
    const facts = read('以上人员均在职。');
    const host = facts.host;
    expect(host === undefined || (host.confidence ?? 1) < 0.6).toBe(true);
  });
});

describe('member units listed in a sentence, the count after the list', () => {
  const read = (text: string) => extractFacts([page([text])], { pack: liaoning }).memberUnits;
  it('ends the list at "，共N所" and is certain when the count agrees', () => {
    const units = read(
      '主要成员单位包括：甲市第38中学、甲市建设高级中学和乙市浑南区第六中学，共3所学校，覆盖小学、初中不同学段和城乡不同区域。',
    );
    expect(units?.value).toEqual([
      { name: '甲市第38中学' },
      { name: '甲市建设高级中学' },
      { name: '乙市浑南区第六中学' },
    ]);
    expect((units?.confidence ?? 1) >= 0.6).toBe(true);
  });
  it('is uncertain when the count after the list disagrees with it', () => {
    const units = read('主要成员单位包括：甲市第38中学、甲市建设高级中学，共五所学校，覆盖城乡。');
    expect(units?.value).toHaveLength(2);
    expect((units?.confidence ?? 1) < 0.6).toBe(true);
  });
});

describe('member units as a numbered list run together in one cell', () => {
  const read = (cell: string) =>
    extractFacts([page([{ kind: 'table', widths: [0.2, 0.8], rows: [['主要成员单位', cell]] }])], {
      pack: liaoning,
    }).memberUnits;
  it('parts the items at their numbers, each with its place in brackets', () => {
    expect(read('1.甲市第38中学（辽宁省甲市乙区）2.甲市实验小学（辽宁省甲市丙区）')?.value).toEqual(
      [
        { name: '甲市第38中学', region: '辽宁省甲市乙区' },
        { name: '甲市实验小学', region: '辽宁省甲市丙区' },
      ],
    );
  });
  it('reads no numbered list where the numbers do not count 1, 2, 3', () => {
    expect(
      read('1.甲市第38中学（辽宁省甲市乙区）3.甲市实验小学（辽宁省甲市丙区）'),
    ).toBeUndefined();
  });
});

describe('member units, one per numbered label', () => {
  it('reads the unit beside or under each label; certain when the labels count 1, 2, 3', () => {
    const read = (labels: string[]) =>
      extractFacts(
        [
          placed([
            [65, 700, labels[0]!],
            [414, 700, '甲市乙区东北路小学'],
            [65, 680, labels[1]!],
            [83, 662, '甲市丙区建设中学'],
            [65, 640, labels[2]!],
            [414, 640, '乙市西市区职业技术学校'],
          ]),
        ],
        { pack: liaoning },
      ).memberUnits;
    const counted = read(['成员单位一：', '成员单位二:', '成员单位三、']);
    expect(counted?.value).toEqual([
      { name: '甲市乙区东北路小学' },
      { name: '甲市丙区建设中学' },
      { name: '乙市西市区职业技术学校' },
    ]);
    expect((counted?.confidence ?? 1) >= 0.6).toBe(true);
    const gap = read(['成员单位一：', '成员单位三:', '成员单位四、']);
    expect(gap?.value).toHaveLength(3);
    expect((gap?.confidence ?? 1) < 0.6).toBe(true);
  });
});

describe('qualifications cited by number after a label, the list restated under it', () => {
  it('reads the number after the colon, not the restated list', () => {
    const facts = extractFacts(
      [
        page([
          '主持人符合的申报条件（填序号）：⑥',
          '条件：①在省级教学现场竞赛获二等奖以上；②在全市教学大赛中获一等奖以上；③主持过市级及以上课题且已结题；④在“基础教育精品课”中获市级一等奖及以上；⑤县市级专兼职教研员；⑥具备一定科研能力公认的骨干教师',
        ]),
      ],
      { pack: builtinPack('yueyang-2023-alliance') },
    );
    expect(facts.hostQualifications?.value).toEqual(['backboneTeacher']);
    expect((facts.hostQualifications?.confidence ?? 1) >= 0.6).toBe(true);
  });
});

describe('the lead unit as a row of the unit table with a role column', () => {
  it('reads the name of the row whose role cell is the fact’s label', () => {
    const facts = extractFacts(
      [
        page([
          '一、参与单位',
          {
            kind: 'table',
            rows: [
              ['序号', '单位名称', '角色', '所在地区'],
              ['1', '甲市乙区向阳小学', '牵头单位', '辽宁省甲市乙区'],
              ['2', '甲市丙区第五中学', '成员单位', '辽宁省甲市丙区'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.leadUnit?.value).toBe('甲市乙区向阳小学');
    expect((facts.leadUnit?.confidence ?? 1) >= 0.6).toBe(true);
  });
});
