/**
 * The member-unit reader's sentence patterns over hostile text: a flow of thousands of line
 * breaks or spaces after the items' words must be read in linear time, and the patterns must
 * read exactly what the earlier ones (white-space runs read by several `\s*` side by side) read.
 */

import { describe, expect, it } from 'vitest';
import { NUMBER } from '../../lib/extract/numerals';
import { ALREADY, itemsThenCount } from '../../lib/extract/readers/number';
import { introPattern, titlesBeforePattern } from '../../lib/extract/readers/outcomes';
import {
  countAfterPattern,
  joinedPattern,
  proseListPattern,
} from '../../lib/extract/readers/units';
import { wordsPattern } from '../../lib/pdf/structure/sections';
import { cpuNow } from '../cpu-clock';

const items = wordsPattern(['成员单位']).source;
const units = '(?:所|个|家)';

/** The patterns as they were before (quadratic to quartic in a white-space run's length). */
const oldList = new RegExp(
  `(?:${items})(?:共|有|包括|为|分别为|分别是|是)?\\s*(?:(${NUMBER})\\s*${units}(?:[（(]${units}[）)])?(?:学校|单位)?)?\\s*(?:[，,]?\\s*(?:分别)?(?:为|是|包括))?\\s*[：:]?\\s*([^。\\n\\t]+)`,
  'g',
);
const oldAfter = new RegExp(`[，,]?\\s*等?\\s*共计?\\s*(${NUMBER})\\s*${units}`);

const matches = (re: RegExp, text: string) =>
  [...text.matchAll(re)].map((m) => [m.index, m[0], m[1], m[2]]);

/** A small seeded generator (mulberry32): the same strings on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '成员单位',
  '成员',
  '单位',
  '共',
  '有',
  '为',
  '分别',
  '是',
  '包括',
  '5',
  '五',
  '所',
  '个',
  '（',
  '）',
  '学校',
  '，',
  ',',
  '：',
  ' ',
  ' ',
  '\n',
  '\n',
  '\t',
  '\u3000',
  '。',
  '甲校',
  '、',
  '等',
  '计',
];

describe('member units in a sentence, over hostile white space', () => {
  // The bounds are guards only: each case took 10 s or more with the earlier patterns.
  it('finds no list after 600 line breaks, quickly (25–110 s before)', () => {
    const start = cpuNow();
    expect(matches(proseListPattern(items, units), `成员单位${'\n'.repeat(600)}。`)).toEqual([]);
    expect(cpuNow() - start).toBeLessThan(2000);
  });

  it('reads a list between thousands of line breaks and spaces', () => {
    const start = cpuNow();
    const spaced = `成员单位共${' '.repeat(3000)}5${'\n'.repeat(3000)}所${' \n'.repeat(2000)}：${'\n'.repeat(3000)}甲校、乙校`;
    const found = matches(proseListPattern(items, units), spaced);
    expect(found.map(([, , count, list]) => [count, list])).toEqual([['5', '甲校、乙校']]);
    expect(cpuNow() - start).toBeLessThan(2000);
  });

  it('finds no count after a list in a line of 3,000 spaces, quickly (~15 s before)', () => {
    const start = cpuNow();
    expect(countAfterPattern(units).exec(`甲校、乙校${' '.repeat(3000)}x`)).toBeNull();
    const found = countAfterPattern(units).exec(`甲校${' '.repeat(3000)}等${' '.repeat(9)}共2所`);
    expect(found?.[1]).toBe('2');
    expect(cpuNow() - start).toBeLessThan(2000);
  });

  it('reads what the earlier patterns read, on 20,000 random sentences', () => {
    const next = random(11);
    const list = proseListPattern(items, units);
    const after = countAfterPattern(units);
    for (let i = 0; i < 20000; i++) {
      const length = 1 + Math.floor(next() * 14);
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join(
        '',
      );
      expect(matches(list, text), JSON.stringify(text)).toEqual(matches(oldList, text));
      const a = after.exec(text);
      const b = oldAfter.exec(text);
      expect([a?.index, a?.[0], a?.[1]], JSON.stringify(text)).toEqual([b?.index, b?.[0], b?.[1]]);
    }
  });
});

const NUMBER_PIECES = [
  '典型案例',
  '案例',
  '（',
  '）',
  '(',
  ')',
  '√',
  '□',
  '计划',
  '形成',
  '拟',
  '共',
  '有',
  '数',
  '不少于',
  '为',
  '：',
  ':',
  '7',
  '七',
  '-',
  '至',
  '8',
  '个',
  '项',
  '以上',
  ' ',
  ' ',
  '\n',
  '\t',
  '。',
  '、',
];
const OUTCOME_PIECES = [
  '已形成',
  '典型案例',
  '有',
  '共',
  '3',
  '三',
  '个',
  '篇',
  '，',
  '分别为',
  '如下',
  '为',
  'Cases',
  ' ',
  ' ',
  '\n',
  '：',
  ':',
  '《',
  '》',
  '甲乙',
  '、',
  '和',
  '等',
  '。',
];
const JOINED_PIECES = [
  '联合',
  '携手',
  '甲校',
  '乙校',
  '、',
  '和',
  ' ',
  ' ',
  '\n',
  '等',
  '共',
  '三',
  '3',
  '所',
  '学校',
  '；',
  '。',
  '，',
];

/** Random sentences, most of them starting with `lead`, where the patterns have most to read. */
function sameOnRandom(pairs: [RegExp, RegExp][], pieces: string[], seed: number, lead: string) {
  const next = random(seed);
  for (let i = 0; i < 20000; i++) {
    const length = 1 + Math.floor(next() * 14);
    const words = Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    const text = (next() < 0.8 ? lead : '') + words;
    for (const [now, before] of pairs) {
      const m = (re: RegExp) =>
        re.global
          ? matches(re, text)
          : matches(new RegExp(re.source, `${re.flags}g`), text).slice(0, 1);
      expect(m(now), JSON.stringify(text)).toEqual(m(before));
    }
  }
}

describe('counts and titles in a sentence, over hostile white space', () => {
  const items = wordsPattern(['典型案例']).source;
  const units = '(?:个|项)';
  const MARKS = '[□■☑☐√✓✔]|[（(]\\s*[√✓✔]?\\s*[）)]';
  const RANGE = `\\s*(?:[-—–~～至到]+\\s*${NUMBER})?`;
  const between = `(?:\\s*(?:${MARKS}|[（(]))*\\s*(?:计划|预计|拟|力争)?(?:形成|开发|建设|完成|编写)?`;
  const oldCount = new RegExp(
    `(?:${items})${between}\\s*(?:共|有|总数|数量|数)?\\s*(?:不少于|至少|达到|共|为|有)?\\s*[:：]?\\s*(${NUMBER})${RANGE}\\s*${units}`,
  );
  const about = `(?:${ALREADY.source})[^。；\\n：:]{0,12}?(?:${items})(?:清单|名称|目录)?`;
  const GLOSS = "(?:\\s*[A-Za-z][A-Za-z .,&/'’-]{0,40})?";
  const oldIntro = new RegExp(
    `${about}(?:有|共|包括)?\\s*(?:${NUMBER}\\s*(?:个|篇|项|例))?\\s*(?:[，,]?\\s*(?:分别为|包括|如下|为))?${GLOSS}\\s*[：:]`,
  );
  const oldBefore = new RegExp(
    `(?:${ALREADY.source})\\s*((?:《[^》\\n]{2,40}》\\s*[、，,；;和及]?\\s*)+)等?\\s*(?:${NUMBER}\\s*(?:个|篇|项|例))?\\s*(?:${items})`,
  );
  const oldJoined = new RegExp(
    `(?:联合|携手|会同|联合了)\\s*([^。；;\\n]+?)\\s*等?\\s*共\\s*(${NUMBER})\\s*(?:所|个|家)(?:学校|单位|成员单位|成员校)?`,
    'g',
  );

  it('reads no count after the items and 200 line breaks, quickly (22–96 s before)', () => {
    const start = cpuNow();
    expect(itemsThenCount(items, units).exec(`典型案例${'\n'.repeat(200)}。`)).toBeNull();
    expect(cpuNow() - start).toBeLessThan(2000);
  });

  it('stays linear on runs of 128,000 characters, where two \\s* side by side are quadratic', () => {
    // Runs long enough that a quadratic pattern takes seconds (60 s for the three before), a linear one
    // milliseconds: an empty bracket before the count, an intro with nothing between the items
    // and the colon, a line of 联合 repeated.
    const gap = ' \n'.repeat(64000);
    const start = cpuNow();
    expect(itemsThenCount(items, units).exec(`典型案例（${gap}。`)).toBeNull();
    expect(introPattern(about).exec(`已形成典型案例${gap}。`)).toBeNull();
    expect(joinedPattern('(?:所|个|家)').exec('联合'.repeat(64000))).toBeNull();
    expect(cpuNow() - start).toBeLessThan(1500);
  });

  it('reads counts, intros, titles and joined lists across thousands of spaces and line breaks', () => {
    const start = cpuNow();
    const gap = ' \n'.repeat(1500);
    expect(itemsThenCount(items, units).exec(`典型案例${gap}。`)).toBeNull();
    expect(itemsThenCount(items, units).exec(`典型案例${gap}共${gap}：${gap}7${gap}个`)?.[1]).toBe(
      '7',
    );
    expect(introPattern(about).exec(`已形成典型案例${gap}。`)).toBeNull();
    expect(introPattern(about).exec(`已形成典型案例${gap}如下${gap}：`)).not.toBeNull();
    expect(titlesBeforePattern(items).exec(`已形成《甲乙》${gap}。`)).toBeNull();
    expect(titlesBeforePattern(items).exec(`已形成《甲乙》${gap}等${gap}典型案例`)?.[1]).toMatch(
      /^《甲乙》/,
    );
    expect(joinedPattern('(?:所|个|家)').exec(`联合甲校${' '.repeat(3000)}。`)).toBeNull();
    expect(joinedPattern('(?:所|个|家)').exec(`联合甲校${' '.repeat(3000)}共1所`)?.[1]).toBe(
      '甲校',
    );
    expect(cpuNow() - start).toBeLessThan(2000);
  });

  it('reads what the earlier patterns read, on random sentences', () => {
    sameOnRandom([[itemsThenCount(items, units), oldCount]], NUMBER_PIECES, 7, '典型案例');
    sameOnRandom(
      [
        [introPattern(about), oldIntro],
        [titlesBeforePattern(items), oldBefore],
      ],
      OUTCOME_PIECES,
      5,
      '已形成',
    );
  });

  it('reads the same lists after 联合 as before, but for lists of white space only', () => {
    const next = random(3);
    const now = joinedPattern('(?:所|个|家)');
    for (let i = 0; i < 20000; i++) {
      const length = 1 + Math.floor(next() * 14);
      const text = Array.from(
        { length },
        () => JOINED_PIECES[Math.floor(next() * JOINED_PIECES.length)],
      ).join('');
      const real = (re: RegExp) =>
        matches(re, text).filter(([, , list]) => `${list}`.trim() !== '');
      expect(real(now), JSON.stringify(text)).toEqual(real(oldJoined));
    }
  });
});
