/**
 * Round 16 (held-out v16 as a development set): member units as a small two-column table each,
 * stacked down the page (单位名称 | 学校类型 | 地址 | 联系人 | 联系电话, one card per unit), and
 * tables that write a repeated value as a ditto mark (同上 / 〃 / 同前 for the row above, 同左 for
 * the cell on the left), a note under the table saying so.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { UNCERTAIN } from '../../lib/facts/standard';
import { isDittoMark, resolveDittoMarks } from '../../lib/pdf/structure/ditto-marks';
import { type DocCell, type DocRow, DocumentLayout } from '../../lib/pdf/structure/document';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');
const mingshi = builtinPack('mingshi-2024-studio');
const VIEW: [number, number, number, number] = [0, 0, 595, 842];
const SIZE = 12;

/** Lines of free text, each [cells as [text, x]], from `top` down, 14 points apart. */
function lines(rows: [string, number][][], top = 780): TextItem[] {
  return rows.flatMap((cells, i) => cells.map(([text, x]) => item(text, x, top - i * 14, SIZE)));
}

/** A unit's card: its caption, then label | value rows, the values at x = 308. */
function card(caption: string | undefined, fields: [string, string][]): [string, number][][] {
  return [
    ...(caption ? [[[caption, 72] as [string, number]]] : []),
    ...fields.map(([label, value]) => [
      [label, 74] as [string, number],
      [value, 308] as [string, number],
    ]),
  ];
}

describe('member units as a stack of small key–value tables, one per unit', () => {
  const head: [string, number][][] = [
    [['项目名称：甲市智慧评价共同体', 72]],
    [['牵头单位：甲市第一中学', 72]],
    [['主要成员单位', 72]],
  ];
  const units: [string, string, string, string][] = [
    ['甲市第二小学', '小学', '刘春雨', '13812340001'],
    ['乙县实验中学', '初中', '陈晓峰', '13812340002'],
    ['丙区第三中学', '完全中学', '周文静', '13812340003'],
  ];
  const cards = units.flatMap(([name, type, contact, phone], i) =>
    card(`成员单位${'一二三'[i]}`, [
      ['单位名称', name],
      ['学校类型', type],
      ['地址', `文化路${i + 1}号`],
      ['联系人', contact],
      ['联系电话', phone],
    ]),
  );

  it('reads each card as a unit with its type; addresses and contacts are no facts', () => {
    const items = lines([...head, ...cards]);
    const facts = extractFacts([buildPageText(1, VIEW, 0, items, [])], { pack: liaoning });
    expect(facts.memberUnits?.value).toEqual([
      { name: '甲市第二小学', type: '小学' },
      { name: '乙县实验中学', type: '初中' },
      { name: '丙区第三中学', type: '完全中学' },
    ]);
    expect(facts.memberUnits?.confidence).toBeGreaterThanOrEqual(UNCERTAIN);
    expect(JSON.stringify(facts.memberUnits?.value)).not.toMatch(/文化路|刘春雨|1381234/);
  });

  it("leaves the lead unit's card out, also when a card of it stands first", () => {
    const lead = card('牵头单位', [
      ['单位名称', '甲市第一中学'],
      ['学校类型', '初中'],
    ]);
    const items = lines([...head, ...lead, ...cards]);
    const facts = extractFacts([buildPageText(1, VIEW, 0, items, [])], { pack: liaoning });
    expect(((facts.memberUnits?.value ?? []) as { name: string }[]).map((u) => u.name)).toEqual([
      '甲市第二小学',
      '乙县实验中学',
      '丙区第三中学',
    ]);
  });

  it('joins a card whose name row is repeated at the top of the next page', () => {
    // A studio's member schools: the second card runs over the page break, its table's first
    // row (单位名称) repeated over the rest.
    const first = lines([
      [['名师工作室名称：甲市化学名师网络工作室', 72]],
      [['成员学校', 72]],
      ...card('成员学校（1）', [
        ['单位名称', '甲市第二小学'],
        ['地址', '文化路1号'],
        ['联系人', '刘春雨'],
        ['联系电话', '13812340001'],
      ]),
      ...card('成员学校（2）', [
        ['单位名称', '乙县实验中学'],
        ['地址', '文化路2号'],
      ]),
    ]);
    const second = lines([
      ...card(undefined, [
        ['单位名称', '乙县实验中学'],
        ['联系电话', '13812340002'],
      ]),
      ...card('成员学校（3）', [
        ['单位名称', '丙区第三中学'],
        ['地址', '文化路3号'],
      ]),
    ]);
    const facts = extractFacts(
      [buildPageText(1, VIEW, 0, first, []), buildPageText(2, VIEW, 0, second, [])],
      { pack: mingshi },
    );
    expect(facts.memberSchools?.value).toEqual([
      { name: '甲市第二小学' },
      { name: '乙县实验中学' },
      { name: '丙区第三中学' },
    ]);
  });

  it('reads ruled cards too, with the place and type under the name', () => {
    const ruled = (name: string, region: string, type: string) => ({
      kind: 'table' as const,
      rows: [
        ['单位名称', name],
        ['所在地区', region],
        ['学校类型', type],
        ['联系人', '刘春雨'],
      ],
      widths: [0.3, 0.7],
    });
    const facts = extractFacts(
      [
        page([
          '项目名称：甲市智慧评价共同体',
          '牵头单位：甲市第一中学',
          '主要成员单位',
          '成员单位1',
          ruled('甲市第二小学', '甲市', '小学'),
          '成员单位2',
          ruled('乙县实验中学', '乙县', '初中'),
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits?.value).toEqual([
      { name: '甲市第二小学', region: '甲市', type: '小学' },
      { name: '乙县实验中学', region: '乙县', type: '初中' },
    ]);
  });

  it("does not read a person's card (姓名 | …, 单位 | …) as a unit", () => {
    const people = [0, 1].flatMap((i) =>
      card(`成员${i + 1}`, [
        ['姓名', ['刘春雨', '陈晓峰'][i]!],
        ['单位', ['甲市第二小学', '乙县实验中学'][i]!],
        ['职称', '一级教师'],
      ]),
    );
    const items = lines([...head.slice(0, 2), ...people]);
    const facts = extractFacts([buildPageText(1, VIEW, 0, items, [])], { pack: liaoning });
    expect(facts.memberUnits).toBeUndefined();
  });
});

describe('ditto marks in tables', () => {
  const note = '注：表中“同上”表示与上一行相同，“同左”表示与左侧单元格相同。';

  it('gives a roster row the role, unit and title of the row above, or the cell on its left', () => {
    const facts = extractFacts(
      [
        page([
          '网络教研联盟人员',
          {
            kind: 'table',
            rows: [
              ['角色', '姓名', '工作单位', '行政职务', '专业技术职称'],
              ['主持人', '江文博', '甲市第一中学', '校长', '高级教师'],
              ['核心成员', '闵春燕', '乙县实验中学', '教师', '一级教师'],
              ['同上', '邬雅琴', '〃', '教授', '同左'],
              ['〃', '贝振宇', '丙区第三中学', '教师', '同上'],
            ],
          },
          note,
        ]),
      ],
      { pack: yueyang },
    );
    expect(facts.coreMembers?.value).toEqual([
      { name: '闵春燕', unit: '乙县实验中学', duty: '教师', title: '一级教师' },
      { name: '邬雅琴', unit: '乙县实验中学', duty: '教授', title: '教授' },
      { name: '贝振宇', unit: '丙区第三中学', duty: '教师', title: '教授' },
    ]);
    expect(facts.coreMembers?.confidence).toBeGreaterThanOrEqual(UNCERTAIN);
  });

  it('resolves a member unit type written 同前, and quotes the mark as the file writes it', () => {
    const doc = new DocumentLayout([
      page([
        '成员单位',
        {
          kind: 'table',
          rows: [
            ['序号', '成员单位名称', '学校类型'],
            ['1', '甲市第二中学', '初中'],
            ['2', '乙县实验中学', '同前'],
          ],
        },
      ]),
    ]);
    const cell = doc.rows.find((r) => r.text.includes('乙县实验中学'))!.cells[2]!;
    expect([cell.text, cell.written]).toEqual(['初中', '同前']);
    expect(doc.evidenceForCells([cell])[0]?.quote).toBe('同前');
  });

  it('reads a mark the note under the table defines', () => {
    const facts = extractFacts(
      [
        page([
          '成员单位',
          {
            kind: 'table',
            rows: [
              ['序号', '成员单位名称', '学校类型'],
              ['1', '甲市第二中学', '初中'],
              ['2', '乙县实验中学', '…'],
            ],
          },
          '注：表中“…”表示与上一行相同。',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits?.value).toEqual([
      { name: '甲市第二中学', type: '初中' },
      { name: '乙县实验中学', type: '初中' },
    ]);
  });

  it('proposes a mark with nothing to repeat for checking, never as a value taken for sure', () => {
    const facts = extractFacts(
      [
        page([
          '成员单位',
          {
            kind: 'table',
            rows: [
              ['序号', '成员单位名称', '学校类型'],
              ['1', '甲市第二中学', '同上'],
              ['2', '乙县实验中学', '同上'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    const units = facts.memberUnits;
    expect(units?.confidence).toBeLessThan(UNCERTAIN);
    expect(units?.doubts).toContain('dittoAsValue');
  });

  it('stays linear on a hostile table of thousands of marks and a 300,000-character note', () => {
    const cell = (text: string, x: number, flow: number): DocCell => ({
      text,
      page: 1,
      start: flow,
      end: flow + text.length,
      rect: [x, 0, x + 100, 10],
      ruled: true,
      flow,
    });
    const row = (index: number, table: number, texts: string[]): DocRow => {
      const cells = texts.map((t, i) => cell(t, 50 + 100 * i, index * 10));
      return {
        index,
        page: 1,
        table,
        cells,
        text: texts.join('\t'),
        top: 0,
        bottom: 0,
        size: 10,
        flowStart: index * 10,
        flowEnd: index * 10 + 9,
      };
    };
    const rows = [
      row(0, 0, ['角色', '姓名', '工作单位']),
      row(1, 0, ['核心成员', '闵春燕', '乙县']),
    ];
    for (let i = 2; i < 5000; i++) rows.push(row(i, 0, ['同上', '〃', '同左']));
    rows.push(row(5000, -1, [`注：${'“同上”表示与上一行相同，'.repeat(22000)}`]));
    rows.push(row(5001, 1, ['同上'.repeat(150000)]));
    const start = cpuNow();
    resolveDittoMarks(rows);
    expect(cpuNow() - start).toBeLessThan(2000);
    expect(rows[4999]!.cells.map((c) => c.text)).toEqual(['核心成员', '闵春燕', '闵春燕']);
    expect(isDittoMark(rows[5001]!.cells[0]!.text)).toBe(false);
  });
});

describe("a role's one-row table whose row runs together", () => {
  it('proposes nobody only for checking when the line under the header holds a phone', () => {
    const items = lines([
      [['网络教研联盟名称：甲市编程教育网络教研联盟', 72]],
      [['主持人', 72]],
      [
        ['姓名', 74],
        ['行政职务', 127],
        ['专业技术职称', 213],
        ['手机', 298],
        ['工作单位', 436],
      ],
      [
        ['毕芳菲信息技术主任正高级教师', 74],
        ['13952820422', 298],
        ['甲市第一小学', 436],
      ],
    ]);
    const facts = extractFacts([buildPageText(1, VIEW, 0, items, [])], { pack: yueyang });
    expect(facts.host?.value).toEqual([]);
    expect(facts.host?.confidence).toBeLessThan(UNCERTAIN);
  });
});
