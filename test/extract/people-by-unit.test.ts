/**
 * Rosters laid out apart from the usual lines and tables. People listed per unit: a line naming
 * a unit alone ("◆ 甲市第一中学"), then that unit's people as role lines ("核心成员：张三，
 * 一级教师"), the next unit's heading, its people, and so on. A role comes back under several
 * units; its lines make one list, each person of the unit above. People in boxes: see below.
 * Every case is a small made-up page stating the class, not any one form.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { ExtractedFact, Person } from '../../lib/facts/standard';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item, page } from './pages';

const yueyang = builtinPack('yueyang-2023-alliance');
const liaoning = builtinPack('liaoning-2022-community');
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

/**
 * A form that sets every value in a box of its own: a bracketed heading naming the role, then
 * per person a caption in small print ("第1人", or the role's name) over a ruled box holding the
 * person's fields apart by spaces.
 */
function boxedRoster(
  groups: { heading: string; caption: (i: number) => string; rows: string[][] }[],
) {
  const items: TextItem[] = [item('项目名称', 60, 780, 8), item('甲市智慧课堂实践共同体', 64, 762)];
  const rulings: Ruling[] = [];
  let y = 730;
  for (const group of groups) {
    items.push(item(group.heading, 60, y, 11.5));
    y -= 22;
    group.rows.forEach((fields, i) => {
      items.push(item(group.caption(i), 60, y, 8));
      let x = 64;
      for (const f of fields) {
        items.push(item(f, x, y - 16));
        x += item(f, 0, 0).width + 11;
      }
      box(rulings, 56, 539, y - 6, y - 24);
      y -= 38;
    });
  }
  return extractFacts([buildPageText(1, [0, 0, 595, 842], 0, items, rulings)], { pack: liaoning });
}

function box(rulings: Ruling[], x0: number, x1: number, top: number, bottom: number) {
  rulings.push(
    { horizontal: true, at: top, from: x0, to: x1 },
    { horizontal: true, at: bottom, from: x0, to: x1 },
    { horizontal: false, at: x0, from: bottom, to: top },
    { horizontal: false, at: x1, from: bottom, to: top },
  );
}

describe('people each in a box of their own under a role heading', () => {
  it('reads the boxes under the heading as its roster, skipping their captions', () => {
    const facts = boxedRoster([
      {
        heading: '【项目负责人】',
        caption: () => '项目负责人',
        rows: [['周海峰', '教研室主任', '高级教师', '13800000001']],
      },
      {
        heading: '【项目组成员】',
        caption: (i) => `第${i + 1}人`,
        rows: [
          ['林晓梅', '甲市第二小学', '一级教师'],
          ['何振东', '乙县实验中学', '二级教师'],
        ],
      },
    ]);
    expect(people(facts.host)).toEqual([
      { name: '周海峰', duty: '教研室主任', title: '高级教师', phone: '13800000001' },
    ]);
    expect(people(facts.coreMembers)).toEqual([
      { name: '林晓梅', unit: '甲市第二小学', title: '一级教师' },
      { name: '何振东', unit: '乙县实验中学', title: '二级教师' },
    ]);
  });
});
