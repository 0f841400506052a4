/**
 * A file fetched from a portal, judged by its bytes: servers label login pages, error pages and
 * Word files `application/pdf` (and PDFs `application/octet-stream`), so the content type only
 * helps to explain a refusal. Also reads the server's file name from Content-Disposition.
 */
import { ReviewDeskError } from '../errors';
import { sniffType } from '../store/blobs';
import { safeFileName } from './links';

export interface FetchedFile {
  bytes: Uint8Array;
  /** The server's Content-Type, as sent (may be wrong). */
  contentType: string;
  /** The server's Content-Disposition, as sent (may be empty). */
  disposition: string;
}

/** Larger files are refused before they fill the device (and the extension's message limits). */
export const MAX_CAPTURE_BYTES = 200 * 1024 * 1024;

/** Leading bytes of the formats portals send instead of a PDF. */
const SIGNATURES: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP / Office (docx, xlsx)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'Office 97–2003 (doc, xls)'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF'],
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function looksLikeHtml(head: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<script|<meta|<!--|<\?xml[^>]*>\s*<html)/i.test(
    head,
  );
}

/** What the bytes are, in a few words, for a refusal message. */
export function describeBytes(bytes: Uint8Array, contentType: string): string {
  for (const [signature, name] of SIGNATURES) if (startsWith(bytes, signature)) return name;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  if (looksLikeHtml(head)) return 'HTML';
  if (/^\s*[{[]/.test(head)) return 'JSON';
  return contentType.split(';')[0]!.trim() || 'unknown';
}

/** Throws a ReviewDeskError saying why, unless the bytes are a PDF. */
export function checkPdf(file: Pick<FetchedFile, 'bytes' | 'contentType'>, name: string): void {
  const { bytes, contentType } = file;
  if (bytes.byteLength === 0) throw new ReviewDeskError('extension/empty', { name });
  if (sniffType(bytes) === 'application/pdf') return;
  const kind = describeBytes(bytes, contentType);
  if (kind === 'HTML') throw new ReviewDeskError('extension/htmlNotPdf', { name });
  throw new ReviewDeskError('extension/notPdf', { name, kind });
}

function decodeLatin1AsText(value: string): string {
  // Fetch exposes header bytes as Latin-1 characters; many portals send raw UTF-8 or GBK bytes.
  if (![...value].some((c) => c.charCodeAt(0) > 0x7f)) return value;
  if ([...value].some((c) => c.charCodeAt(0) > 0xff)) return value;
  const bytes = Uint8Array.from([...value].map((c) => c.charCodeAt(0)));
  for (const encoding of ['utf-8', 'gbk']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // try the next encoding
    }
  }
  return value;
}

function percentDecode(value: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The file name a Content-Disposition header gives (RFC 6266, and what portals really send). */
export function fileNameFromDisposition(header: string): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    const charset = extended[1]!.trim().toLowerCase() || 'utf-8';
    const raw = extended[2]!.trim().replace(/^"|"$/g, '');
    try {
      const bytes: number[] = [];
      for (let i = 0; i < raw.length; i++) {
        if (raw[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(raw.slice(i + 1, i + 3))) {
          bytes.push(Number.parseInt(raw.slice(i + 1, i + 3), 16));
          i += 2;
        } else bytes.push(raw.charCodeAt(i));
      }
      const name = new TextDecoder(charset, { fatal: true }).decode(Uint8Array.from(bytes));
      const safe = safeFileName(name);
      if (safe) return safe;
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /(?:^|;)\s*filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header);
  if (!plain) return null;
  const value = plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1]!.trim();
  const safe = safeFileName(percentDecode(decodeLatin1AsText(value)));
  return safe || null;
}
