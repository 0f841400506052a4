import { describe, expect, it } from 'vitest';
import { describeTextRange } from '../../lib/annotations/anchor';
import { type Annotation, createAnnotation } from '../../lib/annotations/annotation';
import { carryOver } from '../../lib/annotations/carry-over';
import type { ApplicationId, FileHash } from '../../lib/ids';
import { buildPageText, type PageText } from '../../lib/pdf/text';

/** A page model from plain lines (one text item per line), as pdf.js would give them. */
function page(n: number, lines: string[]): PageText {
  const items = lines.map((str, i) => ({
    str,
    transform: [12, 0, 0, 12, 50, 800 - i * 20],
    width: str.length * 12,
    height: 12,
    hasEOL: true,
    dir: 'ltr',
    fontName: 'f',
  }));
  return buildPageText(n, [0, 0, 595, 842], 0, items as never, []);
}

function highlight(pages: PageText[], pageIndex: number, phrase: string): Annotation {
  const text = pages[pageIndex]!.text;
  const start = text.indexOf(phrase);
  const { quote, position } = describeTextRange(text, start, start + phrase.length);
  return createAnnotation(
    {
      kind: 'highlight',
      page: pageIndex,
      rects: [],
      quote,
      position,
      color: '#ffd54f',
      tags: ['人数'],
      comment: '核对',
    },
    { applicationId: 'a1' as ApplicationId, fileHash: 'a'.repeat(64) as FileHash, author: 'm1' },
  );
}

const provider = (pages: PageText[]) => ({
  texts: pages.map((p) => p.text),
  model: async (i: number) => pages[i]!,
});

describe('carry annotations over to a new version of a file', () => {
  const v1 = [page(1, ['申报书', '核心成员共十二名，分布在五所学校。', '实践自2019年9月开始。'])];

  it('finds a highlight again after text was inserted before it and the page changed', async () => {
    const v2 = [
      page(1, ['申报书（修订版）', '补充说明：本表按通知要求重新填写。']),
      page(2, ['一、团队', '核心成员共十二名，分布在五所学校。', '实践自2019年9月开始。']),
    ];
    const a = highlight(v1, 0, '核心成员共十二名');
    const { carried, lost } = await carryOver([a], provider(v2));
    expect(lost).toEqual([]);
    expect(carried).toHaveLength(1);
    const { draft } = carried[0]!;
    expect(draft.page).toBe(1);
    expect(v2[1]!.text.slice(draft.position.start, draft.position.end)).toBe('核心成员共十二名');
    expect(draft.rects.length).toBeGreaterThan(0);
    expect(draft).toMatchObject({ comment: '核对', tags: ['人数'], kind: 'highlight' });
  });

  it('reports what it cannot find, and areas without text, instead of guessing', async () => {
    const gone = highlight(v1, 0, '实践自2019年9月开始');
    const area = createAnnotation(
      {
        kind: 'area',
        page: 0,
        rects: [[10, 10, 50, 50]],
        quote: { exact: '', prefix: '', suffix: '' },
        position: { start: 0, end: 0 },
        color: '#ffd54f',
        tags: [],
        comment: '',
      },
      { applicationId: 'a1' as ApplicationId, fileHash: 'a'.repeat(64) as FileHash, author: 'm1' },
    );
    const v2 = [page(1, ['申报书', '核心成员共十二名，分布在五所学校。'])];
    const { carried, lost } = await carryOver([gone, area], provider(v2));
    expect(carried).toEqual([]);
    expect(lost.map((a) => a.id)).toEqual([gone.id, area.id]);
  });
});
