/**
 * Round 15 (held-out v15 as a development set): an application sent as one PDF bundling a
 * cover letter (公函), the form and a summary table, the form an HTML table imported by
 * LibreOffice without its borders: header cells centred over their columns, body cells set
 * flush left, section captions centred between the tables.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { centredCaptions } from '../../lib/pdf/centred-captions';
import type { LayoutItem } from '../../lib/pdf/layout';
import { splitPaddedLabels } from '../../lib/pdf/padded-labels';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const yueyang = builtinPack('yueyang-2023-alliance');
const liaoning = builtinPack('liaoning-2022-community');
const VIEW: [number, number, number, number] = [0, 0, 595, 842];
const SIZE = 10.5;
const PITCH = 18;

/** One line of cells, each [text, x], at `y`. */
function line(cells: [string, number][], y: number): TextItem[] {
  return cells.map(([text, x]) => item(text, x, y, SIZE));
}

describe('a roster imported from HTML without borders (centred header, flush-left body)', () => {
  // The role column's header "角色" is centred over a column 58–137 wide; the role words stand
  // at its left edge, a two-character one ("顾问") wholly left of the header's own span.
  const rows: [string, string, string, string][] = [
    ['主持人', '张明远', '甲市第一中学', '一级教师'],
    ['辅导员', '李晓红', '甲市教育技术中心', '高级教师'],
    ['顾问', '王建国', '甲市教育科学研究院', '高级教师'],
    ['核心成员', '赵春华', '甲市第二中学', '一级教师'],
    ['核心成员', '钱思远', '甲市第三中学', '二级教师'],
  ];
  const items = [
    item('岳阳市“网络教研联盟”申报表', 150, 790, 16),
    ...line(
      [
        ['角色', 97],
        ['姓名', 164],
        ['工作单位', 239],
        ['专业技术职称', 328],
        ['手机', 420],
      ],
      740,
    ),
    ...rows.flatMap((r, i) =>
      line(
        [
          [r[0], 58],
          [r[1], 159],
          [r[2], 200],
          [r[3], 327],
          [`1381397886${i}`, 395],
        ],
        740 - (i + 1) * PITCH,
      ),
    ),
  ];
  const facts = extractFacts([buildPageText(1, VIEW, 0, items, [])], { pack: yueyang });

  it('gives a row its own role word, not the role of the row above', () => {
    expect(facts.advisors?.value).toEqual([
      { name: '王建国', unit: '甲市教育科学研究院', title: '高级教师', phone: '13813978862' },
    ]);
    expect(facts.counselors?.value).toEqual([
      { name: '李晓红', unit: '甲市教育技术中心', title: '高级教师', phone: '13813978861' },
    ]);
    expect(((facts.coreMembers?.value ?? []) as { name: string }[]).map((p) => p.name)).toEqual([
      '赵春华',
      '钱思远',
    ]);
  });
});

/** Cells [text, x] on one line, and its width as the page helper measures it. */
const width = (text: string) => item(text, 0, 0, SIZE).width;
/** A line centred on x = 312, the axis of the title. */
const centred = (text: string, y: number, size = SIZE) =>
  item(text, 312 - (width(text) / 2) * (size / SIZE), y, size);

describe('captions centred between borderless tables, on the axis of the title', () => {
  // The member units' last column (学校类型, 264–308) lies under the captions' axis: without
  // rulings "项目负责人" lines up with it and was read as the last row's wrapped 学校类型.
  const units: [string, string, string][] = [
    ['甲市第一小学', '甲市', '小学'],
    ['甲市第二中学', '甲市', '初中'],
    ['乙县实验中学', '乙县', '完全中学'],
  ];
  function form(): TextItem[] {
    let y = 780;
    const next = () => {
      y -= PITCH;
      return y;
    };
    return [
      centred('辽宁省2022年度教育信息化教学应用实践共同体项目推荐表', y, 16),
      item('项目名称：甲市智慧劳动共同体', 58, next(), SIZE),
      item('牵头单位：甲市第一小学', 58, next(), SIZE),
      centred('主要成员单位', next()),
      ...line(
        [
          ['序号', 60],
          ['单位名称', 129],
          ['所在地区', 218],
          ['学校类型', 266],
        ],
        next(),
      ),
      ...units.flatMap((u, i) =>
        line(
          [
            [String(i + 1), 58],
            [u[0], 85],
            [u[1], 217],
            [u[2], 264],
          ],
          next(),
        ),
      ),
      centred('项目负责人', next()),
      ...line(
        [
          ['姓名', 60],
          ['职称', 129],
          ['联系方式', 218],
          ['单位', 330],
        ],
        next(),
      ),
      ...line(
        [
          ['孙立新', 58],
          ['高级教师', 125],
          ['15108482744', 212],
          ['甲市第一小学', 300],
        ],
        next(),
      ),
    ];
  }

  it('keeps each caption a line of its own, out of the rows beside it', () => {
    const page = buildPageText(1, VIEW, 0, form(), []);
    const lines = page.text.split('\n');
    expect(lines).toContain('主要成员单位');
    expect(lines).toContain('项目负责人');
    const facts = extractFacts([page], { pack: liaoning });
    expect(facts.memberUnits?.value).toEqual([
      { name: '甲市第二中学', region: '甲市', type: '初中' },
      { name: '乙县实验中学', region: '乙县', type: '完全中学' },
    ]);
  });

  it('leaves a short line off the axis to the rows (a wrapped cell)', () => {
    const items = form().map((i) =>
      i.str === '项目负责人' ? { ...i, transform: [SIZE, 0, 0, SIZE, 264, i.transform[5]] } : i,
    );
    const lines = buildPageText(1, VIEW, 0, items, []).text.split('\n');
    expect(lines).not.toContain('项目负责人');
  });
});

describe('centred captions on a hostile page', () => {
  it('stays fast with 50,000 lone lines on one axis', () => {
    const items: LayoutItem[] = [];
    for (let k = 0; k < 50_000; k++) {
      items.push({
        str: '核心成员',
        rect: [290, k, 334, k + 10],
        baseline: k,
        size: 10,
        vertical: false,
      });
    }
    items.push({ str: '申报表', rect: [280, 0, 344, 16], baseline: 0, size: 16, vertical: false });
    const lines = items.map((_, i) => [i]);
    const started = cpuNow();
    const found = centredCaptions(lines, lines.slice(0, -1), items);
    expect(found.size).toBe(50_000);
    expect(cpuNow() - started).toBeLessThan(2000);
  });
});

describe('field lines whose cells are parted by their padding only (a form that lost its borders)', () => {
  // pdf.js joins a label and its value half an em apart into one run with a space between.
  const fields = [
    '项目名称 甲市智慧劳动共同体',
    '应用方向（限填一项） 家政烹饪微课与评价 牵头单位（申报单位） 甲市第一小学',
    '推荐单位（盖章） 甲市教育局',
    '开始实践时间 2019.12.1',
  ];
  const itemsOf = (lines: string[]) => [
    item('辽宁省2022年度教育信息化教学应用实践共同体项目推荐表', 95, 790, 16),
    ...lines.map((text, k) => item(text, 58, 760 - k * PITCH, SIZE)),
  ];

  it('reads each label and the value beside it', () => {
    const facts = extractFacts([buildPageText(1, VIEW, 0, itemsOf(fields), [])], {
      pack: liaoning,
    });
    expect(facts.direction?.value).toBe('家政烹饪微课与评价');
    expect(facts.leadUnit?.value).toBe('甲市第一小学');
    expect(facts.practiceStart?.value).toBe('2019-12');
  });

  it('leaves a lone "label value" line as it was: one line is no column of fields', () => {
    const page = buildPageText(1, VIEW, 0, itemsOf(fields.slice(3)), []);
    const facts = extractFacts([page], { pack: liaoning });
    expect(facts.practiceStart).toBeUndefined();
  });

  it('keeps a value with a Latin word whole', () => {
    const lines = ['项目名称 甲市 Scratch 编程共同体', ...fields.slice(1)];
    const facts = extractFacts([buildPageText(1, VIEW, 0, itemsOf(lines), [])], {
      pack: liaoning,
    });
    expect(facts.projectName?.value).toBe('甲市Scratch编程共同体');
  });

  it('stays linear on a run of 100,000 spaces', () => {
    const started = cpuNow();
    const long = `项目名称${' '.repeat(100_000)}甲`;
    splitPaddedLabels([
      ...[long, '推荐单位 甲', '牵头单位 乙'].map((str, k) => ({
        str,
        rect: [58, k * 20, 500, k * 20 + 10] as [number, number, number, number],
        baseline: k * 20,
        size: 10,
        vertical: false,
      })),
    ]);
    expect(cpuNow() - started).toBeLessThan(2000);
  });
});

describe('a people table without borders whose empty column has its head run into the next', () => {
  // 学科 is left empty in every row; its head stands half an em from 成员姓名, closer than
  // cells part, and the layout reads one head "成员姓名学科" over the names.
  const head: [string, number][] = [
    ['成员姓名', 60],
    ['学科', 107.5],
    ['现任职务', 139],
    ['职称（职级）', 192],
    ['联系方式', 272],
    ['单位', 384],
  ];
  const members: [string, string, string, string, string][] = [
    ['赵春华', '教科室主任', '一级教师', '17865739454', '甲市第一中学'],
    ['钱思远', '电教主任', '高级教师', '17853710831', '甲市第二中学'],
    ['孙立新', '教师', '二级教师', '15106095091', '乙县实验中学'],
  ];
  const rowItems = (m: string[], y: number) =>
    line(
      [
        [m[0]!, 58],
        [m[1]!, 133],
        [m[2]!, 190],
        [m[3]!, 259],
        [m[4]!, 329],
      ],
      y,
    );

  it('reads the names under the first of the two heads', () => {
    const items = [
      centred('辽宁省2022年度教育信息化教学应用实践共同体项目推荐表', 790, 16),
      centred('核心成员', 760),
      ...line(head, 742),
      ...members.flatMap((m, k) => rowItems(m, 724 - k * PITCH)),
    ];
    const facts = extractFacts([buildPageText(1, VIEW, 0, items, [])], { pack: liaoning });
    expect(facts.coreMembers?.value).toEqual(
      members.map(([name, duty, title, phone, unit]) => ({ name, duty, title, phone, unit })),
    );
  });

  it('proposes no field of a row whose cells ran into one text run', () => {
    // pdf.js joined the row's last three cells into one run the layout cannot part.
    const items = [
      centred('辽宁省2022年度教育信息化教学应用实践共同体项目推荐表', 790, 16),
      centred('核心成员', 760),
      ...line(
        [
          ['成员姓名', 60],
          ['学科', 107.5],
          ['职务/职称', 165],
          ['手机', 259],
          ['工作单位', 345],
        ],
        742,
      ),
      item('后中华', 58, 724, SIZE),
      item('教务处主任/正高级教师 13494090044 甲市第一中学', 143, 724, SIZE),
    ];
    const facts = extractFacts([buildPageText(1, VIEW, 0, items, [])], { pack: liaoning });
    expect(facts.coreMembers?.value).toEqual([{ name: '后中华' }]);
    expect(facts.coreMembers?.confidence).toBeLessThan(0.6);
  });
});
