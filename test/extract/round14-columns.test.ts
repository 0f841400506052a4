/**
 * Round 14 (held-out v14 as a development set): a form set in newspaper columns parted by a
 * column rule (a bulletin, a brochure, an HTML form printed with CSS `column-rule`), and labels
 * left-aligned with a full-width space before each value ("共同体名称　甲市某某共同体").
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText, type PageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');
const VIEW: [number, number, number, number] = [0, 0, 595, 842];
const LINE = 18;

/** Lines from the top (y 740 down), each at its x; a line is [text, x] or [[texts], [xs]]. */
function lines(column: [string, number][], top = 740): TextItem[] {
  return column.map(([text, x], i) => item(text, x, top - i * LINE));
}

function twoColumns(left: [string, number][], right: [string, number][], rule: boolean): PageText {
  const rulings: Ruling[] = rule ? [{ horizontal: false, at: 298, from: 560, to: 755 }] : [];
  return buildPageText(
    1,
    VIEW,
    0,
    [item('教育信息化教学应用实践共同体项目推荐表', 108, 787, 15), ...lines(left), ...lines(right)],
    rulings,
  );
}

const LEFT: [string, number][] = [
  // 22 characters fill the column (40 to 285): the name wraps onto the next line.
  ['共同体名称：甲市第一实验小学智慧课堂', 40],
  ['数字伴读实践共同体', 40],
  ['主持单位：甲市第一实验小学', 40],
  ['推荐单位：甲市教育局', 40],
  ['开展实践时间：2019年9月', 40],
];
const RIGHT: [string, number][] = [
  ['已形成的典型案例', 311],
  ['1.乙校整本书共读案例', 311],
  ['2.丙校数字阅读打卡案例', 311],
  ['3.丁校家校共读直播案例', 311],
  ['典型案例数量：3个', 311],
];

describe('a form in two newspaper columns parted by a column rule', () => {
  it('reads the left column top to bottom before the right one', () => {
    const page = twoColumns(LEFT, RIGHT, true);
    const text = page.text;
    expect(text.indexOf('开展实践时间')).toBeLessThan(text.indexOf('已形成的典型案例'));
    expect(text.indexOf('数字伴读实践共同体')).toBeLessThan(text.indexOf('1.乙校'));
    const facts = extractFacts([page], { pack: liaoning });
    expect(facts.practiceStart?.value).toBe('2019-09');
    expect(facts.existingCases?.value).toEqual([
      '乙校整本书共读案例',
      '丙校数字阅读打卡案例',
      '丁校家校共读直播案例',
    ]);
  });

  it('reads line by line without the rule (a white gutter may be a label|value grid)', () => {
    const page = twoColumns(LEFT, RIGHT, false);
    expect(page.text.indexOf('开展实践时间')).toBeGreaterThan(page.text.indexOf('1.乙校'));
  });

  it('keeps a two-column ruled table row by row: its middle wall is no column rule', () => {
    const rows = ['共同体名称', '主持单位', '推荐单位', '联系人'];
    const values = ['甲市智慧课堂共同体', '甲市第一实验小学', '甲市教育局', '张三'];
    const items: TextItem[] = [];
    const rulings: Ruling[] = [];
    rows.forEach((label, i) => {
      const top = 760 - i * 24;
      items.push(item(label, 60, top - 16), item(values[i]!, 220, top - 16));
      rulings.push({ horizontal: true, at: top, from: 50, to: 545 });
    });
    rulings.push(
      { horizontal: true, at: 760 - 4 * 24, from: 50, to: 545 },
      ...[50, 210, 545].map((at) => ({ horizontal: false, at, from: 664, to: 760 })),
    );
    const page = buildPageText(1, VIEW, 0, items, rulings);
    expect(page.lines.map((l) => page.text.slice(l.start, l.end))).toEqual(
      rows.map((label, i) => `${label}${values[i]}`),
    );
    for (const line of page.lines) expect(line.cells).toHaveLength(2);
  });

  it('reads three columns (a brochure) left to right, each top to bottom', () => {
    const column = (x: number, tag: string): [string, number][] =>
      [1, 2, 3, 4].map((n) => [`${tag}栏第${n}行`, x]);
    const page = buildPageText(
      1,
      VIEW,
      0,
      [...lines(column(40, '左')), ...lines(column(220, '中')), ...lines(column(400, '右'))],
      [
        { horizontal: false, at: 205, from: 670, to: 755 },
        { horizontal: false, at: 385, from: 670, to: 755 },
      ],
    );
    const order = page.lines.map((l) => page.text.slice(l.start, l.end));
    expect(order).toEqual(
      [...column(40, '左'), ...column(220, '中'), ...column(400, '右')].map(([t]) => t),
    );
  });

  it('ignores a rule with text on one side only (a page border, a margin line)', () => {
    const page = buildPageText(
      1,
      VIEW,
      0,
      [...lines(LEFT.map(([t]) => [t, 60])), ...lines([['备注', 300]], 740)],
      [{ horizontal: false, at: 50, from: 560, to: 755 }],
    );
    expect(page.lines[0] && page.text.slice(page.lines[0].start, page.lines[0].end)).toContain(
      '备注',
    );
  });
});

describe('labels left-aligned, a full-width space before each value', () => {
  const form = (rows: [string, string][]) =>
    buildPageText(
      1,
      VIEW,
      0,
      rows.flatMap(([label, value], i) => [
        item(label, 40, 740 - i * LINE),
        item(value, 40 + (Array.from(label).length + 1) * 11, 740 - i * LINE),
      ]),
      [],
    );

  it('parts each label from its value, whatever the label length', () => {
    const page = form([
      ['共同体名称', '甲市数字伴读实践共同体'],
      ['主持单位', '甲市第一实验小学'],
      ['推荐部门', '甲市教育局'],
      ['开展实践时间', '2020.08'],
    ]);
    const facts = extractFacts([page], { pack: liaoning });
    expect(facts.projectName?.value).toBe('甲市数字伴读实践共同体');
    expect(facts.practiceStart?.value).toBe('2020-08');
    expect(page.lines[0]!.cells).toHaveLength(2);
  });

  it('leaves a heading and its English gloss as one cell', () => {
    const page = form([
      ['主要成员单位', 'Main member units'],
      ['项目负责人', 'Project leader'],
      ['核心成员', 'Core members'],
    ]);
    for (const line of page.lines) expect(line.cells).toHaveLength(1);
  });
});

describe('hostile input', () => {
  it('lays out a page of 100,000 spaces and a long rule quickly', () => {
    const started = cpuNow();
    buildPageText(
      1,
      VIEW,
      0,
      [item(' '.repeat(100_000), 40, 700), item('甲', 40, 680)],
      [{ horizontal: false, at: 298, from: 0, to: 842 }],
    );
    expect(cpuNow() - started).toBeLessThan(2000);
  });
});

describe('a table that runs on from the foot of one column to the head of the next', () => {
  /** A ruled table at x from `top` down: cells 60, 80 and 100 wide, 16 high. */
  function table(x: number, top: number, rows: string[][]) {
    const items: TextItem[] = [];
    const rulings: Ruling[] = [];
    const edges = [x, x + 60, x + 140, x + 240];
    rows.forEach((row, r) => {
      const y = top - (r + 1) * 16;
      row.forEach((text, c) => {
        items.push(item(text, edges[c]! + 3, y + 4, 9));
      });
    });
    for (let r = 0; r <= rows.length; r++) {
      rulings.push({ horizontal: true, at: top - r * 16, from: x, to: x + 240 });
    }
    for (const at of edges) {
      rulings.push({ horizontal: false, at, from: top - rows.length * 16, to: top });
    }
    return { items, rulings };
  }
  const people = [
    ['甲一', '甲市一中', '13900000001'],
    ['乙二', '甲市二中', '13900000002'],
    ['丙三', '甲市三中', '13900000003'],
    ['丁四', '甲市四中', '13900000004'],
  ];

  it('keeps it one table: the rows at the head of the next column are its rows', () => {
    const left = table(40, 680, [['姓名', '工作单位', '联系电话'], ...people.slice(0, 2)]);
    const right = table(311, 755, people.slice(2));
    const page = buildPageText(
      1,
      VIEW,
      0,
      [
        ...lines([
          ['联盟名称：甲市网络教研联盟', 40],
          ['所在单位：甲市一中', 40],
          ['核心成员', 40],
        ]),
        ...left.items,
        ...right.items,
        ...lines(
          [
            ['年度资源开发目标：200条', 311],
            ['推荐单位：甲市电教馆', 311],
            ['填报日期：2023年5月8日', 311],
          ],
          680,
        ),
      ],
      [...left.rulings, ...right.rulings, { horizontal: false, at: 298, from: 600, to: 760 }],
    );
    const facts = extractFacts([page], { pack: yueyang });
    const members = (facts.coreMembers?.value ?? []) as { name?: string }[];
    expect(members.map((p) => p.name)).toEqual(['甲一', '乙二', '丙三', '丁四']);
  });
});
