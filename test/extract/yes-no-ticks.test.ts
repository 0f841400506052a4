/**
 * Options answered yes or no in brackets after each ("小学（否）初中（是）高中（否）"), as an office
 * types a choice where its template has no box glyph: the option marked 是 is the choice, those
 * marked 否 are not.
 */

import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { isCheckedMark, MARK } from '../../lib/pdf/structure/checkboxes';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { page } from './pages';

const yueyang = builtinPack('yueyang-2023-alliance');
const liaoning = builtinPack('liaoning-2022-community');

describe('yes/no typed after each option', () => {
  it('reads the option marked 是 in a ruled cell, full-width or ASCII brackets', () => {
    const facts = extractFacts(
      [
        page([
          '申报表',
          {
            kind: 'table',
            widths: [0.2, 0.8],
            rows: [
              ['学段', '小学（否）初中（是）高中（否）'],
              ['研究类别', '人工智能(否) 编程教育(否) 机器人教育(是) 创客教育(否)'],
            ],
          },
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.stages?.value).toEqual(['初中']);
    expect(facts.researchCategory?.value).toBe('机器人教育');
  });

  it('reads a category so marked, not the whole line', () => {
    const facts = extractFacts(
      [
        page([
          '推荐表',
          {
            kind: 'table',
            widths: [0.2, 0.8],
            rows: [
              ['项目名称', '甲市智慧德育共同体'],
              [
                '类别',
                '智慧德育（是）智慧体育（否）智慧劳动教育（否）智慧美育（否）智慧评价（否）',
              ],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.category?.value).toBe('智慧德育');
  });

  it('reads lines of text as well as ruled cells, a blank 其他 among the options', () => {
    const category = extractFacts(
      [
        page([
          '教育信息化教学应用实践共同体项目推荐表',
          '申报类别：智慧德育（否） 智慧体育（是） 智慧劳动教育（否） 智慧美育（否） 其他（____）（否）',
        ]),
      ],
      { pack: liaoning },
    );
    expect(category.category?.value).toBe('智慧体育');
    const stages = extractFacts(
      [page(['网络教研联盟申报表', '学段：小学（是） 初中（否） 高中（是）'])],
      {
        pack: yueyang,
      },
    );
    expect(stages.stages?.value).toEqual(['小学', '高中']);
  });

  it('reads nothing sure when two options of a single choice say 是', () => {
    const facts = extractFacts(
      [page(['申报表', '申报类别：智慧德育（是） 智慧体育（是） 智慧美育（否）'])],
      { pack: liaoning },
    );
    expect(facts.category === undefined || isUncertain(facts.category)).toBe(true);
  });

  it('counts 是 as a tick and 否 as an empty box', () => {
    expect(isCheckedMark('（是）')).toBe(true);
    expect(isCheckedMark('(否)')).toBe(false);
    expect(isCheckedMark('（ ）')).toBe(false);
  });

  it('stays linear on brackets around 100,000 spaces', () => {
    const text = `（${' '.repeat(100_000)}是${' '.repeat(100_000)}`;
    const started = cpuNow();
    MARK.lastIndex = 0;
    const found = [...text.matchAll(MARK)];
    expect(found).toHaveLength(0);
    expect(cpuNow() - started).toBeLessThan(2000);
  });
});
