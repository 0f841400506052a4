/**
 * Right values the first structural checks doubted in ordinary layouts (found by review): each
 * case here was doubted before its mend, and a check that fails must not cost the extraction.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import {
  type CertaintyCheck,
  CHECKS,
  type CheckContext,
  checkCertainty,
} from '../../lib/extract/certainty';
import { describeDoubts } from '../../lib/extract/describe';
import type { ExtractedFact } from '../../lib/facts/standard';
import { DocumentLayout } from '../../lib/pdf/structure/document';
import { builtinPack, type RubricPack } from '../../lib/rubric';
import { page } from './pages';

const yueyang = builtinPack('yueyang-2023-alliance');
const liaoning = builtinPack('liaoning-2022-community');
const mingshi = builtinPack('mingshi-2024-studio');

/** The codes every check in force gives a proposal on the given page lines. */
function doubtsOf(
  pack: RubricPack,
  id: string,
  value: unknown,
  quote: string,
  lines: unknown[] = [],
) {
  const def = pack.facts.find((f) => f.id === id)!;
  const fact: ExtractedFact = {
    value,
    evidence: [{ page: 1, quote }],
    confidence: 0.9,
    source: 'keyValue',
  };
  const doc = new DocumentLayout(lines.length ? [page(lines as never)] : []);
  const ctx: CheckContext = { doc, pack, found: { [id]: fact }, defs: pack.facts };
  return CHECKS.map((c) => c.check(id, fact, def, ctx)).filter(Boolean);
}

describe('right values the checks leave alone', () => {
  it('a people table whose second column is an age, not a 序号', () => {
    const table = {
      kind: 'table' as const,
      rows: [
        ['姓名', '年龄', '职称', '工作单位'],
        ['张伟', '35', '一级教师', '岳阳市第一中学'],
        ['李娜', '42', '高级教师', '岳阳市第二中学'],
        ['王强', '29', '二级教师', '岳阳市第三中学'],
      ],
    };
    const facts = extractFacts(
      [page(['项目名称：智慧课堂研究', '四、核心成员', table, '五、研究计划'])],
      {
        pack: yueyang,
      },
    );
    expect((facts.coreMembers!.value as { name: string }[]).map((p) => p.name)).toEqual([
      '张伟',
      '李娜',
      '王强',
    ]);
    expect(facts.coreMembers?.doubts).toBeUndefined();
  });

  it('a count a table sums over its rows (典型案例 3个 and 4个: 7)', () => {
    const outcomes = {
      kind: 'table' as const,
      rows: [
        ['成果类型', '名称', '数量'],
        ['典型案例', '德育积分典型案例', '3个'],
        ['典型案例', '大课间运动典型案例', '4个'],
      ],
    };
    const facts = extractFacts([page(['项目名称：智慧课堂研究', '三、预期成果', outcomes])], {
      pack: liaoning,
    });
    expect(facts.typicalCases?.value).toBe(7);
    expect(facts.typicalCases?.doubts).toBeUndefined();
  });

  it('a contact with its phone, a number with a thousands comma, a title asking how', () => {
    expect(
      doubtsOf(yueyang, 'hostContact', '张老师 13812345678', '联系方式 张老师 13812345678'),
    ).toEqual([]);
    expect(doubtsOf(mingshi, 'trainees', 1200, '培训学员：1,200 人')).toEqual([]);
    expect(
      doubtsOf(
        liaoning,
        'projectName',
        '双减背景下作业怎么设计？',
        '项目名称 双减背景下作业怎么设计？',
      ),
    ).toEqual([]);
    // …while a form's own question, and a unit glued to a phone number, are still doubted.
    expect(doubtsOf(liaoning, 'projectName', '项目名称是什么？', '（1）项目名称是什么？')).toEqual([
      'promptAsValue',
    ]);
    expect(
      doubtsOf(
        yueyang,
        'leadUnit',
        '15856500232平江县文星中学',
        '所在单位 15856500232平江县文星中学',
      ),
    ).toEqual(['numberInName']);
  });
});

describe('a check that fails', () => {
  it('costs nothing but its own verdict', () => {
    const found: Record<string, ExtractedFact> = {
      projectName: { value: '甲', evidence: [], confidence: 0.9 },
    };
    const broken: CertaintyCheck = {
      name: 'broken',
      check: () => {
        throw new Error('unforeseen');
      },
    };
    const doubting: CertaintyCheck = { name: 'doubting', check: () => 'labelAsValue' };
    const ctx = { doc: new DocumentLayout([]), pack: liaoning, found, defs: liaoning.facts };
    expect(checkCertainty(ctx, [broken]).projectName).toBe(found.projectName);
    expect(checkCertainty(ctx, [broken, doubting]).projectName!.doubts).toEqual(['labelAsValue']);
  });

  it('doubts read back from a cache that are not a list of strings say nothing', () => {
    const t = (key: string) => key;
    expect(describeDoubts('labelAsValue' as never, t, () => true)).toEqual([]);
    expect(describeDoubts([7, null] as never, t, () => true)).toEqual([]);
  });
});
