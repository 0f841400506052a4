/**
 * A character the recogniser cannot write, in a run of the pack's wordings (lib/ocr/pack-wordings.ts):
 * written as the wording has it where the scan read a look-alike or a box in its place.
 */
import { describe, expect, it } from 'vitest';
import { packSpellings, spellPackWordings } from '../../lib/ocr/pack-wordings';
import { ocrLine, scannedPage } from './synthetic-scan';

// As the recogniser's: no 鹮, and no ☑ (a ticked box is drawn in from the pixels).
const dictionary = new Set(Array.from('在全市“”金鹦鹏杯教学大赛中获一二等奖以上口省级现场竞'));
const wordings = ['在全市“金鹮杯”教学大赛中获一等奖以上'];

describe('the pack’s rare characters on a scan', () => {
  it('writes the character the dictionary lacks where its run was read unsure or with a box', () => {
    const spellings = packSpellings(wordings, dictionary);
    const reads = [
      ocrLine(100, '②在全市“金鹦杯”教学大赛中获一等奖以上☑', { 6: 0.62 }),
      ocrLine(100, '（）②在全市“金☑杯”教学大赛'),
    ];
    for (const read of reads) {
      const [page] = spellPackWordings([scannedPage([read])], spellings, dictionary);
      expect(page!.text).toContain('金鹮杯');
      expect(page!.source).toContain('金鹮杯');
      expect(page!.items.map((i) => i.str).join('')).toContain('金鹮杯');
    }
  });

  it('leaves a character the scan read surely and the recogniser can write', () => {
    const spellings = packSpellings(wordings, dictionary);
    for (const read of ['在全市“金鹦杯”教学大赛中获一等奖以上', '获得金鹏杯一等奖']) {
      const page = scannedPage([ocrLine(100, read)]);
      expect(spellPackWordings([page], spellings, dictionary)[0]).toBe(page);
    }
  });

  it('leaves other text, and a pack whose characters can all be read', () => {
    const spellings = packSpellings(wordings, dictionary);
    const page = scannedPage([ocrLine(100, '金牌 金杯 一等奖')]);
    expect(spellPackWordings([page], spellings, dictionary)[0]).toBe(page);
    expect(packSpellings(['在省级教学现场竞赛获二等奖以上'], dictionary)).toEqual([]);
  });
});
