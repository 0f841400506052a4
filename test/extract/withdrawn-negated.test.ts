/**
 * A 备注 that says a row stays ("未退出", "不删除", "无需删除") does not strike the row out: the
 * withdrawing words are negated.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

const form = (unitRemark: string, memberRemark: string) =>
  extractFacts(
    [
      page([
        '成员单位：',
        {
          kind: 'table',
          rows: [
            ['序号', '成员单位名称', '学校类型', '备注'],
            ['1', '甲市第二小学', '小学', ''],
            ['2', '乙县实验中学', '初中', ''],
            ['3', '丙区胜利小学', '小学', unitRemark],
          ],
          widths: [0.1, 0.35, 0.15, 0.4],
        },
        '项目组成员：',
        {
          kind: 'table',
          rows: [
            ['姓名', '职务/职称', '所在单位', '备注'],
            ['林晓梅', '教研员/一级教师', '甲市第二小学', ''],
            ['何振东', '教师/二级教师', '乙县实验中学', memberRemark],
            ['许文静', '教师/一级教师', '甲市第二小学', ''],
          ],
          widths: [0.15, 0.25, 0.25, 0.35],
        },
        '推荐部门：甲市教育局',
      ]),
    ],
    { pack: liaoning },
  );

const names = (fact: { value: unknown } | undefined) =>
  ((fact?.value ?? []) as { name: string }[]).map((p) => p.name);

describe('a remark that negates withdrawing', () => {
  it('keeps the row', () => {
    const facts = form('未退出，继续参与', '无需删除');
    expect(names(facts.memberUnits)).toEqual(['甲市第二小学', '乙县实验中学', '丙区胜利小学']);
    expect(names(facts.coreMembers)).toEqual(['林晓梅', '何振东', '许文静']);
  });

  it('still strikes a row whose remark says it was taken out', () => {
    const facts = form('丙区胜利小学已退出，删除', '该成员已调离，删除');
    expect(names(facts.memberUnits)).toEqual(['甲市第二小学', '乙县实验中学']);
    expect(names(facts.coreMembers)).toEqual(['林晓梅', '许文静']);
  });
});
