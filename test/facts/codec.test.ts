import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFactValue, parseFactInput } from '../../lib/facts/codec';

describe('fact values as text', () => {
  it('round-trips people, one per line, fields by |', () => {
    const people = [
      { name: '王芳', unit: '岳阳市湖滨实验学校', duty: '教研组长', title: '一级教师' },
      { name: '李强' },
    ];
    const text = formatFactValue('people', people);
    expect(text).toBe('王芳 | 岳阳市湖滨实验学校 | 教研组长 | 一级教师\n李强');
    expect(parseFactInput('people', text)).toEqual({ ok: true, value: people });
    expect(parseFactInput('people', '张三｜某校')).toEqual({
      ok: true,
      value: [{ name: '张三', unit: '某校' }],
    });
  });

  it('parses months and dates written the Chinese way, and refuses impossible ones', () => {
    expect(parseFactInput('month', '2019年9月')).toEqual({ ok: true, value: '2019-09' });
    expect(parseFactInput('month', '2019-13')).toEqual({ ok: false, reason: 'month' });
    expect(parseFactInput('date', '2022年9月15日')).toEqual({ ok: true, value: '2022-09-15' });
    expect(parseFactInput('date', '2022-02-30')).toEqual({ ok: false, reason: 'date' });
  });

  it('checks numbers and options', () => {
    expect(parseFactInput('integer', '1,200')).toEqual({ ok: true, value: 1200 });
    expect(parseFactInput('integer', '2.5')).toEqual({ ok: false, reason: 'number' });
    expect(parseFactInput('enum', '编程教育', ['编程教育'])).toEqual({
      ok: true,
      value: '编程教育',
    });
    expect(parseFactInput('enum', '物理', ['编程教育'])).toEqual({ ok: false, reason: 'option' });
    expect(parseFactInput('text', '  ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseFactInput('flags', 'guide', ['researchReport', 'guide'])).toEqual({
      ok: true,
      value: { researchReport: false, guide: true },
    });
  });

  it('round-trips any list of names without separators or blank lines', () => {
    const name = fc.stringMatching(/^[\u4e00-\u9fa5A-Za-z0-9（）]{1,12}$/);
    fc.assert(
      fc.property(fc.array(name, { maxLength: 20 }), (names) => {
        const parsed = parseFactInput('names', formatFactValue('names', names));
        if (names.length === 0) expect(parsed).toEqual({ ok: false, reason: 'empty' });
        else expect(parsed).toEqual({ ok: true, value: names });
      }),
      { seed: 7 },
    );
  });
});
