/**
 * A person's clause and its bracket ("项目负责人张三（校长）") over hostile text: a run of
 * 100,000 spaces must be read in linear time, and the opening still comes without its spaces.
 */

import { describe, expect, it } from 'vitest';
import { onePerson, openingAndBracket } from '../../lib/extract/readers/person-clauses';
import { cpuNow } from '../cpu-clock';

describe('openingAndBracket', () => {
  it('splits off the bracket, the opening without the spaces before it', () => {
    expect(openingAndBracket('项目负责人张三 （校长）')).toEqual(['项目负责人张三', '校长']);
    expect(openingAndBracket('项目负责人张三')).toEqual(['项目负责人张三', undefined]);
  });

  it('reads a clause with a long run of spaces in well under a second', () => {
    const text = `张三${' '.repeat(100_000)}x`;
    const started = cpuNow();
    expect(openingAndBracket(text)).toEqual([text, undefined]);
    expect(openingAndBracket(`${text}（校长）`)).toEqual([text, '校长']);
    expect(cpuNow() - started).toBeLessThan(500);
  });
});

describe('onePerson', () => {
  it('reads a name and its bracket, the spaces between dropped', () => {
    expect(onePerson('张三 （校长，高级教师）', [])?.people[0]).toMatchObject({ name: '张三' });
    expect(onePerson('张三', [])?.people).toEqual([{ name: '张三' }]);
  });

  it('refuses a long run of spaces in well under a second', () => {
    const text = `张三${' '.repeat(100_000)}x（校长）y`;
    const started = cpuNow();
    expect(onePerson(text, [])).toBeUndefined();
    expect(onePerson(`张三${' '.repeat(100_000)}x`, [])).toBeUndefined();
    expect(cpuNow() - started).toBeLessThan(500);
  });
});
