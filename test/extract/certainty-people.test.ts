import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../../lib/extract/certainty';
import { peopleLabelElsewhere } from '../../lib/extract/certainty/people-label-elsewhere';
import { personFieldsFollow } from '../../lib/extract/certainty/person-fields-follow';
import type { ExtractedFact } from '../../lib/facts/standard';
import { extract as en } from '../../lib/i18n/en/extract';
import { extract as zh } from '../../lib/i18n/zh-CN/extract';
import { DocumentLayout } from '../../lib/pdf/structure/document';
import type { FactDef } from '../../lib/rubric';
import { type Block, page } from './pages';

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
  hints: { keywords: ['主持人', '工作室主持人'] },
} as FactDef;
const advisors = {
  id: 'advisors',
  type: 'people',
  label: { zh: '顾问', en: 'advisors' },
} as FactDef;
const defs = [members, host, advisors];

function context(blocks: (Block | string)[]): CheckContext {
  return { doc: new DocumentLayout([page(blocks)]), found: {}, defs };
}

function fact(value: unknown, quote: string): ExtractedFact {
  return { value, evidence: [{ page: 1, quote }], confidence: 0.8 };
}

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

describe('people doubts are worded in both languages', () => {
  it('has a sentence for each code', () => {
    for (const code of ['peopleLabelElsewhere', 'personFieldsFollow'] as const) {
      expect(zh.doubt[code]).toBeTruthy();
      expect(en.doubt[code]).toBeTruthy();
    }
  });
});
