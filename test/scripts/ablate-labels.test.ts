/**
 * The label ablation behind the shape finder's figures (scripts/ablate-labels.ts): a fact's own
 * label words are blanked, same length, and another fact's label that holds one of them is kept.
 */
import { describe, expect, it } from 'vitest';
import { builtinPack } from '../../lib/rubric';
import { ablated } from '../../scripts/ablate-labels';
import { page as pageOf } from '../extract/pages';

describe('label ablation', () => {
  const pack = builtinPack('liaoning-2022-community')!;

  it('blanks the fact’s own label words and keeps offsets', () => {
    const page = pageOf(['主要成员单位', '甲市第一中学', '牵头单位：乙市第二中学']);
    const [out] = ablated([page], pack, 'memberUnits');
    expect(out!.text).toHaveLength(page.text.length);
    expect(out!.text).not.toContain('成员单位');
    expect(out!.text).toContain('甲市第一中学');
    expect(out!.text).toContain('牵头单位');
  });

  it('leaves the pages as they are for a fact the pack does not have', () => {
    const page = pageOf(['主要成员单位']);
    expect(ablated([page], pack, 'noSuchFact')[0]).toBe(page);
  });
});
