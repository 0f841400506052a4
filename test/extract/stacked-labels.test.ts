/**
 * A 推荐表 whose cells hold their label ABOVE the value, the label in small type (a modern Word
 * template, a web form printed): each cell reads as a label with its value, one to three cells
 * a row. A cell whose text merely wraps, and a bilingual label with its English gloss set small
 * above it, stay one cell.
 */

import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Rect } from '../../lib/pdf/layout';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

const LEFT = 46;
const WIDTH = 510;

/** One cell's text: a first line and the lines under it, each with its own type size. */
type Stack = { lines: string[]; sizes: number[] };

/** Rows of ruled cells (as many per row as given, equal widths), each cell's lines stacked. */
function stackedForm(rows: Stack[][], options: { estimatedSizes?: boolean } = {}) {
  const items = [item('教育信息化教学应用实践共同体项目推荐表', 120, 790, 15)];
  const rulings: Ruling[] = [];
  let top = 770;
  for (const row of rows) {
    const height = Math.max(...row.map((c) => c.lines.length)) * 14 + 8;
    const bottom = top - height;
    row.forEach((cell, k) => {
      const x0 = LEFT + (k * WIDTH) / row.length;
      const x1 = LEFT + ((k + 1) * WIDTH) / row.length;
      let y = top - 4;
      cell.lines.forEach((text, i) => {
        const size = cell.sizes[i] ?? cell.sizes.at(-1)!;
        y -= size + 3;
        items.push(item(text, x0 + 5, y, size));
      });
      rulings.push(
        { horizontal: true, at: top, from: x0, to: x1 },
        { horizontal: true, at: bottom, from: x0, to: x1 },
        { horizontal: false, at: x0, from: bottom, to: top },
        { horizontal: false, at: x1, from: bottom, to: top },
      );
    });
    top = bottom;
  }
  const view: Rect = [0, 0, 595, 842];
  return buildPageText(1, view, 0, items, rulings, {}, options);
}

const stacked = (label: string, value: string): Stack => ({
  lines: [label, value],
  sizes: [8, 10.5],
});

describe('labels stacked above their values in the same cell', () => {
  const page = stackedForm([
    [stacked('共同体名称', '甲市智慧体育测评共同体')],
    [stacked('所属方向', '体育课堂数据分析'), stacked('主持单位', '甲市第一中学')],
    [stacked('推荐部门', '甲市教育局')],
    [stacked('开展实践时间', '2019.9.1')],
  ]);

  it('reads each cell as a label and its value, one or two cells a row', () => {
    const facts = extractFacts([page], { pack: liaoning });
    expect(facts.projectName?.value).toBe('甲市智慧体育测评共同体');
    expect(facts.direction?.value).toBe('体育课堂数据分析');
    expect(facts.leadUnit?.value).toBe('甲市第一中学');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
    expect(facts.practiceStart?.value).toBe('2019-09');
  });

  it('keeps label and value apart in the page text, label first', () => {
    const line = page.lines.find((l) => page.text.slice(l.start, l.end).includes('所属方向'))!;
    const cells = line.cells.map((c) => page.text.slice(c.start, c.end));
    expect(cells).toEqual(['所属方向', '体育课堂数据分析', '主持单位', '甲市第一中学']);
  });
});

describe('cells that are not stacked pairs stay one cell', () => {
  it('a value wrapped onto a second line in the same type', () => {
    const page = stackedForm([
      [{ lines: ['甲市第一中学与乙县第二', '中学联合体'], sizes: [10.5, 10.5] }],
    ]);
    expect(page.lines.at(-1)!.cells).toHaveLength(1);
  });

  it('an English gloss set small over its Chinese label', () => {
    const page = stackedForm([
      [
        { lines: ['Project title', '项目名称'], sizes: [8, 10.5] },
        { lines: ['甲市智慧体育测评共同体'], sizes: [10.5] },
      ],
    ]);
    const cells = page.lines.at(-1)!.cells.map((c) => page.text.slice(c.start, c.end));
    expect(cells).toHaveLength(2);
    const facts = extractFacts([page], { pack: liaoning });
    expect(facts.projectName?.value).toBe('甲市智慧体育测评共同体');
  });

  it('a small line that is a sentence, or too long for a label, over larger text', () => {
    const page = stackedForm([
      [{ lines: ['请按实际情况如实填写，不得虚报。', '甲市第一中学'], sizes: [8, 10.5] }],
      [{ lines: ['本栏目填写共同体全部成员单位的完整名称', '甲市第一中学'], sizes: [8, 10.5] }],
    ]);
    for (const line of page.lines.slice(1)) expect(line.cells).toHaveLength(1);
  });

  it('a scan read by OCR, whose type sizes are only the recogniser estimates', () => {
    const rows = [[stacked('推荐部门', '甲市教育局')]];
    expect(stackedForm(rows).lines.at(-1)!.cells).toHaveLength(2);
    expect(stackedForm(rows, { estimatedSizes: true }).lines.at(-1)!.cells).toHaveLength(1);
  });

  it('stays linear on a cell of many small lines over one large one', () => {
    const lines = [...Array.from({ length: 5000 }, () => '项目'), '甲市第一中学'];
    const sizes = [...Array.from({ length: 5000 }, () => 8), 10.5];
    const started = cpuNow();
    stackedForm([[{ lines, sizes }]]);
    expect(cpuNow() - started).toBeLessThan(5000);
  });
});
