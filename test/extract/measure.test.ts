/**
 * Measuring extraction against truths: a truth may write a derived number rounded (practice
 * years as whole months / 12 to 4 or 2 decimals), and wrong values proposed as certain are counted
 * apart from those shown as uncertain.
 */
import { describe, expect, it } from 'vitest';
import { Scoreboard, sameValue } from '../../lib/extract/measure';

describe('a number against a truth written rounded', () => {
  it('is equal when it rounds to a truth written to two or more decimals', () => {
    expect(sameValue(2.9167, 35 / 12)).toBe(true);
    expect(sameValue(35 / 12, 2.9167)).toBe(true);
    expect(sameValue(2.9168, 35 / 12)).toBe(false);
    expect(sameValue(2.92, 35 / 12)).toBe(true);
    expect(sameValue(2.91, 35 / 12)).toBe(false);
  });
  it('is not equal to a number written with few decimals that it only comes near', () => {
    expect(sameValue(3, 3.04)).toBe(false);
    expect(sameValue(2.5, 2.54)).toBe(false);
    expect(sameValue(1.234, 1.235)).toBe(false);
  });
});

describe('Scoreboard: wrong values proposed as certain', () => {
  it('counts a wrong value as certain at confidence 0.6 and above, as uncertain below', () => {
    const board = new Scoreboard();
    board.add(
      'a.pdf',
      { leadUnit: '甲校', typicalCases: 7, projectName: '某项目' },
      {
        leadUnit: { value: '乙校', confidence: 0.9 },
        typicalCases: { value: 8, confidence: 0.4 },
        projectName: { value: '某项目' },
      },
    );
    board.add('b.pdf', { leadUnit: '丙校' }, { leadUnit: { value: '丁校' } });
    expect(board.total()).toMatchObject({ tp: 1, fp: 3, fn: 3, wrongCertain: 2 });
    expect(board.facts.get('typicalCases')).toMatchObject({ fp: 1, uncertain: 1 });
    expect(board.facts.get('typicalCases')?.wrongCertain).toBeUndefined();
    expect(board.table()).toMatch(/^ALL\s+1\s+3\s+3\s+25\.0%\s+25\.0%\s+2\s+1\(0\)$/m);
  });

  it('counts right values shown as uncertain (the cost of caution)', () => {
    const board = new Scoreboard();
    board.add(
      'a.pdf',
      { leadUnit: '甲校', typicalCases: 7 },
      { leadUnit: { value: '甲校', confidence: 0.5 }, typicalCases: { value: 7, confidence: 0.9 } },
    );
    expect(board.total()).toMatchObject({ tp: 2, uncertain: 1, uncertainRight: 1 });
  });
});

describe('lists against a truth', () => {
  it('are right with the same items in any order, and counted apart when the order differs', () => {
    const board = new Scoreboard();
    board.add(
      'a.pdf',
      { memberUnits: ['甲校', '乙校', '丙校'], stages: ['小学', '初中'] },
      {
        memberUnits: { value: ['丙校', '甲校', '乙校'] },
        stages: { value: ['小学', '初中'] },
      },
    );
    expect(board.total()).toMatchObject({ tp: 2, fp: 0, otherOrder: 1 });
    expect(board.facts.get('memberUnits')?.otherOrder).toBe(1);
    expect(sameValue(['甲', '乙'], ['乙', '甲'])).toBe(false);
    expect(sameValue(['甲', '乙'], ['乙', '甲'], true)).toBe(true);
  });

  it('are wrong when an item is missing, repeated or different, in any order', () => {
    expect(sameValue(['甲', '乙'], ['甲', '甲'], true)).toBe(false);
    expect(sameValue(['甲', '乙', '乙'], ['甲', '乙'], true)).toBe(false);
    expect(
      sameValue([{ name: '张三', role: '主持人' }], [{ name: '张三', role: '顾问' }], true),
    ).toBe(false);
    expect(
      sameValue(
        [{ name: '李四', phone: '1' }, { name: '张三' }],
        [{ name: '张三' }, { phone: '1', name: '李四' }],
        true,
      ),
    ).toBe(true);
  });
});
