/**
 * Round 14: a table drawn as a CSS grid (each cell draws only its right and bottom borders, the
 * grid its top and left) breaks across a page: the first row on the new page has no top border.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item } from './pages';

const yueyang = builtinPack('yueyang-2023-alliance');
const VIEW: [number, number, number, number] = [0, 0, 595, 842];
const EDGES = [50, 120, 220, 330, 545];
const HEIGHT = 22;

/** Rows of a grid from `top` down; `open` leaves the first row's top border out. */
function grid(rows: string[][], top: number, open: boolean) {
  const items: TextItem[] = [];
  const rulings: Ruling[] = [];
  const bottom = top - rows.length * HEIGHT;
  rows.forEach((row, r) => {
    const y = top - (r + 1) * HEIGHT;
    row.forEach((text, c) => {
      items.push(item(text, EDGES[c]! + 4, y + 7));
    });
    rulings.push({ horizontal: true, at: y, from: EDGES[0]!, to: EDGES.at(-1)! });
  });
  if (!open) rulings.push({ horizontal: true, at: top, from: EDGES[0]!, to: EDGES.at(-1)! });
  for (const at of EDGES) rulings.push({ horizontal: false, at, from: bottom, to: top });
  return { items, rulings };
}

const people = [
  ['甲一', '甲市一中', '一级教师', '13900000001'],
  ['乙二', '甲市二中', '高级教师', '13900000002'],
  ['丙三', '甲市三中', '二级教师', '13900000003'],
  ['丁四', '甲市四中', '一级教师', '13900000004'],
];

describe('a grid table broken across pages, its first row on the new page open at the top', () => {
  const first = grid([['姓名', '工作单位', '职称', '联系电话'], ...people.slice(0, 2)], 700, false);
  const second = grid(people.slice(2), 800, true);
  const pages = [
    buildPageText(1, VIEW, 0, [item('核心成员', 50, 720), ...first.items], first.rulings),
    buildPageText(2, VIEW, 0, second.items, second.rulings),
  ];

  it('reads that row as a row of the table, cell by cell', () => {
    const row = pages[1]!.lines[0]!;
    expect(row.table).toBeGreaterThanOrEqual(0);
    expect(row.cells).toHaveLength(4);
  });

  it('keeps every member of the table', () => {
    const facts = extractFacts(pages, { pack: yueyang });
    const members = (facts.coreMembers?.value ?? []) as { name?: string }[];
    expect(members.map((p) => p.name)).toEqual(['甲一', '乙二', '丙三', '丁四']);
  });
});
