/**
 * A scan's invisible text layer: a label as long as its column set a hair before its value, the
 * two read as one piece ("已形成的典型案例1.A案例；2.B案例"). The numbered list right after the
 * label is the value.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');

describe('a label run into its numbered list', () => {
  it('reads the titles after the label', () => {
    const facts = extractFacts(
      [
        page([
          '已形成的典型案例1.体质监测数据家校推送案例；2.红领巾数字广播站案例',
          '典型案例数量：7个',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.existingCases?.value).toEqual([
      '体质监测数据家校推送案例',
      '红领巾数字广播站案例',
    ]);
  });

  it('does not read a count run into the label as a title', () => {
    const facts = extractFacts([page(['已形成的典型案例12个，正在整理'])], { pack: liaoning });
    expect(facts.existingCases?.value ?? []).not.toContain('2个，正在整理');
  });
});
