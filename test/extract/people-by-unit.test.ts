/**
 * People listed per unit: a line naming a unit alone ("◆ 甲市第一中学"), then that unit's people
 * as role lines ("核心成员：张三，一级教师"), the next unit's heading, its people, and so on. A
 * role comes back under several units; its lines make one list, each person of the unit above.
 * Every case is a small made-up page stating the class, not any one form.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { ExtractedFact, Person } from '../../lib/facts/standard';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const yueyang = builtinPack('yueyang-2023-alliance');
const people = (fact: ExtractedFact | undefined) => (fact?.value ?? []) as Person[];

const BY_UNIT = [
  '网络教研联盟名称：甲县数学教研联盟',
  '主持人：周海峰',
  '二、人员按单位分列',
  '◆ 甲市教育科学研究院',
  '顾问：林晓梅，高级教师',
  '◆ 甲县第一中学',
  '辅导员：何振东，一级教师，13800000003',
  '核心成员：王丽华，二级教师',
  '◆ 甲县实验中学',
  '核心成员：赵明，一级教师',
  '资源审核管理员：孙悦',
  '核心成员：钱建国，高级教师',
  '三、联盟工作设想',
  '依托平台开展常态化网络教研。',
];

describe('people listed under a heading per unit', () => {
  it("reads every unit's lines of a role as one list, each person with the unit above", () => {
    const facts = extractFacts([page(BY_UNIT)], { pack: yueyang });
    expect(people(facts.coreMembers)).toEqual([
      { name: '王丽华', title: '二级教师', unit: '甲县第一中学' },
      { name: '赵明', title: '一级教师', unit: '甲县实验中学' },
      { name: '钱建国', title: '高级教师', unit: '甲县实验中学' },
    ]);
    expect(people(facts.advisors)).toEqual([
      { name: '林晓梅', title: '高级教师', unit: '甲市教育科学研究院' },
    ]);
    expect(people(facts.counselors)).toEqual([
      { name: '何振东', title: '一级教师', phone: '13800000003', unit: '甲县第一中学' },
    ]);
    expect(people(facts.resourceReviewers)).toEqual([{ name: '孙悦', unit: '甲县实验中学' }]);
  });

  it('gives no unit to a role line under a line that names no unit', () => {
    const facts = extractFacts(
      [
        page([
          '网络教研联盟名称：甲县数学教研联盟',
          '研究方向：数学教育',
          '顾问：林晓梅，高级教师',
        ]),
      ],
      { pack: yueyang },
    );
    expect(people(facts.advisors)).toEqual([{ name: '林晓梅', title: '高级教师' }]);
  });

  it('still reads a later line of a role apart from its list only when it follows at once', () => {
    // Without unit headings a role's label coming back further down is another mention (a
    // duty, a sentence), not more of its list.
    const facts = extractFacts(
      [
        page([
          '网络教研联盟名称：甲县数学教研联盟',
          '核心成员：王丽华，二级教师',
          '研究方向：数学教育',
          '核心成员：赵明，一级教师',
        ]),
      ],
      { pack: yueyang },
    );
    expect(people(facts.coreMembers).map((p) => p.name)).toEqual(['王丽华']);
  });
});
