/**
 * Round 19 (held-out v19 as a development set): labels numbered in outline style by chapter and
 * item ("1.1 项目名称：…", "1.2. 类别", "（1.1）", "1-3"), as paragraphs or as a two-column table
 * with the number in the label cell, and list items numbered under their heading ("3.1 成员学校",
 * "3.1.1 甲校", "3.1.2 乙校"). The number is the field's or the item's, never part of the label
 * or of the item; a value's own figures ("2019.09", "3.0版", "2.5万") stay in the value.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import type { MemberUnit } from '../../lib/facts/standard';
import type { LayoutItem } from '../../lib/pdf/layout';
import { withListNumberJoined } from '../../lib/pdf/list-labels';
import { OUTLINE_NUMBER_SOURCE, outlineItem, outlineParts } from '../../lib/pdf/outline-numbers';
import { numbering } from '../../lib/pdf/structure/sections';
import { buildPageText, type PageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const mingshi = builtinPack('mingshi-2024-studio');

const SIZE = 11;
const LEFT = 62;

/**
 * Lines of two runs as a word processor draws a numbered paragraph: the number, then the text a
 * little to its right (a run of its own).
 */
function numberedPage(lines: ([string, string] | string)[], number = 1): PageText {
  const items: TextItem[] = [];
  let y = 780;
  for (const l of lines) {
    y -= SIZE * 2.4;
    if (typeof l === 'string') {
      items.push(item(l, LEFT, y));
      continue;
    }
    const [mark, text] = l;
    const first = item(mark, LEFT, y);
    items.push(first, item(text, LEFT + first.width + SIZE * 0.6, y));
  }
  return buildPageText(number, [0, 0, 595, 842], 0, items, []);
}

const units = (v: unknown) => (v as MemberUnit[]).map((u) => u.name);

describe('an outline number', () => {
  const at = (t: string) => new RegExp(`^${OUTLINE_NUMBER_SOURCE}`).exec(t)?.[0];

  it('is read in its usual forms, by its parts', () => {
    expect(at('1.1项目名称')).toBe('1.1');
    expect(at('1.2.类别')).toBe('1.2.');
    expect(at('2.3.1甲校')).toBe('2.3.1');
    expect(at('（1.1）项目名称')).toBe('（1.1）');
    expect(at('1．2 推荐单位')).toBe('1．2');
    expect(outlineParts('3.1.2 甲校')?.parts).toEqual([3, 1, 2]);
    expect(outlineParts('（2.1）乙校')?.parts).toEqual([2, 1]);
  });

  it('is no date, no year and no single number', () => {
    expect(at('2019.09')).toBeUndefined();
    expect(at('2020.10.01')).toBeUndefined();
    expect(at('1.10.5.6.7')).toBeUndefined();
    expect(at('12名')).toBeUndefined();
    expect(at('3.学段')).toBeUndefined();
    expect(outlineParts('2024年')).toBeUndefined();
  });

  it('numbers a list item by its last part, its style naming the parent', () => {
    const a = outlineItem('3.1.1 甲校');
    const b = outlineItem('3.1.2乙校');
    const c = outlineItem('3.2 主持人条件');
    expect(a).toMatchObject({ last: 1, rest: '甲校' });
    expect(b).toMatchObject({ last: 2, rest: '乙校' });
    expect(a?.style).toBe(b?.style);
    expect(c?.style).not.toBe(a?.style);
    expect(numbering('3.1.2 甲校', true)?.rest).toBe('甲校');
    // A heading's numbering is not read as an item's unless asked.
    expect(numbering('3.1.2 甲校')).toBeNull();
  });
});

describe('an outline number drawn a tab stop before its field', () => {
  const run = (str: string, x: number): LayoutItem => ({
    str,
    rect: [x, 700, x + Array.from(str).length * SIZE, 700 + SIZE],
    baseline: 700,
    size: SIZE,
    vertical: false,
  });

  it('stays with the field it numbers, in every outline form', () => {
    for (const mark of ['1.1', '2.3.1', '1.1.', '（1.1）', '1．2']) {
      const items = [run(mark, 60), run('项目名称：甲市某某共同体', 120)];
      expect([mark, withListNumberJoined([[0], [1]], items)]).toEqual([mark, [[0, 1]]]);
    }
  });

  it('but a date or a figure is no list number', () => {
    for (const mark of ['2019.09', '2.5万', '12']) {
      const items = [run(mark, 60), run('项目名称：甲市某某共同体', 120)];
      expect(withListNumberJoined([[0], [1]], items)).toHaveLength(mark === '12' ? 1 : 2);
    }
  });
});

describe('labels numbered by chapter and item', () => {
  it('are matched as plain labels in paragraphs, with the values as written', () => {
    const facts = extractFacts(
      [
        numberedPage([
          '教育信息化教学应用实践共同体项目推荐表',
          ['1', '基本信息'],
          ['1.1', '共同体名称：甲市网络素养德育共同体'],
          ['1.2', '申报类别：◉智慧德育 ○智慧体育 ○智慧劳动教育 ○智慧美育 ○智慧评价'],
          ['1.3', '所属方向：网络文明素养微课'],
          ['1.4', '主持单位：甲市乙区胜利小学'],
          ['1.5', '推荐单位（部门）：甲市教育局'],
          ['1.6', '开展实践时间：2019.09'],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('甲市网络素养德育共同体');
    expect(facts.category?.value).toBe('智慧德育');
    expect(facts.leadUnit?.value).toBe('甲市乙区胜利小学');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
    expect(facts.practiceStart?.value).toBe('2019-09');
    expect(isUncertain(facts.category!)).toBe(false);
  });

  it('in brackets, with a trailing dot or a dash, and keep a value that opens with figures', () => {
    const facts = extractFacts(
      [
        numberedPage([
          ['（1.1）', '共同体名称：3.0版智慧课堂实践共同体'],
          ['1.2.', '推荐单位：丙市教育局'],
          ['1-3', '主持单位：丙市第二中学'],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('3.0版智慧课堂实践共同体');
    expect(facts.recommendingBody?.value).toBe('丙市教育局');
    expect(facts.leadUnit?.value).toBe('丙市第二中学');
  });

  it('keep a note after the colon as the value, as a plainly numbered field does', () => {
    const yueyang = builtinPack('yueyang-2023-alliance');
    for (const mark of ['4.', '1.4', '1.4.']) {
      const facts = extractFacts(
        [
          numberedPage([
            [mark, '年级册：（以主题为单位，不对应具体册次）'],
            ['1.5', '研究类别：人工智能'],
          ]),
        ],
        { pack: yueyang },
      );
      expect([mark, facts.gradeVolumes?.value]).toEqual([mark, []]);
    }
  });

  it('in the label cells of a two-column table', () => {
    const facts = extractFacts(
      [
        page([
          '1. 基本信息',
          {
            kind: 'table',
            rows: [
              ['1.1 名师工作室名称', '甲市数学某某名师网络工作室'],
              ['1.2 依托学校', '甲市杏林初级中学'],
              ['1.3 推荐单位（盖章）', '甲市东湖区教育局'],
              ['1.4 所属学科', '数学'],
              ['1.6 工作室成立时间', '2020.10'],
            ],
          },
        ]),
      ],
      { pack: mingshi },
    );
    expect(facts.projectName?.value).toBe('甲市数学某某名师网络工作室');
    expect(facts.leadUnit?.value).toBe('甲市杏林初级中学');
    expect(facts.recommendingBody?.value).toBe('甲市东湖区教育局');
    expect(facts.subject?.value).toBe('数学');
    expect(facts.establishedOn?.value).toBe('2020-10');
  });

  it('leave a value cell with a decimal as it is', () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [
              ['1.1 名师工作室名称', '2.0时代甲市语文名师网络工作室'],
              ['1.2 依托学校', '甲市第一中学'],
            ],
          },
        ]),
      ],
      { pack: mingshi },
    );
    expect(facts.projectName?.value).toBe('2.0时代甲市语文名师网络工作室');
  });
});

describe('list items numbered under an outline heading', () => {
  it('are the items without their numbers, up to the next field', () => {
    const facts = extractFacts(
      [
        numberedPage([
          ['1.1', '共同体名称：甲市网络素养德育共同体'],
          ['3', '成果与其他'],
          ['3.1', '已形成的典型案例'],
          ['3.1.1', 'VR敦煌壁画鉴赏课例'],
          ['3.1.2', '“给远方亲人写一封数字家书”主题班会案例'],
          ['3.1.3', '跨校同步作文讲评案例'],
          ['3.2', '预期成果：◉应用指南 ○实践共同体社区'],
          ['3.3', '典型案例数量：8个'],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.existingCases?.value).toEqual([
      'VR敦煌壁画鉴赏课例',
      '“给远方亲人写一封数字家书”主题班会案例',
      '跨校同步作文讲评案例',
    ]);
  });

  it('name the member schools, not "3.1.1甲校"', () => {
    const facts = extractFacts(
      [
        numberedPage([
          ['3.', '成果与其他'],
          ['3.1', '成员学校'],
          ['3.1.1', '甲县第四中学'],
          ['3.1.2', '乙区朝阳小学'],
          ['3.1.3', '乙区码头小学'],
          ['3.2', '每年开设网络课程：12节'],
        ]),
      ],
      { pack: mingshi },
    );
    expect(units(facts.memberSchools?.value)).toEqual([
      '甲县第四中学',
      '乙区朝阳小学',
      '乙区码头小学',
    ]);
  });

  it('stop where the next chapter numbers its own items', () => {
    const facts = extractFacts(
      [
        numberedPage([
          ['3.1', '成员学校'],
          ['3.1.1', '甲县第四中学'],
          ['3.1.2', '乙区朝阳小学'],
          ['4.1.1', '丙县实验小学'],
        ]),
      ],
      { pack: mingshi },
    );
    expect(units(facts.memberSchools?.value)).toEqual(['甲县第四中学', '乙区朝阳小学']);
  });
});

describe('hostile input', () => {
  it('a 300,000-character line of outline numbers is read in bounded time', () => {
    const long = '1.1.'.repeat(75_000);
    const start = cpuNow();
    const facts = extractFacts(
      [numberedPage([['1.1', `共同体名称：${long}`], long, `（1.1）${'1.2'.repeat(100_000)}`])],
      { pack: liaoning },
    );
    expect(cpuNow() - start).toBeLessThan(20_000);
    expect(facts.category).toBeUndefined();
    expect(outlineParts(long)?.parts.length ?? 0).toBeLessThanOrEqual(4);
  }, 120_000);

  it('the number readers look only at the opening of a line', () => {
    const long = `${'1.'.repeat(150_000)}甲`;
    const start = cpuNow();
    for (let i = 0; i < 100; i++) {
      outlineItem(long);
      numbering(long, true);
      new RegExp(`^${OUTLINE_NUMBER_SOURCE}`).exec(long);
    }
    expect(cpuNow() - start).toBeLessThan(2_000);
  });
});
