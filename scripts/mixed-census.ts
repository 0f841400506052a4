/**
 * Which pages of these folders' PDFs the mixed-page detector picks (lib/ocr/mixed-pages.ts: a
 * page-sized picture holding writing that the visible text layer does not): the check that
 * text forms are never sent to OCR. Reads text only, never OCR. Prints each picked page, and
 * with `--verbose` the census of every page of a file holding a page-sized picture.
 *
 *   npx tsx scripts/mixed-census.ts DIR... [--verbose]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findMixedPages, holdsPagePicture, pageCensus } from '../lib/ocr/mixed-pages';
import { getDocumentText } from '../lib/pdf/document-text';
import { openPdf } from '../lib/pdf/open';
import { getPlatform, setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';

setPlatform(nodePlatform);
const { values, positionals } = parseArgs({
  options: { verbose: { type: 'boolean' } },
  allowPositionals: true,
});

function pdfs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...pdfs(full));
    else if (name.endsWith('.pdf')) out.push(full);
  }
  return out;
}

const total = { files: 0, pages: 0, withPicture: 0, picked: 0, unreadable: 0 };
const started = Date.now();
for (const file of positionals.flatMap(pdfs)) {
  const bytes = new Uint8Array(readFileSync(file));
  total.files++;
  let pdf: Awaited<ReturnType<typeof openPdf>>;
  try {
    pdf = await openPdf(bytes, { fileName: path.basename(file) });
  } catch {
    total.unreadable++;
    continue;
  }
  try {
    const { pages } = await getDocumentText(pdf, { budgetMs: 60_000 });
    total.pages += pages.length;
    if (!holdsPagePicture(bytes)) continue;
    total.withPicture++;
    const mixed = await findMixedPages(pdf, pages, bytes);
    total.picked += mixed.length;
    if (mixed.length) console.log(`mixed: ${file} page ${mixed.join(', ')}`);
    if (values.verbose) {
      const pdfjs = await getPlatform().loadPdfjs();
      for (const p of pages.filter((q) => q.hasText)) {
        const proxy = await pdf.proxy.getPage(p.page);
        const words = p.items.filter((i) => i.str.trim() !== '').map((i) => i.rect);
        console.log(`  ${file} p${p.page}`, JSON.stringify(await pageCensus(proxy, pdfjs, words)));
        proxy.cleanup();
      }
    }
  } catch {
    total.unreadable++;
  } finally {
    await pdf.close();
  }
}
console.log(JSON.stringify({ ...total, seconds: Math.round((Date.now() - started) / 1000) }));
