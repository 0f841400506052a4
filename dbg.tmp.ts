import { readFileSync } from 'node:fs';
import { openPdf } from './lib/pdf/open';
import { getDocumentText } from './lib/pdf/text';
import { setPlatform } from './lib/platform';
import { nodePlatform } from './lib/platform/node';
setPlatform(nodePlatform);
const pdf = await openPdf(new Uint8Array(readFileSync(process.argv[2]!)), { fileName: 'x' });
const { pages } = await getDocumentText(pdf);
for (const p of pages.slice(0, Number(process.argv[3] ?? 1))) {
  for (const l of p.lines) console.log(l.table, l.cells.map((c) => p.text.slice(c.start, c.end)).join(' | '));
}
