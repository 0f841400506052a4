/**
 * A person's clause and its bracket ("项目负责人张三（校长）") over hostile text: a run of
 * 100,000 spaces must be read in linear time, and the opening still comes without its spaces.
 */
import { describe, expect, it } from 'vitest';
import { openingAndBracket } from '../../lib/extract/readers/person-clauses';

describe('openingAndBracket', () => {
  it('splits off the bracket, the opening without the spaces before it', () => {
    expect(openingAndBracket('项目负责人张三 （校长）')).toEqual(['项目负责人张三', '校长']);
    expect(openingAndBracket('项目负责人张三')).toEqual(['项目负责人张三', undefined]);
  });

  it('reads a clause with a long run of spaces in well under a second', () => {
    const text = `张三${' '.repeat(100_000)}x`;
    const started = performance.now();
    expect(openingAndBracket(text)).toEqual([text, undefined]);
    expect(openingAndBracket(`${text}（校长）`)).toEqual([text, '校长']);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
