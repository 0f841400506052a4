/**
 * Round 20 (held-out v20 as a development set): labels printed as small bracketed captions under
 * the line they name ("辽阳市某某共同体" over "（项目名称）"), and a phone number that pdf.js joined
 * to the cell before it over a table's wall ("教研组长/正高级教师 15883418481"): the cut is at the
 * space the characters' widths place at the wall, not inside the number.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Ruling } from '../../lib/pdf/rulings';
import { DocumentLayout } from '../../lib/pdf/structure/document';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { item } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

/** Lines top to bottom: [text, size]; a caption is set in small type just under its line. */
function captionPage(lines: [string, number, number?][]) {
  const items: TextItem[] = [];
  let y = 760;
  for (const [text, size, x = 60] of lines) {
    y -= size < 9 ? size * 1.6 : size * 2;
    items.push(item(text, x, y, size));
  }
  return buildPageText(1, [0, 0, 595, 842], 0, items, []);
}

describe('a caption in brackets under its value', () => {
  it('names the line above it', () => {
    const facts = extractFacts(
      [
        captionPage([
          ['甲市剪纸数字工坊美育共同体', 10.5],
          ['（项目名称）', 7],
          ['甲市第一中学', 10.5],
          ['（牵头单位）', 7],
          ['甲市教育局', 10.5],
          ['（推荐单位）', 7],
          ['二〇二〇年六月一日', 10.5],
          ['（实践起始时间）', 7],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('甲市剪纸数字工坊美育共同体');
    expect(facts.leadUnit?.value).toBe('甲市第一中学');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
    expect(facts.practiceStart?.value).toBe('2020-06');
  });

  it('is no caption in the same type as the line above (a note in brackets)', () => {
    const facts = extractFacts(
      [
        captionPage([
          ['项目名称：乙市共同体', 10.5],
          ['丙市教育局', 10.5],
          ['（推荐单位）', 10.5],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('乙市共同体');
    expect(facts.recommendingBody).toBeUndefined();
  });
});

describe('a caption in plain words under its value', () => {
  it('names the line above it when set clearly smaller than the text of the page', () => {
    const facts = extractFacts(
      [
        captionPage([
          ['甲市剪纸数字工坊美育共同体', 10.5],
          ['项目名称', 7],
          ['甲市第一中学', 10.5],
          ['牵头单位', 7],
          ['甲市教育局', 10.5],
          ['推荐单位', 7],
          ['二〇二〇年六月一日', 10.5],
          ['实践起始时间', 7],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('甲市剪纸数字工坊美育共同体');
    expect(facts.leadUnit?.value).toBe('甲市第一中学');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
  });

  it('is no caption under a heading, under a wrapped value, or shared by two captions', () => {
    const facts = extractFacts(
      [
        captionPage([
          // A label in the body's type under the title: its value is below it, not above.
          ['教育信息化教学应用实践共同体项目推荐表', 16],
          ['项目名称', 11],
          ['乙市智能灌溉菜园劳动共同体', 11, 90],
          ['推荐单位', 11],
          ['乙市教育局', 11, 90],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('乙市智能灌溉菜园劳动共同体');
    const wrapped = extractFacts(
      [
        captionPage([
          ['丙市小学在线学习与生活网络教研', 10.5],
          ['联盟', 10.5],
          ['项目名称', 7],
          ['正文一行', 10.5],
          ['正文二行', 10.5],
          ['正文三行', 10.5],
        ]),
      ],
      { pack: liaoning },
    );
    expect(wrapped.projectName?.value).not.toBe('联盟');
  });
});

describe('a number joined to the cell before it over a wall', () => {
  it('is cut at the space at the wall and stays whole', () => {
    // Two columns walled at x = 208; pdf.js gave one run over the wall, a space where they met.
    const run = item('教研组长/正高级教师 15883418481', 100, 600);
    const header = [item('职务/职称', 100, 620), item('联系电话', 212, 620)];
    const rulings: Ruling[] = [
      { horizontal: true, at: 635, from: 96, to: 300 },
      { horizontal: true, at: 614, from: 96, to: 300 },
      { horizontal: true, at: 594, from: 96, to: 300 },
      { horizontal: false, at: 96, from: 594, to: 635 },
      { horizontal: false, at: 208, from: 594, to: 635 },
      { horizontal: false, at: 300, from: 594, to: 635 },
    ];
    const page = buildPageText(1, [0, 0, 595, 842], 0, [...header, run], rulings);
    const rows = new DocumentLayout([page]).rows.map((r) => r.cells.map((c) => c.text.trim()));
    expect(rows).toContainEqual(['教研组长/正高级教师', '15883418481']);
  });
});
