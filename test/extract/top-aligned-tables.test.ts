/**
 * A borderless table set as LaTeX (booktabs, a pandoc pipe table) and Word set them: cells
 * top-aligned, long text wrapped inside a narrow column, and a cell's text running right up to
 * the next column (an 11-digit phone filling its column, the unit's name a hair after it). Each
 * person still reads with their own unit: the phone and the unit are two cells, and a unit
 * wrapped onto three lines keeps its last line, though that line stands nearer the next row.
 */

import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const yueyang = builtinPack('yueyang-2023-alliance');

/** Runs placed by hand (x, y from the bottom, text), 11 pt: a digit 6.05 wide, an ideograph 11. */
function placed(runs: [number, number, string][]) {
  return buildPageText(
    1,
    [0, 0, 595, 842],
    0,
    runs.map(([x, y, t]) => item(t, x, y)),
    [],
  );
}

/** 11 digits from x = 330 end at 396.55: the unit's column starts 2 units after. */
const UNIT_X = 398.5;

const header: [number, number, string][] = [
  [60, 760, '角色'],
  [130, 760, '姓名'],
  [200, 760, '职称'],
  [330, 760, '联系电话'],
  [UNIT_X, 760, '所在单位'],
];

/** A row at height y: role, name, title, phone, and the unit wrapped five characters a line. */
function row(y: number, role: string, name: string, title: string, phone: string, unit: string) {
  const runs: [number, number, string][] = [
    [60, y, role],
    [130, y, name],
    [200, y, title],
    [330, y, phone],
  ];
  const chars = Array.from(unit);
  for (let i = 0; i * 5 < chars.length; i++) {
    runs.push([UNIT_X, y - 12 * i, chars.slice(i * 5, i * 5 + 5).join('')]);
  }
  return runs;
}

describe('a top-aligned borderless table whose cells run up to the next column', () => {
  const page = placed([
    [56, 790, '二、网络教研联盟人员'],
    ...header,
    // Three lines of unit, then the next row 12 below its last line (24 below its first).
    ...row(740, '主持人', '钱强', '高级教师', '13900000001', '甲市教育科学技术研究院'),
    ...row(704, '核心成员', '常洋', '一级教师', '13900000002', '甲县实验小学'),
    ...row(680, '核心成员', '孙丽', '二级教师', '13900000003', '乙县第一中学'),
  ]);

  it('reads the phone and the unit as two cells', () => {
    const line = page.lines.find((l) => page.text.slice(l.start, l.end).includes('常洋'))!;
    const cells = line.cells.map((c) => page.text.slice(c.start, c.end));
    expect(cells).toContain('13900000002');
  });

  it('keeps the last line of a unit wrapped onto three lines in its own row', () => {
    const cellsOf = (name: string) => {
      const line = page.lines.find((l) => page.text.slice(l.start, l.end).includes(name))!;
      return line.cells.map((c) => page.text.slice(c.start, c.end));
    };
    expect(cellsOf('钱强').at(-1)).toBe('甲市教育科学技术研究院');
    expect(cellsOf('常洋').at(-1)).toBe('甲县实验小学');
  });

  it('gives each person their own unit, the wrapped unit whole', () => {
    const facts = extractFacts([page], { pack: yueyang });
    expect(facts.host?.value).toEqual([
      { name: '钱强', title: '高级教师', phone: '13900000001', unit: '甲市教育科学技术研究院' },
    ]);
    expect(facts.coreMembers?.value).toEqual([
      { name: '常洋', title: '一级教师', phone: '13900000002', unit: '甲县实验小学' },
      { name: '孙丽', title: '二级教师', phone: '13900000003', unit: '乙县第一中学' },
    ]);
  });
});

describe('a header whose words pdf.js gave as one item with a space', () => {
  it("cuts the item where its next word stands at the rows' column start", () => {
    // "职称 联系电话" as one item: 职称 at x = 200, the space, 联系电话 where the phones start.
    const header = item('职称 联系电话', 200, 760);
    // Six ideographs 66 wide; the item reaches the phone column's start (330) plus 联系电话.
    header.width = 330 - 200 + 44;
    const runs = [
      item('角色', 60, 760),
      item('姓名', 130, 760),
      header,
      item('所在单位', UNIT_X + 20, 760),
      ...[
        ['主持人', '钱强', '高级教师', '13900000001', '甲县实验小学', 740],
        ['核心成员', '常洋', '一级教师', '13900000002', '乙县第一中学', 716],
      ].flatMap(([role, name, title, phone, unit, y]) => [
        item(String(role), 60, Number(y)),
        item(String(name), 130, Number(y)),
        item(String(title), 200, Number(y)),
        item(String(phone), 330, Number(y)),
        item(String(unit), UNIT_X + 20, Number(y)),
      ]),
    ];
    const page = buildPageText(1, [0, 0, 595, 842], 0, runs, []);
    const line = page.lines.find((l) => page.text.slice(l.start, l.end).includes('角色'))!;
    const cells = line.cells.map((c) => page.text.slice(c.start, c.end));
    expect(cells).toEqual(['角色', '姓名', '职称', '联系电话', '所在单位']);
    const facts = extractFacts([page], { pack: yueyang });
    expect(facts.coreMembers?.value).toEqual([
      { name: '常洋', title: '一级教师', phone: '13900000002', unit: '乙县第一中学' },
    ]);
  });
});

describe('text that only comes near a column start stays whole', () => {
  it('a sentence whose runs abut, over a table', () => {
    const page = placed([
      // Two runs of one sentence, the second starting where the table's 所在单位 column does,
      // with no gap between them (a run cut inside a word).
      [UNIT_X - 66, 800, '本联盟成员来自'],
      [UNIT_X + 11, 800, '全市各县区学校'],
      ...header,
      ...row(740, '主持人', '钱强', '高级教师', '13900000001', '甲县实验小学'),
      ...row(716, '核心成员', '常洋', '一级教师', '13900000002', '乙县第一中学'),
    ]);
    const line = page.lines.find((l) => page.text.slice(l.start, l.end).includes('本联盟'))!;
    expect(line.cells).toHaveLength(1);
  });

  it('stays linear on a line of many runs', () => {
    const runs: [number, number, string][] = [...header];
    for (let i = 0; i < 20_000; i++) runs.push([60 + (i % 400), 700, '甲']);
    const started = cpuNow();
    placed(runs);
    expect(cpuNow() - started).toBeLessThan(10_000);
  });
});
