/** Marks the recogniser confuses with letters or Han, and back (lib/ocr/words.ts): written back, not sure. */
import { describe, expect, it } from 'vitest';
import { confidenceOf } from '../../lib/ocr/page-text';
import { ocrLine, scannedPage } from './synthetic-scan';

const read = (text: string) => scannedPage([ocrLine(100, text)]);

describe('an e-mail address’s @ read as a letter', () => {
  it('is an @ before a common mail domain, proposed for checking', () => {
    for (const [line, address] of [
      ['邮箱 yy8587613o163.com', 'yy8587613@163.com'],
      ['邮箱 2940483a163.com', '2940483@163.com'],
      ['邮箱 zhanglaoshiaqq.com', 'zhanglaoshi@qq.com'],
    ] as const) {
      const page = read(line);
      const at = page.text.indexOf(address);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(confidenceOf(page, at, at + address.length)).toBeLessThan(0.9);
    }
  });

  it('leaves an address with its @, other domains, and words that only end like a domain', () => {
    expect(read('邮箱 yy8587613@163.com').text).toContain('yy8587613@163.com');
    expect(read('网址 www.school.edu.cn').text).toContain('www.school.edu.cn');
    expect(read('平台 www.data163.com').text).toContain('www.data163.com');
    expect(read('单位 abc.qq.com').text).toContain('abc.qq.com');
  });
});

describe('互联网+ read 互联网十', () => {
  it('is a plus, not sure; a 十 elsewhere stays', () => {
    const page = read('“互联网十”背景下城乡学校');
    const at = page.text.indexOf('互联网+');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(confidenceOf(page, at, at + 4)).toBeLessThan(0.9);
    expect(read('第十中学三十人').text).toContain('第十中学三十人');
  });
});

describe('十 read + inside a word', () => {
  it('is 十 after 第 or a numeral and before a numeral or a counter, not sure', () => {
    const page = read('岳阳市第+四中学，共二＋年');
    const at = page.text.indexOf('第十四中学');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(confidenceOf(page, at + 1, at + 2)).toBeLessThan(0.9);
    expect(page.text).toContain('二十年');
  });

  it('leaves a plus that is one: after a word, between digits, at a line’s end', () => {
    expect(read('“互联网+”教研').text).toContain('互联网+');
    expect(read('得分 1+1').text).toContain('1+1');
    expect(read('三+').text).toContain('三+');
    expect(read('第+A组').text).toContain('第+A组');
  });
});
