/**
 * The OCR fixtures (test/fixtures/ocr): text fixtures from test/fixtures/extract, "printed,
 * stamped and scanned" by scanner.ts, each with the facts of its text twin as truth. Small on
 * purpose (CI reads them by OCR): two applications, a few pages. Measurement over many more
 * variants is `npx tsx scripts/ocr-measure.ts`, which scans on the fly.
 *
 *   npx tsx scripts/zoo/ocr-fixtures.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type ScanOptions, scanPdf } from './scanner';

export interface OcrFixture {
  name: string;
  /** The text PDF in test/fixtures/extract it was scanned from (its truth is the truth). */
  from: string;
  scan: Partial<ScanOptions>;
}

export const OCR_FIXTURES: OcrFixture[] = [
  {
    // Colour scan at 150 dpi, a little crooked, a red seal over the lead unit's name.
    name: 'ym-form-sealed',
    from: 'ym-form-docx',
    scan: {
      dpi: 150,
      skewDegrees: 1.2,
      color: true,
      jpegQuality: 55,
      noise: 7,
      seals: [{ page: 1, x: 0.74, y: 0.16, text: '临湘市天岳实验中学' }],
      seed: 11,
    },
  },
  {
    // Grey scan at 120 dpi, turned the other way, heavy JPEG.
    name: 'ln-table-skewed',
    from: 'ln-table-odt',
    scan: { dpi: 120, skewDegrees: -1.8, jpegQuality: 45, noise: 8, seed: 12 },
  },
];

async function main() {
  const source = path.resolve('test/fixtures/extract');
  const out = path.resolve('test/fixtures/ocr');
  mkdirSync(out, { recursive: true });
  for (const f of OCR_FIXTURES) {
    const pdf = await scanPdf(
      new Uint8Array(readFileSync(path.join(source, `${f.from}.pdf`))),
      f.scan,
    );
    writeFileSync(path.join(out, `${f.name}.pdf`), pdf);
    const truth = JSON.parse(readFileSync(path.join(source, `${f.from}.truth.json`), 'utf8'));
    const record = {
      ...truth,
      file: `${f.name}.pdf`,
      producer: 'scan',
      from: `${f.from}.pdf`,
      scan: f.scan,
    };
    writeFileSync(path.join(out, `${f.name}.truth.json`), `${JSON.stringify(record, null, 2)}\n`);
    console.log(`${f.name}.pdf  ${pdf.length} bytes`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
