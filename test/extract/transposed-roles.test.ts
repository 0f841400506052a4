/**
 * A spreadsheet's one team table turned on its side (a person to a column, five to a block,
 * "（1/2）（2/2）"), each column's role in a row labelled 角色 — as a role column names it in a
 * table standing up. Made-up pages stating the class, not any one form.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import type { Person } from '../../lib/facts/standard';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const yueyang = builtinPack('yueyang-2023-alliance');
const names = (v: unknown) => ((v ?? []) as Person[]).map((p) => p.name);

function sideways(roleRow: string[]) {
  return extractFacts(
    [
      page([
        '网络教研联盟人员（1/2）',
        {
          kind: 'table',
          rows: [
            roleRow,
            ['姓名', '周海峰', '林晓梅', '何振东'],
            ['所在单位', '甲市第一中学', '甲市第二小学', '乙县实验中学'],
            ['职称', '高级教师', '一级教师', '教授'],
          ],
        },
        '网络教研联盟人员（2/2）',
        {
          kind: 'table',
          rows: [
            ['角色', '核心成员', '核心成员'],
            ['姓名', '宋雨桐', '韩立群'],
            ['所在单位', '丙县第三中学', '甲市第五小学'],
            ['职称', '二级教师', '一级教师'],
          ],
        },
        '推选单位 甲市教育局',
      ]),
    ],
    { pack: yueyang },
  );
}

describe('a table on its side with a role row', () => {
  it("gives each column's person the role its role cell names", () => {
    const facts = sideways(['角色', '主持人', '核心成员', '顾问']);
    expect(facts.host?.value).toEqual([
      { name: '周海峰', unit: '甲市第一中学', title: '高级教师' },
    ]);
    expect(isUncertain(facts.host!)).toBe(false);
    expect(names(facts.coreMembers?.value)).toEqual(['林晓梅', '宋雨桐', '韩立群']);
    expect(names(facts.advisors?.value)).toEqual(['何振东']);
  });

  it('reads no block whose role row names a role the pack does not know', () => {
    const facts = sideways(['角色', '主持人', '核心成员', '联络人']);
    expect(names(facts.advisors?.value)).toEqual([]);
    expect(names(facts.host?.value)).not.toContain('何振东');
    expect(names(facts.coreMembers?.value)).not.toContain('林晓梅');
  });
});
