/** Evidence quotes found on a page: whole when they are one run, else by their pieces. */
import { describe, expect, it } from 'vitest';
import { findQuote, PageTextIndex } from '../../lib/annotations/text-search';

// A table row as pdf.js reads it: each cell's first line, then the wrapped second lines.
const page = '资源内容审 陶梓宇 华容县洞庭\n核管理员 路小学';
const index = new PageTextIndex(() => page);
const at = (hits: { start: number; end: number }[]) => hits.map((h) => page.slice(h.start, h.end));

describe('findQuote', () => {
  it('finds a quote that is one run of the text as one hit', () => {
    expect(at(findQuote(index, '陶梓宇 华容县洞庭'))).toEqual(['陶梓宇 华容县洞庭']);
  });

  it('finds a quote joined from wrapped cells by its pieces', () => {
    expect(at(findQuote(index, '资源内容审 核管理员 陶梓宇 华容县洞庭 路小学'))).toEqual([
      '资源内容审',
      '核管理员',
      '陶梓宇',
      '华容县洞庭',
      '路小学',
    ]);
  });

  it('finds nothing for a quote that is not on the page', () => {
    expect(findQuote(index, '不在 此页')).toEqual([]);
  });

  it('finds a quote a scan read with one character otherwise, and no further', () => {
    // OCR read 金鹦杯; the fact's quote has the pack's 金鹮杯 (a character the recogniser lacks).
    const scan = '主持人荣誉：\n获金鹦杯一等奖 教学能手';
    const scanned = new PageTextIndex(() => scan);
    const hits = findQuote(scanned, '获金鹮杯一等奖');
    expect(hits.map((h) => scan.slice(h.start, h.end))).toEqual(['获金鹦杯一等奖']);
    // Two characters in seven read otherwise is another text, not this quote.
    expect(findQuote(scanned, '获银鹮杯一等奖')).toEqual([]);
    // Too short to tell a misreading from another word.
    expect(findQuote(scanned, '金鹮杯')).toEqual([]);
  });
});
