/**
 * Export a file's annotations as W3C Web Annotation JSON-LD (an AnnotationCollection), so other
 * tools (Hypothesis-style clients, archives) can read them. Each annotation targets the file by
 * content (`urn:sha256:<hash>`) and carries:
 * - a FragmentSelector (RFC 3778 PDF fragment): `page=N` (1-based) and, where there are
 *   rectangles, `viewrect=left,top,width,height` in PDF points from the page's top-left corner;
 *   for text, refined by a TextPositionSelector into that page's normalised text;
 * - a TextQuoteSelector (exact, prefix, suffix) when the annotation covers text;
 * - for areas, the FragmentSelector is refined by an SvgSelector with the rectangle;
 * - bodies: the comment (commenting), one per tag (tagging), one per evidence link (linking);
 * - the colour as a CssStylesheet with a class on the target.
 */
import type { Annotation, PdfRect } from './annotation';
import { round2, unionRect } from './geometry';

export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const RFC3778 = 'http://tools.ietf.org/rfc/rfc3778';

export interface EvidenceLink {
  annotationId: string;
  kind: 'criterion' | 'fact';
  id: string;
  label?: string;
}

export interface WebAnnotationExportInput {
  file: { hash: string; name: string };
  annotations: readonly Annotation[];
  /** The page's view box `[x0, y0, x1, y1]` in user space (0-based page); for `viewrect`. */
  pageBox: (page: number) => PdfRect | undefined;
  evidence?: readonly EvidenceLink[];
}

type Json = Record<string, unknown>;

/** `[x0,y0,x1,y1]` (user space) → `left,top,width,height` from the page's top-left. */
function viewrect(rect: PdfRect, box: PdfRect): string {
  const [x0, y0, x1, y1] = rect;
  return [x0 - box[0], box[3] - y1, x1 - x0, y1 - y0].map(round2).join(',');
}

function svgRect(rect: PdfRect, box: PdfRect): string {
  const [left, top, w, h] = viewrect(rect, box).split(',');
  const [bw, bh] = [round2(box[2] - box[0]), round2(box[3] - box[1])];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${bw} ${bh}"><rect x="${left}" y="${top}" width="${w}" height="${h}"/></svg>`;
}

function selectors(a: Annotation, box: PdfRect | undefined): Json[] {
  const page = `page=${a.page + 1}`;
  const bounds = unionRect(a.rects);
  const fragment: Json = {
    type: 'FragmentSelector',
    conformsTo: RFC3778,
    value: bounds && box ? `${page}&viewrect=${viewrect(bounds, box)}` : page,
  };
  const out: Json[] = [fragment];
  if (a.quote.exact) {
    fragment.refinedBy = {
      type: 'TextPositionSelector',
      start: a.position.start,
      end: a.position.end,
    };
    out.push({ type: 'TextQuoteSelector', ...a.quote });
  } else if (a.kind === 'area' && bounds && box) {
    fragment.refinedBy = { type: 'SvgSelector', value: svgRect(bounds, box) };
  }
  return out;
}

function motivation(a: Annotation): string {
  if (a.kind === 'note' || a.comment) return 'commenting';
  return 'highlighting';
}

export function toWebAnnotation(
  a: Annotation,
  file: { hash: string },
  box: PdfRect | undefined,
  evidence: readonly EvidenceLink[] = [],
): Json {
  const body: Json[] = [];
  if (a.comment) {
    body.push({
      type: 'TextualBody',
      value: a.comment,
      format: 'text/plain',
      purpose: 'commenting',
    });
  }
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  for (const link of evidence) {
    body.push({
      type: 'SpecificResource',
      source: `urn:review-desk:${link.kind}:${encodeURIComponent(link.id)}`,
      purpose: 'linking',
      ...(link.label ? { label: link.label } : {}),
    });
  }
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: `urn:review-desk:annotation:${encodeURIComponent(a.id)}`,
    type: 'Annotation',
    motivation: motivation(a),
    created: new Date(a.createdAt).toISOString(),
    modified: new Date(a.updatedAt).toISOString(),
    creator: { type: 'Person', name: a.author },
    ...(body.length ? { body } : {}),
    target: {
      source: `urn:sha256:${file.hash}`,
      type: 'Text',
      format: 'application/pdf',
      selector: selectors(a, box),
      styleClass: 'review-desk-color',
    },
    // The colour, the Web Annotation way: a stylesheet with a class the target names.
    stylesheet: {
      type: 'CssStylesheet',
      value: `.review-desk-color { background-color: ${a.color} }`,
    },
  };
}

/** The whole file's (non-deleted) annotations as one AnnotationCollection. */
export function toWebAnnotationCollection(input: WebAnnotationExportInput): Json {
  const items = input.annotations
    .filter((a) => !a.deleted && a.fileHash === input.file.hash)
    .sort((a, b) => a.page - b.page || a.createdAt - b.createdAt)
    .map((a) =>
      toWebAnnotation(
        a,
        input.file,
        input.pageBox(a.page),
        (input.evidence ?? []).filter((e) => e.annotationId === a.id),
      ),
    );
  for (const item of items) delete item['@context'];
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: input.file.name,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
