/**
 * `viewer.firstPage` (`npm run bench -- viewer`): time from opening an application to its first
 * page visible (canvas drawn) for a 100-page Chinese PDF, in Chromium against the built PWA
 * (dist/pwa; bench/run.ts builds it when missing), against pdf.js's own `PDFViewer`
 * (pdfjs-dist/web/pdf_viewer.mjs, bench/pages/pdfjs-viewer.html) opening the same file in the
 * same browser. Target: no slower than pdf.js's viewer (and under 500 ms).
 *
 * The file is generated here (the app's own PDF writer, a subset CJK font), added through a demo
 * panel's file picker, and opened from the panel page by hash navigation; the clock starts when
 * the route changes and stops when page 1's canvas is drawn (the application page also starts
 * its fact extraction meanwhile). pdf.js's clock starts at getDocument (the file served on
 * 127.0.0.1) and stops at page 1's 'pagerendered'. The first open of each includes loading the
 * viewer's code and starting the worker (`viewer.firstPage.cold`); later opens are the median.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { documentText, type GeneratedDocument } from '../lib/docgen/document';
import { writePdf } from '../lib/docgen/pdf-writer';
import { loadCjkFont, loadFontSubsetter } from '../lib/platform/node-assets';
import { serveStatic } from '../scripts/serve.mjs';
import { launchBrowser } from '../test/e2e/support/browser';
import { openBenchPage } from './lib/browser-page';
import { emit, median, runsOr, say } from './lib/record';

const RUNS = Math.max(2, runsOr(5));
const PAGES = 100;

async function hundredPages(): Promise<Uint8Array> {
  const blocks: GeneratedDocument['blocks'] = [];
  for (let n = 1; n <= PAGES; n++) {
    if (n > 1) blocks.push({ kind: 'pageBreak' });
    blocks.push({ kind: 'heading', text: `第${n}部分 网络教研联盟建设方案` });
    for (let k = 0; k < 10; k++) {
      blocks.push({
        kind: 'paragraph',
        text: `（${k + 1}）以岳阳市“三个课堂”应用平台为技术支撑，开展常态化网络教研活动，开发成套新型教学资源，每年原创或深度二次加工的教学资源不少于200条。`,
      });
    }
    blocks.push({
      kind: 'table',
      header: true,
      rows: [
        ['姓名', '学科/专长', '职务/职称', '所在单位'],
        ['李明', '信息科技', '教研员/高级教师', '岳阳市第一中学'],
        ['王芳', '编程教育', '教师/一级教师', '岳阳市第三中学'],
      ],
    });
  }
  const doc: GeneratedDocument = { title: '岳阳市中小学信息科技网络教研联盟申报书', blocks };
  const [font, subset] = await Promise.all([loadCjkFont(), loadFontSubsetter()]);
  return writePdf(doc, { font: subset(font, documentText(doc)), date: new Date(0) });
}

/** The app: every open's ms, the first one cold. */
async function app(bytes: Uint8Array): Promise<number[]> {
  const app = await serveStatic(path.resolve('dist/pwa'), { port: 0 });
  const browser = await launchBrowser();
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1400, height: 900 } })
    ).newPage();
    // tsx keeps function names with a `__name` helper that pages do not have.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(app.url);
    // Add the file as a chair does: the demo panel's file picker.
    const panel = page.getByTestId('panel-list').getByRole('link').first();
    await panel.waitFor({ timeout: 60_000 });
    const panelHref = (await panel.getAttribute('href'))!;
    await page.goto(`${app.url}${panelHref}`);
    const list = page.getByTestId('application-list');
    await list.waitFor({ timeout: 60_000 });
    const links = () =>
      list.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // The list fills in as the panel loads: wait until it holds the demo's applications.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="application-list"] a').length >= 8,
    );
    const before = new Set(await links());
    await page.getByTestId('file-input').setInputFiles({
      name: 'bench.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(bytes),
    });
    await page.getByTestId('import-report').waitFor({ timeout: 120_000 });
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="application-list"] a').length === n,
      before.size + 1,
    );
    const appHref = (await links()).find((h) => !before.has(h))!;

    const times: number[] = [];
    for (let run = 0; run < RUNS + 1; run++) {
      await page.evaluate((h) => {
        location.hash = h;
      }, panelHref);
      await list.waitFor();
      const ms = await page.evaluate(
        (target) =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            const check = () => {
              const drawn = document.querySelector('.pdf-page[data-page="1"][data-state="drawn"]');
              if (drawn) resolve(performance.now() - start);
              else requestAnimationFrame(check);
            };
            location.hash = target;
            requestAnimationFrame(check);
          }),
        appHref,
      );
      times.push(ms);
    }
    const pages = await page.locator('.pdf-viewer').getAttribute('data-pages');
    if (pages !== String(PAGES)) throw new Error(`measured the wrong file (${pages} pages)`);
    return times;
  } finally {
    await browser.close();
    app.server.close();
  }
}

/** pdf.js's own viewer on the same file: every open's ms, the first one cold. */
async function pdfjsViewer(bytes: Uint8Array): Promise<number[]> {
  const page = await openBenchPage({
    html: readFileSync(path.resolve('bench/pages/pdfjs-viewer.html'), 'utf8'),
    files: { 'bench.pdf': bytes },
    links: { 'pdfjs-dist': path.resolve('node_modules/pdfjs-dist') },
  });
  try {
    const times: number[] = [];
    for (let run = 0; run < RUNS + 1; run++) {
      const r = await page.page.evaluate(() =>
        (
          globalThis as never as {
            bench: { open(url: string): Promise<{ ms: number; pages: number }> };
          }
        ).bench.open('/bench.pdf'),
      );
      if (r.pages !== PAGES) throw new Error(`pdf.js opened ${r.pages} pages`);
      times.push(r.ms);
    }
    return times;
  } finally {
    await page.close();
  }
}

const bytes = await hundredPages();
const [ours, theirs] = [await app(bytes), await pdfjsViewer(bytes)];
say(
  `viewer: app ${ours.map((t) => t.toFixed(0)).join(', ')} ms; pdf.js ${theirs.map((t) => t.toFixed(0)).join(', ')} ms`,
);
const file = `${PAGES}-page Chinese PDF, ${(bytes.length / 1024).toFixed(0)} KiB`;
emit({
  name: 'viewer.firstPage',
  unit: 'ms',
  value: median(ours.slice(1)),
  baseline: "pdf.js's PDFViewer",
  baselineValue: median(theirs.slice(1)),
  n: RUNS,
  target: "≤ pdf.js's PDFViewer and < 500 ms",
  note: `${file}, later opens (median)`,
});
emit({
  name: 'viewer.firstPage.cold',
  unit: 'ms',
  value: ours[0]!,
  baseline: "pdf.js's PDFViewer",
  baselineValue: theirs[0]!,
  n: 1,
  note: `${file}, first open of the page (viewer code and worker loading)`,
});
