/** W3C Web Annotation export: selectors, bodies, target by content hash. */
import { describe, expect, it } from 'vitest';
import type { PdfRect } from '../../lib/annotations/annotation';
import { toWebAnnotationCollection } from '../../lib/annotations/web-annotation';
import { annotation, FILE_HASH } from './support';

const A4: PdfRect = [0, 0, 595, 842];

describe('toWebAnnotationCollection', () => {
  const highlight = annotation({
    kind: 'highlight',
    page: 2,
    rects: [[100, 700, 300, 712]],
    quote: { exact: '主要成员单位', prefix: '一、', suffix: '不少于4个' },
    position: { start: 10, end: 16 },
    comment: '只有3个',
    tags: ['资格'],
  });
  const area = annotation({ kind: 'area', page: 0, rects: [[50, 100, 150, 300]] });
  const gone = { ...annotation({ kind: 'note' }), deleted: true };
  const other = { ...annotation({ kind: 'note' }), fileHash: 'b'.repeat(64) } as typeof gone;
  const json = toWebAnnotationCollection({
    file: { hash: FILE_HASH, name: '申报书.pdf' },
    annotations: [highlight, area, gone, other],
    pageBox: () => A4,
    evidence: [
      { annotationId: highlight.id, kind: 'criterion', id: 'c-members', label: '成员单位' },
    ],
  }) as {
    '@context': string;
    total: number;
    // biome-ignore lint/suspicious/noExplicitAny: assertions walk the JSON-LD freely
    first: { items: Record<string, any>[] };
  };
  const [first, second] = json.first.items;

  it('is a JSON-LD collection of the file’s live annotations, in page order', () => {
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.total).toBe(2);
    expect(first!.id).toBe(`urn:review-desk:annotation:${area.id}`);
    expect(second!.id).toBe(`urn:review-desk:annotation:${highlight.id}`);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('targets the file by hash with quote, position and page fragment selectors', () => {
    const target = second!.target;
    expect(target.source).toBe(`urn:sha256:${FILE_HASH}`);
    expect(target.selector).toEqual([
      {
        type: 'FragmentSelector',
        conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
        value: 'page=3&viewrect=100,130,200,12',
        refinedBy: { type: 'TextPositionSelector', start: 10, end: 16 },
      },
      { type: 'TextQuoteSelector', exact: '主要成员单位', prefix: '一、', suffix: '不少于4个' },
    ]);
  });

  it('describes an area with an SVG rectangle in page coordinates', () => {
    const [fragment] = first!.target.selector;
    expect(fragment.value).toBe('page=1&viewrect=50,542,100,200');
    expect(fragment.refinedBy.type).toBe('SvgSelector');
    expect(fragment.refinedBy.value).toContain('<rect x="50" y="542" width="100" height="200"/>');
  });

  it('carries comment, tags, evidence links, creator and colour', () => {
    expect(second!.motivation).toBe('commenting');
    expect(second!.body).toEqual([
      { type: 'TextualBody', value: '只有3个', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: '资格', purpose: 'tagging' },
      {
        type: 'SpecificResource',
        source: 'urn:review-desk:criterion:c-members',
        purpose: 'linking',
        label: '成员单位',
      },
    ]);
    expect(second!.creator).toEqual({ type: 'Person', name: '王老师' });
    expect(second!.created).toBe('2026-11-01T00:00:00.000Z');
    expect(second!.stylesheet.value).toContain('#ffd54f');
    expect(first!.motivation).toBe('highlighting');
    expect(first!.body).toBeUndefined();
  });
});
