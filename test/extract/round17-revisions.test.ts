/**
 * A document printed with its tracked changes shown (Word, LibreOffice, a LaTeX imitation): an
 * inserted row's text coloured and underlined, deleted text and comments in framed balloons in
 * the right margin, a table reaching into that margin. The final state is the value: underlines
 * choose nothing, balloon text is never read, and a cell's text run on into the next cell (an
 * inserted row that does not wrap, a phone wider than its column) is parted where the next
 * cell's text starts.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Rect } from '../../lib/pdf/layout';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const VIEW: Rect = [0, 0, 595, 842];
const SIZE = 9;
/** Column walls of the members' table: 姓名 | 工作单位 | 专业技术职称 | 手机; the last reaches 430. */
const WALLS = [51, 142, 232, 322, 430];
const PAD = 5.7;

/** A text run at x whose width is given (as the PDF's glyphs set it), not estimated. */
function run(str: string, x: number, y: number, width: number): TextItem {
  return { ...item(str, x, y, SIZE), width };
}

/** Cells' runs for a row (each padded from its wall) and the row's borders. */
function table(rows: (string | TextItem)[][], top: number, walls = WALLS, height = 18) {
  const items: TextItem[] = [];
  const rulings: Ruling[] = [];
  const bottom = top - rows.length * height;
  rows.forEach((row, r) => {
    const y = top - (r + 1) * height + 0.35 * height;
    row.forEach((cell, c) => {
      if (typeof cell === 'string') {
        if (cell) items.push(item(cell, walls[c]! + PAD, y, SIZE));
      } else items.push({ ...cell, transform: [SIZE, 0, 0, SIZE, cell.transform[4], y] });
    });
  });
  for (let r = 0; r <= rows.length; r++)
    rulings.push({ horizontal: true, at: top - r * height, from: walls[0]!, to: walls.at(-1)! });
  for (const x of walls) rulings.push({ horizontal: false, at: x, from: bottom, to: top });
  return { items, rulings, bottom };
}

/** Underlines under each run of a row: the inserted text of a tracked change. */
function underlines(items: TextItem[], y: number): Ruling[] {
  return items
    .filter((i) => Math.abs(i.transform[5] - y) < 1)
    .map((i) => ({
      horizontal: true,
      at: y - 1.5,
      from: i.transform[4],
      to: i.transform[4] + i.width,
    }));
}

/** A framed balloon in the right margin, its first line at `y`. */
function balloon(lines: string[], y: number, left = 417): { items: TextItem[]; rulings: Ruling[] } {
  const items = lines.map((l, k) => item(l, left + 3, y - k * 8, 7));
  const top = y + 9;
  const bottom = y - lines.length * 8;
  return {
    items,
    rulings: [
      { horizontal: true, at: top, from: left, to: 565 },
      { horizontal: true, at: bottom, from: left, to: 565 },
      { horizontal: false, at: left, from: bottom, to: top },
      { horizontal: false, at: 565, from: bottom, to: top },
    ],
  };
}

function read(items: TextItem[], rulings: Ruling[]) {
  return extractFacts([buildPageText(1, VIEW, 0, items, rulings)], { pack: liaoning });
}

const HEAD = ['姓名', '工作单位', '专业技术职称', '手机'];
const ROWS = [
  ['薛梓涵', '调兵山市晓南镇小学', '正高级教师', '15078465035'],
  ['焦学文', '昌图县老城镇中心小学', '二级教师', '15009254909'],
  ['卓昕', '铁岭市第九中学', '二级教师', '15963234218'],
];
const EXPECTED = ROWS.map(([name, unit, title, phone]) => ({ name, unit, title, phone }));

describe('a people table printed with tracked changes', () => {
  it('reads an inserted (underlined) row as any other, the underlines choosing nothing', () => {
    const heading = item('项目组成员', 56, 700, 10);
    const t = table([HEAD, ...ROWS], 690);
    const y = t.items.find((i) => i.str === '焦学文')!.transform[5];
    const facts = read([heading, ...t.items], [...t.rulings, ...underlines(t.items, y)]);
    expect(facts.coreMembers?.value).toEqual(EXPECTED);
  });

  it('leaves out a deleted row in a balloon whose frame reaches into the table', () => {
    const heading = item('项目组成员', 56, 700, 10);
    const t = table([HEAD, ...ROWS], 690);
    const y = t.items.find((i) => i.str === '薛梓涵')!.transform[5];
    const b = balloon(['删除的内容: 整行：饶淼 昌图县老城镇中心小学', '关淼 14日'], y);
    const facts = read([heading, ...t.items, ...b.items], [...t.rulings, ...b.rulings]);
    expect(facts.coreMembers?.value).toEqual(EXPECTED);
    expect(JSON.stringify(facts)).not.toContain('饶淼');
  });

  it('never reads a comment balloon, and keeps a cell that merely says 批注', () => {
    const b = balloon(['批注 [呼1]: 项目名称：某某共同体'], 760);
    const own = item('批注：无', 56, 720, 10);
    const facts = read(
      [item('共同体名称：甲市智慧体育共同体', 56, 780, 10), own, ...b.items],
      b.rulings,
    );
    expect(facts.projectName?.value).toBe('甲市智慧体育共同体');
    const text = buildPageText(1, VIEW, 0, [own, ...b.items], b.rulings);
    expect(text.text).toContain('批注：无');
    expect(text.text).not.toContain('呼1');
  });

  it('parts an inserted row run on across a wall where the next cell’s text starts', () => {
    const heading = item('项目组成员', 56, 700, 10);
    // "昌图县老城镇中心小学" overflows its column; pdf.js joins it to "二级教师": 学 straddles
    // the wall, 二 starts where the column's texts start.
    const joined = run('昌图县老城镇中心小学二级教师', WALLS[1]! + PAD, 0, 14 * SIZE);
    const rows = [ROWS[0]!, ['焦学文', joined, '', '15009254909'], ROWS[2]!];
    const t = table([HEAD, ...rows], 690);
    expect(read([heading, ...t.items], t.rulings).coreMembers?.value).toEqual(EXPECTED);
  });

  it('parts a phone run into the unit beside it, and keeps text past the table’s edge', () => {
    // A narrow phone column: the 11 digits run past its wall, joined by pdf.js to the unit's
    // first line ("15009254909铁岭市第九"), the unit's last characters past the table's edge.
    const walls = [51, 142, 232, 280, 375];
    const phone = (p: string, unit: string) =>
      run(`${p}${unit}`, walls[2]! + PAD, 0, 11 * 4.5 + 4.2 + Array.from(unit).length * SIZE);
    const rows = ROWS.map(([name, unit, title, p]) => [name!, title!, phone(p!, unit!), '']);
    const t = table([['姓名', '专业技术职称', '手机', '工作单位'], ...rows], 690, walls);
    const facts = read([item('项目组成员', 56, 700, 10), ...t.items], t.rulings);
    expect(facts.coreMembers?.value).toEqual(EXPECTED);
  });

  it('stays quick on a hostile run of 300,000 characters across many walls', () => {
    const long = run('1岳'.repeat(150_000), 60, 400, 150_000 * 13.5);
    const walls: Ruling[] = Array.from({ length: 400 }, (_, k) => ({
      horizontal: false,
      at: 70 + k * 5,
      from: 390,
      to: 420,
    }));
    const started = cpuNow();
    const text = buildPageText(1, VIEW, 0, [long], walls);
    expect(text.text.length).toBeGreaterThan(0);
    expect(cpuNow() - started).toBeLessThan(20_000);
  });
});
