/**
 * Round 19's structural certainty checks on small built proposals: a people list read empty from
 * a form in which no one was read at all, a value read from a page whose text comes out
 * backwards, a value at a page's edge where the file breaks the printed page order, a value
 * that still carries an outline number, a stray character, and a value that runs over another
 * fact's whole value. Each doubts its class and leaves the clean value of the same fact alone.
 */
import { describe, expect, it } from 'vitest';
import { CHECKS, type CheckContext, checkCertainty } from '../../lib/extract/certainty';
import { holdsOtherValue } from '../../lib/extract/certainty/holds-other-value';
import { outlineNumber, outlineNumbered } from '../../lib/extract/certainty/outline-number';
import { pageBackwards } from '../../lib/extract/certainty/page-backwards';
import { pageOrderBreak } from '../../lib/extract/certainty/page-order-break';
import { peopleNoneRead } from '../../lib/extract/certainty/people-none-read';
import { strayGlyph, strayGlyphs } from '../../lib/extract/certainty/stray-glyph';
import type { ExtractedFact } from '../../lib/facts/standard';
import { UNCERTAIN } from '../../lib/facts/standard';
import { extract as en } from '../../lib/i18n/en/extract';
import { extract as zh } from '../../lib/i18n/zh-CN/extract';
import { DocumentLayout } from '../../lib/pdf/structure/document';
import { builtinPack, type RubricPack } from '../../lib/rubric';
import { proposal } from './certainty-kit';
import { type Block, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');
const mingshi = builtinPack('mingshi-2024-studio');

/** A context over pages of blocks (stored page 1 first), the given facts found. */
function context(
  pack: RubricPack,
  found: Record<string, ExtractedFact>,
  pages: (Block | string)[][] = [['']],
): CheckContext {
  return {
    doc: new DocumentLayout(pages.map((blocks, i) => page(blocks, i + 1))),
    pack,
    found,
    defs: pack.facts.filter((f) => f.id in found),
  };
}

function verdict(
  check: (typeof CHECKS)[number],
  pack: RubricPack,
  id: string,
  found: Record<string, ExtractedFact>,
  pages?: (Block | string)[][],
) {
  const def = pack.facts.find((f) => f.id === id)!;
  return check.check(id, found[id]!, def, context(pack, found, pages));
}

const empty = () => proposal([], '成员姓名 学科 现任职务 职称（职级） 联系方式 单位');

describe('people-none-read', () => {
  it('doubts an empty people list when no role of the form names anyone', () => {
    const found = { host: empty(), advisors: empty(), coreMembers: empty() };
    for (const id of Object.keys(found)) {
      expect(verdict(peopleNoneRead, yueyang, id, found)).toBe('peopleNoneRead');
    }
    // A role left unread counts as no one read.
    expect(verdict(peopleNoneRead, liaoning, 'coreMembers', { coreMembers: empty() })).toBe(
      'peopleNoneRead',
    );
  });
  it('leaves an empty role beside one that names people, and lists with people', () => {
    const host = proposal([{ name: '谭雨霏', unit: '营口市西市区渔市小学' }], '谭雨霏');
    const found = { host, assistants: empty(), coreMembers: empty() };
    expect(verdict(peopleNoneRead, mingshi, 'assistants', found)).toBeUndefined();
    expect(verdict(peopleNoneRead, mingshi, 'host', found)).toBeUndefined();
  });
});

/** A form's title page stored upside down: read backwards. */
const backwardsPage: (Block | string)[] = [
  '页4共页1第',
  '阜新市教育局　　　推荐部门',
  '阜新市海州区平安　主持单位笔画AI书法临摹　所属方向',
];

describe('page-backwards', () => {
  const lead = proposal('笔画AI书法临摹', '主持单位 笔画 AI 书法临摹');
  lead.evidence[0]!.page = 2;
  it('doubts a value read from a page whose text comes out backwards', () => {
    expect(
      verdict(pageBackwards, liaoning, 'leadUnit', { leadUnit: lead }, [
        ['第 1 页 共 4 页', '成员单位'],
        backwardsPage,
      ]),
    ).toBe('pageBackwards');
    // Without a page number: backward dates and numbered items, twice.
    expect(
      verdict(pageBackwards, liaoning, 'leadUnit', { leadUnit: lead }, [
        ['成员单位'],
        ['日01月09年2016开展实践时间', '、跨校同步作文讲评案例4', '、非遗满族剪纸数字化传承案例2'],
      ]),
    ).toBe('pageBackwards');
  });
  it('leaves pages read forwards alone, brackets wrapped in prose included', () => {
    const pages = [
      ['第 1 页 共 2 页'],
      [
        '第 2 页 共 2 页',
        '高级中学，正高级教师）、田玲（营口市西市区教师进修学校，二级教师）、钟岚（大石桥市水',
        '开展实践时间 2016年9月1日',
        '1、跨校同步作文讲评案例',
      ],
    ];
    expect(verdict(pageBackwards, liaoning, 'leadUnit', { leadUnit: lead }, pages)).toBeUndefined();
    // One backward-looking line is not enough.
    const one = [['成员单位'], ['、跨校同步作文讲评案例4', '主持单位 笔画AI书法临摹']];
    expect(verdict(pageBackwards, liaoning, 'leadUnit', { leadUnit: lead }, one)).toBeUndefined();
  });
  it('reads a 300,000-character line without hanging', () => {
    const ctx = context(liaoning, { leadUnit: lead }, [['成员单位'], ['主持单位']]);
    // The page's text as a hostile file could make it (building it through a layout is slow).
    Object.assign(ctx.doc.page(2)!, {
      text: `页${'4共页'.repeat(100_000)}1第\n${'、案例4'.repeat(50_000)}`,
    });
    const def = liaoning.facts.find((f) => f.id === 'leadUnit')!;
    const started = Date.now();
    pageBackwards.check('leadUnit', lead, def, ctx);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('page-order-break', () => {
  const outcomes = proposal(
    { researchReport: true, guide: false },
    '预期成果 ■信息化教学应用模式研究报告 ■应',
  );
  const foot: (Block | string)[] = [
    '已形成的典型案例：',
    '1、AI跳绳计数助力体质达标案例',
    { kind: 'table', rows: [['预期成果', '■信息化教学应用模式研究报告 ■应']] },
  ];
  const title: (Block | string)[] = [
    '教育信息化教学应用实践共同体项目推荐表',
    { kind: 'table', rows: [['共同体名称', '某某共同体']] },
  ];
  /** The rest of the option row, in the value column only, then the next field. */
  const rest: (Block | string)[] = [
    {
      kind: 'table',
      rows: [
        ['', '用指南 ■实践共同体社区'],
        ['典型案例数量', '八个'],
      ],
    },
  ];
  const complete: (Block | string)[] = [
    { kind: 'table', rows: [['典型案例数量', '八个']] },
    '推荐单位意见',
  ];
  it('doubts a value at the foot of a page whose printed successor is stored elsewhere', () => {
    const pages = [
      [...foot, '第 2 页 共 3 页'],
      [...title, '第 1 页 共 3 页'],
      [...rest, '第 3 页 共 3 页'],
    ];
    expect(
      verdict(pageOrderBreak, liaoning, 'expectedOutcomes', { expectedOutcomes: outcomes }, pages),
    ).toBe('pageOrderBreak');
    // At the head of a page whose printed predecessor is not stored before it.
    const head = proposal({ guide: true, community: true }, '用指南 ■实践共同体社区');
    head.evidence[0]!.page = 3;
    const swapped = [
      [...title, '第 1 页 共 3 页'],
      [...complete, '第 3 页 共 3 页'],
      [...rest, '第 2 页 共 3 页'],
    ];
    expect(
      verdict(pageOrderBreak, liaoning, 'expectedOutcomes', { expectedOutcomes: head }, swapped),
    ).toBe('pageOrderBreak');
  });
  it('leaves pages stored in their printed order, whole rows, and values inside a page alone', () => {
    const inOrder = [
      [...title, '第 1 页 共 3 页'],
      [...foot, '第 2 页 共 3 页'],
      [...rest, '第 3 页 共 3 页'],
    ];
    const at2 = { ...outcomes, evidence: [{ page: 2, quote: outcomes.evidence[0]!.quote }] };
    expect(
      verdict(pageOrderBreak, liaoning, 'expectedOutcomes', { expectedOutcomes: at2 }, inOrder),
    ).toBeUndefined();
    // The page printed next opens with a whole row (label and value): nothing cut.
    const whole = [
      [...foot, '第 2 页 共 3 页'],
      [...title, '第 1 页 共 3 页'],
      [...complete, '第 3 页 共 3 页'],
    ];
    expect(
      verdict(pageOrderBreak, liaoning, 'expectedOutcomes', { expectedOutcomes: outcomes }, whole),
    ).toBeUndefined();
    const cases = proposal(['AI跳绳计数助力体质达标案例'], '1、AI跳绳计数助力体质达标案例');
    const swapped = [
      [...foot, '第 2 页 共 3 页'],
      [...title, '第 1 页 共 3 页'],
      [...rest, '第 3 页 共 3 页'],
    ];
    expect(
      verdict(pageOrderBreak, liaoning, 'existingCases', { existingCases: cases }, swapped),
    ).toBeUndefined();
    // No page numbers printed: nothing to judge the order by.
    const bare = [foot, title, rest];
    expect(
      verdict(pageOrderBreak, liaoning, 'expectedOutcomes', { expectedOutcomes: outcomes }, bare),
    ).toBeUndefined();
  });
});

describe('outline-number', () => {
  it('doubts an item or a value that opens with an outline number', () => {
    const schools = proposal([{ name: '3.1.1青石县第四中学' }], '3.1.1 青石县第四中学');
    expect(verdict(outlineNumber, mingshi, 'memberSchools', { memberSchools: schools })).toBe(
      'outlineNumber',
    );
    for (const t of ['1.2 某某共同体', '（2.1）某某共同体', '2.3、某某案例', '1.2.3某校']) {
      expect(outlineNumbered(t)).toBe(true);
    }
  });
  it('leaves versions, decimals and plain names alone', () => {
    for (const t of [
      '2.0时代数字课堂案例',
      '1.5倍速朗读案例',
      '3D打印社团',
      '青石县第四中学',
      '1.5',
    ]) {
      expect(outlineNumbered(t)).toBe(false);
    }
    const years = proposal(3.5, '已开展实践 3.5 年');
    expect(verdict(outlineNumber, liaoning, 'practiceYears', { practiceYears: years })).toBe(
      undefined,
    );
  });
});

describe('stray-glyph', () => {
  it('doubts a value holding a garbled glyph, a tab or an unmapped character', () => {
    const cases = proposal(['课堂举手频次智能分析教研案例；Ý.AI跳绳计数助力体质达标案例'], '');
    expect(verdict(strayGlyphs, liaoning, 'existingCases', { existingCases: cases })).toBe(
      'strayGlyph',
    );
    for (const t of ['团队与单位\t①数字美育资源库建设案例', '某某\uFFFD学校', '某\uE123校']) {
      expect(strayGlyph(t)).toBe(true);
    }
  });
  it('leaves pinyin, names with a middle dot and arithmetic signs alone', () => {
    for (const t of ['Lǚ Xiǎomíng', '买买提·艾力', 'AI×教育实践案例', '营口市第二十八中学']) {
      expect(strayGlyph(t)).toBe(false);
    }
  });
});

describe('holds-other-value', () => {
  const name = proposal(
    '岳阳市高中数据结构与算法网络教研联盟',
    '联盟名称 岳阳市高中数据结构与算法网络教研联盟',
  );
  it('doubts a value that joins another fact’s whole value to a piece beside it', () => {
    const lead = proposal(
      '岳阳市高中数据结构与算法网络教研联盟君山区许市镇中学',
      '申报单位（盖章）： 日期：\n岳阳市高中数据结构与算法网络教研联盟 君山区许市镇中学',
    );
    expect(
      verdict(holdsOtherValue, yueyang, 'leadUnit', { projectName: name, leadUnit: lead }),
    ).toBe('holdsOtherValue');
    const before = proposal(
      '君山区许市镇中学岳阳市高中数据结构与算法网络教研联盟',
      '君山区许市镇中学 ｜ 岳阳市高中数据结构与算法网络教研联盟',
    );
    expect(
      verdict(holdsOtherValue, yueyang, 'leadUnit', { projectName: name, leadUnit: before }),
    ).toBe('holdsOtherValue');
  });
  it('leaves a name that contains another value without a gap alone', () => {
    const lead = proposal('阜新市第十二中学', '牵头单位 阜新市第十二中学');
    const project = proposal(
      '阜新市第十二中学课堂观察共同体',
      '项目名称 阜新市第十二中学课堂观察共同体',
    );
    expect(
      verdict(holdsOtherValue, liaoning, 'projectName', { projectName: project, leadUnit: lead }),
    ).toBeUndefined();
    const alone = proposal(
      '君山区许市镇中学',
      '岳阳市高中数据结构与算法网络教研联盟 君山区许市镇中学',
    );
    expect(
      verdict(holdsOtherValue, yueyang, 'leadUnit', { projectName: name, leadUnit: alone }),
    ).toBeUndefined();
  });
  it('reads a long quote of many pieces without hanging', () => {
    const lead = proposal(`${'甲 '.repeat(150_000)}乙`, `${'甲 '.repeat(150_000)}乙`);
    const other = proposal('甲甲甲甲', '甲 甲 甲 甲');
    const started = Date.now();
    verdict(holdsOtherValue, yueyang, 'leadUnit', { projectName: other, leadUnit: lead });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('round 19 checks in force', () => {
  it('are run by checkCertainty and make the proposal uncertain, with a message in both languages', () => {
    const found = { host: empty(), coreMembers: empty() };
    const out = checkCertainty(context(liaoning, found));
    expect(out.host?.confidence).toBeLessThan(UNCERTAIN);
    expect(out.host?.doubts).toContain('peopleNoneRead');
    const codes = {
      peopleNoneRead,
      pageBackwards,
      pageOrderBreak,
      outlineNumber,
      strayGlyph: strayGlyphs,
      holdsOtherValue,
    };
    expect(CHECKS).toEqual(expect.arrayContaining(Object.values(codes)));
    for (const code of Object.keys(codes)) {
      expect((en.doubt as Record<string, string>)[code]).toBeTruthy();
      expect((zh.doubt as Record<string, string>)[code]).toBeTruthy();
    }
  });
});
