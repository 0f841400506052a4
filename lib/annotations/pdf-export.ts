/**
 * A copy of a PDF carrying the annotations as real PDF annotations, so any reader shows them:
 * Highlight (with QuadPoints, one quad per line), Square (areas) and Text (notes). Comments are
 * PDF text strings in UTF-16BE (Chinese survives), and every annotation has an appearance stream,
 * because readers differ in whether they draw annotations without one. The original bytes are
 * never changed: the copy is written with pdf-lib (a full rewrite, not an incremental update).
 */
import {
  EncryptedPDFError,
  PDFDocument,
  PDFHexString,
  type PDFPage,
  type PDFRef,
  PDFString,
} from 'pdf-lib';
import { ReviewDeskError } from '../errors';
import type { Annotation, PdfRect } from './annotation';
import { hexToRgb, quadPoints, round2, unionRect } from './geometry';

export interface PdfExportInput {
  bytes: Uint8Array;
  fileName: string;
  annotations: readonly Annotation[];
}

const n = (v: number) => String(round2(v));
const rgb = (hex: string) => hexToRgb(hex).map(n).join(' ');

function contents(a: Annotation): string {
  const tags = a.tags.map((t) => `#${t}`).join(' ');
  return [a.comment, tags].filter(Boolean).join('\n');
}

/** A form XObject drawing `ops` over `bbox` (in page space, identity matrix). */
function appearance(doc: PDFDocument, bbox: PdfRect, ops: string, multiply = false): PDFRef {
  const resources = multiply
    ? { ExtGState: { GS0: { Type: 'ExtGState', BM: 'Multiply', CA: 1, ca: 1 } } }
    : {};
  const stream = doc.context.stream(ops, {
    Type: 'XObject',
    Subtype: 'Form',
    FormType: 1,
    BBox: bbox.map(round2),
    Resources: resources,
  });
  return doc.context.register(stream);
}

function highlightOps(a: Annotation): string {
  const boxes = a.rects.map(
    ([x0, y0, x1, y1]) => `${n(x0)} ${n(y0)} ${n(x1 - x0)} ${n(y1 - y0)} re`,
  );
  return `/GS0 gs ${rgb(a.color)} rg ${boxes.join(' ')} f`;
}

function squareOps(a: Annotation, r: PdfRect): string {
  const [x0, y0, x1, y1] = r;
  return `${rgb(a.color)} RG 2 w ${n(x0 + 1)} ${n(y0 + 1)} ${n(x1 - x0 - 2)} ${n(y1 - y0 - 2)} re S`;
}

/** A note icon: a filled square with three text lines. */
function noteOps(a: Annotation, r: PdfRect): string {
  const [x0, y0, x1, y1] = r;
  const w = x1 - x0;
  const h = y1 - y0;
  const lines = [0.3, 0.5, 0.7]
    .map((f) => `${n(x0 + w * 0.2)} ${n(y1 - h * f)} m ${n(x1 - w * 0.2)} ${n(y1 - h * f)} l`)
    .join(' ');
  return `${rgb(a.color)} rg 0.3 0.3 0.3 RG 1 w ${n(x0 + 0.5)} ${n(y0 + 0.5)} ${n(w - 1)} ${n(h - 1)} re B ${lines} S`;
}

function addAnnotation(doc: PDFDocument, page: PDFPage, a: Annotation): void {
  const rect = unionRect(a.rects);
  if (!rect) return;
  const common = {
    Type: 'Annot',
    Rect: rect.map(round2),
    C: hexToRgb(a.color).map(round2),
    F: 4, // Print
    NM: PDFHexString.fromText(a.id),
    T: PDFHexString.fromText(a.author),
    Contents: PDFHexString.fromText(contents(a)),
    M: PDFString.fromDate(new Date(a.updatedAt)),
    CreationDate: PDFString.fromDate(new Date(a.createdAt)),
  };
  let dict: Record<string, unknown>;
  if (a.kind === 'highlight') {
    dict = {
      ...common,
      Subtype: 'Highlight',
      QuadPoints: quadPoints(a.rects).map(round2),
      CA: 1,
      AP: { N: appearance(doc, rect, highlightOps(a), true) },
    };
  } else if (a.kind === 'area') {
    dict = {
      ...common,
      Subtype: 'Square',
      BS: { Type: 'Border', W: 2, S: 'S' },
      AP: { N: appearance(doc, rect, squareOps(a, rect)) },
    };
  } else {
    dict = {
      ...common,
      Subtype: 'Text',
      Name: 'Comment',
      Open: false,
      AP: { N: appearance(doc, rect, noteOps(a, rect)) },
    };
  }
  const ref = doc.context.register(doc.context.obj(dict as Record<string, never>));
  page.node.addAnnot(ref);
}

/** The PDF with the file's (non-deleted) annotations written into it. */
export async function exportAnnotatedPdf(input: PdfExportInput): Promise<Uint8Array> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(input.bytes, { updateMetadata: false });
  } catch (error) {
    // pdf-lib's error classes are compiled to ES5: `instanceof` fails, the message does not.
    if (error instanceof EncryptedPDFError || /is encrypted/.test(String(error))) {
      throw new ReviewDeskError(
        'viewer/exportEncrypted',
        { file: input.fileName },
        { cause: error },
      );
    }
    throw new ReviewDeskError('viewer/exportFailed', { file: input.fileName }, { cause: error });
  }
  const pages = doc.getPages();
  for (const a of input.annotations) {
    if (a.deleted) continue;
    const page = pages[a.page];
    if (!page) continue;
    addAnnotation(doc, page, a);
  }
  return doc.save({ useObjectStreams: false });
}
