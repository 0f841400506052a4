/**
 * A project's name as its cover's title (issue 11, round 8): slides exported to PDF name the
 * project only in the cover's large type and in the running footer; no label states it.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack, parseRubricPack, type RubricPack } from '../../lib/rubric';
import { item } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const certain = (c?: number) => (c ?? 1) >= 0.6;

/** A slide: runs of [x, y, text, size]. */
function slide(n: number, runs: [number, number, string, number?][]) {
  return buildPageText(
    n,
    [0, 0, 792, 446],
    0,
    runs.map(([x, y, t, size]) => item(t, x, y, size)),
    [],
  );
}

const cover = (footer: boolean) => [
  slide(1, [
    [172, 334, '某某数据精准干预实践共同体', 30],
    [191, 138, '辽宁省2022年度教育信息化教学应用实践共同体项目申报', 16],
    [277, 112, '牵头单位：甲市乙区启明中学', 16],
    ...(footer
      ? [[605, 16, '某某数据精准干预实践共同体 1/3', 9] as [number, number, string, number]]
      : []),
  ]),
  slide(2, [
    [7, 434, '项目概况', 22],
    [38, 372, '■ 类别：智慧体育', 16],
    ...(footer
      ? [[605, 16, '某某数据精准干预实践共同体 2/3', 9] as [number, number, string, number]]
      : []),
  ]),
  slide(3, [
    [7, 434, '预期成果', 22],
    [38, 372, '■ 研究报告1份', 16],
    ...(footer
      ? [[605, 16, '某某数据精准干预实践共同体 3/3', 9] as [number, number, string, number]]
      : []),
  ]),
];

describe("the cover's title as the project's name", () => {
  it('reads it as certain when the running footer repeats it', () => {
    const name = extractFacts(cover(true), { pack: liaoning }).projectName;
    expect(name?.value).toBe('某某数据精准干预实践共同体');
    expect(certain(name?.confidence)).toBe(true);
  });
  it('reads it as uncertain when it stands once', () => {
    const name = extractFacts(cover(false), { pack: liaoning }).projectName;
    expect(name?.value).toBe('某某数据精准干预实践共同体');
    expect(certain(name?.confidence)).toBe(false);
  });
  it("takes no form's title (……申报表) for a name", () => {
    const pages = [
      slide(1, [
        [172, 334, '实践共同体项目申报表', 30],
        [191, 138, '牵头单位：甲市乙区启明中学', 16],
      ]),
      slide(2, [[38, 372, '■ 类别：智慧体育', 16]]),
    ];
    expect(extractFacts(pages, { pack: liaoning }).projectName).toBeUndefined();
  });
  it('prefers a labelled name to the cover', () => {
    const pages = [
      slide(1, [[172, 334, '某某数据精准干预实践共同体', 30]]),
      slide(2, [[38, 372, '项目名称：甲市智慧体育实践共同体', 16]]),
    ];
    expect(extractFacts(pages, { pack: liaoning }).projectName?.value).toBe(
      '甲市智慧体育实践共同体',
    );
  });
  it("is the pack's say (the fromCover hint), not the fact id's", () => {
    const without = structuredClone(liaoning) as RubricPack;
    const name = without.facts.find((f) => f.id === 'projectName')!;
    name.hints = { ...name.hints, fromCover: false };
    expect(extractFacts(cover(true), { pack: without }).projectName).toBeUndefined();
    // A pack written before the hint still reads the cover: it gets the hint on loading.
    const { fromCover: _, ...old } = name.hints;
    name.hints = old;
    const loaded = parseRubricPack(JSON.parse(JSON.stringify(without)));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(extractFacts(cover(true), { pack: loaded.pack }).projectName?.value).toBe(
      '某某数据精准干预实践共同体',
    );
  });
});
