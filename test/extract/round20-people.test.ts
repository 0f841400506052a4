/**
 * Round 20 (held-out v20 as a development set), people tables that came out empty: names with
 * their reading printed small over them (ruby: pinyin with tone marks or without, 注音符号, per
 * name or per character), and a wide spreadsheet printed at 100% whose right-hand columns land on
 * later pages (the name on page 1, the unit and the phone on page 2, the same sheet rows at the
 * same heights; print titles repeating the first columns; the sheet's next rows on a later page
 * with their own columns further on).
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Rect } from '../../lib/pdf/layout';
import { glossSyllables, withoutRubyGlosses } from '../../lib/pdf/ruby-glosses';
import type { Ruling } from '../../lib/pdf/rulings';
import { DocumentLayout } from '../../lib/pdf/structure/document';
import { buildPageText, type PageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');
const A4: Rect = [0, 0, 595, 842];
const SIZE = 11;
const LEFT = 54;
const ROW = 18;

type Person = { name: string; unit?: string; title?: string; phone?: string; duty?: string };
const people = (v: unknown) => (v ?? []) as Person[];

interface Grid {
  /** The first row's top border. */
  top: number;
  widths: number[];
  rows: string[][];
}

/**
 * A page as a spreadsheet prints it: ruled grids (every cell bordered, empty ones too) at given
 * heights, and free lines where given; a running foot with the page number.
 */
function sheetPage(
  n: number,
  grids: Grid[],
  lines: { text: string; y: number; x?: number }[] = [],
  extra: TextItem[] = [],
): PageText {
  const items: TextItem[] = [...extra, item(`第 ${n} 页`, 270, 30, 9)];
  const rulings: Ruling[] = [];
  for (const l of lines) items.push(item(l.text, l.x ?? LEFT + 1, l.y));
  for (const grid of grids) {
    grid.rows.forEach((row, r) => {
      const top = grid.top - r * ROW;
      const bottom = top - ROW;
      let x0 = LEFT;
      row.forEach((text, c) => {
        const x1 = x0 + grid.widths[c]!;
        if (text) items.push(item(text, x0 + 3, bottom + 5));
        rulings.push(
          { horizontal: true, at: top, from: x0, to: x1 },
          { horizontal: true, at: bottom, from: x0, to: x1 },
          { horizontal: false, at: x0, from: bottom, to: top },
          { horizontal: false, at: x1, from: bottom, to: top },
        );
        x0 = x1;
      });
    });
  }
  return buildPageText(n, A4, 0, items, rulings);
}

const FIELDS: Grid = {
  top: 700,
  widths: [112, 308],
  rows: [
    ['共同体名称', '甲市创客农场共同体'],
    ['主持单位', '甲县实验小学'],
  ],
};

const MEMBERS: [string, string, string, string][] = [
  ['刘春雨', '甲县实验小学', '高级教师', '13812345671'],
  ['陈晓峰', '甲市第二中学', '一级教师', '13812345672'],
  ['周文静', '乙县实验中学', '二级教师', '13812345673'],
];

describe('a reading printed over a name (ruby)', () => {
  it('counts the syllables of pinyin (tone marks or not, any case) and of 注音符号', () => {
    expect(glossSyllables('guì xiù')).toEqual([2, 2]);
    // "yuan" may be read yu'an: a range.
    expect(glossSyllables('zhong li zhi yuan')).toEqual([4, 5]);
    expect(glossSyllables('HUÁNG FǓ LÌ HUÀ')).toEqual([4, 6]);
    expect(glossSyllables('lǜ')).toEqual([1, 1]);
    // Run together: "zhuge" is two syllables; "xian" one or two.
    expect(glossSyllables('Zhuge')).toEqual([2, 2]);
    expect(glossSyllables('xian')).toEqual([1, 2]);
    expect(glossSyllables('ㄓㄨ ㄍㄜˊ')).toEqual([2, 2]);
  });

  it('is no reading for English words or figures', () => {
    expect(glossSyllables('Python')).toBeUndefined();
    expect(glossSyllables('Unit')).toBeUndefined();
    expect(glossSyllables('2019.09')).toBeUndefined();
    expect(glossSyllables('Tel: 139')).toBeUndefined();
  });

  /** A people table whose name cells carry the name's reading small over it. */
  function rubyForm(glossed: (name: string, x: number, y: number) => TextItem[]): PageText {
    const grid: Grid = {
      top: 620,
      widths: [70, 160, 90],
      rows: [['姓名', '所在单位', '职称'], ...MEMBERS.map((m) => ['', m[1], m[2]])],
    };
    const extra: TextItem[] = [];
    MEMBERS.forEach(([name], r) => {
      const bottom = grid.top - (r + 2) * ROW;
      // A taller cell would hold the reading; here it stands in the cell's upper part.
      extra.push(item(name, LEFT + 3, bottom + 3), ...glossed(name, LEFT + 3, bottom + 3));
    });
    return sheetPage(1, [FIELDS, grid], [{ text: '项目组成员', y: 640 }], extra);
  }

  const READINGS: Record<string, string[]> = {
    刘春雨: ['liú', 'chūn', 'yǔ'],
    陈晓峰: ['chén', 'xiǎo', 'fēng'],
    周文静: ['zhōu', 'wén', 'jìng'],
  };

  it('is no part of the name: a whole name’s reading over it', () => {
    const facts = extractFacts(
      [rubyForm((name, x, y) => [item(READINGS[name]!.join(' '), x, y + SIZE * 0.85, SIZE * 0.5)])],
      { pack: liaoning },
    );
    expect(people(facts.coreMembers?.value)).toEqual(
      MEMBERS.map(([name, unit, title]) => ({ name, unit, title })),
    );
  });

  it('is no part of the name: each character’s reading over it, in capitals', () => {
    const facts = extractFacts(
      [
        rubyForm((name, x, y) =>
          READINGS[name]!.map((syllable, k) =>
            item(syllable.toUpperCase(), x + k * SIZE, y + SIZE * 0.85, SIZE * 0.45),
          ),
        ),
      ],
      { pack: liaoning },
    );
    expect(people(facts.coreMembers?.value).map((p) => p.name)).toEqual(MEMBERS.map((m) => m[0]));
  });

  it('is no row of its own in a table without borders', () => {
    const items: TextItem[] = [
      item('共同体名称：甲市创客农场共同体', LEFT, 760),
      item('项目组成员', LEFT, 720),
      item('姓名', LEFT, 696),
      item('所在单位', 160, 696),
      item('职称', 340, 696),
    ];
    MEMBERS.forEach(([name, unit, title], r) => {
      const y = 670 - r * 30;
      items.push(
        item(READINGS[name]!.join(' '), LEFT, y + SIZE * 0.8, SIZE * 0.5),
        item(name, LEFT, y),
        item(unit, 160, y),
        item(title, 340, y),
      );
    });
    const built = buildPageText(1, A4, 0, items, []);
    // The readings are no line of the page.
    expect(built.text).not.toMatch(/chūn|wén|fēng/);
    expect(built.lines.length).toBe(3 + MEMBERS.length);
    const facts = extractFacts([built], { pack: liaoning });
    expect(people(facts.coreMembers?.value)).toEqual(
      MEMBERS.map(([name, unit, title]) => ({ name, unit, title })),
    );
  });

  it('keeps Latin text that is no small reading over Han text', () => {
    const base = { str: '张三', rect: [60, 500, 82, 511] as Rect, baseline: 502, size: 11 };
    const gloss = (str: string, size: number) => ({
      str,
      rect: [60, 512, 60 + str.length * size * 0.5, 512 + size] as Rect,
      baseline: 513,
      size,
      vertical: false,
    });
    const items = (str: string, size: number) => [{ ...base, vertical: false }, gloss(str, size)];
    // Same size as the name: romanisation beside or over it as text of its own.
    expect(withoutRubyGlosses(items('zhang san', 11))).toHaveLength(2);
    // Small, but no pinyin; pinyin of more syllables than the characters under it.
    expect(withoutRubyGlosses(items('Unit', 5.5))).toHaveLength(2);
    expect(withoutRubyGlosses(items('zhang san li si wu', 5.5))).toHaveLength(2);
    expect(withoutRubyGlosses(items('zhāng sān', 5.5))).toHaveLength(1);
  });

  it('returns at once on a hostile page', () => {
    const long = {
      str: 'a'.repeat(300_000),
      rect: [0, 500, 10, 505] as Rect,
      baseline: 501,
      size: 5,
      vertical: false,
    };
    const many = Array.from({ length: 4000 }, (_, i) => ({
      str: 'ba',
      rect: [i % 500, 500 + (i % 7), (i % 500) + 5, 505 + (i % 7)] as Rect,
      baseline: 501 + (i % 7),
      size: 5,
      vertical: false,
    }));
    const started = cpuNow();
    expect(withoutRubyGlosses([long])).toHaveLength(1);
    expect(withoutRubyGlosses(many)).toHaveLength(4000);
    expect(glossSyllables(`${'zhuang'.repeat(50_000)}`)).toBeUndefined();
    expect(cpuNow() - started).toBeLessThan(2000);
  });
});

/** Page 1 of a wide sheet: its fields and the tables' first columns (序号, 姓名). */
function leftPage(n: number, rows = MEMBERS): PageText {
  return sheetPage(
    n,
    [
      FIELDS,
      {
        top: 600,
        widths: [112, 308],
        rows: [['序号', '姓名'], ...rows.map((m, i) => [String(i + 1), m[0]])],
      },
    ],
    [{ text: '项目组成员', y: 606 }],
  );
}

/** The next page: the same rows' further columns, at the same heights, nothing else. */
function rightPage(n: number, titles = false, rows = MEMBERS): PageText {
  const head = ['工作单位', '职称', '联系电话'];
  const body = rows.map((m) => [m[1], m[2], m[3]]);
  return sheetPage(
    n,
    [
      {
        top: 600,
        widths: titles ? [112, 308, 180, 90, 110] : [180, 90, 110],
        rows: titles
          ? [['序号', '姓名', ...head], ...body.map((r, i) => [String(i + 1), rows[i]![0], ...r])]
          : [head, ...body],
      },
    ],
    // Print titles repeat the fields' first columns too.
    titles ? [{ text: '项目组成员', y: 606 }] : [],
    titles
      ? FIELDS.rows.flatMap((r, i) => [
          item(r[0]!, LEFT + 3, FIELDS.top - (i + 1) * ROW + 5),
          item(r[1]!, LEFT + 115, FIELDS.top - (i + 1) * ROW + 5),
        ])
      : [],
  );
}

const WHOLE = MEMBERS.map(([name, unit, title, phone]) => ({ name, unit, title, phone }));

describe('a table whose right-hand columns go on on a later page', () => {
  it('reads each row with its cells from the later page, the page itself not again', () => {
    const facts = extractFacts([leftPage(1), rightPage(2)], { pack: liaoning });
    expect(people(facts.coreMembers?.value)).toEqual(WHOLE);
    expect(facts.coreMembers!.confidence).toBeGreaterThanOrEqual(0.6);
    // The evidence names both pages.
    const pages = new Set(facts.coreMembers!.evidence.map((e) => e.page));
    expect(pages).toEqual(new Set([1, 2]));
  });

  it('leaves out the columns print titles repeat', () => {
    const facts = extractFacts([leftPage(1), rightPage(2, true)], { pack: liaoning });
    expect(people(facts.coreMembers?.value)).toEqual(WHOLE);
    expect(facts.projectName?.value).toBe('甲市创客农场共同体');
  });

  it('reads the sheet’s next rows, printed on a later page with their own further columns', () => {
    const more: [string, string, string, string][] = [
      ['王海涛', '乙县第三小学', '高级教师', '13812345674'],
    ];
    // Over then down: page 1 columns A:B, page 2 C:E, page 3 the next rows' A:B (the list's
    // last row at the page's top), page 4 their C:E.
    const next = sheetPage(
      3,
      [
        { top: 780, widths: [112, 308], rows: [['4', more[0]![0]]] },
        { top: 740, widths: [112, 308], rows: [['推荐单位', '甲市教育局']] },
      ],
      [],
    );
    const nextRight = sheetPage(4, [
      { top: 780, widths: [180, 90, 110], rows: [[more[0]![1], more[0]![2], more[0]![3]]] },
    ]);
    const facts = extractFacts([leftPage(1), rightPage(2), next, nextRight], { pack: liaoning });
    expect(people(facts.coreMembers?.value)).toEqual([
      ...WHOLE,
      { name: '王海涛', unit: '乙县第三小学', title: '高级教师', phone: '13812345674' },
    ]);
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
  });

  it('does not join a table going on down the next page on the same grid', () => {
    const more: [string, string, string, string][] = [
      ['王海涛', '乙县第三小学', '高级教师', '13812345674'],
      ['李佳怡', '丙区育才学校', '一级教师', '13812345675'],
      ['赵子墨', '丙区实验小学', '二级教师', '13812345676'],
    ];
    const table = (rows: typeof MEMBERS, from: number): Grid => ({
      top: 600,
      widths: [50, 80, 150, 90, 50],
      rows: [
        ['序号', '姓名', '工作单位', '职称', '联系电话'],
        ...rows.map((m, i) => [String(from + i), m[0], m[1], m[2], m[3]]),
      ],
    });
    // The header repeated over the rest, every row where page 1's rows stand.
    const first = sheetPage(1, [FIELDS, table(MEMBERS, 1)], [{ text: '项目组成员', y: 606 }]);
    const second = sheetPage(2, [FIELDS, table(more, 4)], [{ text: '项目组成员（续）', y: 606 }]);
    const layout = new DocumentLayout([first, second]);
    expect(layout.rows.some((r) => r.page === 2)).toBe(true);
    // Without a caption of its own either: the same columns, the same table.
    const bare = sheetPage(2, [{ ...table(more, 4), rows: table(more, 4).rows.slice(1) }]);
    const facts = extractFacts([first, bare], { pack: liaoning });
    expect(people(facts.coreMembers?.value).map((p) => p.name)).toEqual(
      [...MEMBERS, ...more].map((m) => m[0]),
    );
  });

  it('does not join a page that has a line of its own', () => {
    const right = rightPage(2);
    const own = sheetPage(
      2,
      [
        {
          top: 600,
          widths: [180, 90, 110],
          rows: [['工作单位', '职称', '联系电话'], ...MEMBERS.map((m) => [m[1], m[2], m[3]])],
        },
      ],
      [{ text: '顾问', y: 606 }],
    );
    expect(new DocumentLayout([leftPage(1), right]).rows.some((r) => r.page === 2)).toBe(false);
    expect(new DocumentLayout([leftPage(1), own]).rows.some((r) => r.page === 2)).toBe(true);
  });

  it('reads a role table of the alliance form with its columns three pages on', () => {
    const roles = (n: number, cols: string[][], widths: number[]) =>
      sheetPage(n, [{ top: 600, widths, rows: cols }]);
    const first = sheetPage(
      1,
      [
        { top: 700, widths: [112, 308], rows: [['联盟名称', '甲市编程教育网络教研联盟']] },
        {
          top: 600,
          widths: [112, 308],
          rows: [
            ['序号', '姓名'],
            ['1', '刘春雨'],
          ],
        },
      ],
      [{ text: '主持人', y: 606 }],
    );
    const facts = extractFacts(
      [
        first,
        roles(
          2,
          [
            ['学科', '职务'],
            ['信息科技', '教研组长'],
          ],
          [196, 196],
        ),
        roles(
          3,
          [
            ['职称', '联系电话'],
            ['高级教师', '13812345671'],
          ],
          [168, 224],
        ),
        roles(
          4,
          [
            ['所在单位', '备注'],
            ['甲县实验小学', ''],
          ],
          [224, 224],
        ),
      ],
      { pack: yueyang },
    );
    expect(people(facts.host?.value)).toEqual([
      {
        name: '刘春雨',
        subject: '信息科技',
        duty: '教研组长',
        title: '高级教师',
        phone: '13812345671',
        unit: '甲县实验小学',
      },
    ]);
  });

  it('proposes for checking what it read from columns whose rows two pages could own', () => {
    // Down then over: the sheet's next rows (another table at the very same rows) are printed
    // before the first rows' further columns, which then line up with either page.
    const others: [string, string, string, string][] = [
      ['王海涛', '乙县第三小学', '高级教师', '13812345674'],
      ['李佳怡', '丙区育才学校', '一级教师', '13812345675'],
      ['赵子墨', '丙区实验小学', '二级教师', '13812345676'],
    ];
    const down = sheetPage(
      2,
      [
        {
          top: 600,
          widths: [112, 308],
          rows: [['序号', '姓名'], ...others.map((m, i) => [String(i + 1), m[0]])],
        },
      ],
      [{ text: '共同体负责人', y: 606 }],
    );
    const facts = extractFacts([leftPage(1), down, rightPage(3)], { pack: liaoning });
    // Page 3 is read with page 2's rows (the nearer), but it could be page 1's: for checking.
    const read = facts.host;
    expect(people(read?.value).map((p) => p.name)).toEqual(others.map((m) => m[0]));
    expect(read?.confidence ?? 1).toBeLessThan(0.6);
    expect(read?.doubts).toContain('columnsJoined');
    // Alone, the same pages join for certain.
    const sure = extractFacts([leftPage(1), rightPage(2)], { pack: liaoning }).coreMembers;
    expect(sure?.doubts ?? []).not.toContain('columnsJoined');
  });

  it('reads a hostile document in bounded time', () => {
    const rows = Array.from({ length: 300 }, (_, i) => [String(i + 1), 'x'.repeat(1000)]);
    const big = sheetPage(1, [{ top: 800, widths: [100, 300], rows }]);
    const started = cpuNow();
    const pages = Array.from({ length: 15 }, (_, i) => ({ ...big, page: i + 1 }));
    const layout = new DocumentLayout(pages);
    expect(layout.rows.length).toBeGreaterThan(0);
    expect(cpuNow() - started).toBeLessThan(10_000);
  });
});
