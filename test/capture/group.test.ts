/** Grouping captured links into applications: the three rules, and properties of any grouping. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILE_PATTERN,
  type GroupRule,
  groupLinks,
  rowTitle,
} from '../../lib/capture/group';
import { type CandidateLink, linkFileName } from '../../lib/capture/links';
import { isReviewDeskError } from '../../lib/errors';

function link(
  url: string,
  text: string,
  row: CandidateLink['row'] = null,
  order = 0,
): CandidateLink {
  const base = { url, text, title: '', download: '', type: '', frameId: 0, row, order };
  return { ...base, kind: 'pdf', fileName: linkFileName(base) };
}

const HEADERS = ['序号', '项目名称', '申报单位', '附件'];
const row = (key: string, cells: string[]) => ({ key, cells, headers: HEADERS });

describe('group rules', () => {
  const r1 = row('1', ['1', '智慧课堂共同体', '大连一中', '申报书.pdf 汇总表.pdf']);
  const r2 = row('2', ['2', '乡村英语共同体', '锦州二中', '申报书.pdf']);
  const links = [
    link('https://p.example/1/a.pdf', '申报书.pdf', r1),
    link('https://p.example/1/b.pdf', '汇总表.pdf', r1),
    link('https://p.example/2/a.pdf', '申报书.pdf', r2),
    link('https://p.example/loose/大连一中-证明材料.pdf', '大连一中-证明材料.pdf'),
  ];

  it('by row: the links of a row are one application, named from the name column', () => {
    const groups = groupLinks(links, { by: 'row' });
    expect(groups.map((g) => [g.title, g.links.length])).toEqual([
      ['智慧课堂共同体', 2],
      ['乡村英语共同体', 1],
      ['大连一中-证明材料', 1],
    ]);
  });

  it('by link text: links with the same text go together', () => {
    const groups = groupLinks(links, { by: 'text' });
    expect(groups.map((g) => [g.title, g.links.length])).toEqual([
      ['申报书', 2],
      ['汇总表', 1],
      ['大连一中-证明材料', 1],
    ]);
  });

  it('by file name pattern: the default takes the part before the first separator', () => {
    const named = [
      link('https://p.example/x/大连一中-申报书.pdf', '下载'),
      link('https://p.example/x/锦州二中_申报书.pdf', '下载'),
      link('https://p.example/x/大连一中-汇总表.pdf', '下载'),
    ];
    const groups = groupLinks(named, { by: 'fileName', pattern: DEFAULT_FILE_PATTERN });
    expect(groups.map((g) => [g.title, g.links.length])).toEqual([
      ['大连一中', 2],
      ['锦州二中', 1],
    ]);
    const custom = groupLinks(named, { by: 'fileName', pattern: '(申报书|汇总表)$' });
    expect(custom.map((g) => g.title)).toEqual(['申报书', '汇总表']);
  });

  it('refuses a pattern that is not a regular expression, in words', () => {
    try {
      groupLinks(links, { by: 'fileName', pattern: '([' });
      expect.unreachable();
    } catch (error) {
      expect(isReviewDeskError(error) && error.code).toBe('extension/badPattern');
    }
  });

  it('names a row by its first telling cell when no header says "name"', () => {
    expect(
      rowTitle({ key: 'x', cells: ['3', '2023-09-28', '城区联盟', '下载'], headers: [] }, ['下载']),
    ).toBe('城区联盟');
    expect(rowTitle({ key: 'x', cells: ['3', '下载'], headers: [] }, ['下载'])).toBeNull();
  });
});

const cell = fc.oneof(
  fc.constantFrom('1', '下载', '申报书.pdf', '2023-01-02', '', '  '),
  fc.string({ minLength: 0, maxLength: 12 }),
);
const arbLinks = fc
  .array(
    fc.record({
      name: fc.oneof(
        fc.constantFrom('甲-申报书', '乙_汇总表', '甲-汇总表', 'x'),
        fc.string({ maxLength: 20 }),
      ),
      text: fc.oneof(fc.constantFrom('下载', '申报书.pdf', ''), fc.string({ maxLength: 20 })),
      row: fc.option(
        fc.record({ key: fc.constantFrom('a', 'b', 'c'), cells: fc.array(cell, { maxLength: 5 }) }),
      ),
    }),
    { maxLength: 30 },
  )
  .map((items) =>
    items.map((item, i) =>
      link(
        `https://p.example/${i}/${encodeURIComponent(item.name)}.pdf`,
        item.text,
        item.row ? { ...item.row, headers: [] } : null,
        i,
      ),
    ),
  );
const arbRule: fc.Arbitrary<GroupRule> = fc.oneof(
  fc.constant({ by: 'row' as const }),
  fc.constant({ by: 'text' as const }),
  fc.constantFrom(DEFAULT_FILE_PATTERN, '^(.)', '(.*)', 'x').map((pattern) => ({
    by: 'fileName' as const,
    pattern,
  })),
);

describe('any grouping', () => {
  it('puts every link in exactly one non-empty group with a title, in page order', () => {
    fc.assert(
      fc.property(arbLinks, arbRule, (links, rule) => {
        const groups = groupLinks(links, rule);
        const flat = groups.flatMap((g) => g.links);
        expect(flat.length).toBe(links.length);
        expect(new Set(flat).size).toBe(links.length);
        for (const g of groups) {
          expect(g.links.length).toBeGreaterThan(0);
          expect(g.title.length).toBeGreaterThan(0);
          expect(g.title.length).toBeLessThanOrEqual(300);
          // Within a group, page order; groups ordered by their first link.
          const orders = g.links.map((l) => l.order);
          expect(orders).toEqual([...orders].sort((a, b) => a - b));
        }
        const firsts = groups.map((g) => g.links[0]!.order);
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
      }),
    );
  });

  it('by row: two links share a group exactly when they share a row', () => {
    fc.assert(
      fc.property(arbLinks, (links) => {
        const groups = groupLinks(links, { by: 'row' });
        const groupOf = new Map(groups.flatMap((g) => g.links.map((l) => [l, g.key] as const)));
        for (const a of links) {
          for (const b of links) {
            const together = groupOf.get(a) === groupOf.get(b);
            const sameRow = a === b || (a.row !== null && a.row.key === b.row?.key);
            expect(together).toBe(sameRow);
          }
        }
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbLinks, arbRule, (links, rule) => {
        expect(groupLinks(links, rule)).toEqual(groupLinks(links, rule));
      }),
    );
  });
});
