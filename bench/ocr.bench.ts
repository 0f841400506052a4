/**
 * OCR speed (`npm run bench:ocr`): seconds per scanned A4 page read at 200 dpi, in Node
 * (onnxruntime-node, native) and in Chromium (the app's Web Worker, onnxruntime-web wasm, one
 * thread), on the scanned fixtures (test/fixtures/ocr). Targets (issue 12): ≤ 4 s per page in
 * Node, ≤ 10 s in Chromium, on 2 cores. Prints JSON lines, one per page and run, then a summary
 * line per runtime:
 *
 *   {"bench":"ocr.secondsPerPage","runtime":"node","threads":2,"page":"ym-form-sealed#1",…}
 *
 *   BENCH_RUNS=3 BENCH_THREADS=1,2 BENCH_BROWSER=0 npm run bench:ocr
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import ort from 'onnxruntime-node';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { OcrEngine } from '../lib/ocr/engine';
import { OCR_DPI, type PageImage, renderPageImage } from '../lib/ocr/render';
import { type OrtModule, ortRuntime } from '../lib/ocr/runtime';
import { openPdf } from '../lib/pdf/open';
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';
import { ocrModelPaths } from '../lib/platform/node-ocr';
import { serveStatic } from '../scripts/serve.mjs';

setPlatform(nodePlatform);
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const THREADS = (process.env.BENCH_THREADS ?? `1,${Math.min(2, availableParallelism())}`)
  .split(',')
  .map(Number)
  .filter((n, i, all) => n > 0 && all.indexOf(n) === i);
const BROWSER = process.env.BENCH_BROWSER !== '0';
const FIXTURES = path.resolve('test/fixtures/ocr');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number) => Math.round(x * 100) / 100;
const line = (record: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: 'ocr.secondsPerPage', ...record }));

/** Every page of the scanned fixtures, drawn at 200 dpi as the app and the CLI draw them. */
async function pages(): Promise<{ name: string; image: PageImage }[]> {
  const out: { name: string; image: PageImage }[] = [];
  for (const file of readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.pdf'))
    .sort()) {
    const pdf = await openPdf(new Uint8Array(readFileSync(path.join(FIXTURES, file))), {
      fileName: file,
    });
    for (let n = 1; n <= pdf.numPages; n++) {
      out.push({
        name: `${file.replace(/\.pdf$/, '')}#${n}`,
        image: await renderPageImage(pdf, n),
      });
    }
    await pdf.close();
  }
  return out;
}

async function node(list: { name: string; image: PageImage }[]) {
  const paths = ocrModelPaths();
  const models = {
    detection: new Uint8Array(readFileSync(paths.detection)),
    recognition: new Uint8Array(readFileSync(paths.recognition)),
    dictionary: readFileSync(paths.dictionary, 'utf8'),
  };
  for (const threads of THREADS) {
    const runtime = ortRuntime(ort as unknown as OrtModule, 'onnxruntime-node', {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
    });
    const engine = await OcrEngine.create(runtime, models);
    const copy = (img: PageImage) => ({ ...img.image, data: img.image.data.slice() });
    await engine.read(copy(list[0]!.image), { dpi: OCR_DPI }); // warm-up
    const seconds: number[] = [];
    const cpus: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const { name, image } of list) {
        const pixels = copy(image);
        const cpu = process.cpuUsage();
        const result = await engine.read(pixels, { dpi: image.dpi });
        const used = process.cpuUsage(cpu);
        // CPU time says what the page costs when the machine is shared (wall time then lies).
        const cpuSeconds = round((used.user + used.system) / 1e6);
        cpus.push(cpuSeconds);
        seconds.push(result.seconds);
        line({
          runtime: 'node',
          threads,
          page: name,
          run,
          seconds: round(result.seconds),
          cpuSeconds,
          stages: result.stages,
        });
      }
    }
    line({
      runtime: 'node',
      threads,
      summary: true,
      pages: seconds.length,
      median: round(median(seconds)),
      max: round(Math.max(...seconds)),
      medianCpuSeconds: round(median(cpus)),
      target: 4,
      loadAverage: round(loadavg()[0]!),
    });
    await engine.release();
  }
}

async function browser(list: { name: string; image: PageImage }[]) {
  const out = mkdtempSync(path.join(tmpdir(), 'rd-ocr-bench-'));
  await build({
    root: path.resolve('bench/ocr-harness'),
    publicDir: path.resolve('public'),
    resolve: { alias: { '@': path.resolve('.') } },
    worker: { format: 'es' },
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
  mkdirSync(path.join(out, 'pages'), { recursive: true });
  for (const [i, { image }] of list.entries()) {
    const canvas = createCanvas(image.image.width, image.image.height);
    const ctx = canvas.getContext('2d');
    const data = ctx.createImageData(image.image.width, image.image.height);
    data.data.set(image.image.data);
    ctx.putImageData(data, 0, 0);
    writeFileSync(path.join(out, 'pages', `${i}.png`), canvas.toBuffer('image/png'));
  }
  const app = await serveStatic(out, { port: 0 });
  const chrome = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await chrome.newPage();
    await page.goto(`${app.url}/index.html`);
    await page.waitForFunction(() => 'ocrRead' in globalThis);
    const load = await page.evaluate(() =>
      (globalThis as never as { ocrPrepare(): Promise<number> }).ocrPrepare(),
    );
    line({ runtime: 'chromium', modelsLoadedSeconds: round(load) });
    type Read = { seconds: number; stages: Record<string, number> };
    const read = (i: number) =>
      page.evaluate(
        ([url, dpi]) =>
          (globalThis as never as { ocrRead(u: string, d: number): Promise<Read> }).ocrRead(
            url,
            dpi,
          ),
        [`/pages/${i}.png`, list[i]!.image.dpi] as const,
      );
    await read(0); // warm-up
    const seconds: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (let i = 0; i < list.length; i++) {
        const r = await read(i);
        seconds.push(r.seconds);
        line({
          runtime: 'chromium',
          threads: 1,
          page: list[i]!.name,
          run,
          seconds: round(r.seconds),
          stages: r.stages,
        });
      }
    }
    line({
      runtime: 'chromium',
      threads: 1,
      summary: true,
      pages: seconds.length,
      median: round(median(seconds)),
      max: round(Math.max(...seconds)),
      target: 10,
      loadAverage: round(loadavg()[0]!),
    });
  } finally {
    await chrome.close();
    app.server.close();
  }
}

const list = await pages();
await node(list);
if (BROWSER) await browser(list);
