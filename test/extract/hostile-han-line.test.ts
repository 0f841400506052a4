/**
 * A page holding one line of 300,000 plain ideographs (no label, no punctuation) is read in
 * bounded time. Every fact's label search cleaned that line as a possible label, and folding it
 * to simplified characters a character at a time churned the collector: 20 s or more. The bound
 * is a hang guard, not a speed target (bench/ keeps those).
 */

import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { simplified } from '../../lib/pdf/hant';
import { buildPageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

describe('a hostile line of plain ideographs', () => {
  for (const body of ['甲'.repeat(300_000), '学校'.repeat(150_000)]) {
    it(`reads ${body.slice(0, 2)}… ×${body.length} in bounded time`, () => {
      const items = ['甲市教育局：', body].map((line, k) => item(line, 56, 780 - k * 18));
      const started = cpuNow();
      const facts = extractFacts([buildPageText(1, [0, 0, 595, 842], 0, items, [])], {
        pack: liaoning,
      });
      expect(cpuNow() - started).toBeLessThan(10_000);
      expect(facts.projectName).toBeUndefined();
    }, 60_000);
  }

  it('still folds traditional characters one for one, and leaves other text as it is', () => {
    expect(simplified('項目名稱：某學校')).toBe('项目名称：某学校');
    const plain = '甲'.repeat(1000);
    expect(simplified(plain)).toBe(plain);
    expect(simplified('𠀀單')).toBe('𠀀单');
  });
});
