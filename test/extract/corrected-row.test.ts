/**
 * A remark correcting a value ("现改为“乙”") on a row holding two fields: it corrects the field
 * just before it, not every field on the row.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

const form = (rows: string[][]) =>
  extractFacts(
    [
      page([
        '教育信息化教学应用实践共同体项目推荐表（修改稿）',
        {
          kind: 'table',
          rows: [['项目', '填报内容', '项目', '填报内容', '备注'], ...rows],
          widths: [0.12, 0.16, 0.12, 0.16, 0.44],
        },
      ]),
    ],
    { pack: liaoning },
  );

describe('a correction on a row of two fields', () => {
  it('corrects the field beside the remark and leaves the other alone', () => {
    const facts = form([
      ['共同体名称', '甲共同体', '推荐部门', '甲市教育局', '现改为“乙县教育局”'],
    ]);
    expect(facts.projectName?.value).toBe('甲共同体');
    expect(facts.recommendingBody?.value).toBe('乙县教育局');
  });

  it('still corrects the first field when the remark names the old value it shows', () => {
    const facts = form([
      ['共同体名称', '甲共同体', '推荐部门', '甲市教育局', '原为“甲共同体”，现改为“丙共同体”'],
    ]);
    expect(facts.projectName?.value).toBe('丙共同体');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
  });
});
