/**
 * Checkboxes and marks of cached OCR readings found again from the pixels, without reading the
 * text again: the scans are made again (same seeded degradations as ocr-measure), rendered and
 * straightened as the engine does, and only findCheckboxes runs (a second a page, where reading
 * takes minutes a form). Pages read turned keep their cached marks.
 *
 *   npx tsx scripts/ocr-refresh-shapes.ts FORMS_DIR FROM_CACHE_SUBDIR TO_CACHE_SUBDIR [NAME_PREFIX]
 *
 * then measure with `ocr-measure.ts --cache` on the new cache (its subfolder named as the
 * measure names it for FORMS_DIR). Variant 0 only.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findCheckboxes } from '../lib/ocr/checkboxes';
import { OCR_VERSION, type OcrImageResult, straightened, textHeightOf } from '../lib/ocr/engine';
import { binarize, inkGray } from '../lib/ocr/image';
import { renderPageImage } from '../lib/ocr/render';
import { openPdf } from '../lib/pdf/open';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import { degradations } from './zoo/degradations';
import { scanPdf } from './zoo/scanner';

setPlatform(nodePlatform);
const [src, from, to, only] = process.argv.slice(2) as [string, string, string, string?];
if (!src || !from || !to)
  throw new Error('usage: ocr-refresh-shapes.ts FORMS_DIR FROM TO [PREFIX]');
mkdirSync(to, { recursive: true });
for (const f of readdirSync(src)
  .filter((f) => f.endsWith('.pdf'))
  .sort()) {
  if (only && !f.startsWith(only)) continue;
  const geo = path.join(from, `${f}.v0.geometry.json`);
  if (!existsSync(geo)) continue;
  writeFileSync(path.join(to, `${f}.v0.geometry.json`), readFileSync(geo));
  const text = new Uint8Array(readFileSync(path.join(src, f)));
  const scanned = await scanPdf(text.slice(), degradations(f, 0));
  const pdf = await openPdf(scanned, { fileName: f });
  for (let n = 1; n <= pdf.numPages; n++) {
    const name = `${f}.v0.p${n}.ocr${OCR_VERSION}.d-.json`;
    const cached = JSON.parse(readFileSync(path.join(from, name), 'utf8')) as OcrImageResult;
    if (!cached.orientation) {
      const rendered = await renderPageImage(pdf, n);
      const { gray } = straightened(inkGray(rendered.image));
      if (gray.width === cached.width && gray.height === cached.height) {
        const textHeight = textHeightOf(cached.lines, cached.dpi);
        const mask = binarize(gray);
        const before = cached.checkboxes.length;
        cached.checkboxes = findCheckboxes(mask, gray.data, gray.width, gray.height, {
          textHeight,
        });
        const round = cached.checkboxes.filter((b) => b.round);
        const ticked = round.filter((b) => b.ticked).length;
        console.log(
          f,
          n,
          `${before} → ${cached.checkboxes.length} marks, ${round.length} round (${ticked} ticked)`,
        );
      } else console.log(f, n, 'size differs');
    }
    writeFileSync(path.join(to, name), JSON.stringify(cached));
  }
  await pdf.close();
}
