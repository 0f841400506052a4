/**
 * Round 19 (held-out v19 as a development set), pages out of reading order and a sheet upside
 * down: a submission re-assembled by a PDF tool stores page 2 before page 1 (or its last page
 * first, or all reversed), and one sheet is turned 180° — by /Rotate 180 over upright content, or
 * by content drawn under a half-turn. Pages are read in the order their printed numbers (第 N 页
 * 共 M 页, - N -, N/M) or their chapters (一、二、三) give, never on weak or conflicting evidence;
 * an upside-down sheet is read upright; evidence keeps the page as stored.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Rect } from '../../lib/pdf/layout';
import type { Ruling } from '../../lib/pdf/rulings';
import { DocumentLayout } from '../../lib/pdf/structure/document';
import { inReadingOrder, printedPageNumber } from '../../lib/pdf/structure/page-order';
import { buildPageText, type PageText, rectsForRange } from '../../lib/pdf/text';
import { upsideDown } from '../../lib/pdf/upside-down';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const A4: Rect = [0, 0, 595, 842];

type Person = { name: string; unit?: string; title?: string };
const names = (v: unknown) => ((v ?? []) as Person[]).map((p) => p.name);

/** A page's running foot, e.g. "第 2 页　共 3 页", centred low on the page. */
const foot = (text: string): TextItem[] => [item(text, 250, 40, 9)];

const MEMBERS: [string, string, string][] = [
  ['刘春雨', '甲市第一小学', '高级教师'],
  ['陈晓峰', '甲市第二中学', '一级教师'],
  ['周文静', '乙县实验中学', '二级教师'],
  ['王海涛', '乙县第三小学', '高级教师'],
  ['李佳怡', '丙区育才学校', '一级教师'],
  ['赵子墨', '丙区实验小学', '二级教师'],
];

/** Page 1: the form's fields and the start of its members' table; page 2: the table's rest. */
function form(numbers: [string, string, string]) {
  const first = page(
    [
      { kind: 'table', rows: [['项目名称', '甲市智慧体育共同体']] },
      { kind: 'table', rows: [['牵头单位', '甲市第一小学']] },
      '核心成员',
      {
        kind: 'table',
        rows: [['姓名', '所在单位', '职称'], ...MEMBERS.slice(0, 3)],
      },
    ],
    1,
    foot(numbers[0]),
  );
  const second = page(
    [{ kind: 'table', rows: MEMBERS.slice(3) }, '典型案例：', '1、跳绳计数助力体质达标案例'],
    2,
    foot(numbers[1]),
  );
  const third = page(['推荐单位意见：', '同意推荐。', '推荐单位：甲市教育局'], 3, foot(numbers[2]));
  return [first, second, third];
}

describe('printed page numbers', () => {
  it('reads 第 N 页 共 M 页, - N -, N/M and Page N of M at a page’s head or foot', () => {
    expect(printedPageNumber(page(['正文一行'], 1, foot('第 2 页　共 4 页')))).toEqual({
      n: 2,
      of: 4,
    });
    expect(printedPageNumber(page(['正文一行'], 1, foot('- 3 -')))).toEqual({ n: 3 });
    expect(printedPageNumber(page(['正文一行'], 1, foot('3/5')))).toEqual({ n: 3, of: 5 });
    expect(printedPageNumber(page(['正文一行'], 1, foot('Page 2 of 3')))).toEqual({
      n: 2,
      of: 3,
    });
    expect(printedPageNumber(page(['正文一行'], 1, foot('7')))).toEqual({ n: 7 });
  });

  it('reads no number from the content, nor from a page printing two different ones', () => {
    // A number in a table cell or in the middle of the page is content.
    expect(printedPageNumber(page([{ kind: 'table', rows: [['序号', '2']] }, '正文']))).toBe(
      undefined,
    );
    const two = page(['正文一行'], 1, [...foot('第 2 页'), item('第 5 页', 250, 810, 9)]);
    expect(printedPageNumber(two)).toBe(undefined);
  });
});

describe('pages stored out of order', () => {
  it('reads a table’s start before its continuation when page 2 is stored first', () => {
    const [p1, p2, p3] = form(['第 1 页　共 3 页', '第 2 页　共 3 页', '第 3 页　共 3 页']);
    // As stored: page 2 (the table's rest) first, then page 1, then page 3.
    const stored = [
      { ...p2!, page: 1 },
      { ...p1!, page: 2 },
      { ...p3!, page: 3 },
    ];
    expect(inReadingOrder(stored).map((p) => p.page)).toEqual([2, 1, 3]);
    const facts = extractFacts(stored, { pack: liaoning });
    expect(names(facts.coreMembers?.value)).toEqual(MEMBERS.map((m) => m[0]));
    expect(facts.projectName?.value).toBe('甲市智慧体育共同体');
    // Evidence points to the page as stored: the fields stand on stored page 2.
    expect(facts.projectName?.evidence[0]?.page).toBe(2);
    expect(facts.leadUnit?.value).toBe('甲市第一小学');
  });

  it('reads reversed pages and a last page stored first', () => {
    const [p1, p2, p3] = form(['- 1 -', '- 2 -', '- 3 -']);
    const reversed = [
      { ...p3!, page: 1 },
      { ...p2!, page: 2 },
      { ...p1!, page: 3 },
    ];
    expect(inReadingOrder(reversed).map((p) => p.page)).toEqual([3, 2, 1]);
    const lastFirst = [
      { ...p3!, page: 1 },
      { ...p1!, page: 2 },
      { ...p2!, page: 3 },
    ];
    expect(inReadingOrder(lastFirst).map((p) => p.page)).toEqual([2, 3, 1]);
    const facts = extractFacts(reversed, { pack: liaoning });
    expect(names(facts.coreMembers?.value)).toEqual(MEMBERS.map((m) => m[0]));
  });

  it('keeps the stored order on weak or conflicting numbers', () => {
    const stored = (numbers: [string, string, string]) => {
      const [p1, p2, p3] = form(numbers);
      return [
        { ...p2!, page: 1 },
        { ...p1!, page: 2 },
        { ...p3!, page: 3 },
      ];
    };
    const order = (pages: PageText[]) => inReadingOrder(pages).map((p) => p.page);
    // A page without a number.
    expect(order(stored(['第 1 页', '', '第 3 页']))).toEqual([1, 2, 3]);
    // Two pages with one number (two documents merged, each numbered from 1).
    expect(order(stored(['第 1 页', '第 1 页', '第 2 页']))).toEqual([1, 2, 3]);
    // Totals that disagree, a number beyond its total.
    expect(order(stored(['第 1 页 共 3 页', '第 2 页 共 4 页', '第 3 页 共 3 页']))).toEqual([
      1, 2, 3,
    ]);
    expect(order(stored(['1/2', '2/2', '3/2']))).toEqual([1, 2, 3]);
    // Pages in order stay the very same list.
    const [p1, p2, p3] = form(['第 1 页', '第 2 页', '第 3 页']);
    const inOrder = [p1!, p2!, p3!];
    expect(inReadingOrder(inOrder)).toBe(inOrder);
  });

  it('orders pages by chapters running 一、二、三 when no page prints its number', () => {
    const chapter = (n: number, lines: string[]) => page(lines, n);
    const one = chapter(1, [
      '一、基本信息',
      '项目名称：甲市智慧体育共同体',
      '牵头单位：甲市第一小学',
    ]);
    const two = chapter(2, [
      '二、团队成员',
      '核心成员：刘春雨、陈晓峰',
      '三、已有基础',
      '典型案例',
    ]);
    const four = chapter(3, ['四、推荐意见', '同意推荐。']);
    const stored = [
      { ...two, page: 1 },
      { ...one, page: 2 },
      { ...four, page: 3 },
    ];
    expect(inReadingOrder(stored).map((p) => p.page)).toEqual([2, 1, 3]);
    // A chapter missing (一 then 三), or a page with no chapter: no order to trust.
    const gap = chapter(1, ['三、已有基础', '典型案例']);
    expect(inReadingOrder([gap, { ...one, page: 2 }]).map((p) => p.page)).toEqual([1, 2]);
    const bare = chapter(3, ['同意推荐。']);
    expect(
      inReadingOrder([{ ...two, page: 1 }, { ...one, page: 2 }, bare]).map((p) => p.page),
    ).toEqual([1, 2, 3]);
  });

  it('puts a table’s continuation after its start: 续表 over its columns, or rows numbered on', () => {
    const fields = (n: number, rows: string[][], above: string[] = []) =>
      page([...above, { kind: 'table', rows }], n);
    const start = page(
      [
        { kind: 'table', rows: [['项目名称', '甲市智慧体育共同体']] },
        '核心成员',
        {
          kind: 'table',
          rows: [
            ['序号', '姓名', '所在单位', '职称'],
            ...MEMBERS.slice(0, 3).map((m, i) => [String(i + 1), ...m]),
          ],
        },
      ],
      1,
    );
    const rest = MEMBERS.slice(3).map((m, i) => [String(i + 4), ...m]);
    const header = ['序号', '姓名', '所在单位', '职称'];
    const order = (pages: PageText[]) => inReadingOrder(pages).map((p) => p.page);
    // 续表 over the table's columns, stored before its start.
    const marked = fields(1, rest, ['续表']);
    expect(order([marked, { ...start, page: 2 }])).toEqual([2, 1]);
    const facts = extractFacts([marked, { ...start, page: 2 }], { pack: liaoning });
    expect(names(facts.coreMembers?.value)).toEqual(MEMBERS.map((m) => m[0]));
    // Unmarked: the header repeated over the break, then 4, 5, 6 after the start's 1, 2, 3.
    expect(order([fields(1, [header, ...rest]), { ...start, page: 2 }])).toEqual([2, 1]);
    // A page stored after its start stays where it is.
    const inOrder = [start, fields(2, rest, ['续表'])];
    expect(inReadingOrder(inOrder)).toBe(inOrder);
  });

  it('keeps the stored order when a continuation is not certain', () => {
    const start = page(
      [
        '核心成员',
        {
          kind: 'table',
          rows: [
            ['序号', '姓名', '所在单位', '职称'],
            ['1', ...MEMBERS[0]!],
          ],
        },
      ],
      2,
    );
    const order = (pages: PageText[]) => inReadingOrder(pages).map((p) => p.page);
    // Same columns, but numbered from 1 and not marked: another table, not the rest of this one.
    const other = page([{ kind: 'table', rows: [['1', ...MEMBERS[1]!]] }, '正文在表格之后'], 1);
    expect(order([other, start])).toEqual([1, 2]);
    // Marked, but two pages end with a table of those columns: which one it continues is unknown.
    const marked = page(['续表', { kind: 'table', rows: [['2', ...MEMBERS[1]!]] }, '正文之后'], 1);
    expect(order([marked, start, { ...start, page: 3 }])).toEqual([1, 2, 3]);
    // Two pages each continuing the other: a loop, no order.
    const a = page(['续表', { kind: 'table', rows: [['1', ...MEMBERS[0]!]] }], 1);
    const b = page(['续表', { kind: 'table', rows: [['2', ...MEMBERS[1]!]] }], 2);
    expect(order([a, b])).toEqual([1, 2]);
  });

  it('tells later pages by their place in reading order', () => {
    const [p1, p2, p3] = form(['第 1 页', '第 2 页', '第 3 页']);
    const doc = new DocumentLayout(
      inReadingOrder([
        { ...p3!, page: 1 },
        { ...p1!, page: 2 },
        { ...p2!, page: 3 },
      ]),
    );
    expect([1, 2, 3].map((n) => doc.position(n))).toEqual([3, 1, 2]);
  });
});

/** Rows of a ruled two-column form, as drawn upright in user space. */
function fieldGrid(rows: [string, string][], size = 11) {
  const items: TextItem[] = [];
  const rulings: Ruling[] = [];
  const [x0, x1, x2] = [80, 230, 520];
  let y = 760;
  for (const [label, value] of rows) {
    items.push(item(label, x0 + 4, y - 16, size), item(value, x1 + 4, y - 16, size));
    rulings.push({ horizontal: true, at: y, from: x0, to: x2 });
    y -= 24;
  }
  rulings.push({ horizontal: true, at: y, from: x0, to: x2 });
  for (const x of [x0, x1, x2]) rulings.push({ horizontal: false, at: x, from: y, to: 760 });
  return { items, rulings };
}

const FIELDS: [string, string][] = [
  ['项目名称', '甲市智慧体育共同体'],
  ['牵头单位', '甲市第一小学'],
  ['推荐部门', '甲市教育局'],
];

/** Each line's cells, as text. */
function rowsOf(p: PageText): string[][] {
  return p.lines.map((l) => l.cells.map((c) => p.text.slice(c.start, c.end).trim()));
}

/** Items and rulings turned half round about the page's centre (a 180° `cm`). */
function halfTurned(items: TextItem[], rulings: Ruling[]) {
  const [w, h] = [A4[2], A4[3]];
  const turned = items.map((i) => {
    const [s, , , , x, y] = i.transform as number[];
    return { ...i, transform: [-s!, 0, 0, -s!, w - x!, h - y!] };
  });
  const lines = rulings.map(
    (r): Ruling =>
      r.horizontal
        ? { horizontal: true, at: h - r.at, from: w - r.to, to: w - r.from }
        : { horizontal: false, at: w - r.at, from: h - r.to, to: h - r.from },
  );
  return { items: turned, rulings: lines };
}

describe('a sheet upside down', () => {
  it('reads a /Rotate 180 page over upright content upright, evidence in user space', () => {
    const { items, rulings } = fieldGrid(FIELDS);
    const turned = buildPageText(1, A4, 180, items, rulings);
    expect(rowsOf(turned)).toEqual(FIELDS);
    expect(turned.sideways).toBe(180);
    const facts = extractFacts([turned], { pack: liaoning });
    expect(facts.projectName?.value).toBe('甲市智慧体育共同体');
    expect(facts.leadUnit?.value).toBe('甲市第一小学');
    // The value's rectangle is where the content draws it (user space, upper half of the page).
    const at = turned.text.indexOf('甲市第一小学');
    const [rect] = rectsForRange(turned, at, at + 6);
    expect(rect![0]).toBeGreaterThan(230);
    expect(rect![1]).toBeGreaterThan(700);
  });

  it('reads content drawn under a half-turn on a page shown as stored', () => {
    const grid = fieldGrid(FIELDS);
    const { items, rulings } = halfTurned(grid.items, grid.rulings);
    expect(upsideDown(items)).toBe(true);
    const turned = buildPageText(1, A4, 0, items, rulings);
    expect(rowsOf(turned)).toEqual(FIELDS);
    const facts = extractFacts([turned], { pack: liaoning });
    expect(facts.leadUnit?.value).toBe('甲市第一小学');
    const at = turned.text.indexOf('甲市第一小学');
    const [rect] = rectsForRange(turned, at, at + 6);
    // Drawn in the lower half of the page as stored, right to left.
    expect(rect![1]).toBeLessThan(150);
    expect(rect![2]).toBeLessThan(595 - 230);
  });

  it('does not turn an upright page for a stamp or a few words upside down', () => {
    const { items, rulings } = fieldGrid(FIELDS);
    const stamp = halfTurned([item('专用章', 300, 300, 11)], []).items;
    const p = buildPageText(1, A4, 0, [...items, ...stamp], rulings);
    expect(p.sideways).toBe(undefined);
    expect(rowsOf(p).slice(0, 3)).toEqual(FIELDS);
    // Mirrored on one axis only is no turned sheet.
    const mirrored = items.map((i) => ({ ...i, transform: [-11, 0, 0, 11, 500, 400] }));
    expect(upsideDown(mirrored)).toBe(false);
  });

  it('orders pages by the foot of a sheet upside down', () => {
    const [p1, p2, p3] = form(['第 1 页　共 3 页', '第 2 页　共 3 页', '第 3 页　共 3 页']);
    // Page 1 stored second and turned: rebuilt from its own items under a half-turn.
    const grid = fieldGrid(FIELDS);
    const footItems = foot('第 1 页　共 3 页');
    const turned = halfTurned([...grid.items, ...footItems], grid.rulings);
    const first = buildPageText(2, A4, 0, turned.items, turned.rulings);
    expect(printedPageNumber(first)).toEqual({ n: 1, of: 3 });
    const stored = [{ ...p2!, page: 1 }, first, { ...p3!, page: 3 }];
    expect(inReadingOrder(stored).map((p) => p.page)).toEqual([2, 1, 3]);
    expect(p1).toBeDefined();
  });
});

describe('hostile input', () => {
  it('bounds the page-number and chapter reading on a 300,000-character line', () => {
    const long = '第'.repeat(150_000) + '1页'.repeat(75_000);
    const pages = [
      page([long.slice(0, 300_000)], 1, foot(long)),
      page([`一、${'某'.repeat(300_000)}`], 2, foot('- 1 -')),
      page(['正文'], 3, foot('第 99999 页')),
    ];
    const started = cpuNow();
    expect(inReadingOrder(pages)).toBe(pages);
    expect(printedPageNumber(pages[2]!)).toBe(undefined);
    expect(cpuNow() - started).toBeLessThan(5_000);
  });

  it('reads many pages numbered backwards in bounded time, and odd matrices safely', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      page(['正文一行，写满了申报内容'], i + 1, foot(`第 ${400 - i} 页`)),
    );
    const started = cpuNow();
    const order = inReadingOrder(many).map((p) => p.page);
    expect(order[0]).toBe(400);
    expect(order.at(-1)).toBe(1);
    expect(cpuNow() - started).toBeLessThan(5_000);
    const odd = [
      { ...item('甲乙丙丁戊己庚辛壬癸', 100, 100), transform: [Number.NaN, 0, 0, -1, 0, 0] },
      { ...item('甲乙丙丁戊己庚辛壬癸', 100, 100), transform: [0, 0, 0, 0, 0, 0] },
    ];
    expect(upsideDown(odd)).toBe(false);
  });
});
