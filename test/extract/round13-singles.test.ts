/**
 * Round 13 (held-out v13 as a development set): single values as offices write them: corrected
 * in a remarks column ("原为…，现改为…"), labelled without a colon in another type size, in
 * words the pack does not list, in running text that wraps, dates with typographic dashes.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

describe('values corrected in a remarks column', () => {
  const form = (rows: string[][]) =>
    extractFacts(
      [
        page([
          '教育信息化教学应用实践共同体项目推荐表（修改稿）',
          {
            kind: 'table',
            rows: [['项目', '填报内容', '备注'], ...rows],
            widths: [0.2, 0.25, 0.55],
          },
        ]),
      ],
      { pack: liaoning },
    );

  it('reads the value the remark corrects to, not the struck-out one beside it', () => {
    const facts = form([
      [
        '共同体名称',
        // The strike line cut the old name short; the new one stands on a line of its own.
        '甲直播推',
        '原为“甲直播推广共同体”，现改为“甲直播共同体”',
      ],
      ['推荐部门', '甲市教育局乙县教育局', '原为“甲市教育局”，现改为“乙县教育局”'],
      ['典型案例数量', '5个8个', '原为“5个”，现改为“8个”'],
    ]);
    expect(facts.projectName?.value).toBe('甲直播共同体');
    expect(facts.recommendingBody?.value).toBe('乙县教育局');
    expect(facts.typicalCases?.value).toBe(8);
    expect(facts.typicalCases && isUncertain(facts.typicalCases)).toBe(false);
  });

  it('leaves a value alone when the remark is about something the cell does not show', () => {
    const facts = form([
      ['推荐部门', '甲市教育局', '原为“丙市教育局”，现改为“丁市教育局”'],
      ['典型案例数量', '6个', '已盖章'],
    ]);
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
    expect(facts.typicalCases?.value).toBe(6);
  });
});
