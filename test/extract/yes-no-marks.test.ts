/**
 * Choices asked as a yes/no in brackets after each option ("智慧德育（否） 智慧体育（是）"): a
 * template without boxes, filled by writing 是 or 否 beside every option. The option marked 是 is
 * the answer, for a free-text field (a category the pack does not list) and for a pack's choices.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';

import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');

describe('options answered 是/否 in brackets', () => {
  it('reads the category marked 是, not the whole row', () => {
    const facts = extractFacts(
      [
        page([
          '教育信息化教学应用实践共同体项目推荐表',
          '申报类别：智慧德育（否） 智慧体育（是） 智慧劳动教育（否） 智慧美育（否） 其他（____）（否）',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.category?.value).toBe('智慧体育');
  });

  it('reads the stages and the research category marked 是', () => {
    const facts = extractFacts(
      [
        page([
          '网络教研联盟申报表',
          '学段：小学（是） 初中（否） 高中（是）',
          '研究类别：人工智能（否） 编程教育（是） 机器人教育（否） 创客教育（否）',
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.stages?.value).toEqual(['小学', '高中']);
    expect(facts.researchCategory?.value).toBe('编程教育');
  });

  it('reads nothing sure when two options of a single choice say 是', () => {
    const facts = extractFacts(
      [page(['申报表', '申报类别：智慧德育（是） 智慧体育（是） 智慧美育（否）'])],
      { pack: liaoning },
    );
    const category = facts.category;
    expect(category === undefined || isUncertain(category)).toBe(true);
  });
});
