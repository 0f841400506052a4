import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { missedAnyOrder, missedInOrder } from '../../scripts/ocr-missed';

describe('characters an OCR reading missed', () => {
  it('counts a reading in another order as complete apart from order, not in order', () => {
    expect(missedAnyOrder('项目名称', '名称项目')).toBe(0);
    expect(missedInOrder('项目名称', '名称项目')).toBe(2);
  });

  it('counts a character read twice once, and one read wrong as missed', () => {
    expect(missedAnyOrder('岳阳岳阳', '岳阳阳')).toBe(1);
    expect(missedInOrder('岳阳市', '岳阴市')).toBe(1);
    expect(missedAnyOrder('𠀀字', '字')).toBe(1); // a character outside the BMP is one
  });

  it('never counts fewer in order than apart from order, nor more than the text holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (truth, read) => {
        const anyOrder = missedAnyOrder(truth, read);
        const inOrder = missedInOrder(truth, read);
        expect(anyOrder).toBeLessThanOrEqual(inOrder);
        expect(inOrder).toBeLessThanOrEqual(Array.from(truth).length);
        expect(missedInOrder(truth, truth)).toBe(0);
      }),
    );
  });
});
