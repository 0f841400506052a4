/**
 * Round 18's structural certainty checks on small built proposals: a pointer to a note read as
 * the answer, a template's prompt or sample text kept in the value, a draft's marker, a value
 * read from a voided draft the final copy does not confirm, and a list set in two halves side by
 * side of which only the first half was read. Each doubts its class and leaves the clean value of
 * the same fact alone.
 */
import { describe, expect, it } from 'vitest';
import {
  type CertaintyCheck,
  CHECKS,
  type CheckContext,
  checkCertainty,
} from '../../lib/extract/certainty';
import { draftInValue } from '../../lib/extract/certainty/draft-marker';
import { listSideBySide } from '../../lib/extract/certainty/list-side-by-side';
import { listStartsLate } from '../../lib/extract/certainty/list-starts-late';
import { noteReference } from '../../lib/extract/certainty/note-reference';
import { templateInValue } from '../../lib/extract/certainty/template-text';
import { voidedDraft } from '../../lib/extract/certainty/voided-draft';
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

/** A context over pages of lines (page 1 first), the one fact declared. */
function context(
  pack: RubricPack,
  id: string,
  fact: ExtractedFact,
  pages: string[][],
): CheckContext {
  return {
    doc: new DocumentLayout(pages.map((lines, i) => page(lines, i + 1))),
    pack,
    found: { [id]: fact },
    defs: pack.facts.filter((f) => f.id === id),
  };
}

function verdict(
  check: CertaintyCheck,
  pack: RubricPack,
  id: string,
  fact: ExtractedFact,
  pages: string[][] = [[fact.evidence[0]?.quote ?? '']],
) {
  const def = pack.facts.find((f) => f.id === id)!;
  return check.check(id, fact, def, context(pack, id, fact, pages));
}

describe('note-reference', () => {
  it('doubts a value, a list item or a person’s field that only points to a note', () => {
    for (const v of [
      '详见注释➀',
      '见注②',
      '见文末注⑦',
      '详见页下注',
      '见脚注',
      '（见注）',
      '见附件2',
    ]) {
      expect(
        verdict(noteReference, liaoning, 'projectName', proposal(v, `项目名称 ${v}`, 0.9)),
      ).toBe('noteReference');
    }
    const cases = proposal(['手环心率曲线指导耐力跑案例', '见注⑥'], '', 0.9);
    expect(verdict(noteReference, liaoning, 'existingCases', cases)).toBe('noteReference');
    const advisors = proposal([{ name: '扈宁远', unit: '见注⑥', title: '正高级教师' }], '', 0.9);
    expect(verdict(noteReference, yueyang, 'advisors', advisors)).toBe('noteReference');
  });
  it('leaves names that hold 见 or 注 alone, and a sentence that cites a note', () => {
    for (const v of [
      '见龙镇中心小学',
      '注重实践的劳动教育共同体',
      '抚顺市见山小学',
      '以项目为载体开展教研，具体安排见附件2中的年度计划表',
    ]) {
      expect(verdict(noteReference, liaoning, 'leadUnit', proposal(v, v, 0.9))).toBeUndefined();
    }
  });
  it('reads a 300,000-character value without hanging', () => {
    const fact = proposal(`见注${'案'.repeat(300_000)}`, '', 0.9);
    expect(verdict(noteReference, liaoning, 'projectName', fact)).toBeUndefined();
  });
});

describe('template-text', () => {
  it('doubts a field’s prompt and a template’s sample filling kept in the value', () => {
    for (const v of [
      '请作答',
      '点击此处输入文字。华容县操军镇中学',
      '单击或点击此处输入文本。',
      '请在此处填写庄河市大营镇中学',
      '张XX岳阳市小学趣味编程闯关网络教研联盟',
      'XX市XX学校大连市教育局',
      '139XXXXXXXX华容县教育局电教站',
      '岳阳市小学纸电路创意设计网络教研示例：6个联盟',
    ]) {
      expect(verdict(templateInValue, yueyang, 'leadUnit', proposal(v, v, 0.9))).toBe(
        'templateText',
      );
    }
    const cases = proposal(
      ['张XX1.双减背景下分层作业设计案例', '2.AI生成旋律改编童谣案例'],
      '',
      0.9,
    );
    expect(verdict(templateInValue, liaoning, 'existingCases', cases)).toBe('templateText');
  });
  it('leaves Latin letters, e-mail addresses and names of real things alone', () => {
    for (const v of [
      'VEX机器人',
      'yy938xkjy@126.com',
      'xxzx@163.com',
      'C++ 与 Python 编程',
      'AI游泳姿态分析',
      '请假制度下的作业设计案例',
      '例题讲评的分层设计',
    ]) {
      expect(verdict(templateInValue, yueyang, 'direction', proposal(v, v, 0.9))).toBeUndefined();
    }
  });
  it('reads a 300,000-character value without hanging', () => {
    // Read no further than a field's length: a sample past it is not looked for.
    const fact = proposal(`${'案'.repeat(300_000)}张XX`, '', 0.9);
    expect(verdict(templateInValue, yueyang, 'projectName', fact)).toBeUndefined();
  });
});

describe('draft-marker', () => {
  it('doubts a provisional name and an item left to fill later', () => {
    for (const v of [
      '（暂定名）高中算法与程序设计研究共同体',
      '岳阳市初中互联网应用与创新联盟（筹）',
    ]) {
      expect(verdict(draftInValue, yueyang, 'projectName', proposal(v, v, 0.9))).toBe(
        'draftMarker',
      );
    }
    const cases = proposal(['心理晴雨表班级预警干预案例', '（待补充）'], '', 0.9);
    expect(verdict(draftInValue, liaoning, 'existingCases', cases)).toBe('draftMarker');
  });
  it('leaves a name whose brackets say what it is alone', () => {
    for (const v of ['大连市第二十四中学（集团）', '筹建中的创客空间案例', '定向越野课例']) {
      expect(verdict(draftInValue, liaoning, 'leadUnit', proposal(v, v, 0.9))).toBeUndefined();
    }
  });
});

describe('voided-draft', () => {
  const draft = [
    '教育信息化教学应用实践共同体项目推荐表（初稿）',
    '典型案例数量 9个',
    '（此页为首次填写的初稿，信息有误，已作废，以后附正式稿为准）',
  ];
  const final = ['正式稿', '教育信息化教学应用实践共同体项目推荐表', '典型案例数量 8个'];
  it('doubts a value read from the voided draft that the final copy writes otherwise', () => {
    const fact = proposal(9, '典型案例数量 9个', 0.9);
    expect(verdict(voidedDraft, liaoning, 'typicalCases', fact, [draft, final])).toBe(
      'voidedDraft',
    );
  });
  it('doubts a list from the draft whose rows the final copy parts with another row', () => {
    const withRow = [
      ...final,
      '1 锦州市古塔区保安小学 锦州市',
      '2 黑山县八道壕镇中学 锦州市',
      '3 锦州市凌河区紫荆小学 锦州市',
    ];
    const draftRows = [...draft, '1 锦州市古塔区保安小学 锦州市', '3 锦州市凌河区紫荆小学 锦州市'];
    const fact = proposal(
      [{ name: '锦州市古塔区保安小学' }, { name: '锦州市凌河区紫荆小学' }],
      '1 锦州市古塔区保安小学 锦州市\n3 锦州市凌河区紫荆小学 锦州市',
      0.9,
    );
    expect(verdict(voidedDraft, liaoning, 'memberUnits', fact, [draftRows, withRow])).toBe(
      'voidedDraft',
    );
  });
  it('leaves a value the final copy confirms, and the final copy’s own values, alone', () => {
    const same = [...final, '项目名称 抚顺市智慧农场劳动教育共同体'];
    const fromDraft = proposal(
      '抚顺市智慧农场劳动教育共同体',
      '项目名称 抚顺市智慧农场劳动教育共同体',
      0.9,
    );
    expect(
      verdict(voidedDraft, liaoning, 'projectName', fromDraft, [
        [...draft, '项目名称 抚顺市智慧农场劳动教育共同体'],
        same,
      ]),
    ).toBeUndefined();
    const fromFinal = {
      ...proposal(8, '典型案例数量 8个', 0.9),
      evidence: [{ page: 2, quote: '典型案例数量 8个' }],
    };
    expect(
      verdict(voidedDraft, liaoning, 'typicalCases', fromFinal, [draft, final]),
    ).toBeUndefined();
  });
  it('takes a general rule about void copies for no voided page', () => {
    const rules = ['填表说明：涂改作废，复印有效', '典型案例数量 9个'];
    const fact = proposal(9, '典型案例数量 9个', 0.9);
    expect(
      verdict(voidedDraft, liaoning, 'typicalCases', fact, [rules, ['附件：案例材料']]),
    ).toBeUndefined();
  });
});

describe('list-side-by-side', () => {
  it('doubts a list read from the first half of rows that carry the second half beside', () => {
    const quote =
      '1 丹东市第二十九中学 4 丹东市振兴区花园小学\n2 凤城市刘家河镇中心小学 5 东港市前阳镇中学\n3 宽甸满族自治县青椅山镇小学 6 大连市沙河口区西安路小学';
    const units = proposal(
      [
        { name: '丹东市第二十九中学' },
        { name: '凤城市刘家河镇中心小学' },
        { name: '宽甸满族自治县青椅山镇小学' },
      ],
      quote,
      0.9,
    );
    expect(verdict(listSideBySide, liaoning, 'memberUnits', units)).toBe('listSideBySide');
    const people = proposal(
      [{ name: '沈琛' }, { name: '陈若曦' }, { name: '李一帆' }],
      '1 沈琛 二级教师 北湖区白鹭洲学校 4 施彤 高级教师\n2 陈若曦 一级教师 江州市第六十中学 5 刘煜 二级教师\n3 李一帆 二级教师 经开区启明小学',
      0.9,
    );
    expect(verdict(listSideBySide, liaoning, 'coreMembers', people)).toBe('listSideBySide');
  });
  it('leaves a list read whole, and numbers in the rows that are no serials, alone', () => {
    const whole = proposal(
      ['甲', '乙', '丙', '丁'].map((n) => ({ name: `${n}老师` })),
      '1 甲老师 4 丁老师\n2 乙老师 5 戊老师\n3 丙老师',
      0.9,
    );
    // Five serials, five people read (whatever order they were read in): nothing left out.
    whole.value = ['甲', '乙', '丙', '丁', '戊'].map((n) => ({ name: `${n}老师` }));
    expect(verdict(listSideBySide, liaoning, 'coreMembers', whole)).toBeUndefined();
    const ages = proposal(
      [{ name: '张三' }, { name: '李四' }],
      '1 张三 45 高级教师\n2 李四 46 一级教师',
      0.9,
    );
    expect(verdict(listSideBySide, liaoning, 'coreMembers', ages)).toBeUndefined();
  });
  it('reads a 300,000-character quote without hanging', () => {
    const fact = proposal([{ name: '张三' }], `1 张三 ${'2 李四 '.repeat(50_000)}`, 0.9);
    expect(verdict(listSideBySide, liaoning, 'coreMembers', fact, [['']])).toBeUndefined();
  });
});

describe('list-starts-late', () => {
  const units = liaoning.facts.find((f) => f.id === 'memberUnits')!;
  const table = (first: string[][]): Block => ({
    kind: 'table',
    rows: [
      ['序号', '成员单位名称', '所在地区', '学校类型'],
      ...first,
      ['2', '盖州市双台镇中心小学', '营口市', '小学'],
      ['3', '大石桥市博洛铺镇中学', '营口市', '初中'],
      ['4', '营口市站前区红旗小学', '营口市', '小学'],
    ],
  });
  const read = proposal(
    [
      { name: '盖州市双台镇中心小学' },
      { name: '大石桥市博洛铺镇中学' },
      { name: '营口市站前区红旗小学' },
    ],
    '2 盖州市双台镇中心小学 营口市 小学\n3 大石桥市博洛铺镇中学 营口市 初中\n4 营口市站前区红旗小学 营口市 小学',
    0.9,
  );
  const ctx = (blocks: Block[]): CheckContext => ({
    doc: new DocumentLayout([page(['成员单位', ...blocks])]),
    pack: liaoning,
    found: { memberUnits: read },
    defs: [units],
  });
  it('doubts a list numbered from 2 with no first row before it', () => {
    expect(listStartsLate.check(units.id, read, units, ctx([table([])]))).toBe('listStartsLate');
  });
  it('leaves it to list-numbering when a row numbered 1 stands before', () => {
    const withFirst = ctx([table([['1', '营口市第三十中学', '营口市', '完全中学']])]);
    expect(listStartsLate.check(units.id, read, units, withFirst)).toBeUndefined();
  });
});

describe('round 18 checks in force', () => {
  it('are run by checkCertainty and make the proposal uncertain, with a message in both languages', () => {
    const fact = proposal('见注①', '项目名称 见注①', 0.9);
    const def = liaoning.facts.find((f) => f.id === 'projectName')!;
    const out = checkCertainty({
      ...context(liaoning, def.id, fact, [['项目名称 见注①']]),
      defs: [def],
    });
    expect(out[def.id]?.confidence).toBeLessThan(UNCERTAIN);
    expect(out[def.id]?.doubts).toContain('noteReference');
    expect(CHECKS).toEqual(
      expect.arrayContaining([
        noteReference,
        templateInValue,
        draftInValue,
        voidedDraft,
        listSideBySide,
      ]),
    );
    for (const code of [
      'noteReference',
      'templateText',
      'draftMarker',
      'voidedDraft',
      'listSideBySide',
    ]) {
      expect((en.doubt as Record<string, string>)[code]).toBeTruthy();
      expect((zh.doubt as Record<string, string>)[code]).toBeTruthy();
    }
  });
});
