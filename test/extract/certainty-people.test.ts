import { describe, expect, it } from 'vitest';
import { peopleCrossRole } from '../../lib/extract/certainty/people-cross-role';
import { peopleLabelElsewhere } from '../../lib/extract/certainty/people-label-elsewhere';
import { personFieldsFollow } from '../../lib/extract/certainty/person-fields-follow';
import { personMarks } from '../../lib/extract/certainty/person-marks';
import { personUnitAbove } from '../../lib/extract/certainty/person-unit-above';
import { extract as en } from '../../lib/i18n/en/extract';
import { extract as zh } from '../../lib/i18n/zh-CN/extract';
import type { FactDef } from '../../lib/rubric';
import { checkContext, proposal } from './certainty-kit';
import type { Block } from './pages';

const members = {
  id: 'coreMembers',
  type: 'people',
  label: { zh: '核心成员', en: 'core members' },
  hints: { keywords: ['核心成员', '成员'] },
} as FactDef;
const host = {
  id: 'host',
  type: 'people',
  label: { zh: '主持人', en: 'host' },
  hints: { keywords: ['主持人', '工作室主持人', '组长'] },
} as FactDef;
const advisors = {
  id: 'advisors',
  type: 'people',
  label: { zh: '顾问', en: 'advisors' },
} as FactDef;
const assistants = {
  id: 'assistants',
  type: 'people',
  label: { zh: '工作室助理', en: 'assistants' },
  hints: { keywords: ['助理'] },
} as FactDef;
const defs = [members, host, advisors, assistants];

const context = (blocks: (Block | string)[]) => checkContext(blocks, defs);
const fact = (value: unknown, quote: string) => proposal(value, quote);

describe('people-label-elsewhere: the role label introduces a person not read', () => {
  // People listed unit by unit: the role label is repeated under each unit.
  const ctx = context([
    '二、人员按单位分列',
    '◆ 云溪区第五高级中学',
    '核心成员：范秀英，一级教师',
    '顾问：郑海燕，高级教师',
    '◆ 云溪区城北高级中学',
    '团队核心成员：孔晓东，一级教师',
    '主持人所在单位：云溪区城北高级中学',
    '三、工作设想',
  ]);

  it('doubts a list that took only the first line its label opens', () => {
    const read = fact([{ name: '范秀英', title: '一级教师' }], '核心成员：范秀英，一级教师');
    expect(peopleLabelElsewhere.check(members.id, read, members, ctx)).toBe('peopleLabelElsewhere');
  });

  it('leaves a list holding every person its label introduces', () => {
    const read = fact([{ name: '范秀英' }, { name: '孔晓东' }], '核心成员：范秀英，一级教师');
    expect(peopleLabelElsewhere.check(members.id, read, members, ctx)).toBeUndefined();
    const one = fact([{ name: '郑海燕' }], '顾问：郑海燕，高级教师');
    expect(peopleLabelElsewhere.check(advisors.id, one, advisors, ctx)).toBeUndefined();
  });

  it('takes no field label ending in another word for the role (主持人所在单位)', () => {
    const read = fact([{ name: '毛淑芬' }], '主持人：毛淑芬');
    expect(peopleLabelElsewhere.check(host.id, read, host, ctx)).toBeUndefined();
  });

  it('gives a row to the role with the longest label, and skips words that are no name', () => {
    const studio = context(['工作室主持人：龙宏伟', '核心成员：待定', '成员：见附件名单说明']);
    const read = fact([{ name: '王雅静' }], '核心成员：王雅静');
    expect(peopleLabelElsewhere.check(members.id, read, members, studio)).toBeUndefined();
    const hostRead = fact([{ name: '张伟' }], '主持人：张伟');
    expect(peopleLabelElsewhere.check(host.id, hostRead, host, studio)).toBe(
      'peopleLabelElsewhere',
    );
  });
});

describe('person-fields-follow: the rows after a person give a field not read', () => {
  const ctx = context([
    '主持人：毛淑芬',
    '所在单位：岳阳市云溪区城南高级中学',
    '职称：正高级教师',
    '联系电话：13907771765',
    '年度资源开发目标：210条',
  ]);
  const quote = '主持人：毛淑芬\n所在单位：岳阳市云溪区城南高级中学\n职称：正高级教师';

  it('doubts a person whose record stops before the phone row', () => {
    const read = fact(
      [{ name: '毛淑芬', unit: '岳阳市云溪区城南高级中学', title: '正高级教师' }],
      quote,
    );
    expect(personFieldsFollow.check(host.id, read, host, ctx)).toBe('personFieldsFollow');
  });

  it('leaves a person carrying the fields that follow', () => {
    const read = fact(
      [
        {
          name: '毛淑芬',
          unit: '岳阳市云溪区城南高级中学',
          title: '正高级教师',
          phone: '13907771765',
        },
      ],
      quote,
    );
    expect(personFieldsFollow.check(host.id, read, host, ctx)).toBeUndefined();
  });

  it('reads a table row whose first cell is the label, and skips a blank field', () => {
    const table = context([
      {
        kind: 'table',
        rows: [
          ['Host主持人', '曹静'],
          ['Host school主持人所在单位', '江州市柴桑区同文中学'],
        ],
      },
    ]);
    const read = fact([{ name: '曹静' }], 'Host主持人 曹静');
    expect(personFieldsFollow.check(host.id, read, host, table)).toBe('personFieldsFollow');
    const blank = context(['主持人：曹静', '联系电话：__________', '推荐部门：江州市教育局']);
    expect(
      personFieldsFollow.check(host.id, fact([{ name: '曹静' }], '主持人：曹静'), host, blank),
    ).toBeUndefined();
  });
});

describe('people-cross-role: a list runs across the heading of another role', () => {
  const ctx = context([
    '助理名单',
    '1 刘德胜 江州市濂溪区同文中学 高级教师',
    '2 陆宏伟 江州市濂溪区八里湖中学 一级教师',
    '附件3',
    '核心成员名单',
    '1 戴振宇 江州市濂溪区同文中学 二级教师',
    '2 侯慧敏 江州市濂溪区双峰中学 一级教师',
  ]);
  const quote = '1 刘德胜 江州市濂溪区同文中学 高级教师';

  it('doubts assistants read on into the core members', () => {
    const read = fact([{ name: '刘德胜' }, { name: '陆宏伟' }, { name: '戴振宇' }], quote);
    expect(peopleCrossRole.check(assistants.id, read, assistants, ctx)).toBe('peopleCrossRole');
  });

  it('leaves a list that stops at the heading, or crosses only its own', () => {
    const read = fact([{ name: '刘德胜' }, { name: '陆宏伟' }], quote);
    expect(peopleCrossRole.check(assistants.id, read, assistants, ctx)).toBeUndefined();
    const own = fact(
      [{ name: '戴振宇' }, { name: '侯慧敏' }],
      '1 戴振宇 江州市濂溪区同文中学 二级教师',
    );
    expect(peopleCrossRole.check(members.id, own, members, ctx)).toBeUndefined();
  });

  it('takes no table row for a heading (a duty 备课组长 holds the host keyword 组长)', () => {
    const transposed = context([
      {
        kind: 'table',
        rows: [
          ['姓名', '康成刚', '谢立新', '邹文静'],
          ['职务', '备课组长', '德育主任', '教师'],
          ['姓名', '彭兰芳', '汪春生', ''],
        ],
      },
    ]);
    const read = fact([{ name: '邹文静' }, { name: '彭兰芳' }], '姓名 康成刚 谢立新 邹文静');
    expect(peopleCrossRole.check(members.id, read, members, transposed)).toBeUndefined();
  });
});

describe('person-marks: a person field holds checkbox marks', () => {
  const ctx = context(['林秀英 副校长 正高级教师 ☐共同体社区网站']);
  it('doubts a unit read from a checkbox row, and leaves plain fields', () => {
    const marked = fact([{ name: '林秀英', unit: '☐共同体社区网站' }], '林秀英 副校长');
    expect(personMarks.check(host.id, marked, host, ctx)).toBe('formMarks');
    const plain = fact([{ name: '林秀英', duty: '副校长' }], '林秀英 副校长');
    expect(personMarks.check(host.id, plain, host, ctx)).toBeUndefined();
  });
});

describe('person-unit-above: people grouped under their unit', () => {
  const ctx = context([
    '二、人员按单位分列',
    '◆ 云溪区洞庭高级中学',
    '顾问：郑海燕，高级教师',
    '核心成员：范秀英，一级教师',
    '三、工作设想',
    '核心成员：孔晓东，一级教师',
  ]);

  it('doubts a person read without the unit heading its group', () => {
    const read = fact([{ name: '范秀英', title: '一级教师' }], '核心成员：范秀英，一级教师');
    expect(personUnitAbove.check(members.id, read, members, ctx)).toBe('personUnitAbove');
  });

  it('leaves a person carrying a unit, or under a row that names no unit', () => {
    const withUnit = fact(
      [{ name: '范秀英', unit: '云溪区洞庭高级中学' }],
      '核心成员：范秀英，一级教师',
    );
    expect(personUnitAbove.check(members.id, withUnit, members, ctx)).toBeUndefined();
    const underHeading = fact([{ name: '孔晓东' }], '核心成员：孔晓东，一级教师');
    expect(personUnitAbove.check(members.id, underHeading, members, ctx)).toBeUndefined();
  });
});

describe('people doubts are worded in both languages', () => {
  it('has a sentence for each code', () => {
    for (const code of [
      'peopleLabelElsewhere',
      'personFieldsFollow',
      'peopleCrossRole',
      'personUnitAbove',
    ] as const) {
      expect(zh.doubt[code]).toBeTruthy();
      expect(en.doubt[code]).toBeTruthy();
    }
  });
});
