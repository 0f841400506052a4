/**
 * Anchoring: selectors describe a range; re-anchoring finds it again by position, exact quote or
 * fuzzy quote after the text shifted, or reports it orphaned.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeTextRange, reanchor, type TextSelectors } from '../../lib/annotations/anchor';

const PAGE0 =
  '岳阳市中小学信息科技（技术）网络教研联盟申报表。主持人：李明，所在单位：岳阳市第一中学。' +
  '核心成员共12人，均来自市直学校。每年原创或深度二次加工的教学资源不少于200条。';
const PAGE1 =
  '辽宁省2022年度教育信息化教学应用实践共同体项目推荐表。主要成员单位不少于4个，' +
  '自2019年9月起开展实践，已持续开展三年。项目名称：智慧课堂协同教研共同体。';

function select(pages: string[], page: number, exact: string, nth = 0): TextSelectors {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = pages[page]!.indexOf(exact, at + 1);
  if (at < 0) throw new Error(`fixture: ${exact} not on page ${page}`);
  return { page, ...describeTextRange(pages[page]!, at, at + exact.length) };
}

function anchoredText(pages: string[], r: ReturnType<typeof reanchor>): string | null {
  if (r.status !== 'anchored') return null;
  return pages[r.page]!.slice(r.position.start, r.position.end);
}

describe('describeTextRange', () => {
  it('keeps up to 32 characters of context on each side and the exact position', () => {
    const s = select([PAGE0], 0, '岳阳市第一中学');
    expect(s.quote.exact).toBe('岳阳市第一中学');
    expect(s.quote.prefix).toBe(PAGE0.slice(Math.max(0, s.position.start - 32), s.position.start));
    expect(s.quote.prefix.length).toBe(32);
    expect(s.quote.suffix).toBe(PAGE0.slice(s.position.end, s.position.end + 32));
    expect(PAGE0.slice(s.position.start, s.position.end)).toBe('岳阳市第一中学');
  });

  it('clamps ranges to the page', () => {
    const d = describeTextRange('abc', -5, 99);
    expect(d.position).toEqual({ start: 0, end: 3 });
    expect(d.quote).toEqual({ exact: 'abc', prefix: '', suffix: '' });
  });
});

describe('reanchor', () => {
  const pages = [PAGE0, PAGE1];

  it('uses the stored position when it still holds the quote', () => {
    const s = select(pages, 1, '主要成员单位不少于4个');
    const r = reanchor(s, pages);
    expect(r).toMatchObject({ status: 'anchored', method: 'position', page: 1, score: 1 });
    expect(anchoredText(pages, r)).toBe('主要成员单位不少于4个');
  });

  it('finds the quote after text was inserted before it', () => {
    const s = select(pages, 1, '自2019年9月起开展实践');
    const shifted = [PAGE0, `（此处为新增的说明文字，共二十余字。）${PAGE1}`];
    const r = reanchor(s, shifted);
    expect(r).toMatchObject({ status: 'anchored', method: 'quote', page: 1 });
    expect(anchoredText(shifted, r)).toBe('自2019年9月起开展实践');
  });

  it('finds the quote after text was deleted before it', () => {
    const s = select(pages, 1, '项目名称：智慧课堂协同教研共同体');
    const shifted = [PAGE0, PAGE1.replace('辽宁省2022年度', '')];
    const r = reanchor(s, shifted);
    expect(anchoredText(shifted, r)).toBe('项目名称：智慧课堂协同教研共同体');
  });

  it('ignores whitespace and line-break changes', () => {
    const s = select(pages, 0, '核心成员共12人');
    const shifted = [PAGE0.replace('核心成员共12人', '核心 成员\n共 12 人'), PAGE1];
    const r = reanchor(s, shifted);
    expect(r.status).toBe('anchored');
    expect(anchoredText(shifted, r)).toBe('核心 成员\n共 12 人');
  });

  it('matches across full-width and half-width forms and CJK radicals', () => {
    const s = select(pages, 0, '不少于200条');
    const wide = [PAGE0.replace('不少于200条', '不少于２００条'), PAGE1];
    expect(anchoredText(wide, reanchor(s, wide))).toBe('不少于２００条');
    // Chromium-printed PDFs give Kangxi / supplement radicals (⼀ for 一, ⻚ for 页).
    const withRadicals = ['第⼀⻚：主持人李明', ''];
    const q = { page: 0, ...describeTextRange('第一页：主持人李明', 0, 3) };
    expect(anchoredText(withRadicals, reanchor(q, withRadicals))).toBe('第⼀⻚');
  });

  it('follows the quote to another page', () => {
    const s = select(pages, 0, '主持人：李明，所在单位：岳阳市第一中学');
    const moved = ['封面', '目录', PAGE0];
    const r = reanchor({ ...s, page: 0 }, moved);
    expect(r).toMatchObject({ status: 'anchored', page: 2 });
    expect(anchoredText(moved, r)).toBe('主持人：李明，所在单位：岳阳市第一中学');
  });

  it('picks the occurrence whose context matches when the quote repeats', () => {
    const text = 'A组：成员单位5个，已审核。B组：成员单位5个，待补充材料。';
    const s = {
      page: 0,
      ...describeTextRange(
        text,
        text.lastIndexOf('成员单位5个'),
        text.lastIndexOf('成员单位5个') + 6,
      ),
    };
    const shifted = [`前言。${text}`];
    const r = reanchor(s, shifted);
    expect(r.status).toBe('anchored');
    if (r.status === 'anchored')
      expect(r.position.start).toBe(shifted[0]!.lastIndexOf('成员单位5个'));
  });

  it('matches a quote that was itself edited slightly (fuzzy)', () => {
    const s = select(pages, 1, '主要成员单位不少于4个，自2019年9月起开展实践');
    const edited = [PAGE0, PAGE1.replace('主要成员单位不少于4个，', '主要成员单位共计不少于4个；')];
    const r = reanchor(s, edited);
    expect(r).toMatchObject({ status: 'anchored', method: 'fuzzy', page: 1 });
    expect(anchoredText(edited, r)).toContain('开展实践');
  });

  it('reports orphaned when the quote is gone', () => {
    const s = select(pages, 1, '智慧课堂协同教研共同体');
    const gone = [PAGE0, PAGE1.replace('项目名称：智慧课堂协同教研共同体。', '')];
    expect(reanchor(s, gone)).toEqual({ status: 'orphaned' });
    expect(reanchor({ ...s, quote: { ...s.quote, exact: '' } }, pages)).toEqual({
      status: 'orphaned',
    });
  });

  it('refreshes quote context to the new text', () => {
    const s = select(pages, 1, '开展实践');
    const shifted = [PAGE0, `新的开头。${PAGE1}`];
    const r = reanchor(s, shifted);
    if (r.status !== 'anchored') throw new Error('not anchored');
    expect(r.quote.exact).toBe('开展实践');
    expect(r.quote.prefix).toBe(shifted[1]!.slice(r.position.start - 32, r.position.start));
  });
});

describe('reanchor properties', () => {
  const alphabet = [...'教研联盟成员单位主持人申报岳阳市共同体实践年月日abcXYZ0123456789，。'];
  const text = (min: number, max: number) =>
    fc
      .array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max })
      .map((a) => a.join(''));
  // Quotes with a unique marker cannot collide with the random filler.
  const quote = fc
    .array(fc.constantFrom(...'甲乙丙丁戊己庚辛壬癸'), { minLength: 6, maxLength: 24 })
    .map((a) => `【${a.join('')}】`);

  it('anchors a range to itself by position', () => {
    fc.assert(
      fc.property(text(0, 200), text(1, 60), text(0, 200), (before, q, after) => {
        const page = before + q + after;
        const s = { page: 0, ...describeTextRange(page, before.length, before.length + q.length) };
        const r = reanchor(s, [page]);
        expect(r).toMatchObject({ status: 'anchored', method: 'position', page: 0 });
      }),
      { seed: 4, numRuns: 200 },
    );
  });

  it('finds a unique quote after arbitrary insertions and deletions around it', () => {
    fc.assert(
      fc.property(
        text(0, 150),
        quote,
        text(0, 150),
        text(0, 80),
        text(0, 80),
        fc.nat(),
        (before, q, after, addBefore, addAfter, cut) => {
          const page = before + q + after;
          const s = {
            page: 0,
            ...describeTextRange(page, before.length, before.length + q.length),
          };
          const cutBefore = before.slice(cut % (before.length + 1));
          const next = addBefore + cutBefore + q + after + addAfter;
          const r = reanchor(s, [next]);
          expect(r.status).toBe('anchored');
          if (r.status === 'anchored') {
            expect(next.slice(r.position.start, r.position.end)).toBe(q);
          }
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  it('finds a quote that moved to any page', () => {
    fc.assert(
      fc.property(
        fc.array(text(0, 120), { minLength: 2, maxLength: 8 }),
        quote,
        fc.nat(),
        fc.nat(),
        (pages, q, from, to) => {
          const a = from % pages.length;
          const b = to % pages.length;
          const original = pages.slice();
          original[a] = `${original[a]}${q}`;
          const s = {
            page: a,
            ...describeTextRange(original[a]!, original[a]!.length - q.length, original[a]!.length),
          };
          const moved = pages.slice();
          moved[b] = `${q}${moved[b]}`;
          const r = reanchor(s, moved);
          expect(r).toMatchObject({ status: 'anchored', page: b });
          if (r.status === 'anchored')
            expect(moved[b]!.slice(r.position.start, r.position.end)).toBe(q);
        },
      ),
      { seed: 11, numRuns: 150 },
    );
  });

  it('tolerates a single edit inside a long quote (fuzzy)', () => {
    fc.assert(
      fc.property(text(10, 100), quote, text(10, 100), fc.nat(), (before, q, after, at) => {
        const page = before + q + after;
        const s = { page: 0, ...describeTextRange(page, before.length, before.length + q.length) };
        const i = 1 + (at % (q.length - 2));
        const editedQ = `${q.slice(0, i)}X${q.slice(i + 1)}`;
        const next = before + editedQ + after;
        const r = reanchor(s, [next]);
        expect(r).toMatchObject({ status: 'anchored', page: 0 });
        if (r.status === 'anchored') {
          // The match overlaps the edited quote's place.
          expect(r.position.start).toBeLessThan(before.length + editedQ.length);
          expect(r.position.end).toBeGreaterThan(before.length);
        }
      }),
      { seed: 13, numRuns: 150 },
    );
  });
});
