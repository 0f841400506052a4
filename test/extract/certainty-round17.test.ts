/**
 * Round 17's structural certainty checks on small built proposals: leader dots kept in a value,
 * a template's bracketed note kept with the answer, a blank date read as a unit's name. Each
 * doubts its class and leaves the clean value of the same fact alone.
 */
import { describe, expect, it } from 'vitest';
import {
  type CertaintyCheck,
  CHECKS,
  type CheckContext,
  checkCertainty,
} from '../../lib/extract/certainty';
import { formMarks } from '../../lib/extract/certainty/form-marks';
import { leadersInValue } from '../../lib/extract/certainty/leaders-in-value';
import { listNumbering } from '../../lib/extract/certainty/list-numbering';
import { noteInValue } from '../../lib/extract/certainty/note-in-value';
import { recordFieldGap } from '../../lib/extract/certainty/record-field-gap';
import type { ExtractedFact } from '../../lib/facts/standard';
import { UNCERTAIN } from '../../lib/facts/standard';
import { extract as en } from '../../lib/i18n/en/extract';
import { extract as zh } from '../../lib/i18n/zh-CN/extract';
import { DocumentLayout } from '../../lib/pdf/structure/document';
import { builtinPack, type FactDef, type RubricPack } from '../../lib/rubric';
import { checkContext, proposal } from './certainty-kit';
import { type Block, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');

function context(pack: RubricPack, id: string, fact: ExtractedFact, lines: string[]): CheckContext {
  return {
    doc: new DocumentLayout([page(lines)]),
    pack,
    found: { [id]: fact },
    defs: pack.facts.filter((f) => f.id === id),
  };
}

function verdict(check: CertaintyCheck, pack: RubricPack, id: string, fact: ExtractedFact) {
  const def = pack.facts.find((f) => f.id === id)!;
  return check.check(id, fact, def, context(pack, id, fact, [fact.evidence[0]?.quote ?? '']));
}

describe('leaders-in-value', () => {
  it('doubts a name that kept the leader dots after its label', () => {
    const fact = proposal(
      '．．．．．．．．．．．．岳阳县小学积木机器人网络教',
      '联盟名称．．．．．．．．．．．．岳阳县小学积木机器人网络教',
      0.9,
    );
    expect(verdict(leadersInValue, yueyang, 'projectName', fact)).toBe('leadersInValue');
  });
  it('doubts a list whose item holds the label and its dots', () => {
    const fact = proposal(
      ['案例·······················鱼菜共生水质监测探究案例'],
      '已有案例·······················鱼菜共生水质监测探究案例',
      0.9,
    );
    expect(verdict(leadersInValue, liaoning, 'existingCases', fact)).toBe('leadersInValue');
  });
  it('leaves a clean name, and a title with one ellipsis, alone', () => {
    expect(
      verdict(
        leadersInValue,
        yueyang,
        'projectName',
        proposal('岳阳县小学积木机器人网络教研联盟', '', 0.9),
      ),
    ).toBeUndefined();
    expect(
      verdict(
        leadersInValue,
        yueyang,
        'projectName',
        proposal('从“看见”到“看懂”……的联盟', '', 0.9),
      ),
    ).toBeUndefined();
  });
  it('reads a 300,000-character value without hanging', () => {
    const fact = proposal(`${'案'.repeat(300_000)}`, '', 0.9);
    expect(verdict(leadersInValue, yueyang, 'projectName', fact)).toBeUndefined();
  });
});

describe('note-in-value', () => {
  it('doubts a value ending or starting with the template’s bracketed note', () => {
    for (const v of [
      '营口市数字版画美育共同体（限20字以内，须准确概括申报内容方向）',
      '（限20字以内）营口市数字版画美育共同体',
      '江州市体育与健康邹新民名师网络工作室（江州市+学科+姓名+名师网络工作室）',
      '初中数据与编码网络教研联盟（须含“网络教研联盟”字样）',
    ]) {
      expect(verdict(noteInValue, liaoning, 'projectName', proposal(v, v, 0.9))).toBe(
        'noteInValue',
      );
    }
    expect(
      verdict(noteInValue, liaoning, 'recommendingBody', proposal('（盖章）营口市教育局', '', 0.9)),
    ).toBe('noteInValue');
    const cases = proposal(
      ['红领巾数字广播站案例', '校园植物二维码认养案例（列出案例名称，可附页）'],
      '',
      0.9,
    );
    expect(verdict(noteInValue, liaoning, 'existingCases', cases)).toBe('noteInValue');
  });
  it('leaves a name’s own brackets alone', () => {
    for (const v of [
      '大连市第二十四中学（集团）',
      '沈阳市实验学校（北校区）',
      '（2023）数字美育共同体',
    ]) {
      expect(verdict(noteInValue, liaoning, 'leadUnit', proposal(v, v, 0.9))).toBeUndefined();
    }
  });
});

describe('form-marks: a blank date', () => {
  it('doubts a unit read as the date line under a signature', () => {
    expect(verdict(formMarks, liaoning, 'leadUnit', proposal('年月', '年 月 日', 0.9))).toBe(
      'formMarks',
    );
    expect(verdict(formMarks, liaoning, 'leadUnit', proposal('年 月 日', '', 0.9))).toBe(
      'formMarks',
    );
  });
  it('leaves a unit whose name holds 年 or 月 alone', () => {
    expect(
      verdict(formMarks, liaoning, 'leadUnit', proposal('营口市月牙岛小学', '', 0.9)),
    ).toBeUndefined();
  });
});

describe('round 17 checks in force', () => {
  it('are run by checkCertainty and make the proposal uncertain, with a message in both languages', () => {
    const fact = proposal('（盖章）营口市教育局', '', 0.9);
    const def = liaoning.facts.find((f) => f.id === 'recommendingBody')!;
    const out = checkCertainty({ ...context(liaoning, def.id, fact, ['']), defs: [def] });
    expect(out[def.id]?.confidence).toBeLessThan(UNCERTAIN);
    expect(out[def.id]?.doubts).toContain('noteInValue');
    expect(CHECKS).toEqual(expect.arrayContaining([leadersInValue, noteInValue, recordFieldGap]));
    for (const code of ['leadersInValue', 'noteInValue', 'recordFieldGap']) {
      expect((en.doubt as Record<string, string>)[code]).toBeTruthy();
      expect((zh.doubt as Record<string, string>)[code]).toBeTruthy();
    }
  });
});

describe('record-field-gap', () => {
  it('doubts units whose middle row lacks the type the rows around it carry (a merged cell)', () => {
    const units = [
      { name: '鞍山市第五十一中学', region: '鞍山市', type: '完全中学' },
      { name: '台安县富家镇中心小学', region: '鞍山市' },
      { name: '鞍山市铁东区园林小学', region: '鞍山市', type: '小学' },
    ];
    expect(verdict(recordFieldGap, liaoning, 'memberUnits', proposal(units, '', 0.9))).toBe(
      'recordFieldGap',
    );
  });
  it('doubts people whose middle row lacks a unit', () => {
    const people = [
      { name: '詹晨曦', unit: '鞍山市立山区曙光小学', title: '高级教师' },
      { name: '柳丽娟', title: '正高级教师' },
      { name: '廖梓涵', unit: '鞍山市第五十一中学', title: '二级教师' },
    ];
    expect(verdict(recordFieldGap, liaoning, 'coreMembers', proposal(people, '', 0.9))).toBe(
      'recordFieldGap',
    );
  });
  it('leaves a list alone whose missing field is at its edge, or that is complete', () => {
    const edge = [
      { name: '甲中学', type: '初中' },
      { name: '乙小学', type: '小学' },
      { name: '丙学校' },
    ];
    expect(
      verdict(recordFieldGap, liaoning, 'memberUnits', proposal(edge, '', 0.9)),
    ).toBeUndefined();
    const whole = edge.map((u) => ({ ...u, type: u.type ?? '九年一贯制' }));
    expect(
      verdict(recordFieldGap, liaoning, 'memberUnits', proposal(whole, '', 0.9)),
    ).toBeUndefined();
  });
  it('reads a list of 100,000 records without hanging', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({
      name: `人${i}`,
      unit: i % 2 ? '' : '甲',
    }));
    expect(
      verdict(recordFieldGap, liaoning, 'coreMembers', proposal(many, '', 0.9)),
    ).toBeUndefined();
  });
});

describe('list-numbering: the first item written beside its label', () => {
  const cases = {
    id: 'existingCases',
    type: 'names',
    label: { zh: '已形成的典型案例', en: 'cases' },
  } as FactDef;
  const table: Block = {
    kind: 'table',
    rows: [
      ['已形成的典型案例', '1. “识别网络诈骗”情景模拟案例'],
      ['', '2. 家校共育积分兑换劳动之星案例'],
      ['', '3. 颜体楷书笔迹比对临摹案例'],
      ['建设期满拟形成成果', '研究报告 应用指南'],
    ],
  };
  const ctx = checkContext([table], [cases]);
  const quote = '已形成的典型案例 1. “识别网络诈骗”情景模拟案例';
  it('doubts a list read as its first item only, though the numbers go on below', () => {
    const read = proposal(['“识别网络诈骗”情景模拟案例'], quote);
    expect(listNumbering.check(cases.id, read, cases, ctx)).toBe('listNumberGoesOn');
  });
  it('leaves the whole list alone', () => {
    const read = proposal(
      ['“识别网络诈骗”情景模拟案例', '家校共育积分兑换劳动之星案例', '颜体楷书笔迹比对临摹案例'],
      quote,
    );
    expect(listNumbering.check(cases.id, read, cases, ctx)).toBeUndefined();
  });
});
