/**
 * What person-grid.ts and person-lines.ts share (lib/extract/readers/people-structure.ts): a
 * field's value set on a record, a Latin word cut by a wrap, and people gathered per role
 * turned into facts.
 */
import { describe, expect, it } from 'vitest';
import { gathering, hasCutWord, setField } from '../../lib/extract/readers/people-gathering';
import type { Person } from '../../lib/facts/standard';

describe('people gathered by the layout readers', () => {
  it('sets a field as its label says', () => {
    const person: Partial<Person> = {};
    setField(person, 'dutyTitle', '教研组长、一级教师');
    setField(person, 'phone', '139 1234-5678');
    setField(person, 'unit', '甲市第一中学');
    setField(person, 'role', '核心成员');
    setField(person, 'other', '男');
    expect(person).toEqual({
      duty: '教研组长',
      title: '一级教师',
      phone: '13912345678',
      unit: '甲市第一中学',
    });
  });

  it('tells a Latin word cut by a wrap', () => {
    expect(hasCutWord({ name: '李明', subject: 'Scr atch' })).toBe(true);
    expect(hasCutWord({ name: '李明', subject: 'Scratch 编程' })).toBe(false);
  });

  it('gives a fact per role read, an empty one only where the form says nobody', () => {
    const g = gathering();
    g.entry('core').people.push({ name: '李明' });
    g.entry('advisers');
    g.entry('hosts').nobody = true;
    const cut = g.entry('members');
    cut.people.push({ name: '王芳' });
    cut.unsure++;
    const facts = g.facts();
    expect([...facts.keys()]).toEqual(['core', 'hosts', 'members']);
    expect(facts.get('core')).toMatchObject({ value: [{ name: '李明' }], confidence: 0.8 });
    expect(facts.get('hosts')).toMatchObject({ value: [], source: 'list' });
    expect(facts.get('members')?.confidence).toBe(0.55);
  });
});
