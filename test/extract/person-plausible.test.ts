/**
 * A person read from a form looks like one, or its list is proposed as uncertain: header cells,
 * shifted fields and phone numbers in the wrong place are caught by the shape of each field.
 */
import { describe, expect, it } from 'vitest';
import { implausibleFields, plausiblePeople } from '../../lib/extract/readers/person-plausible';

describe('a person read from a form', () => {
  it('looks like one with a Han name, a phone number and words in its other fields', () => {
    expect(
      implausibleFields({ name: '欧阳明月', phone: '138 1234 5678', unit: '某县实验小学' }),
    ).toEqual([]);
    expect(implausibleFields({ name: '买买提·艾力', phone: '0730-8123456' })).toEqual([]);
    expect(
      implausibleFields({ name: '林立', title: '一级教师', duty: '教研组长', subject: '信息科技' }),
    ).toEqual([]);
  });

  it('does not when a header cell or a unit stands as the name', () => {
    expect(implausibleFields({ name: '姓名' })).toEqual(['name']);
    expect(implausibleFields({ name: '工作单位' })).toEqual(['name']);
    expect(implausibleFields({ name: '某某中学' })).toEqual(['name']);
    expect(implausibleFields({ name: '张三李四王五' })).toEqual(['name']);
    expect(implausibleFields({ name: 'Zhang 3' })).toEqual(['name']);
  });

  it('does not when fields are shifted: a phone in the unit, words in the phone, a label in a value', () => {
    expect(implausibleFields({ name: '林立', unit: '13812345678' })).toEqual(['unit']);
    expect(implausibleFields({ name: '林立', phone: '高级教师' })).toEqual(['phone']);
    expect(implausibleFields({ name: '林立', title: '职称：高级教师' })).toEqual(['title']);
    expect(implausibleFields({ name: '林立', duty: '林立' })).toEqual(['duty']);
  });

  it('makes a list implausible when one record is, or a name comes twice', () => {
    expect(plausiblePeople([{ name: '林立' }, { name: '王芳' }])).toBe(true);
    expect(plausiblePeople([{ name: '林立' }, { name: '联系电话' }])).toBe(false);
    expect(plausiblePeople([{ name: '林立' }, { name: '林立' }])).toBe(false);
  });
});
