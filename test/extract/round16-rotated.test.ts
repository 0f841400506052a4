/**
 * Round 16 (v16 as a development set), two layouts of one form:
 * - people tables set sideways on a portrait page that is not /Rotate (LaTeX's sidewaystable, a
 *   table turned in a text box): the text runs up (or down) the page and is read in its own frame,
 *   as a page displayed turned is;
 * - a transposed form (a spreadsheet of one record): the form's labels across a header row, the
 *   application in the one row under it, the columns cut across pages into parts of their own,
 *   several cells' texts joined by pdf.js into one run with spaces between them.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Rect } from '../../lib/pdf/layout';
import type { Ruling } from '../../lib/pdf/rulings';
import { sidewaysTurn } from '../../lib/pdf/sideways';
import { buildPageText, type PageText, rectsForRange } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const studio = builtinPack('mingshi-2024-studio');

/** Each line's cells, as text. */
function rowsOf(page: PageText): string[][] {
  return page.lines.map((l) => l.cells.map((c) => page.text.slice(c.start, c.end).trim()));
}
const PORTRAIT: Rect = [0, 0, 595, 842];
const LANDSCAPE: Rect = [0, 0, 842, 595];
const SIZE = 9;
const ROW = 20;

/** Ruled rows drawn from `top` down at the column edges; the text 3 points into each cell. */
function grid(rows: string[][], edges: number[], top: number) {
  const items: TextItem[] = [];
  const rulings: Ruling[] = [];
  let y = top;
  for (const row of rows) {
    row.forEach((text, c) => {
      if (text) items.push(item(text, edges[c]! + 3, y - ROW + 6, SIZE));
    });
    rulings.push({ horizontal: true, at: y, from: edges[0]!, to: edges.at(-1)! });
    y -= ROW;
  }
  rulings.push({ horizontal: true, at: y, from: edges[0]!, to: edges.at(-1)! });
  for (const x of edges) rulings.push({ horizontal: false, at: x, from: y, to: top });
  return { items, rulings };
}

/**
 * Items and rulings laid out on a landscape sheet, set sideways on a portrait page: turned a
 * quarter counter-clockwise (text running up the page, `up`) or clockwise (running down).
 */
function sideways(items: TextItem[], rulings: Ruling[], up: boolean) {
  const [w, h] = [PORTRAIT[2], PORTRAIT[3]];
  const point = (x: number, y: number): [number, number] => (up ? [w - y, x] : [y, h - x]);
  const turned = items.map((i) => {
    const [s, , , , x, y] = i.transform as number[];
    const [ux, uy] = point(x!, y!);
    return { ...i, transform: up ? [0, s, -s!, 0, ux, uy] : [0, -s!, s, 0, ux, uy] };
  });
  const lines = rulings.map((r): Ruling => {
    const [a, b] = r.horizontal
      ? [point(r.from, r.at), point(r.to, r.at)]
      : [point(r.at, r.from), point(r.at, r.to)];
    const horizontal = Math.abs(a[1] - b[1]) < Math.abs(a[0] - b[0]);
    return horizontal
      ? { horizontal, at: a[1], from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) }
      : { horizontal, at: a[0], from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) };
  });
  return { items: turned, rulings: lines };
}

const PEOPLE_EDGES = [60, 130, 260, 360, 560];
const HOST = [
  ['姓名', '职务/职称', '联系电话', '所在单位'],
  ['宋明远', '副校长/高级教师', '13559935547', '甲市第二十中学'],
];
const MEMBERS = [
  ['姓名', '职务/职称', '联系电话', '所在单位'],
  ['盛诗涵', '备课组长/二级教师', '18340954019', '甲市第二十中学'],
  ['颜雅琴', '德育副校长/二级教师', '15777914444', '甲市实验小学'],
  ['茅晓光', '教研组长/高级教师', '13187450430', '乙县第一中学'],
];

function firstPage() {
  const { items, rulings } = grid(
    [
      ['项目名称', '甲市数字合唱美育实践共同体'],
      ['牵头单位', '甲市第二十中学'],
      ['推荐单位', '甲市教育局'],
    ],
    [60, 160, 540],
    780,
  );
  items.unshift(item('辽宁省2022年度教育信息化教学应用实践共同体项目推荐表', 120, 800, 14));
  return buildPageText(1, PORTRAIT, 0, items, rulings);
}

/** A sideways page: the caption, the table, and the page number left upright at the foot. */
function sidewaysPage(number: number, caption: string, rows: string[][], up: boolean) {
  const table = grid(rows, PEOPLE_EDGES, 480);
  const items = [item(caption, 280, 500, SIZE), ...table.items];
  const turned = sideways(items, table.rulings, up);
  turned.items.push(item(String(number), 295, 40, SIZE));
  return buildPageText(number, PORTRAIT, 0, turned.items, turned.rulings);
}

describe('people tables set sideways on an upright page', () => {
  for (const up of [true, false]) {
    it(`reads the table in its own frame (text running ${up ? 'up' : 'down'} the page)`, () => {
      const host = sidewaysPage(2, '项目负责人', HOST, up);
      const members = sidewaysPage(3, '核心成员', MEMBERS, up);
      expect(host.sideways).toBe(up ? 90 : 270);
      expect(host.rotation).toBe(0);
      expect(rowsOf(members)).toContainEqual(MEMBERS[1]);
      // Highlights stay in user space, on the item itself.
      const at = members.text.indexOf('盛诗涵');
      const [rect] = rectsForRange(members, at, at + 3);
      const own = members.items.find((i) => i.str === '盛诗涵')!;
      expect(rect![0]).toBeGreaterThanOrEqual(own.rect[0] - 0.01);
      expect(rect![2]).toBeLessThanOrEqual(own.rect[2] + 0.01);
      expect(rect![3] - rect![1]).toBeGreaterThan(rect![2] - rect![0]);
      const facts = extractFacts([firstPage(), host, members], { pack: liaoning });
      const hosts = facts.host?.value as { name: string; phone?: string }[] | undefined;
      expect(hosts?.map((p) => [p.name, p.phone])).toEqual([['宋明远', '13559935547']]);
      const core = facts.coreMembers?.value as { name: string }[] | undefined;
      expect(core?.map((p) => p.name)).toEqual(['盛诗涵', '颜雅琴', '茅晓光']);
    });
  }

  it('leaves an upright page with a sideways margin note as it is', () => {
    const { items, rulings } = grid(MEMBERS, PEOPLE_EDGES, 700);
    items.push({ ...item('装订线', 20, 400, SIZE), transform: [0, SIZE, -SIZE, 0, 20, 400] });
    const page = buildPageText(1, PORTRAIT, 0, items, rulings);
    expect(page.sideways).toBeUndefined();
    expect(rowsOf(page)).toContainEqual(MEMBERS[1]);
  });

  it('turns a page no further for slanted or mixed runs, and reads a huge run in linear time', () => {
    const slanted = {
      ...item('草稿草稿草稿草稿草稿', 100, 400, 40),
      transform: [28, 28, -28, 28, 100, 400],
    };
    expect(sidewaysTurn([slanted])).toBe(0);
    const up = { ...item('甲乙丙丁戊己庚辛', 100, 400), transform: [0, SIZE, -SIZE, 0, 100, 400] };
    const down = {
      ...item('甲乙丙丁戊己庚辛', 200, 400),
      transform: [0, -SIZE, SIZE, 0, 200, 400],
    };
    expect(sidewaysTurn([up, down])).toBe(0);
    const huge = { ...up, str: '甲'.repeat(300_000) };
    const started = cpuNow();
    expect(sidewaysTurn([huge])).toBe(90);
    expect(cpuNow() - started).toBeLessThan(2000);
  });
});

/** The form as a spreadsheet row: labels over one record, cut into two pages' parts. */
const PART_ONE_EDGES = [54, 88, 210, 373, 435, 494, 552, 608, 709];
const PART_ONE = [
  [
    '序号',
    '共同体名称',
    '申报类别',
    '所属方向',
    '主持单位',
    '推荐部门',
    '开展实践时间',
    '已形成的典型案例',
  ],
];
const PART_TWO_EDGES = [54, 228, 400, 460];
const PART_TWO = [
  ['建设期满时拟形成的各项预期成果形式', '典型案例数量', '联系人'],
  ['◉研究报告 ◉应用指南', '6个', '范文静'],
];

/** One pdf.js run of several cells' texts, each a space of `space` points after the last. */
function joined(texts: string[], x: number, y: number, space: number): TextItem {
  const run = item(texts.join(' '), x, y, 7);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  return { ...run, width: chars * 7 + (texts.length - 1) * space };
}

function transposed() {
  const one = grid([PART_ONE[0]!, Array(8).fill('')], PART_ONE_EDGES, 527);
  const y = 527 - ROW + 6 - ROW;
  one.items.push(
    item('1', 57, y, SIZE),
    item('抚顺市冰雪虚拟训练实践共', 91, y + 4, SIZE),
    item('同体', 91, y - 6, SIZE),
    item('○智慧德育 ◉智慧体育 ○智慧美育', 213, y, SIZE),
    // Three cells' texts joined by pdf.js into one run, a space between them (narrow letters).
    joined(['冰雪运动虚拟训练', '抚顺市第十二中学', '抚顺市教育局'], 376, y, 3.3),
    item('二〇一九年九月', 553, y, 7),
    item('1.红岩整本书共读打卡案', 611, y + 9, 7),
    item('例', 611, y + 3, 7),
    item('2.抗美援朝纪念馆云研学案例', 611, y - 3, 7),
  );
  one.items.push(item('（以下空白）', 55, 400, SIZE));
  const two = grid(PART_TWO, PART_TWO_EDGES, 527);
  return [
    buildPageText(1, LANDSCAPE, 0, one.items, one.rulings),
    buildPageText(2, LANDSCAPE, 0, two.items, two.rulings),
  ];
}

describe('a transposed form: labels over one record', () => {
  it('parts cells pdf.js joined into one run at the spaces where the walls stand', () => {
    const [page] = transposed();
    const text = page!.text;
    const row = page!.lines.find((l) => text.slice(l.start, l.end).includes('冰雪运动'))!;
    const cells = row.cells.map((c) => text.slice(c.start, c.end).trim());
    expect(cells).toContain('冰雪运动虚拟训练');
    expect(cells).toContain('抚顺市第十二中学');
    expect(cells).toContain('抚顺市教育局');
  });

  it('reads each label’s value in the cell under it, on either page', () => {
    const facts = extractFacts(transposed(), { pack: liaoning });
    expect(facts.projectName?.value).toBe('抚顺市冰雪虚拟训练实践共同体');
    expect(facts.category?.value).toBe('智慧体育');
    expect(facts.direction?.value).toBe('冰雪运动虚拟训练');
    expect(facts.leadUnit?.value).toBe('抚顺市第十二中学');
    expect(facts.recommendingBody?.value).toBe('抚顺市教育局');
    expect(facts.practiceStart?.value).toBe('2019-09');
    expect(facts.existingCases?.value).toEqual([
      '红岩整本书共读打卡案例',
      '抗美援朝纪念馆云研学案例',
    ]);
    expect(facts.typicalCases?.value).toBe(6);
  });

  it('does not read a label under a label as its value (a form’s two-row field table)', () => {
    const { items, rulings } = grid(
      [
        ['项目名称', '甲市创客农场实践共同体', '牵头单位', '甲市第二中学'],
        ['推荐单位', '甲市教育局', '应用方向', '创客农场'],
      ],
      [60, 140, 300, 380, 540],
      780,
    );
    const facts = extractFacts([buildPageText(1, PORTRAIT, 0, items, rulings)], { pack: liaoning });
    expect(facts.projectName?.value).toBe('甲市创客农场实践共同体');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
    expect(facts.direction?.value).toBe('创客农场');
  });

  it('reads the units numbered in the one cell under their label, not the record’s stage', () => {
    const { items, rulings } = grid(
      [
        ['名师工作室名称', '依托学校', '学段', '成员学校'],
        ['江州市语文名师网络工作室', '南浦区荷塘中学', '初中', '1.北湖区芦苇小学2.江州市第三中学'],
      ],
      [54, 180, 260, 300, 480],
      527,
    );
    const facts = extractFacts([buildPageText(1, LANDSCAPE, 0, items, rulings)], { pack: studio });
    expect(facts.memberSchools?.value).toEqual([
      { name: '北湖区芦苇小学' },
      { name: '江州市第三中学' },
    ]);
    expect(facts.memberSchools?.confidence).toBeGreaterThanOrEqual(0.6);
  });
});
