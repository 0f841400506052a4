/**
 * One list of a person's field labels (lib/extract/readers/person-labels.ts) for table heads,
 * card labels and the words that are never a name: a label one reader knows, all know.
 */
import { describe, expect, it } from 'vitest';
import { PERSON_HEADERS } from '../../lib/extract/readers/people-headers';
import { parseCard } from '../../lib/extract/readers/person-cards';
import { LABELLED } from '../../lib/extract/readers/person-labels';
import { isName } from '../../lib/extract/readers/person-parts';

describe('person field labels', () => {
  it('cuts a card at 联系方式 and 手机号 as at 联系电话', () => {
    for (const label of ['联系方式', '手机号', '联系电话']) {
      const card = parseCard(`1.姓名：韩振宇 所在学校：甲市第一中学 ${label}：13912345678`);
      expect(card?.person).toEqual({ name: '韩振宇', unit: '甲市第一中学', phone: '13912345678' });
      expect(card?.unsure).toBe(0);
    }
  });

  it('heads a column with every label a card knows, and takes none of them for a name', () => {
    for (const [label, field] of LABELLED) {
      expect(PERSON_HEADERS.find(([, re]) => re.test(label))?.[0], label).toBe(field);
      expect(isName(label), label).toBe(false);
    }
    expect(isName('移动电话')).toBe(false);
    expect(isName('韩振宇')).toBe(true);
  });
});
