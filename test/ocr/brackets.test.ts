/**
 * Fill-in brackets a scan read as two kinds, or read one of (lib/ocr/brackets.ts): left out of the
 * value at its edges, as the text layer's reading leaves out a pair of one kind.
 */
import { describe, expect, it } from 'vitest';
import { withoutStrayBrackets } from '../../lib/ocr/brackets';
import { ocrFactInfo } from '../../lib/ocr/facts';
import { ocrLine, scannedPage } from './synthetic-scan';

describe('stray brackets at a value’s edges', () => {
  it('drops a pair read as two kinds, and a bracket nothing in the value pairs with', () => {
    expect(withoutStrayBrackets('[本溪市教育局）')).toBe('本溪市教育局');
    expect(withoutStrayBrackets('「江州市东湖区教育局]')).toBe('江州市东湖区教育局');
    expect(withoutStrayBrackets('（岳阳市小学创客教育网络教研联盟（临湘市）】')).toBe(
      '岳阳市小学创客教育网络教研联盟（临湘市）',
    );
    expect(withoutStrayBrackets('智慧体育）')).toBe('智慧体育');
    expect(withoutStrayBrackets('「江州市东湖区第二小学')).toBe('江州市东湖区第二小学');
  });

  it('keeps brackets that belong to the value', () => {
    expect(withoutStrayBrackets('岳阳市教研联盟（临湘市）')).toBe('岳阳市教研联盟（临湘市）');
    expect(withoutStrayBrackets('（筹）')).toBe('（筹）');
    expect(withoutStrayBrackets('《智慧课堂》')).toBe('《智慧课堂》');
    expect(withoutStrayBrackets('甲（乙')).toBe('甲（乙');
    expect(withoutStrayBrackets('）')).toBe('）');
  });

  it('gives a fact read from a scan its value without them', () => {
    const quote = '推荐单位：[本溪市教育局）';
    const facts = {
      recommendingBody: { value: '[本溪市教育局）', evidence: [{ page: 2, quote }] },
    };
    ocrFactInfo(facts, [scannedPage([ocrLine(100, quote)])]);
    expect(facts.recommendingBody.value).toBe('本溪市教育局');
  });
});
