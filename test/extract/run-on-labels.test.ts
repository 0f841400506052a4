/**
 * A value that runs into another fact's label stops there, whichever fact is read first: each
 * fact's "other labels" are its own (a cache per pack once kept the first fact's, so the first
 * fact's label never stopped another's value).
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

describe('values run into the next label', () => {
  it('stop at the label of the fact read before them', () => {
    const facts = extractFacts(
      [
        page([
          '主持单位：调兵山市第三中学共同体名称：铁岭市综评电子档案应用共同体',
          '推荐单位：铁岭市教育局',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.leadUnit?.value).toBe('调兵山市第三中学');
  });

  it('stop at the label of a fact read after them', () => {
    const facts = extractFacts(
      [
        page([
          '共同体名称：铁岭市综评电子档案应用共同体主持单位：调兵山市第三中学',
          '推荐单位：铁岭市教育局',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('铁岭市综评电子档案应用共同体');
  });
});
