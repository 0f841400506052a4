/**
 * Round 17 (held-out v17 as a development set): a table drawn as two ruled grids side by side —
 * the label column as one grid and the value columns as another a few points to its right (a
 * people table's 姓名 or 角色 column apart from the rest), the content stream drawing either grid
 * wholly before the other. Their rows line up, so they are one table; two tables that merely
 * stand side by side, their rows at other heights or far apart, stay two. And a list in such a
 * table whose label stands in its first row only, the label cells under it left empty.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { UNCERTAIN } from '../../lib/facts/standard';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText, type PageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const mingshi = builtinPack('mingshi-2024-studio');
const SIZE = 10;

interface SplitTable {
  /** Each row: the first column's text, then the other columns' (one string spans them all). */
  rows: [string, ...string[]][];
  top: number;
  /** Between the two grids, in points; 0 draws one grid. */
  gap?: number;
  left?: number;
  labelWidth?: number;
  /** The right grid's columns. */
  widths?: number[];
  /** Row heights of the left grid and the right one. */
  rowHeight?: number;
  rightRowHeight?: number;
  /** The right grid drawn, and its text written, before the left one. */
  valuesFirst?: boolean;
}

function box(out: Ruling[], x0: number, x1: number, top: number, bottom: number) {
  out.push(
    { horizontal: true, at: top, from: x0, to: x1 },
    { horizontal: true, at: bottom, from: x0, to: x1 },
    { horizontal: false, at: x0, from: bottom, to: top },
    { horizontal: false, at: x1, from: bottom, to: top },
  );
}

function splitTable(t: SplitTable): { items: TextItem[]; rulings: Ruling[] } {
  const [left, gap, lw] = [t.left ?? 48, t.gap ?? 8, t.labelWidth ?? 110];
  const [lh, rh] = [t.rowHeight ?? 18, t.rightRowHeight ?? t.rowHeight ?? 18];
  const widths = t.widths ?? [390];
  const label = { items: [] as TextItem[], rulings: [] as Ruling[] };
  const value = { items: [] as TextItem[], rulings: [] as Ruling[] };
  t.rows.forEach(([text, ...values], r) => {
    const top = t.top - r * lh;
    box(label.rulings, left, left + lw, top, top - lh);
    if (text) label.items.push(item(text, left + 3, top - lh + (lh - SIZE) / 2 + 1, SIZE));
    const vTop = t.top - r * rh;
    const cells = values.length === 1 ? [widths.reduce((a, b) => a + b, 0)] : widths;
    let x = left + lw + gap;
    cells.forEach((w, k) => {
      box(value.rulings, x, x + w, vTop, vTop - rh);
      const words = values[k];
      if (words) value.items.push(item(words, x + 3, vTop - rh + (rh - SIZE) / 2 + 1, SIZE));
      x += w;
    });
  });
  const order = t.valuesFirst ? [value, label] : [label, value];
  return { items: order.flatMap((s) => s.items), rulings: order.flatMap((s) => s.rulings) };
}

/** A page of free lines ([text, x, baseline]) and split tables. */
function splitPage(tables: SplitTable[], lines: [string, number, number][] = []): PageText {
  const items = lines.map(([text, x, y]) => item(text, x, y, 10.5));
  const rulings: Ruling[] = [];
  for (const t of tables) {
    const built = splitTable(t);
    items.push(...built.items);
    rulings.push(...built.rulings);
  }
  return buildPageText(1, [0, 0, 595, 842], 0, items, rulings);
}

/** The page's lines as the file holds them, cells apart by a space. */
const lineTexts = (p: PageText) => p.source.split('\n').filter((l) => l.trim());

const LN_SINGLES: [string, string][] = [
  ['项目名称', '甲市智慧烹饪劳动共同体'],
  ['牵头单位（申报单位）', '甲县丁家房镇中学'],
  ['推荐单位（盖章）', '甲市教育局'],
  ['开始实践时间', '2019年9月'],
];
const LN_PEOPLE: [string, ...string[]][] = [
  ['成员姓名', '单位', '现任职务', '职称（职级）'],
  ['符熠', '甲县丁家房镇中学', '教学副校长', '正高级教师'],
  ['裴振华', '甲市第一三四中学', '教师', '二级教师'],
  ['晏梓涵', '乙县方家屯镇中心小学', '校长', '高级教师'],
];

function lnForm(gap: number, valuesFirst: boolean): PageText {
  return splitPage(
    [
      { top: 760, gap, valuesFirst, rows: LN_SINGLES },
      { top: 660, gap, valuesFirst, widths: [150, 110, 130], rows: LN_PEOPLE },
    ],
    [
      ['辽宁省2022年度教育信息化教学应用实践共同体项目推荐表', 100, 795],
      ['核心成员', 48, 668],
    ],
  );
}

describe('a label grid and a value grid side by side are one table', () => {
  for (const gap of [5, 12, 16])
    for (const valuesFirst of [false, true])
      it(`reads each row as label | value (gap ${gap} pt, ${valuesFirst ? 'values' : 'labels'} drawn first)`, () => {
        const page = lnForm(gap, valuesFirst);
        const lines = lineTexts(page);
        expect(lines).toContain('项目名称 甲市智慧烹饪劳动共同体');
        expect(lines).toContain('符熠 甲县丁家房镇中学 教学副校长 正高级教师');
        // One table per pair of grids: the label and its value share the row's table.
        const row = page.lines.find((l) => page.text.slice(l.start, l.end).startsWith('项目名称'));
        expect(row?.cells.length).toBe(2);
        const facts = extractFacts([page], { pack: liaoning });
        expect(facts.projectName?.value).toBe('甲市智慧烹饪劳动共同体');
        expect(facts.leadUnit?.value).toBe('甲县丁家房镇中学');
        expect(facts.recommendingBody?.value).toBe('甲市教育局');
        const core = facts.coreMembers?.value as { name: string; unit?: string }[] | undefined;
        expect(core?.map((p) => p.name)).toEqual(['符熠', '裴振华', '晏梓涵']);
        expect(core?.[2]?.unit).toBe('乙县方家屯镇中心小学');
      });

  it('reads the same as the table drawn as one grid', () => {
    const one = extractFacts([lnForm(0, false)], { pack: liaoning });
    const two = extractFacts([lnForm(8, true)], { pack: liaoning });
    for (const id of ['projectName', 'leadUnit', 'recommendingBody', 'coreMembers'])
      expect(two[id]?.value).toEqual(one[id]?.value);
  });
});

describe('tables that merely stand side by side stay two', () => {
  const rows: [string, ...string[]][] = [
    ['甲', '一号'],
    ['乙', '二号'],
    ['丙', '三号'],
    ['丁', '四号'],
  ];
  const tableOf = (page: PageText, text: string) =>
    page.lines.find((l) => page.text.slice(l.start, l.end).includes(text))?.table;

  it('keeps them apart when their rows stand at other heights', () => {
    const page = splitPage([{ top: 700, gap: 8, rows, rowHeight: 18, rightRowHeight: 25 }]);
    expect(tableOf(page, '甲')).not.toBe(tableOf(page, '一号'));
    expect(lineTexts(page)).not.toContain('乙 二号');
  });

  it('keeps them apart when a wide gap parts them', () => {
    const page = splitPage([{ top: 700, gap: 40, rows }]);
    expect(tableOf(page, '甲')).not.toBe(tableOf(page, '一号'));
  });

  it('keeps them apart when the one starts below the other', () => {
    // The right grid's rows at the left grid's heights, but it stands lower than the left one
    // begins and goes on past its end: two tables.
    const left = splitTable({ top: 700, gap: 8, rows: rows.slice(0, 2) });
    const right = splitTable({ top: 682, gap: 8, rows: rows.map(([, v]) => [v!, v!]) });
    const only = (t: ReturnType<typeof splitTable>, keepLeft: boolean) =>
      t.rulings.filter((r) => (r.horizontal ? r.from < 160 : r.at < 160) === keepLeft);
    const page = buildPageText(
      1,
      [0, 0, 595, 842],
      0,
      [
        ...left.items.filter((i) => i.transform[4] < 160),
        ...right.items.filter((i) => i.transform[4] > 160),
      ],
      [...only(left, true), ...only(right, false)],
    );
    expect(tableOf(page, '乙')).not.toBe(tableOf(page, '一号'));
  });

  it('keeps single boxes side by side apart (cards of a 2×N grid, text boxes)', () => {
    const cards = [0, 1].map(
      (row): SplitTable => ({
        top: 700 - row * 60,
        gap: 10,
        labelWidth: 240,
        widths: [240],
        rowHeight: 50,
        rows: [[`甲${row}校所在地区：甲市`, `乙${row}校所在地区：乙市`]],
      }),
    );
    const page = splitPage(cards);
    expect(tableOf(page, '甲0校')).not.toBe(tableOf(page, '乙0校'));
  });

  it('lays out a page of hundreds of small split grids in a bounded time', () => {
    const tables: SplitTable[] = [];
    for (let c = 0; c < 10; c++)
      for (let r = 0; r < 50; r++)
        tables.push({
          top: 820 - r * 16,
          left: 10 + c * 28,
          labelWidth: 10,
          widths: [10],
          gap: 5,
          rowHeight: 7,
          rows: [
            ['a', 'b'],
            ['c', 'd'],
          ],
        });
    const started = cpuNow();
    const page = splitPage(tables);
    expect(page.lines.length).toBeGreaterThan(0);
    expect(cpuNow() - started).toBeLessThan(20_000);
  });
});

describe('a list whose label stands in its first row only, the label cells under it empty', () => {
  const singles: [string, string][] = [
    ['名师工作室名称', '江州市信息科技林晓名师网络工作室'],
    ['依托学校', '甲县第二中学'],
    ['推荐单位（盖章）', '甲市东湖区教育局'],
    ['所属学科', '信息科技'],
  ];
  const form = (gap: number, items: string[]) =>
    splitPage(
      [
        { top: 760, gap, rows: singles },
        {
          top: 670,
          gap,
          widths: [150, 110, 130],
          rows: [
            ['姓名', '工作单位', '任教学科', '专业技术职称'],
            ['叶晨曦', '甲市第四十二中学', '信息科技', '二级教师'],
            ['成员学校', items[0]!],
            ...items.slice(1).map((x): [string, string] => ['', x]),
            ['每年开设网络课程', '24节'],
          ],
        },
      ],
      [
        ['江州市2024年中小学名师网络工作室申报表', 150, 795],
        ['入室成员', 48, 678],
      ],
    );
  const schools = ['1．甲市第四十二中学', '2．乙区青山湖学校', '3．丙区葛洲小学'];

  for (const gap of [0, 8])
    it(`reads the numbered rows as the list (${gap ? 'two grids' : 'one grid'})`, () => {
      const facts = extractFacts([form(gap, schools)], { pack: mingshi });
      expect(facts.memberSchools?.value).toEqual([
        { name: '甲市第四十二中学' },
        { name: '乙区青山湖学校' },
        { name: '丙区葛洲小学' },
      ]);
      expect(facts.memberSchools?.confidence).toBeGreaterThanOrEqual(UNCERTAIN);
    });

  it('does not take rows whose numbers do not count on as the list, certain', () => {
    const facts = extractFacts([form(8, ['1．甲市第四十二中学', '3．乙区青山湖学校'])], {
      pack: mingshi,
    });
    const value = facts.memberSchools?.value as { name: string }[] | undefined;
    const certainBoth = value?.length === 2 && (facts.memberSchools?.confidence ?? 0) >= UNCERTAIN;
    expect(certainBoth).toBe(false);
  });
});
