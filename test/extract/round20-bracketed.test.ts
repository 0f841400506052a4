/**
 * Round 20 (held-out v20 as a development set): labels set off by lenticular brackets inside
 * running lines ("〖项目名称〗…  〖推荐单位〗…", no colon, several a line), values and lists that
 * a paragraph wraps at the page's right edge ("〖已形成的典型案例〗①…；②…；" | "③…；④…",
 * "▍推选单位：平" | "江县教育局"), and bar bullets (▍) before a field.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts, isUncertain } from '../../lib/extract';
import { bracketedPairs } from '../../lib/pdf/structure/bracketed-labels';
import { buildPageText, type PageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item, page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

/** Lines of runs at given x positions (a line per entry), 11 pt, as a word processor sets them. */
function runsPage(lines: [number, string][][]): PageText {
  const items: TextItem[] = [];
  let y = 780;
  for (const runs of lines) {
    y -= 11 * 1.6;
    for (const [x, text] of runs) items.push(item(text, x, y));
  }
  // A line as wide as the text block, so that the page has its right edge where a form's is.
  items.push(
    item('填表说明：以上各项据实填写，不得空缺，所附材料须真实有效并加盖公章。', 56, y - 40),
  );
  return buildPageText(1, [0, 0, 595, 842], 0, items, []);
}

describe('labels in brackets inside a line', () => {
  it('give each value up to the next bracketed label, with no colon', () => {
    const facts = extractFacts(
      [
        runsPage([
          [[56, '〖项目名称〗甲市数字研学德育共同体']],
          [
            [56, '〖推荐单位〗甲市教育局'],
            [260, '〖实践起始时间〗2019-09'],
          ],
          [
            [56, '〖牵头单位〗甲市第一中学'],
            [300, '〖应用方向〗研学数字地图'],
          ],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('甲市数字研学德育共同体');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
    expect(facts.leadUnit?.value).toBe('甲市第一中学');
    expect(facts.direction?.value).toBe('研学数字地图');
    expect(facts.practiceStart?.value).toBe('2019-09');
  });

  it('leave a value written in brackets after a colon as the value', () => {
    expect(bracketedPairs('推荐单位：【乙市教育局】', '推荐单位')).toEqual([]);
    const facts = extractFacts([page(['项目名称：乙市共同体', '推荐单位：【乙市教育局】'])], {
      pack: liaoning,
    });
    expect(facts.recommendingBody?.value).toBe('乙市教育局');
  });

  it('cut the value at the next bracketed label of any field', () => {
    const pairs = bracketedPairs('〖推荐单位〗甲市教育局〖备注〗无', '推荐单位');
    expect(pairs.map((p) => p.value)).toEqual(['甲市教育局']);
  });

  it('take no time on a hostile line of brackets', () => {
    const line = '〖推荐单位〗'.repeat(50_000) + '【'.repeat(100_000);
    const start = cpuNow();
    const pairs = bracketedPairs(line, '推荐单位');
    expect(pairs).toHaveLength(50_000);
    expect(cpuNow() - start).toBeLessThan(5_000);
  });
});

describe('a paragraph wrapped at the right edge', () => {
  it('goes on with a list of cases on the next line', () => {
    // page() wraps a long line at the right margin, as a paragraph is set.
    const facts = extractFacts(
      [
        page([
          '〖项目名称〗丙市劳动教育共同体',
          '〖已形成的典型案例〗①校园菜园智能灌溉劳动课案例；②湿地生态保护项目式学习案例；③木工笔筒设计案例；④候鸟识别观测课例',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.existingCases?.value).toEqual([
      '校园菜园智能灌溉劳动课案例',
      '湿地生态保护项目式学习案例',
      '木工笔筒设计案例',
      '候鸟识别观测课例',
    ]);
  });

  it('goes on with a value cut by the edge, after a bar bullet', () => {
    const facts = extractFacts(
      [
        runsPage([
          [[56, '▍项目名称：丁市智慧评价共同体']],
          [
            [56, '▍每年开发资源计划：260条'],
            [470, '▍推选单位：平'],
          ],
          [[56, '江县教育局']],
          [[56, '▍牵头单位：丁市第二小学']],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.recommendingBody?.value).toBe('平江县教育局');
    expect(facts.leadUnit?.value).toBe('丁市第二小学');
  });

  it('does not take a mark or an option answer on the next line as the value rest', () => {
    // "类别：智慧德育( )…其他（智慧阅读）" to the right edge, its tick "(√)" alone under it.
    const facts = extractFacts(
      [
        runsPage([
          [[56, '▍项目名称：己市阅读共同体']],
          [
            [
              56,
              '▍类别：智慧德育( )智慧体育( )智慧劳动教育( )智慧美育( )智慧评价( )其他（智慧阅读）',
            ],
          ],
          [[56, '(√)']],
          [[56, '▍推荐单位：己市教育局']],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.category?.value).toBe('智慧阅读');
    expect(facts.recommendingBody?.value).toBe('己市教育局');
  });

  it('does not take a line that starts a field of its own', () => {
    const facts = extractFacts(
      [
        runsPage([
          [
            [56, '▍项目名称：戊市共同体'],
            [420, '▍推荐单位：戊市教育局'],
          ],
          [[56, '牵头单位：戊市实验小学']],
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.recommendingBody?.value).toBe('戊市教育局');
    expect(isUncertain(facts.leadUnit!)).toBe(false);
    expect(facts.leadUnit?.value).toBe('戊市实验小学');
  });
});
