import { describe, expect, it } from 'vitest';
import { listCoverage } from '../../lib/extract/certainty/list-coverage';
import { listItemCut } from '../../lib/extract/certainty/list-item-cut';
import { listJoined } from '../../lib/extract/certainty/list-joined';
import { listNumbering } from '../../lib/extract/certainty/list-numbering';
import { peopleEvidence } from '../../lib/extract/certainty/people-evidence';
import { extract as en } from '../../lib/i18n/en/extract';
import { extract as zh } from '../../lib/i18n/zh-CN/extract';
import type { FactDef } from '../../lib/rubric';
import { checkContext, proposal } from './certainty-kit';
import type { Block } from './pages';

const cases = {
  id: 'existingCases',
  type: 'names',
  label: { zh: '典型案例', en: 'cases' },
} as FactDef;
const members = {
  id: 'coreMembers',
  type: 'people',
  label: { zh: '核心成员', en: 'core members' },
} as FactDef;
const host = { id: 'host', type: 'people', label: { zh: '主持人', en: 'host' } } as FactDef;
const defs = [cases, members, host];

const context = (blocks: (Block | string)[]) => checkContext(blocks, defs);
const fact = (value: unknown, quote: string) => proposal(value, quote);

describe('list-numbering: the numbering goes on past the list', () => {
  const lines = [
    '五、已形成的典型案例',
    '1.班级优化大师德育积分案例',
    '2.大课间运动数据分析案例',
    '六、工作基础',
    '项目组前期已组织校际联合教研活动12场。',
  ];
  const ctx = context(lines);
  const quote = '五、已形成的典型案例\n1.班级优化大师德育积分案例';

  it('doubts a list that stops before the next numbered item', () => {
    const read = fact(['班级优化大师德育积分案例'], quote);
    expect(listNumbering.check(cases.id, read, cases, ctx)).toBe('listNumberGoesOn');
  });

  it('leaves the whole list alone (the next heading is numbered in another style)', () => {
    const read = fact(['班级优化大师德育积分案例', '大课间运动数据分析案例'], quote);
    expect(listNumbering.check(cases.id, read, cases, ctx)).toBeUndefined();
  });

  it('doubts a list whose items skip a number', () => {
    const three = context([...lines.slice(0, 3), '3.智慧课堂教学应用案例', '六、工作基础']);
    const read = fact(['班级优化大师德育积分案例', '智慧课堂教学应用案例'], quote);
    expect(listNumbering.check(cases.id, read, cases, three)).toBe('listNumberSkipped');
  });

  it('reads a line set with the same bullet as one more item', () => {
    const bullets = context([
      '已形成的典型案例',
      '▶ 智能音乐教学实践案例',
      '▶ 数字艺术创作教学案例',
      '前期工作基础',
    ]);
    const read = fact(['▶ 智能音乐教学实践案例'], '已形成的典型案例\n▶ 智能音乐教学实践案例');
    expect(listNumbering.check(cases.id, read, cases, bullets)).toBe('listNumberGoesOn');
    const all = fact(['▶ 智能音乐教学实践案例', '▶ 数字艺术创作教学案例'], '已形成的典型案例');
    expect(listNumbering.check(cases.id, all, cases, bullets)).toBeUndefined();
  });

  const table: Block = {
    kind: 'table',
    rows: [
      ['序号', '角色', '姓名', '单位'],
      ['1', '主持人', '李英', '鞍山市文华中学'],
      ['2', '核心成员', '热依拉·艾力', '沈阳市教育研究院'],
      ['3', '', '夏冬梅', '沈阳市第九中学'],
      ['4', '', '赖欣怡', '沈阳市光明小学'],
    ],
  };

  it('doubts a table list whose 序号 starts after a row of the same list', () => {
    const read = fact([{ name: '夏冬梅' }, { name: '赖欣怡' }], '3 夏冬梅 沈阳市第九中学');
    expect(listNumbering.check(members.id, read, members, context([table]))).toBe(
      'listNumberGoesOn',
    );
  });

  it("leaves it alone when the row before is another list's (its role named)", () => {
    const read = fact(
      [{ name: '热依拉·艾力' }, { name: '夏冬梅' }, { name: '赖欣怡' }],
      '2 核心成员 热依拉·艾力',
    );
    expect(listNumbering.check(members.id, read, members, context([table]))).toBeUndefined();
  });
});

describe('list-coverage: rows left under the label', () => {
  const cells = [
    // The label stands in the first row, the rows below leave its column empty.
    ['已形成典型案例名称', '数字劳动家校协同实践案例'],
    ['', '面向农村学校的虚拟仿真劳动课程案例'],
    ['', '七年级校本课程开发典型课例'],
  ];
  type Rows = Extract<Block, { kind: 'table' }>['rows'];
  const table = (more: Rows = []): Block => ({
    kind: 'table',
    rows: [...cells, ...more],
    widths: [0.3, 0.7],
  });
  const quote = '已形成典型案例名称 数字劳动家校协同实践案例';
  const first = fact(['数字劳动家校协同实践案例'], quote);

  it('doubts a list that leaves the rows below its first one, to the end of the table', () => {
    const ctx = context([table(), '五、工作基础']);
    expect(listCoverage.check(cases.id, first, cases, ctx)).toBe('listRowsLeft');
  });

  it('doubts it too when the table is the last thing in the document', () => {
    expect(listCoverage.check(cases.id, first, cases, context([table()]))).toBe('listRowsLeft');
  });

  it('leaves a list alone that took every row', () => {
    const ctx = context([table(), '五、工作基础']);
    const all = fact(
      [
        '数字劳动家校协同实践案例',
        '面向农村学校的虚拟仿真劳动课程案例',
        '七年级校本课程开发典型课例',
      ],
      quote,
    );
    expect(listCoverage.check(cases.id, all, cases, ctx)).toBeUndefined();
  });

  it('leaves rows alone that another label below may head (a label set mid-span)', () => {
    const ctx = context([table([['工作基础', '已组织联合教研活动12场']])]);
    expect(listCoverage.check(cases.id, first, cases, ctx)).toBeUndefined();
  });
});

describe('list-joined: two items read as one', () => {
  const withItems = { ...cases, hints: { items: ['典型案例', '案例', '课例'] } } as FactDef;
  const ctx = context([]);

  it('doubts an item that ends as an item in its middle too', () => {
    const read = fact(['互动课堂校本课程开发案例基于平台的互动课堂精准教学案例'], '');
    expect(listJoined.check(cases.id, read, withItems, ctx)).toBe('listItemsJoined');
  });

  it('leaves items alone that name the kind only at their end or early', () => {
    const read = fact(['互动课堂校本课程开发案例', '案例驱动的精准教学课例'], '');
    expect(listJoined.check(cases.id, read, withItems, ctx)).toBeUndefined();
  });
});

describe('list-item-cut: an item ends with only part of the kind word the others end with', () => {
  const withItems = { ...cases, hints: { items: ['典型案例', '案例', '课例'] } } as FactDef;
  const ctx = context([]);
  const read = (items: string[]) => fact(items, '');

  it('doubts "…打卡案" among items ending in 案例', () => {
    const cut = read([
      '《红岩》整本书共读打卡案',
      '抗美援朝纪念馆云研学案例',
      '二十四节气诗画创作案例',
    ]);
    expect(listItemCut.check(cases.id, cut, withItems, ctx)).toBe('listItemCut');
    expect(zh.doubt.listItemCut).toMatch(/案例/);
    expect(en.doubt.listItemCut).toMatch(/lost/);
  });

  it('leaves whole lists, lists of other endings, and short lists alone', () => {
    const whole = read(['共读打卡案例', '云研学案例', '诗画创作课例']);
    expect(listItemCut.check(cases.id, whole, withItems, ctx)).toBeUndefined();
    const mixed = read(['共读打卡方案', '云研学活动', '诗画创作案例']);
    expect(listItemCut.check(cases.id, mixed, withItems, ctx)).toBeUndefined();
    const short = read(['共读打卡案', '云研学案例']);
    expect(listItemCut.check(cases.id, short, withItems, ctx)).toBeUndefined();
  });
});

describe('people-evidence: the quote holds what no person carries', () => {
  const quote =
    '三、顾问\n韩一鸣，女，岳阳市第十四中学信息科技教师，特级教师，联系电话13815791322。';
  const ctx = context([]);

  it('doubts a title no person carries', () => {
    const read = fact([{ name: '韩一鸣', title: '教授', phone: '13815791322' }], quote);
    expect(peopleEvidence.check(host.id, read, host, ctx)).toBe('peopleUnreadTitle');
  });

  it('doubts a mobile number no person carries', () => {
    const read = fact([{ name: '韩一鸣', title: '特级教师' }], quote);
    expect(peopleEvidence.check(host.id, read, host, ctx)).toBe('peopleUnreadPhone');
  });

  it('leaves a person alone who carries both', () => {
    const read = fact([{ name: '韩一鸣', title: '特级教师', phone: '13815791322' }], quote);
    expect(peopleEvidence.check(host.id, read, host, ctx)).toBeUndefined();
  });
});

describe('reasons the reviewer reads', () => {
  it('has a sentence in Chinese and English for every reason the list checks give', () => {
    const codes = [
      'listNumberGoesOn',
      'listNumberSkipped',
      'listRowsLeft',
      'listItemsJoined',
      'peopleUnreadPhone',
      'peopleUnreadTitle',
    ] as const;
    for (const code of codes) {
      expect(zh.doubt[code]).toMatch(/核对/);
      expect(en.doubt[code]).toMatch(/check/i);
    }
  });
});
