/**
 * Layout classes of extraction round 10, people lists: a team table whose heading names its two
 * roles in brackets and whose host is marked in the name cell ("顾婉清（负责人）"). Every case
 * is a small made-up page stating the class, not any one form.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { countsInSentences, disagrees } from '../../lib/extract/readers/people-structure';
import { runOnPerson } from '../../lib/extract/readers/person-labelled';
import { describe as describePerson, pieces } from '../../lib/extract/readers/person-parts';
import { implausibleFields } from '../../lib/extract/readers/person-plausible';
import { roleInNameCell, rolesNamedAnywhere } from '../../lib/extract/readers/roles';
import type { Person } from '../../lib/facts/standard';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const roles = [
  { id: 'host', words: ['主持人', '负责人'] },
  { id: 'coreMembers', words: ['核心成员', '成员'] },
];

describe('a role written after the name in its cell', () => {
  it('is the role the brackets name', () => {
    expect(roleInNameCell('顾婉清（负责人）', roles)).toBe('host');
    expect(roleInNameCell('张三(主持 人)', roles)).toBe('host');
  });

  it('is no role when the brackets hold something else', () => {
    expect(roleInNameCell('顾婉清（女）', roles)).toBeUndefined();
    expect(roleInNameCell('顾婉清', roles)).toBeUndefined();
  });
});

describe('a heading naming its roles in brackets', () => {
  it('names both roles', () => {
    expect([...rolesNamedAnywhere('项目团队（负责人及核心成员）', roles)].sort()).toEqual([
      'coreMembers',
      'host',
    ]);
    expect([...rolesNamedAnywhere('项目团队', roles)]).toEqual([]);
  });
});

describe('a team table with the host marked in the name cell', () => {
  const pack = builtinPack('liaoning-2022-community');
  const team = (first: string) =>
    extractFacts(
      [
        page([
          '某共同体项目申报书',
          '项目团队（负责人及核心成员）',
          {
            kind: 'table',
            rows: [
              ['序号', '姓名', '所在单位', '职务', '职称'],
              ['1', first, '甲市第一中学', '副校长', '高级教师'],
              ['2', '李明', '甲市第一中学', '教师', '一级教师'],
              ['3', '赵丽', '乙县实验小学', '教研组长', '二级教师'],
            ],
          },
        ]),
      ],
      { pack },
    );

  it('gives the marked row to the host and the others to the heading’s other role', () => {
    const facts = team('王芳（负责人）');
    expect((facts.host!.value as Person[]).map((p) => [p.name, p.duty])).toEqual([
      ['王芳', '副校长'],
    ]);
    expect((facts.coreMembers!.value as Person[]).map((p) => p.name)).toEqual(['李明', '赵丽']);
  });

  it('proposes both lists for checking: a note in a cell is not a role column', () => {
    const facts = team('王芳（负责人）');
    expect(isUncertain(facts.host!)).toBe(true);
    expect(isUncertain(facts.coreMembers!)).toBe(true);
  });

  it('reads no role from the name when nobody is marked', () => {
    const facts = team('王芳');
    expect(facts.host).toBeUndefined();
  });
});

describe('a count of people stated in a sentence', () => {
  it('is the number right after the role’s word', () => {
    expect(countsInSentences('4．核心成员七人，分别是：甲、乙', roles)).toEqual([
      { role: 'coreMembers', count: 7 },
    ]);
    expect(countsInSentences('联盟设主持人1人、核心成员 10 人。', roles)).toEqual([
      { role: 'host', count: 1 },
      { role: 'coreMembers', count: 10 },
    ]);
  });

  it('is no count when a range, a floor or another word stands between', () => {
    expect(countsInSentences('核心成员8-15人，核心成员不少于5人', roles)).toEqual([]);
    expect(countsInSentences('各成员单位明确1名联络员', roles)).toEqual([]);
  });

  it('leaves a list that disagrees with it uncertain', () => {
    const facts = extractFacts(
      [
        page([
          '某共同体项目申报书',
          '项目团队由核心成员4人组成。',
          '核心成员',
          {
            kind: 'table',
            rows: [
              ['姓名', '所在单位', '职务', '职称'],
              ['李明', '甲市第一中学', '教师', '一级教师'],
              ['赵丽', '乙县实验小学', '教研组长', '二级教师'],
              ['钱亮', '乙县实验小学', '教师', '二级教师'],
            ],
          },
        ]),
      ],
      { pack: builtinPack('liaoning-2022-community') },
    );
    expect((facts.coreMembers!.value as Person[]).length).toBe(3);
    expect(isUncertain(facts.coreMembers!)).toBe(true);
  });
});

describe('two structures giving one person different fields', () => {
  it('disagree, and the list is left for checking', () => {
    expect(disagrees([{ name: '王芳', duty: '副校长' }], [{ name: '王芳', duty: '教师' }])).toBe(
      true,
    );
  });

  it('agree when the fields are the same but for spaces, or one lacks the field', () => {
    expect(
      disagrees(
        [{ name: '王芳', unit: '甲市 第一中学' }],
        [{ name: '王芳', unit: '甲市第一中学' }],
      ),
    ).toBe(false);
    expect(disagrees([{ name: '王芳' }], [{ name: '王芳', duty: '教师' }])).toBe(false);
    expect(disagrees([{ name: '王芳', duty: '副校长' }], [{ name: '李明', duty: '教师' }])).toBe(
      false,
    );
  });
});

describe('a duty and a title in each other’s places', () => {
  it('is an implausible record', () => {
    expect(implausibleFields({ name: '王芳', duty: '高级教师', title: '教务主任' })).toEqual([
      'title',
      'duty',
    ]);
    expect(implausibleFields({ name: '王芳', title: '教研组长' })).toEqual(['title']);
  });

  it('is plausible in their own places', () => {
    expect(implausibleFields({ name: '王芳', duty: '教务主任', title: '高级教师' })).toEqual([]);
    expect(implausibleFields({ name: '王芳', duty: '教师', title: '一级教师' })).toEqual([]);
  });
});

describe('a studio form naming its roles in other common words', () => {
  const pack = builtinPack('mingshi-2024-studio');
  const header = ['姓名', '学科/专长', '职称', '所在单位', '联系电话'];

  it('reads the studio’s secretary as its assistant and its 学员 as its members', () => {
    const facts = extractFacts(
      [
        page([
          '名师工作室申报表',
          '（二）工作室秘书',
          {
            kind: 'table',
            rows: [header, ['蔡一', '生物学', '高级教师', '甲市育英中学', '17716639641']],
          },
          '（三）入室学员',
          {
            kind: 'table',
            rows: [
              header,
              ['汤新哲', '生物学', '高级教师', '甲市启明学校', '18678130511'],
              ['蒋明行', '生物学', '二级教师', '甲市育英中学', '13904879762'],
            ],
          },
        ]),
      ],
      { pack },
    );
    expect((facts.assistants!.value as Person[]).map((p) => p.name)).toEqual(['蔡一']);
    expect((facts.coreMembers!.value as Person[]).map((p) => p.name)).toEqual(['汤新哲', '蒋明行']);
  });

  it('reads the schools listed under 学员所在学校', () => {
    const facts = extractFacts(
      [
        page([
          '名师工作室申报表',
          '三、学员所在学校',
          '1．甲市启明学校',
          '2．甲市城南区滨江中学',
          '四、建设目标',
        ]),
      ],
      { pack },
    );
    const schools = facts.memberSchools?.value as { name: string }[] | undefined;
    expect(schools?.map((s) => s.name)).toEqual(['甲市启明学校', '甲市城南区滨江中学']);
  });
});

describe('two ranks in a résumé sentence where it has a post and a rank', () => {
  it('reads the first in the post’s place, as doubtful', () => {
    const d = describePerson('韩某', pieces('甲市第十四中学信息科技教师，教授，特级教师'));
    expect(d.person).toMatchObject({ unit: '甲市第十四中学', duty: '教授', title: '特级教师' });
    expect(d.doubtful).toBeGreaterThan(0);
  });

  it('leaves a post and a rank as they stand', () => {
    const d = describePerson('韩某', pieces('甲市第十四中学信息科技教师，副院长，高级教师'));
    expect(d.person).toMatchObject({ duty: '副院长', title: '高级教师' });
    expect(d.doubtful).toBe(0);
  });
});

describe('a person whose field labels run into the values', () => {
  it('is read label by label', () => {
    expect(runOnPerson('姓名乔丽单位甲市第一中学职务教师职称【一级教师】')).toEqual({
      name: '乔丽',
      unit: '甲市第一中学',
      duty: '教师',
      title: '一级教师',
    });
  });

  it('is nobody without a name first or with a label twice', () => {
    expect(runOnPerson('单位甲市第一中学职务教师')).toBeUndefined();
    expect(runOnPerson('姓名乔丽职务教师职务组长')).toBeUndefined();
  });

  it('gives a list proposed for checking', () => {
    const facts = extractFacts(
      [
        page([
          '某共同体项目推荐表',
          '二、核心成员',
          '成员1：姓名乔丽单位甲市第一中学职务教师职称【一级教师】',
          '成员2：姓名石海波单位乙县明德中学职务教务主任职称【高级教师】',
        ]),
      ],
      { pack: builtinPack('liaoning-2022-community') },
    );
    expect((facts.coreMembers!.value as Person[]).map((p) => [p.name, p.unit])).toEqual([
      ['乔丽', '甲市第一中学'],
      ['石海波', '乙县明德中学'],
    ]);
    expect(isUncertain(facts.coreMembers!)).toBe(true);
  });
});

describe('a role’s label with its count and the words introducing the names', () => {
  it('opens the list of people after it', () => {
    const facts = extractFacts(
      [
        page([
          '某共同体项目推荐表',
          '4．核心成员2人，分别是：汪某（甲市育才小学，备课组长，高级教师）；陶某（甲市第八中学，教师，正高级教师）。',
        ]),
      ],
      { pack: builtinPack('liaoning-2022-community') },
    );
    expect((facts.coreMembers!.value as Person[]).map((p) => [p.name, p.duty])).toEqual([
      ['汪某', '备课组长'],
      ['陶某', '教师'],
    ]);
  });
});
