/**
 * Extraction benchmark (`npm run bench:extract`): a 100-page Chinese application generated here,
 * read by our pipeline (pdf.js text with table rulings, layout, normalisation, fact finding) and by
 * poppler's `pdftotext` on the same file in the same run; pages per second for both, and the
 * ratio. The target (issue 4) is at least half of pdftotext's pages per second.
 *
 * Two producers: pdf-lib (embedded TrueType subset, as Word/WPS output) and, when Chromium is
 * installed, Chromium print (Type 3 fonts: much slower for pdf.js to read).
 *
 * It measures a warm process, as when `check` reads a panel's files one after another. "ours" is
 * the Node pipeline as the CLI runs it: pages of a long document are also read on helper threads
 * (lib/platform/node-text-pool.ts, one per core beyond the first), which start with a process's
 * second long document and need a few documents to warm up, hence the warm-up runs. "one thread"
 * is the same pipeline without them (as in a browser tab, on a single core, or for the first
 * document of a process).
 *   BENCH_RUNS=5 BENCH_KEEP=/tmp npm run bench:extract
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
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
import { type Producer, produce } from '../scripts/zoo/producers';

setPlatform(nodePlatform);
const oneThread: Platform = { ...nodePlatform, readPagesInParallel: undefined };
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WARM_UP = 4;
const PAGES = 100;
const pack = builtinPack('liaoning-2022-community');

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
async function generate(producer: Producer): Promise<Uint8Array> {
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
      return out.save();
    }
    annexes = Math.ceil((annexes * PAGES) / pages) + 2;
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function ours(
  bytes: Uint8Array,
  platform: Platform = nodePlatform,
): Promise<{ ms: number; facts: number }> {
  setPlatform(platform);
  const t0 = performance.now();
  const pdf = await openPdf(bytes, { fileName: 'bench.pdf' });
  const { pages } = await getDocumentText(pdf);
  const facts = extractFacts(pages, { pack });
  await pdf.close();
  return { ms: performance.now() - t0, facts: Object.keys(facts).length };
}

function poppler(file: string): number {
  const t0 = performance.now();
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 << 20 });
  return performance.now() - t0;
}

async function bench(producer: Producer) {
  const bytes = await generate(producer);
  // BENCH_KEEP=DIR keeps the generated file for a look (or for profiling).
  const dir = process.env.BENCH_KEEP ?? mkdtempSync(path.join(tmpdir(), 'rd-bench-'));
  const file = path.join(dir, `extract-${producer}.pdf`);
  writeFileSync(file, bytes);
  // Warm-up: pdf.js module, fonts, cMaps; helper threads started and their code optimised.
  for (let i = 0; i < WARM_UP; i++) await ours(bytes);
  await ours(bytes, oneThread);
  poppler(file);
  const ourMs: number[] = [];
  const oneMs: number[] = [];
  const popMs: number[] = [];
  let facts = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await ours(bytes);
    ourMs.push(r.ms);
    facts = r.facts;
    oneMs.push((await ours(bytes, oneThread)).ms);
    popMs.push(poppler(file));
  }
  const rate = (ms: number[]) => (PAGES * 1000) / median(ms);
  const popRate = rate(popMs);
  console.log(
    `${producer.padEnd(9)} ${(bytes.length / 1e6).toFixed(2)} MB, ${PAGES} pages, ${facts} facts found | ` +
      `ours ${rate(ourMs).toFixed(1)} pages/s (median ${median(ourMs).toFixed(0)} ms) | ` +
      `pdftotext ${popRate.toFixed(1)} pages/s (median ${median(popMs).toFixed(0)} ms) | ` +
      `ratio ${(rate(ourMs) / popRate).toFixed(2)} (target ≥ 0.50) | ` +
      `one thread ${rate(oneMs).toFixed(1)} pages/s (${median(oneMs).toFixed(0)} ms, ratio ${(rate(oneMs) / popRate).toFixed(2)})`,
  );
}

console.log(
  `Extraction of a ${PAGES}-page Chinese application, ${RUNS} runs each (median), ` +
    `${availableParallelism()} cores`,
);
await bench('pdf-lib');
if (existsSync('/usr/bin/chromium')) await bench('chromium');
