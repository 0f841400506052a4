/**
 * Round 12 (held-out v11 as a development set): lists of titles under a heading whose lines
 * open with a bullet ("• A", "▶ A", "·A") instead of a number, read whole rather than as
 * their first line alone.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

const cases = (lines: string[]) =>
  extractFacts([page(['某共同体项目推荐表', ...lines])], { pack: liaoning }).existingCases;

describe('existing cases', () => {
  it.each(['•', '▶ ', '·'])('reads every line of a list bulleted with "%s"', (bullet) => {
    const fact = cases([
      '已形成的典型案例',
      `${bullet}甲市智慧课堂应用案例`,
      `${bullet}基于平台的作业诊断案例`,
      `${bullet}七年级校本课程开发典型课例`,
      '前期工作基础',
      '项目组前期已组织校际联合教研活动12场。',
    ]);
    expect(fact?.value).toEqual([
      '甲市智慧课堂应用案例',
      '基于平台的作业诊断案例',
      '七年级校本课程开发典型课例',
    ]);
    expect(fact && isUncertain(fact)).toBe(false);
  });
});
