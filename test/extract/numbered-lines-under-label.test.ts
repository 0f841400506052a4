/**
 * A list of units as numbered lines under the fact's word on a line of its own ("成员学校", a
 * numbered heading "五、成员学校", or a bilingual label "成员学校 Member schools"), numbered
 * "（1）" or "(1)" as pandoc and Word number them: every line is a unit, not only the first one
 * read as a sentence's list with its number.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const mingshi = builtinPack('mingshi-2024-studio');

const SCHOOLS = ['甲市第一中学', '乙县实验小学', '丙区第三高级中学'];

describe('numbered lines under the items word', () => {
  it.each([
    ['五、成员学校', '（n）'],
    ['成员学校', '(n)'],
    ['成员学校 Member schools', '(n)'],
  ])('reads every line under "%s" numbered %s', (label, style) => {
    const lines = SCHOOLS.map((s, i) => `${style.replace('n', String(i + 1))}${s}`);
    const facts = extractFacts([page(['申报书', label, ...lines, '六、其他说明'])], {
      pack: mingshi,
    });
    expect(facts.memberSchools?.value).toEqual(SCHOOLS.map((name) => ({ name })));
  });

  it('still reads a sentence listing the units on the line of its word', () => {
    const facts = extractFacts(
      [page(['申报书', `成员学校：${SCHOOLS.join('、')}，共3所。`, '六、其他说明'])],
      { pack: mingshi },
    );
    expect(facts.memberSchools?.value).toEqual(SCHOOLS.map((name) => ({ name })));
  });
});
