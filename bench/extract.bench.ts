/**
 * `extract.pagesPerSecond` (`npm run bench -- extract`): text + facts from a generated 100-page
 * Chinese application (a real-looking Liaoning form followed by annexes of prose and tables),
 * made by several producers — pdf-lib (embedded TrueType subset, like Word/WPS output), Chromium
 * print (Type 3 fonts, which pdf.js reads glyph by glyph), LibreOffice from .docx, WeasyPrint —
 * against poppler's `pdftotext` on the same file in the same run. The target (issue 4) is at
 * least half of pdftotext's pages per second, one-shot.
 *
 * - `oneShot`: a fresh `review-desk extract FILE --rubric … --json` process per file, as a user
 *   runs it after `npm ci` (the bundled CLI in dist/cli/, made first when missing or stale),
 *   against a fresh `pdftotext` process.
 * - `warm`: a process that has read documents before (`check` reading a panel's files one after
 *   another): long documents are also read on helper threads (lib/platform/node-text-pool.ts).
 * - `oneThread`: the same warm pipeline without helper threads (as in a browser tab).
 * Generated files are cached in .tmp/bench-extract/ (a producer may take minutes under load).
 *   BENCH_KEEP=DIR also copies them there.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleIsFresh } from '../bin/cli-bundle.mjs';
import type { Block, GeneratedDocument } from '../lib/docgen/document';
import { extractFacts } from '../lib/extract';
import { liaoningForm } from '../lib/forms/liaoning';
import { liaoningSpec } from '../lib/forms/specs';
import { BASE_VARIANT } from '../lib/forms/variant';
import { getDocumentText } from '../lib/pdf/document-text';
import { openPdf } from '../lib/pdf/open';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import type { Platform } from '../lib/platform/types';
import { builtinPack } from '../lib/rubric';
import { BUNDLE_DIR, buildCli } from '../scripts/build-cli.mjs';
import { type Producer, produce } from '../scripts/zoo/producers';
import { emit, median, QUICK, runsOr, say } from './lib/record';

setPlatform(nodePlatform);
const oneThread: Platform = { ...nodePlatform, readPagesInParallel: undefined };
const RUNS = runsOr(3);
const WARM_UP = QUICK ? 1 : 4;
const PAGES = 100;
const PACK_ID = 'liaoning-2022-community';
const pack = builtinPack(PACK_ID);
/** Bump when the generated document changes, so cached files are made again. */
const VERSION = 1;
const CACHE = path.resolve('.tmp/bench-extract');

const PRODUCERS: { producer: Producer; needs?: string }[] = [
  { producer: 'pdf-lib' },
  { producer: 'chromium', needs: '/usr/bin/chromium' },
  { producer: 'docx', needs: '/usr/bin/soffice' },
  { producer: 'weasyprint', needs: '/usr/bin/weasyprint' },
];

/** A real-looking form followed by annexes (tables, prose) until the document has 100 pages. */
function bigApplication(annexes: number): GeneratedDocument {
  const { doc } = liaoningForm(liaoningSpec(99, 6), BASE_VARIANT);
  const blocks: Block[] = [...doc.blocks];
  const prose =
    '共同体坚持问题导向，围绕课堂教学中的真实问题开展联合教研，利用学习数据分析学生的学习过程，形成了“诊断—干预—反馈”的闭环。各成员单位按月开展同课异构和网络教研活动，定期汇总典型课例，编制校本资源包，并通过区域平台共享。';
  for (let a = 1; a <= annexes; a++) {
    blocks.push(
      { kind: 'pageBreak' },
      { kind: 'heading', text: `附件${a}：第${a}阶段实施情况` },
      { kind: 'paragraph', text: prose.repeat(3) },
    );
    // Every other annex has a table of activities; the rest is prose, as reports are.
    if (a % 2 === 0) continue;
    blocks.push(
      {
        kind: 'table',
        widths: [0.1, 0.3, 0.3, 0.3],
        rows: [
          ['序号', '活动名称', '参与学校', '时间'],
          ...Array.from({ length: 12 }, (_, i) => [
            String(i + 1),
            `第${i + 1}次联合教研活动`,
            '大连市中山区实验小学等五所学校',
            `2021年${(i % 12) + 1}月`,
          ]),
        ],
      },
      { kind: 'paragraph', text: prose.repeat(2) },
    );
  }
  return { ...doc, blocks };
}

async function pageCount(bytes: Uint8Array): Promise<number> {
  const pdf = await openPdf(bytes, { fileName: 'bench.pdf' });
  const n = pdf.numPages;
  await pdf.close();
  return n;
}

/** Generate with more annexes until the file has at least 100 pages; keep the first 100. */
async function generate(producer: Producer): Promise<string> {
  const file = path.join(CACHE, `v${VERSION}-${producer}-${PAGES}.pdf`);
  if (existsSync(file)) return file;
  mkdirSync(CACHE, { recursive: true });
  say(`extract: generating the ${PAGES}-page form with ${producer}…`);
  let annexes = 40;
  for (;;) {
    const bytes = await produce(bigApplication(annexes), producer, {
      font: 'serif',
      borders: true,
    });
    const pages = await pageCount(bytes);
    if (pages >= PAGES) {
      const { PDFDocument } = await import('pdf-lib');
      const src = await PDFDocument.load(bytes);
      const out = await PDFDocument.create();
      const copied = await out.copyPages(
        src,
        Array.from({ length: PAGES }, (_, i) => i),
      );
      for (const p of copied) out.addPage(p);
      writeFileSync(file, await out.save());
      return file;
    }
    annexes = Math.ceil((annexes * PAGES) / pages) + 2;
  }
}

async function warm(bytes: Uint8Array, platform: Platform): Promise<number> {
  setPlatform(platform);
  const t0 = performance.now();
  const pdf = await openPdf(bytes, { fileName: 'bench.pdf' });
  const { pages } = await getDocumentText(pdf);
  extractFacts(pages, { pack });
  await pdf.close();
  return performance.now() - t0;
}

function timed(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const pdftotext = (file: string) =>
  timed(() => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 << 20 }));

/** The CLI as a user runs it: a new process that reads the file and prints its facts. */
const oneShot = (file: string) =>
  timed(() => {
    const out = execFileSync(
      process.execPath,
      ['bin/review-desk.mjs', 'extract', file, '--rubric', PACK_ID, '--json'],
      { maxBuffer: 64 << 20 },
    );
    const pages = (JSON.parse(out.toString()) as { pages: number }).pages;
    if (pages !== PAGES) throw new Error(`the CLI read ${pages} pages, not ${PAGES}`);
  });

async function bench(producer: Producer) {
  const file = await generate(producer);
  if (process.env.BENCH_KEEP)
    copyFileSync(file, path.join(process.env.BENCH_KEEP, path.basename(file)));
  const bytes = new Uint8Array(readFileSync(file));
  // Warm-up: pdf.js module, fonts, cMaps; helper threads started and their code optimised; the
  // CLI's TypeScript compiled once into tsx's cache.
  for (let i = 0; i < WARM_UP; i++) await warm(bytes, nodePlatform);
  await warm(bytes, oneThread);
  pdftotext(file);
  oneShot(file);
  const ms = {
    warm: [] as number[],
    oneThread: [] as number[],
    oneShot: [] as number[],
    pop: [] as number[],
  };
  for (let i = 0; i < RUNS; i++) {
    ms.warm.push(await warm(bytes, nodePlatform));
    ms.oneThread.push(await warm(bytes, oneThread));
    ms.oneShot.push(oneShot(file));
    ms.pop.push(pdftotext(file));
  }
  const rate = (xs: number[]) => (PAGES * 1000) / median(xs);
  for (const mode of ['oneShot', 'warm', 'oneThread'] as const) {
    emit({
      name: `extract.pagesPerSecond.${producer}.${mode}`,
      unit: 'pages/s',
      value: rate(ms[mode]),
      baseline: 'pdftotext (one process per file)',
      baselineValue: rate(ms.pop),
      n: RUNS,
      ...(mode === 'oneShot' ? { target: '≥ 0.5× pdftotext' } : {}),
      note: `${PAGES}-page Chinese form made by ${producer}, ${(bytes.length / 1e6).toFixed(2)} MB, text and facts`,
    });
  }
}

/**
 * What a one-shot run pays before reading anything: the CLI's start (Node, tsx, the modules it
 * loads) against a bare Node start. Shown so the one-shot figures can be read.
 */
function cliStart() {
  const cli = () => timed(() => execFileSync(process.execPath, ['bin/review-desk.mjs', 'rubrics']));
  const node = () => timed(() => execFileSync(process.execPath, ['-e', '0']));
  cli();
  node();
  const c: number[] = [];
  const n: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    c.push(cli());
    n.push(node());
  }
  emit({
    name: 'extract.cliStart',
    unit: 'ms',
    value: median(c),
    baseline: 'node -e 0',
    baselineValue: median(n),
    n: RUNS,
    note: '`review-desk rubrics`: the start every one-shot run pays',
  });
}

// The CLI as installed: bundled. A source edited during the run would send the CLI back to tsx
// and mix two kinds of figures, hence the check at the end.
if (!bundleIsFresh(BUNDLE_DIR)) await buildCli();
cliStart();
for (const { producer, needs } of PRODUCERS) {
  if (needs && !existsSync(needs)) {
    say(`extract: ${producer} skipped (${needs} not installed)`);
    continue;
  }
  await bench(producer);
}
if (!bundleIsFresh(BUNDLE_DIR))
  throw new Error('a source changed during the run: the CLI ran through tsx in part');
process.exit(0);
