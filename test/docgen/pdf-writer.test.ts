/**
 * The generated forms (demo, zoo) must carry their Latin text exactly: fontkit's default shaping
 * turns "fi" into one ligature glyph that extracts as nothing, and swaps digits for alternates
 * with no ToUnicode. The extractor is measured on these forms, so a lost letter is a lost fact.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText, type GeneratedDocument } from '../../lib/docgen/document';
import { writePdf } from '../../lib/docgen/pdf-writer';
import { loadCjkFont, loadFontSubsetter } from '../../lib/platform/node-assets';

const LATIN = ['office fifteen', 'SHA-256 A0 A01 2019-A0', '1/2 3/4 ffi ffl', '成员10人 第1页'];

describe('writePdf', () => {
  it('writes Latin letters, digits and fractions that extract exactly as written', async () => {
    const doc: GeneratedDocument = {
      title: 'shaping',
      blocks: [
        { kind: 'paragraph', text: LATIN[0]! },
        { kind: 'table', rows: [[LATIN[1]!, LATIN[2]!]], borders: true },
        { kind: 'paragraph', text: LATIN[3]! },
      ],
    };
    const [font, subset] = await Promise.all([loadCjkFont(), loadFontSubsetter()]);
    const bytes = await writePdf(doc, { font: subset(font, documentText(doc)) });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rd-docgen-')), 'shaping.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const squeezed = text.replace(/\s+/g, '');
    for (const line of LATIN) expect(squeezed).toContain(line.replace(/\s+/g, ''));
  });
});
