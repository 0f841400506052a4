/**
 * Damaged fixtures that once ran pdf.js past any budget in Node, kept as the edits that make them
 * from this repository's fixtures (a few bytes each, not 340 KB files). Found by the long
 * bad-PDFs run (seed 404,405, mutations 525, 560, 1,877 and 1,955): each damages a WeasyPrint
 * file's CFF font, which pdf.js then parsed again for every glyph (getOperatorList building glyph
 * outlines) or parsed without end (getTextContent), on the caller's thread: 10–12 s of CPU for
 * page 1, or no answer at all. The bad-PDFs suite reads them in every run, short and long.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './support';

interface Edit {
  /** Byte offset in the file as the earlier edits left it. */
  at: number;
  remove: number;
  insert: readonly number[];
}

interface KnownBad {
  name: string;
  /** Under test/fixtures. */
  source: string;
  edits: readonly Edit[];
}

export const KNOWN_BAD: readonly KnownBad[] = [
  {
    // No answer in 60 s: page 1's text never came.
    name: 'm525-delete.pdf',
    source: 'zoo/yu-04-weasyprint.pdf',
    edits: [{ at: 184_963, remove: 1, insert: [] }],
  },
  {
    name: 'm560-overwrite.pdf',
    source: 'zoo/yu-14-weasyprint.pdf',
    edits: [
      { at: 168_399, remove: 1, insert: [216] },
      { at: 234_251, remove: 1, insert: [12] },
      { at: 333_873, remove: 1, insert: [107] },
    ],
  },
  {
    name: 'm1877-duplicate.pdf',
    source: 'zoo/yu-09-weasyprint.pdf',
    // Bytes 200,454–200,465 again after themselves.
    edits: [
      { at: 200_466, remove: 0, insert: [250, 177, 90, 242, 120, 126, 253, 120, 1, 121, 188, 148] },
    ],
  },
  {
    name: 'm1955-overwrite.pdf',
    source: 'zoo/yu-14-weasyprint.pdf',
    edits: [
      { at: 23_695, remove: 1, insert: [222] },
      { at: 49_288, remove: 1, insert: [235] },
      { at: 203_766, remove: 1, insert: [51] },
    ],
  },
];

/** The damaged bytes of one known-bad file. */
export function knownBadBytes(bad: KnownBad): Uint8Array {
  let bytes = new Uint8Array(readFileSync(path.join(ROOT, 'test/fixtures', bad.source)));
  for (const { at, remove, insert } of bad.edits) {
    const out = new Uint8Array(bytes.length - remove + insert.length);
    out.set(bytes.subarray(0, at));
    out.set(insert, at);
    out.set(bytes.subarray(at + remove), at + insert.length);
    bytes = out;
  }
  return bytes;
}

/** The source fixture's path, for reports. */
export function knownBadSource(bad: KnownBad): string {
  return path.join(ROOT, 'test/fixtures', bad.source);
}
