/**
 * Round 15: a submission typed as plain text (a .txt printed, an email body, a LaTeX Verbatim
 * block in a monospace CJK font) draws its tables with characters: ASCII boxes (+---+, |, ====
 * under the header), Unicode box drawing (┌─┬─┐ │ ├─┼─┤) or Markdown pipes. The page has no
 * drawn borders; the bars stand inside the text runs. Padding is counted in characters, as
 * Python's ljust does, so an ideograph (two columns wide) pushes the bars of its row rightwards:
 * the bars of one column do not line up from row to row.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { buildPageText } from '../../lib/pdf/text';
import { isTypedRule, typedTables } from '../../lib/pdf/typed-tables';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';

const yueyang = builtinPack('yueyang-2023-alliance');
const VIEW: [number, number, number, number] = [0, 0, 595, 842];
const SIZE = 9;

/** One run of monospace text: an ideograph two columns wide, anything else one (half an em). */
function mono(str: string, x: number, y: number): TextItem {
  let columns = 0;
  for (const ch of str) columns += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return {
    str,
    dir: 'ltr',
    transform: [SIZE, 0, 0, SIZE, x, y],
    width: columns * 0.5 * SIZE,
    height: SIZE,
    fontName: 'mono',
    hasEOL: false,
  };
}

/** Lines of a text file, each one run, from the top of the page down. */
function typed(lines: string[]): TextItem[] {
  return lines.map((l, k) => mono(l, 50, 780 - k * 1.25 * SIZE)).filter((i) => i.str.trim());
}

/** Cells padded by character count (not display width), joined by the given bar. */
function row(cells: string[], widths: number[], bar: string): string {
  return `${bar} ${cells.map((c, k) => c.padEnd(widths[k]!)).join(` ${bar} `)} ${bar}`;
}

const people = [
  ['甲一', '岳阳楼区东方红小学', '一级教师', '13900000001'],
  ['司马乙二', '云溪区云溪中学', '高级教师', '13900000002'],
  ['丙三', '君山区柳林洲镇中学', '二级教师', '13900000003'],
];
const header = ['姓名', '工作单位', '职称', '联系电话'];
const widths = [6, 12, 6, 11];

function names(items: TextItem[]): (string | undefined)[] {
  const pages = [buildPageText(1, VIEW, 0, items, [])];
  const members = (extractFacts(pages, { pack: yueyang }).coreMembers?.value ?? []) as {
    name?: string;
    unit?: string;
    phone?: string;
  }[];
  return members.map((p) => `${p.name}/${p.unit}/${p.phone}`);
}
const expected = people.map((p) => `${p[0]}/${p[1]}/${p[3]}`);

describe('an ASCII box table typed in a monospace font', () => {
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const items = typed([
    '核心成员',
    rule,
    row(header, widths, '|'),
    rule.replaceAll('-', '='),
    ...people.map((p) => row(p, widths, '|')),
    rule,
  ]);

  it('reads each typed row as a table row, one cell between two bars, without the bars', () => {
    const page = buildPageText(1, VIEW, 0, items, []);
    const rows = page.lines.filter((l) => l.table >= 0);
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r.cells).toHaveLength(4);
    expect(page.text).not.toMatch(/[|+=]/);
    expect(page.text).toContain('司马乙二');
  });

  it('reads the people, though the bars of one column do not line up', () => {
    expect(names(items)).toEqual(expected);
  });
});

describe('a table in Unicode box drawing', () => {
  const line = (l: string, m: string, r: string) =>
    `${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`;
  const items = typed([
    '核心成员',
    line('┌', '┬', '┐'),
    row(header, widths, '│'),
    line('├', '┼', '┤'),
    ...people.map((p) => row(p, widths, '│')),
    line('└', '┴', '┘'),
  ]);
  it('reads the people', () => {
    expect(names(items)).toEqual(expected);
  });
});

describe('a Markdown pipe table printed as text, no rule under the last row', () => {
  const items = typed([
    '核心成员',
    row(header, widths, '|'),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...people.map((p) => row(p, widths, '|')),
    '',
    '以上内容为纯文本填报',
  ]);
  it('reads the people', () => {
    expect(names(items)).toEqual(expected);
  });
});

describe('typed cells that wrap onto the next line', () => {
  const w = [6, 14, 8, 11];
  const rule = (ch: string) => `+${w.map((n) => ch.repeat(n + 2)).join('+')}+`;
  const cellTexts = (items: TextItem[]) => {
    const page = buildPageText(1, VIEW, 0, items, []);
    return page.lines
      .filter((l) => l.table >= 0)
      .map((l) => l.cells.map((c) => page.text.slice(c.start, c.end)));
  };

  it('a grid table ruling off every row joins the lines of each row, cell by cell', () => {
    const items = typed([
      '核心成员',
      rule('-'),
      row(header, w, '|'),
      rule('='),
      row(['甲一', '岳阳楼区东方', '一级', '13900000001'], w, '|'),
      row(['', '红小学', '教师', ''], w, '|'),
      rule('-'),
      row(['司马乙二', '云溪区云溪中学', '高级教师', '13900000002'], w, '|'),
      rule('-'),
    ]);
    expect(cellTexts(items)).toEqual([
      header,
      ['甲一', '岳阳楼区东方红小学', '一级教师', '13900000001'],
      ['司马乙二', '云溪区云溪中学', '高级教师', '13900000002'],
    ]);
    expect(names(items)).toEqual([
      '甲一/岳阳楼区东方红小学/13900000001',
      '司马乙二/云溪区云溪中学/13900000002',
    ]);
  });

  it('a table ruled under its header only: a line with its first cell and most others blank', () => {
    const items = typed([
      '核心成员',
      rule('-'),
      row(header, w, '|'),
      rule('='),
      row(['甲一', '岳阳楼区东方', '一级教师', '13900000001'], w, '|'),
      row(['', '红小学', '', ''], w, '|'),
      row(['司马乙二', '云溪区云溪中学', '高级教师', '13900000002'], w, '|'),
      rule('-'),
    ]);
    expect(cellTexts(items)[1]).toEqual(['甲一', '岳阳楼区东方红小学', '一级教师', '13900000001']);
  });

  it('a row that leaves only its first cell to the row above stays a row', () => {
    const roles = ['角色', '姓名', '工作单位', '职称'];
    const items = typed([
      rule('-'),
      row(roles, w, '|'),
      rule('='),
      row(['核心成员', '甲一', '岳阳楼区东方红小学', '一级教师'], w, '|'),
      row(['', '乙二', '云溪区云溪中学', '高级教师'], w, '|'),
      rule('-'),
    ]);
    expect(cellTexts(items)).toHaveLength(3);
  });
});

describe('columns set with spaces under a dashed rule (padding counted in characters)', () => {
  // Two spaces at least between columns; one space stays inside a value.
  const line = (cells: string[]) => cells.map((c, k) => c.padEnd([8, 10, 14][k] ?? 0)).join('  ');
  const items = typed([
    '核心成员',
    line(['姓 名', '职称', '工作单位']),
    '-'.repeat(48),
    line(['甲一', '一级教师', '岳阳楼区东方红小学']),
    line(['司马乙二', '高级教师', '云溪区云溪中学']),
    line(['丙三', '', '君山区柳林洲镇中学']),
    '推荐单位：  岳阳市教育局',
  ]);

  it('reads one cell per column, the letter-spaced header whole', () => {
    const page = buildPageText(1, VIEW, 0, items, []);
    const rows = page.lines.filter((l) => l.table >= 0);
    // An empty cell holds no text: the last row has two.
    expect(rows.map((r) => r.cells.length)).toEqual([3, 3, 3, 2]);
    expect(page.text).not.toContain('---');
    // The label after the table is no row of it.
    const label = page.lines.find((l) => page.text.slice(l.start, l.end).includes('推荐单位'));
    expect(label?.table).toBe(-1);
  });

  it('reads the people, the one without a title too', () => {
    const pages = [buildPageText(1, VIEW, 0, items, [])];
    const members = (extractFacts(pages, { pack: yueyang }).coreMembers?.value ?? []) as {
      name?: string;
      unit?: string;
      title?: string;
    }[];
    expect(members.map((p) => [p.name, p.title, p.unit])).toEqual([
      ['甲一', '一级教师', '岳阳楼区东方红小学'],
      ['司马乙二', '高级教师', '云溪区云溪中学'],
      ['丙三', undefined, '君山区柳林洲镇中学'],
    ]);
  });

  it('keeps a value with one space inside it whole', () => {
    const table = typed([
      line(['姓名', '学科', '工作单位']),
      '-'.repeat(48),
      line(['甲一', 'C++ 编程', '岳阳楼区东方红小学']),
    ]);
    const page = buildPageText(1, VIEW, 0, table, []);
    const row = page.lines.filter((l) => l.table >= 0)[1]!;
    expect(row.cells.map((c) => page.text.slice(c.start, c.end))).toEqual([
      '甲一',
      'C++编程',
      '岳阳楼区东方红小学',
    ]);
  });
});

describe('a spaced table whose cells wrap onto a second line', () => {
  // "路小学" under the unit column: a wrapped cell, or a row whose first cell is left to the
  // row above? Spaces cannot tell; the table stays with the free-text reader, its rule as text.
  const items = typed([
    '姓名      工作单位          职称',
    '-'.repeat(36),
    '尹立新    辽阳市白塔区文化  高级教师',
    '          路小学',
  ]);
  it('is left as it was', () => {
    const page = buildPageText(1, VIEW, 0, items, []);
    expect(page.lines.every((l) => l.table < 0 || l.cells.every((c) => !c.ruled))).toBe(true);
    const runs = items.map((i) => ({
      str: i.str,
      rect: [i.transform[4], i.transform[5] - 2, i.transform[4] + i.width, i.transform[5] + 7] as [
        number,
        number,
        number,
        number,
      ],
      baseline: i.transform[5] as number,
      size: SIZE,
      vertical: false,
    }));
    const out = typedTables(runs);
    expect(out.rulings).toEqual([]);
    expect(out.items.map((i) => i.str)).toEqual(runs.map((i) => i.str));
  });
});

describe('what is not a typed table', () => {
  it('a bar inside prose stays text', () => {
    const items = [mono('研究方向：A|B 双轨|对照实验', 50, 700)];
    const page = buildPageText(1, VIEW, 0, items, []);
    expect(page.text).toContain('A|B');
  });

  it('dashes filling a blank beside a label stay the value', () => {
    const page = buildPageText(
      1,
      VIEW,
      0,
      [mono('联系电话：', 50, 700), mono('——————', 110, 700)],
      [],
    );
    expect(page.text).toContain('——————');
  });

  it('tells rules from text', () => {
    expect(isTypedRule('+------+====+')).toBe(true);
    expect(isTypedRule('├──────┼──────┤')).toBe(true);
    expect(isTypedRule('|:-----|------|')).toBe(true);
    expect(isTypedRule('——')).toBe(false);
    expect(isTypedRule('1-2-3-4-5-6-7')).toBe(false);
  });
});

describe('hostile typed text stays linear', () => {
  for (const [what, str] of [
    ['100,000 dashes', '-'.repeat(100_000)],
    ['100,000 bars', '|'.repeat(100_000)],
    ['100,000 spaces between two bars', `|${' '.repeat(100_000)}|`],
    ['bars and plus signs alternating', '+|'.repeat(50_000)],
  ] as const) {
    it(what, () => {
      const start = cpuNow();
      const items = Array.from({ length: 20 }, (_, k) => mono(str, 10, 800 - k * 11));
      buildPageText(1, VIEW, 0, items, []);
      expect(cpuNow() - start).toBeLessThan(3000);
    });
  }

  it('300,000 dash runs on one baseline (read as they are, no stack overflow)', () => {
    const items = Array.from({ length: 300_000 }, (_, k) => ({
      str: '------',
      rect: [10 + k * 0.001, 698, 40 + k * 0.001, 708] as [number, number, number, number],
      baseline: 700,
      size: SIZE,
      vertical: false,
    }));
    const read = typedTables(items);
    expect(read.items).toBe(items);
    expect(read.rulings).toEqual([]);
  }, 60_000);

  it('two thousand typed rows of forty bars each', () => {
    const line = `|${'甲|'.repeat(40)}`;
    const items = Array.from({ length: 2000 }, (_, k) => mono(line, 10, 800 - k * 0.4));
    const start = cpuNow();
    buildPageText(1, VIEW, 0, items, []);
    expect(cpuNow() - start).toBeLessThan(5000);
  });

  it('a thousand typed rows of many bars', () => {
    const line = row(['甲', '乙', '丙', '丁', '戊', '己'], [2, 2, 2, 2, 2, 2], '|');
    const items = Array.from({ length: 1000 }, (_, k) => mono(line, 10, 800 - k * 0.8));
    const start = cpuNow();
    buildPageText(1, VIEW, 0, items, []);
    expect(cpuNow() - start).toBeLessThan(5000);
  });
});
