/**
 * The box pattern over hostile text: an opening bracket before 100,000 spaces must be read in
 * linear time (a `\s*[√]?\s*` inside the brackets tried every split of the run), and brackets
 * holding a mark or nothing are still boxes.
 */

import { describe, expect, it } from 'vitest';
import { MARK } from '../../lib/pdf/structure/checkboxes';
import { cpuNow } from '../cpu-clock';

const marks = (text: string) => [...text.matchAll(new RegExp(MARK.source, 'gu'))].map((m) => m[0]);

describe('MARK', () => {
  it('reads brackets holding a mark or spaces', () => {
    expect(marks('甲( √ )乙（ ）丙【√】丁[ x ]戊［ ］')).toEqual([
      '( √ )',
      '（ ）',
      '【√】',
      '[ x ]',
      '［ ］',
    ]);
  });

  it('passes over unclosed brackets before a long run of spaces in well under a second', () => {
    const spaces = ' '.repeat(100_000);
    const started = cpuNow();
    expect(marks(`(${spaces}x【${spaces}x[${spaces}x☐`)).toEqual(['☐']);
    expect(cpuNow() - started).toBeLessThan(500);
  });
});
