/**
 * PAdES signatures in a PDF (SPEC P1–P4): a signature field whose dictionary holds a ByteRange
 * placeholder and a zero-filled /Contents, written by pdf-lib without object streams; then the
 * ByteRange is filled in place, the signed bytes (everything but /Contents) are signed as a
 * detached CMS, and its hex goes into /Contents. Reading finds the same pieces back, with no
 * Node Buffer anywhere, so it runs in browsers too.
 */

import * as asn1js from 'asn1js';
import {
  PDFArray,
  type PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFRef,
  PDFString,
} from 'pdf-lib';
import { ReviewDeskError } from '../errors';

export const SUBFILTER = 'ETSI.CAdES.detached';
const BYTE_RANGE_MARK = '**********';

export interface SignatureFieldInfo {
  /** Signer's name (/Name), the reason and where: shown by PDF readers. */
  name: string;
  reason: string;
  location?: string;
  contactInfo?: string;
  /** The signing time (/M): PAdES keeps it here, covered by the signature. */
  signedAt: Date;
  /** Bytes reserved for the CMS; must exceed its size. */
  reserve: number;
  /** Visible widget over the signature box, or an invisible field when absent. */
  widget?: { page: number; x: number; y: number; width: number; height: number };
}

/** Add an unsigned signature field to a document about to be saved (the last change to it). */
export function addSignaturePlaceholder(pdf: PDFDocument, info: SignatureFieldInfo): void {
  const ctx = pdf.context;
  const byteRange = PDFArray.withContext(ctx);
  byteRange.push(PDFNumber.of(0));
  for (let i = 0; i < 3; i++) byteRange.push(PDFName.of(BYTE_RANGE_MARK));
  const sig = ctx.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: SUBFILTER,
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(info.reserve * 2)),
    M: PDFString.fromDate(info.signedAt),
    Name: PDFHexString.fromText(info.name),
    Reason: PDFHexString.fromText(info.reason),
    ...(info.location ? { Location: PDFHexString.fromText(info.location) } : {}),
    ...(info.contactInfo ? { ContactInfo: PDFHexString.fromText(info.contactInfo) } : {}),
  });
  const sigRef = ctx.register(sig);
  const pages = pdf.getPages();
  const w = info.widget;
  const page = pages[w?.page ?? 0] ?? pages[0]!;
  const rect = w ? [w.x, w.y, w.x + w.width, w.y + w.height] : [0, 0, 0, 0];
  const appearance = ctx.register(
    ctx.stream('', {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, rect[2]! - rect[0]!, rect[3]! - rect[1]!],
    }),
  );
  const widget = ctx.register(
    ctx.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      Rect: rect,
      V: sigRef,
      T: PDFHexString.fromText('Signature1'),
      F: 132, // Print | Locked
      P: page.ref,
      AP: { N: appearance },
    }),
  );
  page.node.addAnnot(widget as PDFRef);
  pdf.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [widget], SigFlags: 3 }));
}

const latin1 = (bytes: Uint8Array, from = 0, to = bytes.length) => {
  let s = '';
  for (let i = from; i < to; i += 8192) {
    s += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 8192)));
  }
  return s;
};

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/**
 * Fill the placeholder: ByteRange in place (padded with spaces to its width), then the CMS made
 * by `sign` over the two signed ranges. `sign` gets exactly the bytes a verifier hashes.
 */
export async function signPreparedPdf(
  prepared: Uint8Array,
  sign: (signedBytes: Uint8Array) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const text = latin1(prepared);
  const markRe = /\/ByteRange\s*\[\s*0\s+\/\*{10}\s+\/\*{10}\s+\/\*{10}\s*\]/g;
  const marks = [...text.matchAll(markRe)];
  if (marks.length !== 1) throw new ReviewDeskError('sign/noPlaceholder');
  const mark = marks[0]!;
  const contentsAt = text.indexOf('/Contents <', mark.index);
  const open = contentsAt + '/Contents '.length;
  const close = text.indexOf('>', open);
  if (contentsAt < 0 || close < 0 || !/^<0+$/.test(text.slice(open, close))) {
    throw new ReviewDeskError('sign/noPlaceholder');
  }
  const bytes = prepared.slice();
  const range = [0, open, close + 1, bytes.length - close - 1];
  const filled = `/ByteRange [${range.join(' ')}]`;
  if (filled.length > mark[0].length) throw new ReviewDeskError('sign/noPlaceholder');
  bytes.set(ascii(filled.padEnd(mark[0].length, ' ')), mark.index);
  const signed = new Uint8Array(range[1]! + range[3]!);
  signed.set(bytes.subarray(0, range[1]), 0);
  signed.set(bytes.subarray(range[2]!), range[1]!);
  const cms = await sign(signed);
  const hex = [...cms].map((b) => b.toString(16).padStart(2, '0')).join('');
  const room = close - open - 1;
  if (hex.length > room) throw new ReviewDeskError('sign/signatureTooLarge', { size: cms.length });
  // The rest of /Contents stays zeros: readers cut the CMS at its own DER length.
  bytes.set(ascii(hex), open + 1);
  return bytes;
}

export interface PdfSignatureSlot {
  byteRange: [number, number, number, number];
  /** The CMS, cut at its DER length (null when /Contents is not readable hex). */
  cms: Uint8Array | null;
  /** Bytes the signature covers: the two ranges, concatenated. */
  signedBytes: Uint8Array;
  /** The ranges start at 0, meet only around /Contents, and end at the end of the file. */
  coversWholeFile: boolean;
  /** Bytes after the end of the signed range (an incremental update, or junk). */
  appendedBytes: number;
  /** Fields of the signature dictionary, read from the signed bytes. */
  subFilter: string | null;
  signedAt: number | null;
  name: string | null;
  reason: string | null;
}

/** `D:YYYYMMDDHHmmSS` with an optional `Z` or `±HH'mm'` offset. */
export function parsePdfDate(value: string): number | null {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (!m) return null;
  const [y, mo = '01', d = '01', h = '00', mi = '00', s = '00'] = m.slice(1, 7);
  let at = Date.UTC(+y!, +mo - 1, +d, +h, +mi, +s);
  const tz = m[7];
  if (tz && tz !== 'Z') {
    const sign = tz.startsWith('-') ? -1 : 1;
    const digits = tz.replace(/[^0-9]/g, '');
    at -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0)) * 60_000;
  }
  return at;
}

function decodePdfText(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    const bytes = Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      let s = '';
      for (let i = 2; i + 1 < bytes.length; i += 2)
        s += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
      return s;
    }
    return latin1(bytes);
  }
  return raw.slice(1, -1).replace(/\\([()\\])/g, '$1');
}

function dictField(dict: string, key: string): string | null {
  const re = new RegExp(
    `/${key}\\s*(<[0-9A-Fa-f\\s]*>|\\((?:\\\\.|[^\\\\)])*\\)|/[^\\s/<>\\[\\]()]+)`,
  );
  const m = re.exec(dict);
  if (!m) return null;
  const v = m[1]!;
  return v.startsWith('/') ? v.slice(1) : decodePdfText(v);
}

/** Every signature in a PDF, in file order. Throws `sign/notPdf` for what is not a PDF. */
export function readPdfSignatures(bytes: Uint8Array): PdfSignatureSlot[] {
  if (latin1(bytes, 0, Math.min(bytes.length, 1024)).indexOf('%PDF-') < 0) {
    throw new ReviewDeskError('sign/notPdf');
  }
  const text = latin1(bytes);
  const slots: PdfSignatureSlot[] = [];
  const re = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  for (const m of text.matchAll(re)) {
    const range = m.slice(1, 5).map(Number) as [number, number, number, number];
    const [a, b, c, d] = range;
    const end = c + d;
    const sane = a === 0 && b > 0 && c > b && end <= bytes.length;
    let cms: Uint8Array | null = null;
    if (sane && bytes[b] === 0x3c && bytes[c - 1] === 0x3e) {
      const hex = text.slice(b + 1, c - 1).replace(/\s+/g, '');
      if (/^[0-9A-Fa-f]*$/.test(hex) && hex.length % 2 === 0) {
        const raw = Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
        const asn = asn1js.fromBER(raw as Uint8Array<ArrayBuffer>);
        if (asn.offset > 0) cms = raw.slice(0, asn.offset);
      }
    }
    const signedBytes = sane ? new Uint8Array(b + d) : new Uint8Array(0);
    if (sane) {
      signedBytes.set(bytes.subarray(0, b), 0);
      signedBytes.set(bytes.subarray(c, end), b);
    }
    // The dictionary around this ByteRange: from its object header to `endobj`.
    const objStart = text.lastIndexOf(' obj', m.index);
    const objEnd = text.indexOf('endobj', m.index);
    const dict = text.slice(
      objStart < 0 ? m.index : objStart,
      objEnd < 0 ? m.index + 2000 : objEnd,
    );
    const withoutContents = dict.replace(/\/Contents\s*<[0-9A-Fa-f\s]*>/, '');
    const when = dictField(withoutContents, 'M');
    slots.push({
      byteRange: range,
      cms,
      signedBytes,
      coversWholeFile: sane && end === bytes.length,
      appendedBytes: Math.max(0, bytes.length - end),
      subFilter: dictField(withoutContents, 'SubFilter'),
      signedAt: when ? parsePdfDate(when) : null,
      name: dictField(withoutContents, 'Name'),
      reason: dictField(withoutContents, 'Reason'),
    });
  }
  return slots;
}
