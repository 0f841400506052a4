/**
 * Structural checks of single values (lib/extract/certainty): each doubts the class of misreading
 * it names, on small made-up proposals and pages, and leaves a clean value of the same fact alone.
 */
import { describe, expect, it } from 'vitest';
import {
  type CertaintyCheck,
  CHECKS,
  type CheckContext,
  checkCertainty,
} from '../../lib/extract/certainty';
import { citedOptions } from '../../lib/extract/certainty/cited-options';
import { formMarks } from '../../lib/extract/certainty/form-marks';
import { labelAsValue } from '../../lib/extract/certainty/label-as-value';
import { numberInName } from '../../lib/extract/certainty/number-in-name';
import { numberInQuote } from '../../lib/extract/certainty/number-in-quote';
import { optionsBeyondQuote } from '../../lib/extract/certainty/options-beyond-quote';
import { promptAsValue } from '../../lib/extract/certainty/prompt-as-value';
import { runsIntoLabel } from '../../lib/extract/certainty/runs-into-label';
import type { ExtractedFact, FactSource } from '../../lib/facts/standard';
import { extract as en } from '../../lib/i18n/en/extract';
import { extract as zh } from '../../lib/i18n/zh-CN/extract';
import { DocumentLayout } from '../../lib/pdf/structure/document';
import { builtinPack, type RubricPack } from '../../lib/rubric';
import { proposal as keyValueProposal } from './certainty-kit';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');

const proposal = (value: unknown, quote: string, source: FactSource = 'keyValue') =>
  keyValueProposal(value, quote, 0.9, source);

/** What one check says of one fact of a pack, on a document of the given lines. */
function verdict(
  check: CertaintyCheck,
  pack: RubricPack,
  id: string,
  fact: ExtractedFact,
  lines: string[] = [],
): string | undefined {
  const def = pack.facts.find((f) => f.id === id)!;
  const doc = new DocumentLayout(lines.length ? [page(lines)] : []);
  const ctx: CheckContext = { doc, pack, found: { [id]: fact }, defs: pack.facts };
  return check.check(id, fact, def, ctx);
}

describe('label-as-value', () => {
  it('doubts a value that is only another field’s label', () => {
    const fact = proposal('主持人 所在单位', '网络教研联盟名称 主持人所在 单位');
    expect(verdict(labelAsValue, yueyang, 'projectName', fact)).toBe('labelAsValue');
  });
  it('doubts an empty choice read from a quote of labels or yes/no heads only', () => {
    expect(verdict(labelAsValue, yueyang, 'gradeVolumes', proposal([], '年级册 研究方向'))).toBe(
      'labelAsValue',
    );
    expect(verdict(labelAsValue, yueyang, 'hostQualifications', proposal([], '是 否'))).toBe(
      'labelAsValue',
    );
  });
  it('leaves a value with a character of its own beside a label word alone', () => {
    // 方向 is a label of the direction; 某 is not: the value is 某方向, as the form writes it.
    const fact = proposal('某方向', '应用方向 某方向');
    expect(verdict(labelAsValue, liaoning, 'direction', fact)).toBeUndefined();
    expect(
      verdict(labelAsValue, liaoning, 'direction', proposal('方向：', '应用方向 方向：')),
    ).toBe('labelAsValue');
  });
  it('leaves a name and an empty grid alone', () => {
    const name = proposal('岳阳县创客教育网络教研联盟', '联盟名称 岳阳县创客教育网络教研联盟');
    expect(verdict(labelAsValue, yueyang, 'projectName', name)).toBeUndefined();
    const grid = proposal([], '【 】三上 【 】三下 【 】四上', 'grid');
    expect(verdict(labelAsValue, yueyang, 'gradeVolumes', grid)).toBeUndefined();
  });
});

describe('prompt-as-value', () => {
  it('doubts a question or an instruction read as the answer', () => {
    expect(verdict(promptAsValue, liaoning, 'projectName', proposal('什么？', '什么？'))).toBe(
      'promptAsValue',
    );
    expect(
      verdict(promptAsValue, liaoning, 'leadUnit', proposal('请填写单位全称', '请填写单位全称')),
    ).toBe('promptAsValue');
  });
  it('leaves an answer alone', () => {
    const fact = proposal(
      '“双减”背景下作业设计实践共同体',
      '项目名称：“双减”背景下作业设计实践共同体',
    );
    expect(verdict(promptAsValue, liaoning, 'projectName', fact)).toBeUndefined();
  });
});

describe('runs-into-label', () => {
  it('doubts a value that runs into the next field’s label', () => {
    const fact = proposal(
      '某市实践共同体 主持单位：某市育才学校',
      '某市实践共同体\n主持单位：某市育才学校',
    );
    expect(verdict(runsIntoLabel, liaoning, 'projectName', fact)).toBe('runsIntoLabel');
    const end = proposal('锦州市第八中学推荐单位', '牵头单位 锦州市第八中学 推荐单位');
    expect(verdict(runsIntoLabel, liaoning, 'leadUnit', end)).toBe('runsIntoLabel');
  });
  it('leaves a name holding an ordinary word that is also a short label', () => {
    const fact = proposal('三年级跨学科阅读实践共同体', '项目名称 三年级跨学科阅读实践共同体');
    expect(verdict(runsIntoLabel, yueyang, 'projectName', fact)).toBeUndefined();
  });
});

describe('form-marks', () => {
  it('doubts a value carrying a template’s brackets or boxes', () => {
    const fact = proposal('【锦州市教育局】', '推荐单位：【锦州市教育局】');
    expect(verdict(formMarks, liaoning, 'recommendingBody', fact)).toBe('formMarks');
    const row = proposal('【】智慧德育【】智慧体育', '所属类别： 【 】智慧德育 【 】智慧体育');
    expect(verdict(formMarks, liaoning, 'category', row)).toBe('formMarks');
    // Boxes typed as "[ ]" and "[x]" (plain-text and markdown exports).
    const typed = proposal('[ ]智慧德育[x]其他（', '申报类别 [ ]智慧德育 [x]其他（');
    expect(verdict(formMarks, liaoning, 'category', typed)).toBe('formMarks');
  });
  it('leaves the ticked option of a checkbox row alone', () => {
    const fact = proposal('智慧体育', '类别 □智慧德育 ☑智慧体育 □智慧劳动教育');
    expect(verdict(formMarks, liaoning, 'category', fact)).toBeUndefined();
  });
});

describe('cited-options', () => {
  it('doubts options that are not the ones the form cites by number', () => {
    const quote = '主持人申报条件：⑥（序号见通知：①在省级教学现场竞赛获二等奖以上；②在全市';
    const fact = proposal(['provincialCompetition2ndPlus'], quote);
    expect(verdict(citedOptions, yueyang, 'hostQualifications', fact)).toBe('citedOptions');
    const items = proposal(
      ['provincialCompetition2ndPlus', 'jinhuanCup1stPlus'],
      '符合第 2、5 项（1. 在省级',
    );
    expect(verdict(citedOptions, yueyang, 'hostQualifications', items)).toBe('citedOptions');
  });
  it('leaves the cited options, a notice clause and a checkbox row alone', () => {
    const cited = proposal(
      ['backboneTeacher'],
      '主持人申报条件：⑥（序号对应通知“三、申报要求”第1条）',
    );
    expect(verdict(citedOptions, yueyang, 'hostQualifications', cited)).toBeUndefined();
    // The last number cited runs into 条: it is cited all the same (the project's own Word form).
    const clauses = proposal(
      ['qualityCourseMunicipal1stPlus', 'teachingResearcher', 'backboneTeacher'],
      '主持人申报条件 主持人符合第④、⑤、⑥条：在“基础教育精品课”',
    );
    expect(verdict(citedOptions, yueyang, 'hostQualifications', clauses)).toBeUndefined();
    const row = proposal(
      ['municipalProjectCompleted'],
      '☐①在省级教学现场竞赛获二等奖以上 ✓③\n主持过市级及以上课题且已结题 □⑥ （①省级竞赛）',
      'grid',
    );
    expect(verdict(citedOptions, yueyang, 'hostQualifications', row)).toBeUndefined();
  });
});

describe('number-in-quote', () => {
  it('doubts a number that dropped the half its quote states, or is not in it', () => {
    expect(verdict(numberInQuote, liaoning, 'practiceYears', proposal(1, '实践年限：一年半'))).toBe(
      'numberDisagrees',
    );
    expect(verdict(numberInQuote, liaoning, 'typicalCases', proposal(6, '形成八个典型案例'))).toBe(
      'numberDisagrees',
    );
  });
  it('leaves numbers its quote writes, and years worked out from a month', () => {
    expect(
      verdict(numberInQuote, liaoning, 'practiceYears', proposal(1.5, '实践年限：一年半')),
    ).toBeUndefined();
    expect(
      verdict(numberInQuote, liaoning, 'typicalCases', proposal(8, '形成八个典型案例')),
    ).toBeUndefined();
    expect(
      verdict(numberInQuote, liaoning, 'practiceYears', proposal(3, '实践起始时间 2019年9月')),
    ).toBeUndefined();
  });
});

describe('number-in-name', () => {
  it('doubts a unit’s name glued to a phone number', () => {
    const fact = proposal('15856500232平江县文星中学', '所在单位 15856500232 平江县文星中学');
    expect(verdict(numberInName, yueyang, 'leadUnit', fact)).toBe('numberInName');
  });
  it('leaves a contact number and a name with a year alone', () => {
    expect(
      verdict(numberInName, yueyang, 'hostContact', proposal('2041277151', 'QQ 2041277151')),
    ).toBeUndefined();
    const year = proposal('2023年岳阳县创客教育联盟', '联盟名称 2023年岳阳县创客教育联盟');
    expect(verdict(numberInName, yueyang, 'projectName', year)).toBeUndefined();
  });
});

describe('options-beyond-quote', () => {
  const lines = [
    '预期成果：形成《研究报告》1份；编制《课堂应用指南》1册；形成8个典型案例。',
    '推荐单位意见：同意推荐。',
  ];
  it('doubts outcome flags whose clause goes on to name an option read as absent', () => {
    const fact = proposal(
      { researchReport: true, guide: false },
      '预期成果：形成《研究报告》1份；',
      'sentence',
    );
    expect(verdict(optionsBeyondQuote, liaoning, 'expectedOutcomes', fact, lines)).toBe(
      'optionBeyondQuote',
    );
  });
  it('leaves flags that name all the clause names', () => {
    const fact = proposal(
      { researchReport: true, guide: true },
      '预期成果：形成《研究报告》1份；',
      'sentence',
    );
    expect(verdict(optionsBeyondQuote, liaoning, 'expectedOutcomes', fact, lines)).toBeUndefined();
  });
  it('doubts a choice whose checkbox row goes on, past the quote, to tick another option', () => {
    const row = ['研究类别：☐人工智能 ✓编程教育 ☐机器人教育 ✓创客教育'];
    const fact = proposal('编程教育', '研究类别：☐人工智能 ✓编程教育', 'grid');
    expect(verdict(optionsBeyondQuote, yueyang, 'researchCategory', fact, row)).toBe(
      'optionBeyondQuote',
    );
    const unticked = ['研究类别：☐人工智能 ✓编程教育 ☐机器人教育 ☐创客教育'];
    expect(
      verdict(optionsBeyondQuote, yueyang, 'researchCategory', fact, unticked),
    ).toBeUndefined();
  });
});

describe('the checks in force', () => {
  it('include every single-value check, and make a doubted value uncertain with its reason', () => {
    for (const c of [
      labelAsValue,
      promptAsValue,
      runsIntoLabel,
      formMarks,
      citedOptions,
      numberInQuote,
      numberInName,
      optionsBeyondQuote,
    ]) {
      expect(CHECKS).toContain(c);
    }
    const found = {
      recommendingBody: proposal('【锦州市教育局】', '推荐单位：【锦州市教育局】'),
      leadUnit: proposal('锦州市第八中学', '牵头单位 锦州市第八中学'),
    };
    const doc = new DocumentLayout([]);
    const out = checkCertainty({ doc, pack: liaoning, found, defs: liaoning.facts });
    expect(out.recommendingBody!.doubts).toEqual(['formMarks']);
    expect(out.recommendingBody!.confidence).toBeLessThan(0.6);
    expect(out.leadUnit).toBe(found.leadUnit);
  });
});

describe('reasons for the reviewer', () => {
  it('has a sentence in Chinese and English for every reason these checks give', () => {
    const codes = [
      'labelAsValue',
      'promptAsValue',
      'runsIntoLabel',
      'formMarks',
      'citedOptions',
      'numberDisagrees',
      'numberInName',
      'optionBeyondQuote',
    ] as const;
    for (const code of codes) {
      expect(zh.doubt[code]).toMatch(/请/);
      expect(en.doubt[code]).toMatch(/check/i);
    }
  });
});
