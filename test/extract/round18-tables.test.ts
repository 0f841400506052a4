/**
 * Round 18 (held-out v18 as a development set), tables: a list printed as two halves side by
 * side in one table (序号 姓名 单位 | 序号 姓名 单位, row i holding record i and record
 * i + ⌈n/2⌉) reads as the left half, then the right half, in order — not as one wide record of
 * two people, nor as the left half only; a table that only looks alike (one header of distinct
 * labels, or a label grid beside a value grid, round 17's split-grids.ts) is read as before.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Ruling } from '../../lib/pdf/rulings';
import { yesNoAsBoxes } from '../../lib/pdf/structure/checkboxes';
import { type DocCell, type DocRow, DocumentLayout } from '../../lib/pdf/structure/document';
import { unfoldSideBySide } from '../../lib/pdf/structure/side-by-side';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');
const mingshi = builtinPack('mingshi-2024-studio');

type Person = { name: string; unit?: string; title?: string };
const names = (v: unknown) => ((v ?? []) as Person[]).map((p) => p.name);

const PEOPLE: [string, string, string][] = [
  ['刘春雨', '甲市第一小学', '高级教师'],
  ['陈晓峰', '甲市第二中学', '一级教师'],
  ['周文静', '乙县实验中学', '二级教师'],
  ['王海涛', '乙县第三小学', '高级教师'],
  ['李佳怡', '丙区育才学校', '一级教师'],
];

/** Records as a side-by-side table: row i holds record i and record i + ⌈n/2⌉. */
function halves<T extends string[]>(records: T[], separator = false): string[][] {
  const half = Math.ceil(records.length / 2);
  const width = records[0]!.length + 1;
  return Array.from({ length: half }, (_, i) => {
    const right = records[i + half];
    return [
      String(i + 1),
      ...records[i]!,
      ...(separator ? [''] : []),
      ...(right ? [String(i + half + 1), ...right] : Array(width).fill('')),
    ];
  });
}

describe('a list printed in two halves side by side', () => {
  it('reads the left half, then the right half, each person with their own row’s fields', () => {
    const facts = extractFacts(
      [
        page([
          '项目名称：甲市智慧体育共同体',
          '核心成员',
          {
            kind: 'table',
            rows: [
              ['序号', '姓名', '工作单位', '职称', '序号', '姓名', '工作单位', '职称'],
              ...halves(PEOPLE),
            ],
            widths: [0.06, 0.1, 0.22, 0.12, 0.06, 0.1, 0.22, 0.12],
          },
        ]),
      ],
      { pack: liaoning },
    );
    const core = facts.coreMembers?.value as Person[];
    expect(core.map((p) => [p.name, p.unit, p.title])).toEqual(PEOPLE);
  });

  it('reads the halves apart by an empty column between them', () => {
    const facts = extractFacts(
      [
        page([
          '联盟名称：甲市初中编程教育网络教研联盟',
          '核心成员',
          {
            kind: 'table',
            rows: [
              ['序号', '姓名', '所在单位', '职称', '', '序号', '姓名', '所在单位', '职称'],
              ...halves(PEOPLE, true),
            ],
            widths: [0.06, 0.1, 0.2, 0.12, 0.04, 0.06, 0.1, 0.2, 0.12],
          },
        ]),
      ],
      { pack: yueyang },
    );
    expect(names(facts.coreMembers?.value)).toEqual(PEOPLE.map((p) => p[0]));
  });

  it('reads a list of units and a case list in halves, the table going on with fields', () => {
    const units = ['甲市第一小学', '甲市第二中学', '乙县实验中学', '乙县第三小学', '丙区育才学校'];
    const cases = ['校园气象站数据探究案例', '分层作业设计案例', '劳动清单打卡案例'];
    const facts = extractFacts(
      [
        page([
          '项目名称：甲市智慧体育共同体',
          '成员单位',
          {
            kind: 'table',
            rows: [
              ['序号', '成员单位名称', '序号', '成员单位名称'],
              ...halves(units.map((u) => [u])),
            ],
          },
          '已形成的典型案例',
          {
            kind: 'table',
            rows: [
              ['序号', '名称', '序号', '名称'],
              ...halves(cases.map((c) => [c])),
              ['典型案例数量', { text: '3个', colspan: 3 }],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(names(facts.memberUnits?.value)).toEqual(units);
    expect(facts.existingCases?.value).toEqual(cases);
  });

  it('reads the rows in the layout: left half, then right half, below it', () => {
    const p = page([
      {
        kind: 'table',
        rows: [
          ['序号', '姓名', '工作单位', '序号', '姓名', '工作单位'],
          ...halves(PEOPLE.map((r) => r.slice(0, 2))),
        ],
      },
      '负责人签字：',
    ]);
    const doc = new DocumentLayout([p]);
    expect(doc.rows.map((r) => r.cells.map((c) => c.text).join('|'))).toEqual([
      '序号|姓名|工作单位',
      '1|刘春雨|甲市第一小学',
      '2|陈晓峰|甲市第二中学',
      '3|周文静|乙县实验中学',
      '4|王海涛|乙县第三小学',
      '5|李佳怡|丙区育才学校',
      '负责人签字：',
    ]);
    // Each moved row stands below the one before, under the left half's columns.
    const tops = doc.rows.map((r) => r.top);
    for (let i = 1; i < tops.length; i++) expect(tops[i]!).toBeLessThan(tops[i - 1]!);
    const x = (i: number) => doc.rows[i]!.cells[1]!.rect[0];
    expect(x(4)).toBeCloseTo(x(1), 3);
    // A flow offset still finds the row the file holds there.
    const row = doc.rows[4]!;
    expect(doc.rowAt(row.cells[1]!.flow)?.text).toContain('王海涛');
  });
});

describe('tables that only look alike are read as before', () => {
  it('keeps a table of distinct labels as it stands (two people in one row is no list)', () => {
    const rows = [
      ['主持人', '刘春雨', '所在单位', '甲市第一小学'],
      ['联系人', '陈晓峰', '联系电话', '13812340002'],
    ];
    const doc = new DocumentLayout([page([{ kind: 'table', rows }])]);
    expect(unfoldSideBySide(doc.rows)).toEqual(doc.rows);
    expect(doc.rows.map((r) => r.cells.length)).toEqual([4, 4]);
  });

  it('reads a label grid beside a value grid (round 17) and a normal people table as before', () => {
    const rulings: Ruling[] = [];
    const items: TextItem[] = [];
    const box = (x0: number, x1: number, top: number, bottom: number) =>
      rulings.push(
        { horizontal: true, at: top, from: x0, to: x1 },
        { horizontal: true, at: bottom, from: x0, to: x1 },
        { horizontal: false, at: x0, from: bottom, to: top },
        { horizontal: false, at: x1, from: bottom, to: top },
      );
    const rows = [
      ['成员姓名', '单位', '职称'],
      ['刘春雨', '甲市第一小学', '高级教师'],
      ['陈晓峰', '甲市第二中学', '一级教师'],
      ['周文静', '乙县实验中学', '二级教师'],
    ];
    rows.forEach(([name, unit, title], r) => {
      const top = 700 - r * 18;
      box(48, 148, top, top - 18);
      box(156, 356, top, top - 18);
      box(356, 500, top, top - 18);
      items.push(item(name!, 51, top - 13, 10), item(unit!, 159, top - 13, 10));
      items.push(item(title!, 359, top - 13, 10));
    });
    items.push(
      item('项目名称：甲市智慧体育共同体', 48, 760, 10.5),
      item('核心成员', 48, 708, 10.5),
    );
    const p = buildPageText(1, [0, 0, 595, 842], 0, items, rulings);
    const facts = extractFacts([p], { pack: liaoning });
    expect(names(facts.coreMembers?.value)).toEqual(['刘春雨', '陈晓峰', '周文静']);
  });
});

describe('hostile side-by-side headers', () => {
  /** A row of a table as the layout gives it, its cells 20 pt wide from x = 0. */
  function row(index: number, texts: string[], top: number): DocRow {
    const cells: DocCell[] = texts.map((text, i) => ({
      text,
      page: 1,
      start: 0,
      end: text.length,
      rect: [i * 20, top - 15, i * 20 + 20, top],
      ruled: true,
      flow: index,
    }));
    return {
      index,
      page: 1,
      table: 0,
      cells,
      text: texts.join('\t'),
      top,
      bottom: top - 15,
      size: 10,
      flowStart: index,
      flowEnd: index + 1,
    };
  }

  it('unfolds thousands of rows, huge cells and over-wide headers in a bounded time', () => {
    const long = '（'.repeat(300_000);
    const wide = Array.from({ length: 5000 }, (_, i) => (i % 2 ? '姓名' : '单位'));
    const rows: DocRow[] = [
      row(0, wide, 800),
      row(1, [long, '姓名', long, '姓名'], 780),
      row(2, ['序号', '姓名', '序号', '姓名'], 760),
    ];
    for (let i = 0; i < 10_000; i++) {
      const name = i < 2 ? long : '甲';
      rows.push(row(rows.length, [String(i + 1), name, String(i + 10_001), '乙'], 740 - i));
    }
    const started = cpuNow();
    const out = unfoldSideBySide(rows);
    expect(cpuNow() - started).toBeLessThan(5_000);
    expect(out.length).toBe(3 + 20_000);
    expect(out[3]!.cells.map((c) => c.text)).toEqual(['1', long]);
    expect(out[4 + 2]!.cells.map((c) => c.text)).toEqual(['4', '甲']);
    expect(out[3 + 10_000]!.cells.map((c) => c.text)).toEqual(['10001', '乙']);
  });
});

describe('a column headed only 名称 under the fact’s own caption', () => {
  it('reads the member schools of a 序号 | 名称 table captioned 成员学校', () => {
    const schools = ['甲市第一小学', '甲市第二中学', '乙县实验中学'];
    const facts = extractFacts(
      [
        page([
          '名师网络工作室名称：甲市物理张三名师网络工作室',
          '成员学校',
          { kind: 'table', rows: [['序号', '名称'], ...schools.map((s, i) => [String(i + 1), s])] },
        ]),
      ],
      { pack: mingshi },
    );
    expect(names(facts.memberSchools?.value)).toEqual(schools);
  });

  it('reads them under a title row of a two-level table (成员学校 across it, then 序号 | 名称)', () => {
    const schools = ['甲市第一小学', '甲市第二中学', '乙县实验中学'];
    const facts = extractFacts(
      [
        page([
          '名师网络工作室名称：甲市物理张三名师网络工作室',
          {
            kind: 'table',
            rows: [
              [{ text: '成员信息', colspan: 2 }, '任职情况'],
              ['姓名', '所在单位', '职务/职称'],
              ['张三', '甲市第一小学', '教师/一级教师'],
              [{ text: '成员学校', colspan: 3 }],
              ['序号', { text: '名称', colspan: 2 }],
              ...schools.map((s, i) => [String(i + 1), { text: s, colspan: 2 }]),
            ],
          },
        ]),
      ],
      { pack: mingshi },
    );
    expect(names(facts.memberSchools?.value)).toEqual(schools);
  });

  it('does not take a 名称 column under another caption as the schools', () => {
    const facts = extractFacts(
      [
        page([
          '名师网络工作室名称：甲市物理张三名师网络工作室',
          '已形成的典型案例',
          {
            kind: 'table',
            rows: [
              ['序号', '名称'],
              ['1', '校园气象站数据探究案例'],
            ],
          },
        ]),
      ],
      { pack: mingshi },
    );
    expect(facts.memberSchools?.value).toBeUndefined();
  });
});

/** A page of runs placed as they stand ([text, x, baseline, size]) and vertical walls. */
function placed(runs: [string, number, number, number?][], walls: [number, number, number][] = []) {
  const items = runs.map(([text, x, y, size]) => item(text, x, y, size ?? 8));
  const rulings: Ruling[] = walls.map(([at, from, to]) => ({ horizontal: false, at, from, to }));
  return buildPageText(1, [0, 0, 595, 842], 0, items, rulings);
}

describe('a stamp line’s label is no label of the field beside it', () => {
  it('reads the lead unit from its field, not the recommending body’s opinion on the stamp line', () => {
    const facts = extractFacts(
      [
        page([
          '项目名称：甲市智慧体育共同体',
          {
            kind: 'table',
            rows: [
              ['主持单位', '甲市第一小学'],
              ['推荐单位', '甲市教育局'],
            ],
          },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.leadUnit?.value).toBe('甲市第一小学');
    const stamped = extractFacts(
      [
        placed([
          ['项目名称', 55, 760, 10],
          ['甲市智慧体育共同体', 150, 760, 10],
          ['主持单位', 55, 740, 10],
          ['甲市第一小学', 150, 740, 10],
          ['牵头单位（盖章）', 55, 200, 10],
          ['推荐单位意见：同意推荐。（盖章）', 320, 200, 10],
        ]),
      ],
      { pack: liaoning },
    );
    expect(stamped.leadUnit?.value).toBe('甲市第一小学');
  });
});

describe('a spreadsheet print: texts run over empty cells', () => {
  it('reads a list going on down the value column, the label’s column empty', () => {
    const facts = extractFacts(
      [
        placed([
          ['项目名称', 55, 700],
          ['甲市智慧体育共同体', 136, 700],
          ['已形成的典型案例', 55, 680],
          ['1.蛙泳腿部动作AI纠错案例', 136, 680],
          ['2.剪纸纹样3D建模打印案例', 136, 669],
          ['3.校园气象站数据探究案例', 136, 658],
          ['预期成果', 55, 647],
          ['信息化教学应用模式研究报告', 136, 647],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.existingCases?.value).toEqual([
      '蛙泳腿部动作AI纠错案例',
      '剪纸纹样3D建模打印案例',
      '校园气象站数据探究案例',
    ]);
    expect(facts.existingCases?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('keeps a label whose last character runs just over the next wall in its own cell', () => {
    // "年度资源开发目标" at 8 pt from x = 54 ends at 118; the wall at 113; the value starts past it.
    const items = [
      item('联盟名称', 54, 762, 8),
      item('甲市初中编程教育网络教研联盟', 113.6, 762, 8),
      item('年度资源开发目标', 54, 742, 8),
      item('200条', 113.6, 742, 8),
    ];
    const rulings: Ruling[] = [];
    for (const at of [50, 113, 300]) rulings.push({ horizontal: false, at, from: 735, to: 775 });
    for (const at of [735, 755, 775]) rulings.push({ horizontal: true, at, from: 50, to: 300 });
    const p = buildPageText(1, [0, 0, 595, 842], 0, items, rulings);
    const line = p.lines.find((l) => p.text.slice(l.start, l.end).includes('200'))!;
    expect(line.cells.map((c) => p.text.slice(c.start, c.end).trim())).toEqual([
      '年度资源开发目标',
      '200条',
    ]);
    expect(extractFacts([p], { pack: yueyang }).annualResourceTarget?.value).toBe(200);
  });
});

describe('options answered 是（√）否（ ） each', () => {
  const row = (ticked: number) =>
    ['智慧德育', '智慧体育', '智慧评价']
      .map((o, i) => `${o}：是（${i === ticked ? '√' : ' '}）否（${i === ticked ? ' ' : '√'}）`)
      .join('');

  it('reads the option whose 是 is ticked', () => {
    for (const [ticked, want] of [
      [0, '智慧德育'],
      [2, '智慧评价'],
    ] as const) {
      const facts = extractFacts(
        [
          page([
            '项目名称：甲市智慧体育共同体',
            { kind: 'table', rows: [['申报类别', row(ticked)]], widths: [0.15, 0.85] },
          ]),
        ],
        { pack: liaoning },
      );
      expect(facts.category?.value).toBe(want);
    }
  });

  it('reads nothing sure when two options say 是', () => {
    const both = '智慧德育：是（√）否（ ）智慧体育：是（√）否（ ）智慧评价：是（ ）否（√）';
    const facts = extractFacts(
      [
        page([
          '项目名称：甲市智慧体育共同体',
          { kind: 'table', rows: [['申报类别', both]], widths: [0.15, 0.85] },
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.category === undefined || (facts.category.confidence ?? 1) < 0.6).toBe(true);
  });

  it('turns a hostile run of yes/no brackets into boxes in a bounded time', () => {
    const text = '是（√）否（'.repeat(60_000);
    const started = cpuNow();
    const out = yesNoAsBoxes(`${text}）`);
    expect(cpuNow() - started).toBeLessThan(3_000);
    expect(out.length).toBeLessThanOrEqual(text.length + 1);
  });
});
