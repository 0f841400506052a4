/**
 * Extraction with OCR on, over folders of forms with truth files, counted as
 * scripts/measure-extraction.ts counts (the text-only figure): what reading mixed pages by OCR
 * (lib/ocr/mixed-pages.ts — a picture of the blank form with the values typed as text) and
 * scanned pages adds. `--only TEXT` measures the forms whose name holds TEXT; `--cache DIR` keeps
 * each page's OCR reading by file hash (the CLI's cache format), so a second run reads nothing.
 *
 *   npx tsx scripts/measure-mixed-ocr.ts DIR... [--only scanlabel] [--cache DIR] [--mismatches]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractFromPdf, isUncertain } from '../lib/extract';
import { Scoreboard } from '../lib/extract/measure';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import { defaultOcrCacheDir, diskOcrCache, nodeOcrService } from '../lib/platform/node-ocr';
import { packFor, type Truth, truthFiles } from './measure-folder';

setPlatform(nodePlatform);

const { values, positionals } = parseArgs({
  options: {
    only: { type: 'string' },
    cache: { type: 'string' },
    mismatches: { type: 'boolean' },
  },
  allowPositionals: true,
});
if (positionals.length === 0) {
  console.error('usage: npx tsx scripts/measure-mixed-ocr.ts DIR... [--only TEXT] [--cache DIR]');
  process.exit(2);
}
const cache = diskOcrCache(values.cache ?? defaultOcrCacheDir());
const board = new Scoreboard();
let ocrPages = 0;
let seconds = 0;
for (const dir of positionals) {
  for (const truthFile of truthFiles(dir)) {
    if (values.only && !path.basename(truthFile).includes(values.only)) continue;
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Truth;
    const pdfFile = path.join(
      path.dirname(truthFile),
      truth.file ?? path.basename(truthFile).replace(/\.truth\.json$/, '.pdf'),
    );
    const pack = packFor(path.dirname(truthFile), truth.rubric);
    const result = await extractFromPdf(new Uint8Array(readFileSync(pdfFile)), {
      fileName: path.basename(pdfFile),
      pack,
      budgetMs: 60_000,
      ocr: { service: nodeOcrService, cache },
    });
    const declared = new Set(pack.facts.filter((f) => f.hints?.reader !== 'none').map((f) => f.id));
    const stated = { ...truth.notInPack, ...truth.facts };
    const expected = Object.fromEntries(Object.entries(stated).filter(([id]) => declared.has(id)));
    board.add(path.relative(process.cwd(), pdfFile), expected, result.facts);
    const read = result.ocr?.pages ?? [];
    ocrPages += read.length;
    seconds += read.reduce((s, p) => s + p.seconds, 0);
    const uncertain = Object.values(result.facts).filter((f) => isUncertain(f)).length;
    console.log(
      `${path.basename(pdfFile)}: OCR pages ${read.map((p) => `${p.page}${p.cached ? ' (cached)' : ''} mean ${p.meanConfidence}`).join(', ') || 'none'}; uncertain ${uncertain}`,
    );
  }
}
const total = board.total();
console.log(board.table());
console.log(
  `exact values: ${total.tp} of ${total.tp + total.fn}; wrong proposed as certain: ${total.wrongCertain ?? 0}; uncertain ${total.uncertain ?? 0} (right ${total.uncertainRight ?? 0}); OCR pages ${ocrPages}, ${seconds.toFixed(1)} s read`,
);
if (values.mismatches) console.log(JSON.stringify(board.mismatches, null, 1));
