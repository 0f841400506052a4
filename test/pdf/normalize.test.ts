import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldForCompare,
  fromSource,
  isCjk,
  normalize,
  normalizeNoSpace,
  normalizeText,
  sourceRange,
} from '../../lib/pdf/normalize';

describe('normalize', () => {
  it('maps Kangxi radicals (NFKC) and CJK radicals supplement (table) to ideographs', () => {
    // What pdf.js reads from Chromium-printed Noto CJK text.
    expect(normalize('辽宁省⻚⾯⻓⻔项⽬⼀⼆三')).toBe('辽宁省页面长门项目一二三');
    expect(normalize('⻅⻉⻋⻢⻥⻦⻩⻬⻮⻰⻳')).toBe('见贝车马鱼鸟黄齐齿龙龟');
  });

  it('folds full-width digits and letters, keeps full-width punctuation and circled numbers', () => {
    expect(normalize('２０１９年９月，ＡＩ课堂')).toBe('2019年9月，AI课堂');
    expect(normalize('信息科技（技术）：①②')).toBe('信息科技（技术）：①②');
  });

  it('removes whitespace beside CJK, keeps it between Latin words and beside checkbox marks', () => {
    expect(normalize('学 段')).toBe('学段');
    expect(normalize('2019 年 9 月')).toBe('2019年9月');
    expect(normalize('网络\u3000教研')).toBe('网络教研');
    expect(normalize('Review   Desk')).toBe('Review Desk');
    expect(normalize('小学□ 初中■  高中□')).toBe('小学□ 初中■ 高中□');
    expect(normalize('  首行 \n 次行  ')).toBe('首行\n次行');
  });

  it('compares names across full-width and half-width punctuation and spacing', () => {
    expect(foldForCompare('岳阳市实验学校（筹）')).toBe(foldForCompare('岳阳市 实验学校(筹)'));
    expect(isCjk('页'.codePointAt(0)!)).toBe(true);
    expect(isCjk('a'.codePointAt(0)!)).toBe(false);
  });

  it('maps every normalised character back to where it came from', () => {
    const alphabet = fc.constantFrom(...'评审台项目⻚⾯⼀２０ＡB c，：（）①□■ \u3000\n'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        (source) => {
          const n = normalizeText(source);
          expect(n.toSource.length).toBe(n.text.length + 1);
          for (let i = 0; i < n.text.length; i++) {
            expect(n.toSource[i + 1]!).toBeGreaterThanOrEqual(n.toSource[i]!);
            const ch = n.text[i]!;
            if (ch === ' ') continue;
            // The character came from the source character it maps to.
            expect(normalize(source[n.toSource[i]!]!)).toContain(ch);
          }
          // A whole-text range maps to the whole source, trimmed of what normalising dropped.
          const [s, e] = sourceRange(n, 0, n.text.length);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(source.length);
          expect(fromSource(n, source.length)).toBe(n.text.length);
        },
      ),
      { seed: 4, numRuns: 300 },
    );
  });
});

describe('normalizeNoSpace', () => {
  it('normalises and drops every white space, keeping punctuation', () => {
    expect(normalizeNoSpace('巴特尔·额 尔敦\n（筹）\t⼈')).toBe('巴特尔·额尔敦（筹）人');
  });
});
