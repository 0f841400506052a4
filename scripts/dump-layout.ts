/**
 * Print a PDF's layout as the finders see it: every row with its table number and cells
 * (x-range and text), to see why a fact is not read. Debugging aid.
 *   npx tsx scripts/dump-layout.ts FILE.pdf [--page N]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getDocumentText } from '../lib/pdf/document-text';
import { openPdf } from '../lib/pdf/open';
import { DocumentLayout } from '../lib/pdf/structure/document';
import { inReadingOrder } from '../lib/pdf/structure/page-order';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';

setPlatform(nodePlatform);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { page: { type: 'string' } },
});
const file = positionals[0];
if (!file) throw new Error('usage: dump-layout FILE.pdf [--page N]');
const pdf = await openPdf(new Uint8Array(readFileSync(file)), { fileName: file });
const text = await getDocumentText(pdf);
const doc = new DocumentLayout(inReadingOrder(text.pages.filter((p) => p.hasText)));
for (const row of doc.rows) {
  if (values.page && row.page !== Number(values.page)) continue;
  const cells = row.cells.map(
    (c) => `[${Math.round(c.rect[0])}-${Math.round(c.rect[2])}${c.ruled ? 'r' : ''}] ${c.text}`,
  );
  console.log(
    `p${row.page} t${row.table} y${Math.round(row.top)} s${row.size.toFixed(1)}  ${cells.join(' | ')}`,
  );
}
await pdf.close();
