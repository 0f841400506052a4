/**
 * How well scans are read (issue 12's targets), over scans made on the fly from every text
 * fixture in test/fixtures/extract — each "printed and scanned" (scripts/zoo/scanner.ts)
 * with seeded degradations: resolution, skew, noise, JPEG quality, a red seal over text on some.
 * The text twin is the truth. Prints, per file and in total:
 *
 *   - characters missed: characters of the text layer not found in the OCR text, counted apart
 *     from order (the headline: a text layer drawn in shuffled order, or turned by `/Rotate`,
 *     is not read in reading order by pdf.js, and OCR is not to blame for that), and in order
 *     (longest common subsequence: order mistakes count too);
 *   - facts exact on the scan (the existing extractor run on the OCR page text);
 *   - wrong values proposed as certain (must be 0), and facts proposed as uncertain — of which
 *     how many were in fact exact (the cost of caution: a reviewer checks them for nothing).
 *     "Certain" is what the app shows: facts annotated as extractFromPdf does (OCR confidence,
 *     snapping to the pack's options) and not `isUncertain`, so a finder's own doubt counts too;
 *   - the same against the text twin: the facts the same extractor reads from the original text
 *     PDF. The truth mixes in text-reading mistakes (issue 11); a value read from the scan that
 *     differs from the twin's while proposed as certain is OCR's own wrong-but-certain (must be 0);
 *   - seconds per page in Node.
 *
 *   npx tsx scripts/ocr-measure.ts [--only NAME] [--first 1] [--variants 2] [--detect-dpi 120] [--json]
 *                                   [--cache DIR] [--dir FOLDER] [--limit N] [--show] [--cached-only]
 *                                   [--rotate 90|180|270|mixed] [--twin-diff FILE]
 *
 * `--dir FOLDER` scans another folder of forms (`NAME.pdf` + `NAME.truth.json`: file, rubric,
 * producer, facts, pagesWithoutText — the held-out sets' format) instead of test/fixtures/extract;
 * `--cached-only` (with `--cache`) counts only the scans already read, reading nothing;
 * `--limit N` measures N of them, spread evenly over the sorted names (deterministic);
 * `--rotate` feeds every sheet to the scanner turned clockwise by that many degrees (`mixed`: each
 * page its own turn, upright included, drawn from the scan's seed), so the page's orientation has
 * to be found before it can be read.
 *
 * `--twin-diff FILE` appends one JSON line per fact not as the twin's ({file, id, twin, got,
 * certain}) to FILE: the material for sorting what the scan loses into classes.
 *
 * `--cache DIR` keeps each page's raw reading (the engine's output, before words, layout and
 * facts) in DIR, keyed by fixture, variant, page, engine version and detection dpi: iterating on
 * post-processing then re-measures in seconds instead of re-reading every page (minutes of CPU
 * on a shared machine). Seconds per page are those of the run that read the page.
 *
 * Variant 0 of each fixture was used while tuning the reader, variants 1 and 2 were looked at
 * later (2 while writing the honest-value rules): `--first 3` measures on scans it has never seen.
 * The pages (and the reading, with `--cache`) of a scan depend only on its fixture and variant.
 */
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ort from 'onnxruntime-node';
import { extractFacts, isUncertain } from '../lib/extract';
import { sameValue } from '../lib/extract/measure';
import { OCR_VERSION, OcrEngine, type OcrImageResult } from '../lib/ocr/engine';
import { spellForPack } from '../lib/ocr/extraction';
import { type OcrPage, ocrPageText } from '../lib/ocr/page-text';
import { renderPageImage } from '../lib/ocr/render';
import { type OrtModule, ortRuntime } from '../lib/ocr/runtime';
import type { OcrService } from '../lib/ocr/service';
import { getDocumentText } from '../lib/pdf/document-text';
import { openPdf } from '../lib/pdf/open';
import type { PageText } from '../lib/pdf/text';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import { ocrModelPaths } from '../lib/platform/node-ocr';
import { builtinPack } from '../lib/rubric';
import { annotateAsTheAppDoes } from './ocr-annotate';
import { missedAnyOrder, missedInOrder } from './ocr-missed';
import { degradations } from './zoo/degradations';
import { pageTurns, type ScanOptions, scanPdf, type Turn } from './zoo/scanner';

setPlatform(nodePlatform);
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    variants: { type: 'string', default: '1' },
    /** First variant: 1 gives degradations never used while tuning (variant 0 was). */
    first: { type: 'string', default: '0' },
    'detect-dpi': { type: 'string' },
    json: { type: 'boolean' },
    /** Print each scan's OCR text and the facts that were not exact (expected, got). */
    show: { type: 'boolean' },
    /** Directory keeping raw page readings between runs (see the header). */
    cache: { type: 'string' },
    /** A folder of forms with truth files (`NAME.pdf` + `NAME.truth.json`) instead of the fixtures. */
    dir: { type: 'string' },
    /** Measure N forms only, spread evenly over the sorted names (the same N always gives the same forms). */
    limit: { type: 'string' },
    /** With --cache: count only scans whose reading is cached, reading nothing (a quick re-count). */
    'cached-only': { type: 'boolean' },
    /** Sheets fed turned: 90, 180, 270 (clockwise) or mixed (seeded per page). */
    rotate: { type: 'string' },
    /** Append one JSON line per fact not as the twin's (file, id, twin, got, certain) to FILE. */
    'twin-diff': { type: 'string' },
  },
});
const rotate = values.rotate;
if (rotate !== undefined && !['90', '180', '270', 'mixed'].includes(rotate)) {
  throw new Error(`--rotate takes 90, 180, 270 or mixed, not ${rotate}`);
}
/** Turned scans are other scans: their readings are cached apart. */
const turnKey = rotate ? `.r${rotate}` : '';
const source = path.resolve(values.dir ?? 'test/fixtures/extract');
/**
 * Cache names of another folder's forms carry the folder, so two sets whose names collide never
 * share readings; the fixtures' keep their names (caches made before `--dir` stay valid).
 */
const cachePrefix = values.dir
  ? `${source.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+/, '')}/`
  : '';

/** `n` items spread evenly over `list` (its order kept): a deterministic sample. */
function spread<T>(list: T[], n: number): T[] {
  if (!(n > 0) || n >= list.length) return list;
  return Array.from({ length: n }, (_, i) => list[Math.floor(((i + 0.5) * list.length) / n)]!);
}

interface Truth {
  file: string;
  rubric: 'liaoning-2022-community' | 'yueyang-2023-alliance';
  producer: string;
  facts: Record<string, unknown>;
  pagesWithoutText: number[];
}

/**
 * The OCR reading of one scan (a fixture's variant): made, rendered and read, or with `--cache`
 * taken from the cache (each page's reading, and where the pages lie, so nothing is scanned or
 * rendered again).
 */
async function readScan(
  engine: OcrEngine,
  file: string,
  text: Uint8Array,
  v: number,
  options: Partial<ScanOptions>,
): Promise<OcrPage[] | null> {
  const at = (name: string) => (values.cache ? path.join(values.cache, name) : undefined);
  const geometryFile = at(`${cachePrefix}${file}.v${v}${turnKey}.geometry.json`);
  const imageFile = (n: number) =>
    at(
      `${cachePrefix}${file}.v${v}${turnKey}.p${n}.ocr${OCR_VERSION}.d${values['detect-dpi'] ?? '-'}.json`,
    );
  if (geometryFile && existsSync(geometryFile)) {
    const geometry = JSON.parse(readFileSync(geometryFile, 'utf8')) as Omit<OcrPage, 'image'>[];
    if (geometry.every((g) => existsSync(imageFile(g.page)!))) {
      return geometry.map((g) => ({
        ...g,
        image: JSON.parse(readFileSync(imageFile(g.page)!, 'utf8')) as OcrImageResult,
      }));
    }
  }
  if (values['cached-only']) return null;
  const scanned = await scanPdf(text.slice(), options);
  const pdf = await openPdf(scanned, { fileName: file });
  const out: OcrPage[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const rendered = await renderPageImage(pdf, n);
      const cached = imageFile(n);
      const image =
        cached && existsSync(cached)
          ? (JSON.parse(readFileSync(cached, 'utf8')) as OcrImageResult)
          : await engine.read(rendered.image, { dpi: rendered.dpi });
      if (cached && !existsSync(cached)) {
        mkdirSync(path.dirname(cached), { recursive: true });
        writeFileSync(cached, JSON.stringify(image));
      }
      const { view, rotation, transform } = rendered;
      out.push({ page: n, view, rotation, transform, image });
    }
  } finally {
    await pdf.close();
  }
  if (geometryFile) {
    mkdirSync(path.dirname(geometryFile), { recursive: true });
    writeFileSync(geometryFile, JSON.stringify(out.map(({ image: _, ...geometry }) => geometry)));
  }
  return out;
}

const compact = (pages: PageText[]) => pages.map((p) => p.text.replace(/\s+/g, '')).join('');

async function main() {
  const paths = ocrModelPaths();
  const runtime = ortRuntime(ort as unknown as OrtModule, 'onnxruntime-node', {
    intraOpNumThreads: Number(process.env.REVIEW_DESK_OCR_THREADS ?? 2),
    graphOptimizationLevel: 'all',
  });
  const engine = await OcrEngine.create(
    runtime,
    {
      detection: new Uint8Array(readFileSync(paths.detection)),
      recognition: new Uint8Array(readFileSync(paths.recognition)),
      dictionary: readFileSync(paths.dictionary, 'utf8'),
    },
    values['detect-dpi'] ? { detectDpi: Number(values['detect-dpi']) } : {},
  );
  if (!existsSync(source)) throw new Error(`no such folder: ${source}`);
  const all = readdirSync(source)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(source, f), 'utf8')) as Truth)
    // Text forms only: a form with a scanned page has truth for its text pages alone.
    .filter((t) => t.producer !== 'scan' && (t.pagesWithoutText ?? []).length === 0)
    .filter((t) => !values.only || t.file.startsWith(values.only));
  const truths = spread(all, Number(values.limit ?? 0));
  if (truths.length === 0) throw new Error(`no text forms with truth files in ${source}`);
  const total = {
    chars: 0,
    missed: 0,
    missedInOrder: 0,
    facts: 0,
    exact: 0,
    wrongCertain: 0,
    uncertain: 0,
    exactUncertain: 0,
    pages: 0,
    seconds: 0,
    twinFacts: 0,
    twinExact: 0,
    twinWrongCertain: 0,
    twinWrongCertainTruth: 0,
  };
  const rows: Record<string, unknown>[] = [];
  for (const truth of truths) {
    const text = new Uint8Array(readFileSync(path.join(source, truth.file)));
    const twin = await openPdf(text.slice(), { fileName: truth.file });
    const pageCount = twin.numPages;
    // A generous time budget: the machine is shared and the text twin is only the truth.
    const truthPages = (await getDocumentText(twin, { budgetMs: 120_000 })).pages.filter(
      (p) => p.hasText,
    );
    await twin.close();
    // The same extractor on the text twin: what the scan should give were OCR perfect. Told apart
    // from the truth, a scan's mistakes are OCR's own, not the text reading's (issue 11).
    const pack = builtinPack(truth.rubric);
    const twinFacts = extractFacts(truthPages, { pack });
    const first = Number(values.first);
    for (let v = first; v < first + Number(values.variants); v++) {
      const options = degradations(truth.file, v);
      if (rotate) {
        const degrees = rotate === 'mixed' ? rotate : (Number(rotate) as Turn);
        options.turns = pageTurns(pageCount, degrees, options.seed ?? v);
      }
      const ocrPages = await readScan(engine, truth.file, text, v, options);
      if (!ocrPages) continue;
      const service = { dictionary: async () => engine.dictionary } as unknown as OcrService;
      // As extractFromPdf does: the pack's rare characters written where a scan cannot read them.
      const pages: PageText[] = await spellForPack(
        ocrPages.map((p) => ocrPageText(p)),
        { service },
        pack,
      );
      const seconds = ocrPages.reduce((sum, p) => sum + p.image.seconds, 0);
      const facts = extractFacts(pages, { pack });
      await annotateAsTheAppDoes(facts, pages, service, pack);
      const certain = (id: string) => facts[id] !== undefined && !isUncertain(facts[id]);
      const row = {
        file: truth.file,
        variant: v,
        scan: `${options.dpi}dpi skew ${options.skewDegrees}° q${options.jpegQuality}${options.seals?.length ? ' seal' : ''}${rotate ? ` turned ${Object.values(options.turns ?? {}).join('/')}` : ''}`,
        chars: 0,
        missed: 0,
        missedInOrder: 0,
        facts: 0,
        exact: 0,
        wrong: [] as string[],
        wrongCertain: [] as string[],
        uncertain: 0,
        exactUncertain: [] as string[],
        twinFacts: 0,
        twinExact: 0,
        twinNotExact: [] as string[],
        /** Certain values that differ from the twin's (or that the twin does not have): OCR's. */
        twinWrongCertain: [] as string[],
        secondsPerPage: Math.round((seconds / pages.length) * 100) / 100,
      };
      const truthText = compact(truthPages);
      row.chars = Array.from(truthText).length;
      row.missed = missedAnyOrder(truthText, compact(pages));
      row.missedInOrder = missedInOrder(truthText, compact(pages));
      if (values.show) for (const p of pages) console.log(`--- page ${p.page}\n${p.text}`);
      for (const [id, expected] of Object.entries(truth.facts)) {
        row.facts++;
        const got = facts[id];
        if (got && sameValue(expected, got.value)) row.exact++;
        else {
          if (values.show) {
            console.log(
              `${id}\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(got?.value)}`,
            );
          }
          row.wrong.push(id);
          if (got && certain(id)) row.wrongCertain.push(`${id}: ${JSON.stringify(got.value)}`);
        }
        if (got && !certain(id)) {
          row.uncertain++;
          if (sameValue(expected, got.value)) row.exactUncertain.push(id);
        }
      }
      for (const id of new Set([...Object.keys(twinFacts), ...Object.keys(facts)])) {
        const expected = twinFacts[id]?.value;
        const got = facts[id];
        if (expected !== undefined) {
          row.twinFacts++;
          if (got && sameValue(expected, got.value)) row.twinExact++;
          else {
            row.twinNotExact.push(id);
            if (values['twin-diff']) {
              const line = {
                file: truth.file,
                id,
                twin: expected,
                got: got?.value,
                certain: certain(id),
              };
              appendFileSync(values['twin-diff'], `${JSON.stringify(line)}\n`);
            }
          }
        }
        if (got && certain(id) && (expected === undefined || !sameValue(expected, got.value))) {
          // Said apart when the scan's value is the truth's all the same (the twin misread).
          const right = id in truth.facts && sameValue(truth.facts[id], got.value);
          row.twinWrongCertain.push(
            `${id}: ${JSON.stringify(got.value)} (twin ${JSON.stringify(expected)}${right ? ', = truth' : ''})`,
          );
          if (values.show) {
            console.log(
              `${id} differs from the twin\n  twin     ${JSON.stringify(expected)}\n  got      ${JSON.stringify(got.value)}`,
            );
          }
        }
      }
      rows.push(row);
      total.twinFacts += row.twinFacts;
      total.twinExact += row.twinExact;
      total.twinWrongCertain += row.twinWrongCertain.length;
      total.twinWrongCertainTruth += row.twinWrongCertain.filter((w) =>
        w.endsWith(', = truth)'),
      ).length;
      total.chars += row.chars;
      total.missed += row.missed;
      total.missedInOrder += row.missedInOrder;
      total.facts += row.facts;
      total.exact += row.exact;
      total.wrongCertain += row.wrongCertain.length;
      total.uncertain += row.uncertain;
      total.exactUncertain += row.exactUncertain.length;
      total.pages += pages.length;
      total.seconds += seconds;
      if (!values.json) {
        console.log(
          `${row.file.padEnd(30)} ${row.scan.padEnd(28)} missed ${((row.missed / row.chars) * 100).toFixed(1)}% (in order ${((row.missedInOrder / row.chars) * 100).toFixed(1)}%)  facts ${row.exact}/${row.facts}  vs twin ${row.twinExact}/${row.twinFacts}  uncertain ${row.uncertain}  wrong-certain ${row.wrongCertain.length}  ${row.secondsPerPage} s/page${row.wrong.length ? `  (not exact: ${row.wrong.join(', ')})` : ''}${row.exactUncertain.length ? `  (exact but uncertain: ${row.exactUncertain.join(', ')})` : ''}${row.wrongCertain.length ? `  WRONG CERTAIN: ${row.wrongCertain.join('; ')}` : ''}${row.twinNotExact.length ? `  (not as twin: ${row.twinNotExact.join(', ')})` : ''}${row.twinWrongCertain.length ? `  OCR WRONG CERTAIN: ${row.twinWrongCertain.join('; ')}` : ''}`,
        );
      }
    }
  }
  const summary = {
    scans: rows.length,
    pages: total.pages,
    charactersMissed: Math.round((total.missed / total.chars) * 10000) / 100,
    charactersMissedInOrder: Math.round((total.missedInOrder / total.chars) * 10000) / 100,
    factsExact: Math.round((total.exact / total.facts) * 10000) / 100,
    facts: total.facts,
    wrongProposedAsCertain: total.wrongCertain,
    uncertain: total.uncertain,
    /** Of those, exact all the same: what caution costs the reviewer. */
    exactButUncertain: total.exactUncertain,
    secondsPerPageNode: Math.round((total.seconds / total.pages) * 100) / 100,
    /** Against the text twin (the same extractor on the original text PDF): OCR's share alone. */
    twin: {
      facts: total.twinFacts,
      factsExact: Math.round((total.twinExact / total.twinFacts) * 10000) / 100,
      exact: total.twinExact,
      /** Certain values that differ from the twin's: must be 0. */
      ocrWrongProposedAsCertain: total.twinWrongCertain,
      /** Of those, the truth's value all the same (the twin misread, the scan did not). */
      ocrWrongProposedAsCertainButTruth: total.twinWrongCertainTruth,
    },
  };
  if (values.json) console.log(JSON.stringify({ rows, summary }, null, 2));
  else {
    console.log(`\n${JSON.stringify(summary)}`);
    console.log(
      `${rows.length} scans, ${total.pages} pages, ${summary.charactersMissed}% of the twin's characters missed (${summary.charactersMissedInOrder}% in reading order), ${summary.secondsPerPageNode} s/page\n` +
        `vs truth: ${total.exact}/${total.facts} facts exact (${summary.factsExact}%), ${total.wrongCertain} wrong proposed as certain, ${total.uncertain} uncertain (${total.exactUncertain} of them exact)\n` +
        `vs twin:  ${total.twinExact}/${total.twinFacts} facts exact (${summary.twin.factsExact}%), ${total.twinWrongCertain} differing from the twin proposed as certain (OCR's wrong-but-certain; ${total.twinWrongCertainTruth} of them the truth's value, the twin misread)`,
    );
  }
  await engine.release();
}

await main();
