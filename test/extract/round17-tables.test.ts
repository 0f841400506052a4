/**
 * Round 17 (held-out v17 as a development set), table structure: people sorted by unit with the
 * unit's cell merged down over that unit's rows (its text written once, vertically centred),
 * and member units whose region or type cell is merged over several rows. A merged cell's value
 * is the value of every row it spans, not only of the row its text stands beside. And tables
 * drawn with no lines at all, every cell a shaded tile (rows striped in alternating colours, a
 * coloured header row): the tiles' edges are the cells' borders.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { type Box, tileEdges } from '../../lib/pdf/rulings';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');

describe('a unit cell merged over its people’s rows', () => {
  it('gives every row the unit spans that unit (unit column last)', () => {
    const facts = extractFacts(
      [
        page([
          '项目名称：甲市智慧体育共同体',
          '核心成员',
          {
            kind: 'table',
            rows: [
              ['姓名', '行政职务', '专业技术职称', '手机', '工作单位'],
              ['刘春雨', '校长', '高级教师', '13812340001', { text: '甲市第一小学', rowspan: 3 }],
              ['陈晓峰', '教师', '一级教师', '13812340002'],
              ['周文静', '教师', '二级教师', '13812340003'],
              ['王海涛', '副校长', '高级教师', '13812340004', { text: '乙县实验中学', rowspan: 2 }],
              ['李佳怡', '教务主任', '一级教师', '13812340005'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    const units = ((facts.coreMembers?.value ?? []) as { unit?: string }[]).map((p) => p.unit);
    expect(units).toEqual([
      '甲市第一小学',
      '甲市第一小学',
      '甲市第一小学',
      '乙县实验中学',
      '乙县实验中学',
    ]);
  });

  it('reads the unit first, left of the names, under a role merged over the rows too', () => {
    const facts = extractFacts(
      [
        page([
          '联盟名称：甲市初中编程教育网络教研联盟',
          {
            kind: 'table',
            rows: [
              ['角色', '所在单位', '姓名', '职称', '联系电话'],
              ['主持人', '甲市第一中学', '刘春雨', '高级教师', '13812340001'],
              [
                { text: '核心成员', rowspan: 4 },
                { text: '甲市第二中学', rowspan: 2 },
                '陈晓峰',
                '一级教师',
                '13812340002',
              ],
              ['周文静', '二级教师', '13812340003'],
              [{ text: '乙县实验中学', rowspan: 2 }, '王海涛', '高级教师', '13812340004'],
              ['李佳怡', '一级教师', '13812340005'],
            ],
          },
        ]),
      ],
      { pack: yueyang },
    );
    const core = facts.coreMembers?.value as { name: string; unit?: string }[];
    expect(core.map((p) => [p.name, p.unit])).toEqual([
      ['陈晓峰', '甲市第二中学'],
      ['周文静', '甲市第二中学'],
      ['王海涛', '乙县实验中学'],
      ['李佳怡', '乙县实验中学'],
    ]);
  });

  it('leaves a row with its own empty cell without a unit (no merged cell over it)', () => {
    const facts = extractFacts(
      [
        page([
          '核心成员',
          {
            kind: 'table',
            rows: [
              ['姓名', '行政职务', '专业技术职称', '手机', '工作单位'],
              ['刘春雨', '校长', '高级教师', '13812340001', '甲市第一小学'],
              ['陈晓峰', '教师', '一级教师', '13812340002', ''],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    const core = facts.coreMembers?.value as { unit?: string }[];
    expect(core[1]?.unit).toBeUndefined();
  });
});

describe('member units with a merged region or type cell', () => {
  it('gives each unit the type merged over its row', () => {
    const facts = extractFacts(
      [
        page([
          '牵头单位：甲市第一中学',
          '主要成员单位',
          {
            kind: 'table',
            rows: [
              ['序号', '所在地区', '单位名称', '学校类型'],
              [{ text: '1' }, { text: '甲市', rowspan: 3 }, '甲市第二中学', '完全中学'],
              ['2', '乙县富家镇中心小学', { text: '小学', rowspan: 2 }],
              ['3', '甲市铁东区园林小学'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.memberUnits?.value).toEqual([
      { name: '甲市第二中学', region: '甲市', type: '完全中学' },
      { name: '乙县富家镇中心小学', region: '甲市', type: '小学' },
      { name: '甲市铁东区园林小学', region: '甲市', type: '小学' },
    ]);
  });
});

/**
 * A people table drawn as tiles: each cell a filled rectangle, no line. As a browser prints it,
 * a space item runs from each cell's text to the next cell's, and a cell too narrow for its
 * text wraps it (given as "first|rest").
 */
function tiledTable(rows: string[][], widths: number[], top = 700, height = 30) {
  const items: TextItem[] = [];
  const fills: Box[] = [];
  rows.forEach((row, r) => {
    let x = 51;
    const y1 = top - r * height;
    const baseline = y1 - 12;
    row.forEach((text, c) => {
      const w = widths[c]!;
      fills.push([x, y1 - height, x + w, y1]);
      const [first = '', rest] = text.split('|');
      const run = item(first, x + 6, baseline, 10);
      items.push(run);
      if (rest) items.push(item(rest, x + 6, baseline - 13, 10));
      const next = x + w + 6;
      if (c < row.length - 1) {
        const end = x + 6 + run.width;
        items.push({ ...item(' ', end, baseline, 10), width: next - end });
      }
      x += w;
    });
  });
  return { items, fills };
}

describe('a table drawn as shaded tiles, no lines', () => {
  const VIEW: [number, number, number, number] = [0, 0, 595, 842];
  const rows = [
    ['角色', '成员姓|名', '学科', '现任职务', '职称（职|级）', '联系方式', '单位'],
    ['主持人', '向若彤', '开源硬件', '副校长', '一级教师', '18604291560', '甲区松阳湖学校'],
    ['辅导员', '柳欣然', '信息科技', '教研员', '高级教师', '15372980585', '甲区教育信息技术|中心'],
    ['核心成员', '喻宏伟', '数据分析', '教研组长', '一级教师', '17740763459', '甲区文桥镇中心小学'],
    ['核心成员', '宫彧', '机器人', '备课组长', '高级教师', '15936031819', '甲区永济乡中学'],
  ];
  // Columns narrow enough that a name and the subject beside it stand a few points apart.
  const widths = [60, 46, 59, 62, 64, 74, 102];

  it('reads the tiles as cells: each person with the fields of their own row', () => {
    const { items, fills } = tiledTable(rows, widths);
    const facts = extractFacts([buildPageText(1, VIEW, 0, items, tileEdges(fills))], {
      pack: yueyang,
    });
    expect(facts.host?.value).toEqual([
      {
        name: '向若彤',
        subject: '开源硬件',
        duty: '副校长',
        title: '一级教师',
        phone: '18604291560',
        unit: '甲区松阳湖学校',
      },
    ]);
    expect(((facts.coreMembers?.value ?? []) as { name: string }[]).map((p) => p.name)).toEqual([
      '喻宏伟',
      '宫彧',
    ]);
  });

  it('takes no edges from shading that tiles nothing (a heading bar, a page background)', () => {
    expect(tileEdges([[45, 42, 550, 799]])).toEqual([]);
    expect(
      tileEdges([
        [51, 600, 300, 620],
        [51, 500, 300, 520],
      ]),
    ).toEqual([]);
  });

  it('groups thousands of tiles in bounded time', () => {
    const many: Box[] = [];
    for (let i = 0; i < 100_000; i++)
      many.push([
        (i % 50) * 10,
        Math.floor(i / 50) * 10,
        (i % 50) * 10 + 10,
        Math.floor(i / 50) * 10 + 10,
      ]);
    const started = cpuNow();
    const edges = tileEdges(many);
    expect(cpuNow() - started).toBeLessThan(5000);
    expect(edges.length).toBeGreaterThan(0);
  });
});

describe('a date’s blanks beside a stamp’s label', () => {
  it('are no value: the lead unit is the one its own label names', () => {
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [
              ['共同体名称', '甲市课堂观察评价共同体'],
              ['主持单位', '甲市杨运镇中心小学'],
            ],
          },
          { kind: 'table', rows: [['申报单位（盖章）', '年月', '日']], widths: [0.4, 0.3, 0.3] },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.leadUnit?.value).toBe('甲市杨运镇中心小学');
  });
});

describe('a list’s label merged over its numbered rows', () => {
  it('reads each row’s unit without its number, the first row beside no label text', () => {
    const mingshi = builtinPack('mingshi-2024-studio');
    const facts = extractFacts(
      [
        page([
          {
            kind: 'table',
            rows: [
              ['名师网络工作室名称', '甲市音乐名师网络工作室'],
              [{ text: '成员学校', rowspan: 2 }, '1.甲市第二十八中学'],
              ['2.甲市东湖区桂园小学'],
            ],
          },
        ]),
      ],
      { pack: mingshi },
    );
    expect(facts.memberSchools?.value).toEqual([
      { name: '甲市第二十八中学' },
      { name: '甲市东湖区桂园小学' },
    ]);
  });
});

describe('hostile input', () => {
  it('reads a signature line of 300,000 characters in bounded time', () => {
    const long = `${' '.repeat(150_000)}年${' '.repeat(150_000)}`;
    const started = cpuNow();
    const facts = extractFacts([page([{ kind: 'table', rows: [['申报单位（盖章）', long]] }])], {
      pack: liaoning,
    });
    expect(cpuNow() - started).toBeLessThan(10_000);
    expect(facts.leadUnit?.value).toBeUndefined();
  });

  // A people cell of 300,000 characters already costs tens of seconds merged or not (the
  // people readers' own work on it); a merged cell read for a second row adds a share of it.
  it('reads a long unit cell merged over two rows for both rows', () => {
    const unit = `甲市${'第一'.repeat(15_000)}小学`;
    const facts = extractFacts(
      [
        page([
          '核心成员',
          {
            kind: 'table',
            rows: [
              ['姓名', '行政职务', '工作单位'],
              ['刘春雨', '校长', { text: unit, rowspan: 2 }],
              ['陈晓峰', '教师'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    const units = ((facts.coreMembers?.value ?? []) as { unit?: string }[]).map((p) => p.unit);
    expect(units.length).toBe(2);
    expect(units[0]?.startsWith('甲市第一')).toBe(true);
    expect(units[1]).toBe(units[0]);
  });
});
