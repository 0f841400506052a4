/**
 * Round 15 (v15 as a development set): a form printed on A5 pages and imposed two-up on a
 * landscape A4 sheet ("2 pages per sheet" in a print dialog, pdfpages `nup=2x1`), with or without
 * a frame around each page, a people table running on from the left page onto the right one
 * (its header repeated there, as browsers repeat a table's header on each page).
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Rect } from '../../lib/pdf/layout';
import { paneSplit } from '../../lib/pdf/panes';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText, type PageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const SHEET: Rect = [0, 0, 842, 595];
const SIZE = 9;
const ROW = 20;

type Block = string | string[][];

/** One A5 page's blocks drawn at `left` (its margin), from the top down; tables ruled. */
function drawPage(blocks: Block[], left: number, widths: number[]) {
  const items: TextItem[] = [];
  const rulings: Ruling[] = [];
  let y = 560;
  for (const block of blocks) {
    if (typeof block === 'string') {
      items.push(item(block, left, y - SIZE, SIZE));
      y -= 1.8 * SIZE;
      continue;
    }
    const edges = [left];
    for (const w of widths) edges.push(edges.at(-1)! + w);
    for (const row of block) {
      row.forEach((text, c) => {
        items.push(item(text, edges[c]! + 3, y - ROW + 6, SIZE));
      });
      rulings.push({ horizontal: true, at: y, from: left, to: edges.at(-1)! });
      y -= ROW;
    }
    rulings.push({ horizontal: true, at: y, from: left, to: edges.at(-1)! });
    for (const x of edges)
      rulings.push({ horizontal: false, at: x, from: y, to: y + ROW * block.length });
    y -= SIZE;
  }
  return { items, rulings };
}

const HEADER = ['姓名', '工作单位', '专业技术职称'];
const FIELDS = [
  ['项目名称', '甲市戏曲智能伴奏实践共同体', ''],
  ['牵头单位', '甲市第二十中学', ''],
  ['开始实践时间', '2020年3月', ''],
];
const LEFT_PAGE: Block[] = [
  '辽宁省2022年度教育信息化教学应用实践共同体项目推荐表',
  FIELDS,
  '核心成员',
  [
    HEADER,
    ['东丽娟', '甲市第二十中学', '高级教师'],
    ['刘艺萱', '乙县四合当镇中学', '一级教师'],
    ['景静怡', '丙市台吉镇中心小学', '二级教师'],
  ],
];
const RIGHT_PAGE: Block[] = [
  [
    HEADER,
    ['党秀英', '丁县大城子街道小学', '正高级教师'],
    ['吉雪松', '甲市第二十中学', '正高级教师'],
  ],
  '已形成的典型案例：',
  '1. 农村小学劳动周打卡案例',
  '2. 学生情绪晴雨表预警案例',
];
const WIDTHS = [70, 170, 110];

/** The two pages on one landscape sheet, the second 421 points right of the first. */
function sheet(options: { frame?: boolean; right?: Block[] } = {}): PageText {
  const a = drawPage(LEFT_PAGE, 36, WIDTHS);
  const b = drawPage(options.right ?? RIGHT_PAGE, 36 + 430, WIDTHS);
  const rulings = [...a.rulings, ...b.rulings];
  if (options.frame) {
    // pdfpages' frame: a box around each page, a few millimetres apart.
    for (const [x0, x1] of [
      [10, 412],
      [430, 832],
    ] as const) {
      rulings.push(
        { horizontal: true, at: 585, from: x0, to: x1 },
        { horizontal: true, at: 10, from: x0, to: x1 },
        { horizontal: false, at: x0, from: 10, to: 585 },
        { horizontal: false, at: x1, from: 10, to: 585 },
      );
    }
  }
  return buildPageText(1, SHEET, 0, [...a.items, ...b.items], rulings);
}

const MEMBERS = ['东丽娟', '刘艺萱', '景静怡', '党秀英', '吉雪松'];

describe('a form printed two pages to a landscape sheet', () => {
  for (const frame of [false, true]) {
    it(`reads the left page before the right one${frame ? ' (each page framed)' : ''}`, () => {
      const page = sheet({ frame });
      const text = page.text;
      expect(text.indexOf('景静怡')).toBeLessThan(text.indexOf('党秀英'));
      expect(text.indexOf('开始实践时间')).toBeLessThan(text.indexOf('党秀英'));
      const facts = extractFacts([page], { pack: liaoning });
      const members = facts.coreMembers?.value as { name: string }[] | undefined;
      expect(members?.map((p) => p.name)).toEqual(MEMBERS);
      expect(facts.existingCases?.value).toEqual([
        '农村小学劳动周打卡案例',
        '学生情绪晴雨表预警案例',
      ]);
      expect(facts.practiceStart?.value).toBe('2020-03');
    });
  }

  it('reads a last page holding a few lines only as a page of its own', () => {
    const page = sheet({ right: ['推荐单位意见：', '同意推荐。', '甲市教育局'] });
    const lines = page.lines.map((l) => page.text.slice(l.start, l.end));
    expect(lines.indexOf('同意推荐。')).toBeGreaterThan(
      lines.findIndex((l) => l.includes('景静怡')),
    );
  });

  it('keeps a landscape label|value grid without borders line by line', () => {
    // Labels at the left, values past the middle: a white gutter runs down the page, but every
    // label shares its baseline with its value.
    const labels = ['项目名称', '牵头单位', '推荐单位', '开始实践时间', '联系人'];
    const values = ['甲市智慧课堂共同体', '甲市第一实验小学', '甲市教育局', '2019年9月', '张三'];
    const items = labels.flatMap((l, i) => [
      item(l, 60, 500 - i * 24, 11),
      item(values[i]!, 480, 500 - i * 24, 11),
    ]);
    const page = buildPageText(1, SHEET, 0, items, []);
    expect(paneSplit(page.items.map(toLayout), [], SHEET)).toBeNull();
    expect(page.lines.map((l) => page.text.slice(l.start, l.end))).toEqual(
      labels.map((l, i) => `${l}${values[i]}`),
    );
  });

  it('reads a portrait page as one page, a landscape page with a title across as one page', () => {
    const a = drawPage(LEFT_PAGE, 36, WIDTHS);
    const b = drawPage(RIGHT_PAGE, 466, WIDTHS);
    const across = item('甲市2022年度教育信息化教学应用实践共同体项目推荐汇总表', 250, 585, 14);
    const items = [...a.items, ...b.items, across].map((i) => toLayout(i));
    expect(paneSplit(items, [...a.rulings, ...b.rulings], SHEET)).toBeNull();
    expect(paneSplit(items.slice(0, -1), [...a.rulings, ...b.rulings], SHEET)).not.toBeNull();
    expect(paneSplit(items.slice(0, -1), [], [0, 0, 595, 842])).toBeNull();
  });
});

/** A text item as the layout sees it (the part of its rectangle paneSplit looks at). */
function toLayout(i: TextItem | { str: string; rect: Rect }) {
  if ('rect' in i)
    return { str: i.str, rect: i.rect, baseline: i.rect[1] + 2, size: 11, vertical: false };
  const [, , , size, x, y] = i.transform as number[];
  return {
    str: i.str,
    rect: [x!, y! - 0.2 * size!, x! + i.width, y! + 0.8 * size!] as Rect,
    baseline: y!,
    size: size!,
    vertical: false,
  };
}

describe('a hostile sheet', () => {
  it('decides on 100,000 glyphs in two halves without a quadratic pass', () => {
    const items = [];
    for (let k = 0; k < 100_000; k++) {
      const x = (k % 2 === 0 ? 40 : 470) + (k % 300);
      items.push(toLayout(item('字', x, 40 + (k % 500), SIZE)));
    }
    const started = cpuNow();
    paneSplit(items, [], SHEET);
    expect(cpuNow() - started).toBeLessThan(5000);
  });
});

describe('a booklet: sheets holding their pages out of order', () => {
  /** A pane's page with its number at its foot. */
  const numbered = (blocks: Block[], left: number, n: number) => {
    const drawn = drawPage(blocks, left, WIDTHS);
    drawn.items.push(item(`- ${n} -`, left + 160, 30, SIZE));
    return drawn;
  };
  const sheetOf = (number: number, a: ReturnType<typeof numbered>, b: typeof a) =>
    buildPageText(number, SHEET, 0, [...a.items, ...b.items], [...a.rulings, ...b.rulings]);
  // The members' table runs from page 3 onto page 4, which a 4-page booklet prints first.
  const pages = {
    1: ['辽宁省2022年度教育信息化教学应用实践共同体项目推荐表', FIELDS] as Block[],
    2: ['已形成的典型案例：', '1. 农村小学劳动周打卡案例', '2. 学生情绪晴雨表预警案例'] as Block[],
    3: [
      '核心成员',
      [
        HEADER,
        ['东丽娟', '甲市第二十中学', '高级教师'],
        ['刘艺萱', '乙县四合当镇中学', '一级教师'],
      ],
    ] as Block[],
    4: [
      [
        HEADER,
        ['景静怡', '丙市台吉镇中心小学', '二级教师'],
        ['党秀英', '丁县大城子街道小学', '正高级教师'],
      ],
    ] as Block[],
  };

  it('reads the pages in the order their printed numbers give', () => {
    const first = sheetOf(1, numbered(pages[4], 36, 4), numbered(pages[1], 466, 1));
    const second = sheetOf(2, numbered(pages[2], 36, 2), numbered(pages[3], 466, 3));
    const facts = extractFacts([first, second], { pack: liaoning });
    const members = facts.coreMembers?.value as { name: string }[] | undefined;
    expect(members?.map((p) => p.name)).toEqual(['东丽娟', '刘艺萱', '景静怡', '党秀英']);
    expect(facts.projectName?.value).toBe('甲市戏曲智能伴奏实践共同体');
    expect(facts.existingCases?.value).toEqual([
      '农村小学劳动周打卡案例',
      '学生情绪晴雨表预警案例',
    ]);
  });

  it('keeps the file order when a page prints no number', () => {
    const first = sheetOf(1, numbered(pages[1], 36, 1), drawPage(pages[2], 466, WIDTHS));
    const second = sheetOf(2, numbered(pages[3], 36, 3), numbered(pages[4], 466, 4));
    const facts = extractFacts([first, second], { pack: liaoning });
    const members = facts.coreMembers?.value as { name: string }[] | undefined;
    expect(members?.map((p) => p.name)).toEqual(['东丽娟', '刘艺萱', '景静怡', '党秀英']);
  });
});
