/**
 * "年龄36岁" in running text over hostile text: a run of 100,000 spaces after a label must be
 * read in linear time, and the pattern must read what the earlier one (two white-space runs side
 * by side around 为/是) read.
 */

import { describe, expect, it } from 'vitest';
import { NUMBER } from '../../lib/extract/numerals';
import { labelledInProsePattern } from '../../lib/extract/readers/number';
import { cpuNow } from '../cpu-clock';

const oldPattern = new RegExp(
  `(?:^|(?<=[^\\p{Script=Han}]|主持人|负责人|领衔人|申报人))(?:年龄|教龄)[^\\S\\n]*(?:为|是|[:：])?[^\\S\\n]*(${NUMBER})[^\\S\\n]*岁`,
  'gmu',
);
const matches = (re: RegExp, text: string) =>
  [...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]);

describe('labelledInProsePattern', () => {
  const re = () => labelledInProsePattern(['年龄', '教龄'], '岁');

  it('reads a label after 100,000 spaces in well under a second', () => {
    const text = `主持人年龄${' '.repeat(100_000)}x。年龄 为 36 岁`;
    const started = cpuNow();
    expect(matches(re(), text).map((m) => m[2])).toEqual(['36']);
    expect(cpuNow() - started).toBeLessThan(500);
  });

  it('reads what the earlier pattern read', () => {
    for (const text of [
      '主持人性别男，年龄36岁',
      '年龄：  42 岁，教龄为20岁',
      '年龄 是 三十 岁',
      '年龄\n36岁',
      '年龄为 为36岁',
      '  年龄  :  28岁',
    ]) {
      expect(matches(re(), text)).toEqual(matches(oldPattern, text));
    }
  });
});
