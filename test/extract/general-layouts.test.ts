/**
 * Layout classes met on forms the rules were not written against (issue 11, round 3), each on a
 * small made-up page: a people block whose group label is merged down beside the header, …
 * Every case states the class, not any one form.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { splitDutyTitle } from '../../lib/extract/readers/person-parts';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const values = (facts: ReturnType<typeof extractFacts>) =>
  Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f.value]));

describe('people tables', () => {
  it('reads rows whose role cells stand between a merged-down group label and the names', () => {
    const facts = values(
      extractFacts([
        page([
          {
            kind: 'table',
            widths: [0.12, 0.14, 0.12, 0.24, 0.18, 0.2],
            rows: [
              [{ text: '团队人员', rowspan: 6 }, '', '姓名', '职务/职称', '联系方式', '所在单位'],
              ['主持人', '张三', '教研组长/高级教师', '13800000001', '甲市一中'],
              [{ text: '顾问', rowspan: 2 }, '李四', '校长/正高级教师', '13800000002', '甲市一中'],
              ['王五', '主任/教授', '13800000003', '乙师范学院'],
              [
                { text: '核心成员', rowspan: 2 },
                '赵六',
                '教师/一级教师',
                '13800000004',
                '丙县三中',
              ],
              ['孙七', '教师/二级教师', '13800000005', '丁县四中'],
            ],
          },
        ]),
      ]),
    );
    expect(facts.host).toEqual([
      { name: '张三', duty: '教研组长', title: '高级教师', phone: '13800000001', unit: '甲市一中' },
    ]);
    expect(facts.advisors).toEqual([
      { name: '李四', duty: '校长', title: '正高级教师', phone: '13800000002', unit: '甲市一中' },
      { name: '王五', duty: '主任', title: '教授', phone: '13800000003', unit: '乙师范学院' },
    ]);
    expect((facts.coreMembers as { name: string }[]).map((p) => p.name)).toEqual(['赵六', '孙七']);
  });
});

describe('the recommending body', () => {
  it("is read from the recommender's opinion box, ended by a stamp note or by the date alone", () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const read = (opinion: string) =>
      extractFacts(
        [
          page([
            {
              kind: 'table',
              widths: [0.3, 0.7],
              rows: [
                ['所在单位意见', '同意申报。甲县第一中学（盖章）2023年10月16日'],
                ['县市区教育技术部门意见', opinion],
              ],
            },
          ]),
        ],
        { pack },
      ).recommendingBody?.value;
    expect(read('同意推选。甲县教育技术中心（盖章）2023年10月20日')).toBe('甲县教育技术中心');
    expect(read('同意推选甲县教育技术中心2023年10月20日')).toBe('甲县教育技术中心');
    expect(read('同意推选。甲县教育技术中心二〇二三年十月二十日')).toBe('甲县教育技术中心');
    // A stamp note in brackets is not part of the name; a bracketed part of the name is.
    expect(read('同意推选。甲县教育技术中心（单位签章）2023年10月20日')).toBe('甲县教育技术中心');
    expect(read('同意推选。甲县教育技术装备中心（仪电站）（盖章）')).toBe(
      '甲县教育技术装备中心（仪电站）',
    );
    // Agreeing to the application is not recommending it.
    expect(read('审核通过。2023年10月20日')).toBeUndefined();
  });
});

describe('choices stated in sentences about their subject', () => {
  const pack = builtinPack('yueyang-2023-alliance');
  const read = (lines: string[]) => extractFacts([page(lines)], { pack }).hostQualifications;

  it("reads the options worded in sentences whose subject is the fact's item, as uncertain", () => {
    const fact = read([
      '三、资源开发与应用方案',
      '1.资源开发：每月开发微课。2.主持人曾在某省教学现场竞赛中获二等奖，系骨干教师。',
    ]);
    expect(fact?.value).toEqual(['provincialCompetition2ndPlus', 'backboneTeacher']);
    expect(fact!.confidence).toBeLessThan(0.6);
    expect(read(['两位主持人均为市级骨干教师，共同负责联盟日常工作。'])?.value).toEqual([
      'backboneTeacher',
    ]);
  });

  it("keeps one option's wording from swallowing the next clause", () => {
    expect(
      read(['主持人为市级兼职教研员，主持市级课题《小学项目式学习研究》且已结题。'])?.value,
    ).toEqual(['municipalProjectCompleted', 'teachingResearcher']);
  });

  it('reads nothing from sentences about someone else or quoting the notice', () => {
    expect(read(['辅导员为县级骨干教师。按照通知要求，主持人须为骨干教师。'])).toBeUndefined();
  });
});

describe('a duty and a title on two lines of one cell', () => {
  it('splits them at a known title when the lines were joined without a mark', () => {
    expect(splitDutyTitle('教务副主任高级教师')).toEqual({ duty: '教务副主任', title: '高级教师' });
    expect(splitDutyTitle('系主任教授')).toEqual({ duty: '系主任', title: '教授' });
    expect(splitDutyTitle('教师二级教师')).toEqual({ duty: '教师', title: '二级教师' });
    // Nothing that is not a duty followed by a title is cut.
    expect(splitDutyTitle('信息中心主任')).toEqual({ duty: '信息中心主任' });
    expect(splitDutyTitle('正高级教师')).toEqual({ title: '正高级教师' });
  });
});

describe('cases already made, without a colon or a numbered list', () => {
  const pack = builtinPack('liaoning-2022-community');
  const read = (lines: string[]) => extractFacts([page(lines)], { pack }).existingCases?.value;

  it('reads titles in book-title marks right after the words', () => {
    expect(read(['共同体已开展实践两年，已形成典型案例《甲课堂案例》、《乙评价案例》。'])).toEqual([
      '甲课堂案例',
      '乙评价案例',
    ]);
  });

  it('reads one line of titles under a heading, but not a sentence of prose', () => {
    expect(read(['已形成的典型案例', '甲课堂案例、乙评价案例', '预期成果'])).toEqual([
      '甲课堂案例',
      '乙评价案例',
    ]);
    expect(read(['已形成的典型案例', '各校均在探索，尚在整理中', '预期成果'])).toBeUndefined();
  });
});
