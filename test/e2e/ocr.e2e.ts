/**
 * OCR of a scanned application in real Chromium against the built PWA: the chair adds a scan
 * (stamped with a red seal, crooked, colour JPEG at 150 dpi); its pages are read in a Web Worker
 * (models fetched once from the app's own origin, never from another host, never precached);
 * the facts appear with their OCR confidence and a crop of the scan; the viewer searches a word
 * on the scanned page and highlights it — also when the page was shown and searched before OCR
 * read it (stopped, then started again by hand); a second open reads nothing again.
 *
 * One small fixture, few steps: OCR in wasm on CI's two cores takes tens of seconds a page, so the
 * app reads only the scan's first page (where the facts asserted here stand) and the extension a
 * one-page scan.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { LIAONING, openWorkspace, YUEYANG } from './support/app';
import { inkRatio, launchBrowser, launchWithExtension, screenshot } from './support/browser';

const FIXTURE = path.resolve('test/fixtures/ocr/ym-form-sealed.pdf');
/** The fixture's first page alone, under the same name (written in beforeAll). */
let SCAN: string;
const TRUTH = JSON.parse(
  await readFile(path.resolve('test/fixtures/ocr/ym-form-sealed.truth.json'), 'utf8'),
) as { facts: { leadUnit: string; projectName: string } };

/**
 * The current search hit is drawn on the scanned page, whose invisible text layer holds the
 * OCR'd words (selection, quotes).
 */
async function expectHitOverScan(pdfPage: Locator): Promise<void> {
  await expect
    .poll(() => pdfPage.locator('.pdf-hit-current').count(), { timeout: 30_000 })
    .toBeGreaterThan(0);
  await expect
    .poll(() => pdfPage.locator('.textLayer').innerText(), { timeout: 30_000 })
    .toContain(TRUTH.facts.leadUnit);
}

let app: Server;
let url: string;
let browser: Browser;
let page: Page;
const requests: Request[] = [];

beforeAll(async () => {
  const whole = await PDFDocument.load(await readFile(FIXTURE));
  const first = await PDFDocument.create();
  first.addPage((await first.copyPages(whole, [0]))[0]!);
  SCAN = path.join(await mkdtemp(path.join(os.tmpdir(), 'rd-ocr-e2e-')), 'ym-form-sealed.pdf');
  await writeFile(SCAN, await first.save());
  ({ server: app, url } = await serveStatic(path.resolve('dist/pwa'), { port: 0 }));
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
  });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r));
  await openWorkspace(page, url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  app?.close();
  if (SCAN) await rm(path.dirname(SCAN), { recursive: true, force: true });
});

describe('OCR of a scanned application', () => {
  it('gives a scanned page shown and searched before OCR read it its words once OCR does', async () => {
    // The recognition model's download is held (the other files come, so progress shows), so no
    // page can be read until the test lets it through.
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.context().route('**/ocr/*rec_infer.onnx', async (route) => {
      if (route.request().method() === 'GET') await held;
      // The worker that asked may have been stopped meanwhile.
      await route.continue().catch(() => {});
    });
    await page.getByTestId('panel-list').getByRole('link', { name: YUEYANG }).click();
    await page.getByTestId('file-input').setInputFiles(SCAN);
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
    await page
      .getByTestId('application-list')
      .getByRole('link', { name: 'ym-form-sealed' })
      .click();
    await page.getByTestId('review-pane').waitFor({ timeout: 30_000 });
    // Progress shows while the models load.
    await page.getByTestId('ocr-progress').waitFor({ timeout: 60_000 });
    const first = page.locator('.pdf-page[data-page="1"]');
    await page.locator('.pdf-page[data-page="1"][data-state="drawn"]').waitFor({ timeout: 30_000 });
    await page.getByTestId('pdf-scroll').focus();
    await page.keyboard.press('Control+f');
    const input = page.getByTestId('pdf-search').getByRole('searchbox');
    await input.fill('编程教育');
    // The reviewer stops OCR before it has read the page: the page has no text, nothing is found.
    await page.getByTestId('ocr-cancel').click();
    const count = page.getByTestId('pdf-search-count');
    await expect.poll(() => count.innerText(), { timeout: 60_000 }).toBe('第 0 处，共 0 处');
    expect(await first.locator('.textLayer').innerText()).not.toContain(TRUTH.facts.leadUnit);
    // Then starts it again by hand: once the page is read, the search still open finds the word
    // on it and the text layer over the scan holds the words, without reopening the document.
    release();
    await page.getByTestId('ocr-start').click();
    await expect
      .poll(() => count.innerText(), { timeout: 600_000, interval: 2_000 })
      .toMatch(/^第 1 处，共 \d+ 处$/);
    await expectHitOverScan(first);
    await input.press('Escape');
  }, 720_000);

  it('reads the scan in the background: progress, then facts with confidence and crops', async () => {
    await expect
      .poll(() => page.getByTestId('ocr-done').count(), { timeout: 600_000, interval: 2_000 })
      .toBe(1);
    expect(await page.getByTestId('needs-ocr').count()).toBe(0);
    // The lead unit, under the red seal, is read right and marked as read by OCR, with a crop.
    const lead = page.locator('.fact-row[data-fact="leadUnit"]');
    expect(await lead.locator('.fact-value').innerText()).toContain(TRUTH.facts.leadUnit);
    expect(await lead.getByTestId('ocr-evidence').innerText()).toMatch(/OCR \d+(\.\d)?%/);
    // The crop shows the scan there: ink, not an empty canvas.
    await expect
      .poll(() => inkRatio(page, '.fact-row[data-fact="leadUnit"] canvas.scan-crop'), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0.01);
    expect(
      await page.locator('.fact-row[data-fact="projectName"] .fact-value').innerText(),
    ).toContain(TRUTH.facts.projectName);
    // Models and wasm came from the app's own origin, and no other host was contacted.
    const origin = new URL(url).origin;
    expect(
      requests.every(
        (r) =>
          r.url().startsWith(origin) || r.url().startsWith('data:') || r.url().startsWith('blob:'),
      ),
    ).toBe(true);
    expect(requests.some((r) => r.url().endsWith('/ocr/ch_PP-OCRv4_rec_infer.onnx'))).toBe(true);
    await screenshot(page, 'ocr-facts');
  }, 660_000);

  it('searches a word on the scanned page and highlights it over the scan', async () => {
    await page.getByTestId('pdf-scroll').focus();
    await page.keyboard.press('Control+f');
    const input = page.getByTestId('pdf-search').getByRole('searchbox');
    await input.fill('编程教育');
    const count = page.getByTestId('pdf-search-count');
    await expect.poll(() => count.innerText(), { timeout: 60_000 }).toMatch(/^第 1 处，共 \d+ 处$/);
    const first = page.locator('.pdf-page[data-page="1"]');
    await expectHitOverScan(first);
    await input.press('Escape');
  }, 120_000);

  it('opens instantly the second time: results come from the cache, nothing is read again', async () => {
    await page.reload();
    await page.getByTestId('review-pane').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('ocr-done').count(), { timeout: 30_000 }).toBe(1);
    const lead = page.locator('.fact-row[data-fact="leadUnit"]');
    expect(await lead.locator('.fact-value').innerText()).toContain(TRUTH.facts.leadUnit);
  }, 60_000);
});

describe('OCR in the MV3 extension', () => {
  it('reads a scan with the models from its own package, under its CSP', async () => {
    const context = await launchWithExtension(path.resolve('.output/chrome-mv3'));
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const id = new URL(worker.url()).host;
      const ext = await context.newPage();
      const errors: string[] = [];
      ext.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await ext.setViewportSize({ width: 1400, height: 900 });
      await openWorkspace(ext, `chrome-extension://${id}/app.html`);
      await ext.getByTestId('panel-list').getByRole('link', { name: LIAONING }).click();
      await ext
        .getByTestId('file-input')
        .setInputFiles(path.resolve('test/fixtures/ocr/ln-table-skewed.pdf'));
      await ext.getByTestId('import-report').waitFor({ timeout: 60_000 });
      await ext
        .getByTestId('application-list')
        .getByRole('link', { name: 'ln-table-skewed' })
        .click();
      await expect
        .poll(() => ext.getByTestId('ocr-done').count(), { timeout: 600_000, interval: 2_000 })
        .toBe(1);
      const truth = JSON.parse(
        await readFile(path.resolve('test/fixtures/ocr/ln-table-skewed.truth.json'), 'utf8'),
      ) as { facts: { leadUnit: string } };
      expect(
        await ext.locator('.fact-row[data-fact="leadUnit"] .fact-value').innerText(),
      ).toContain(truth.facts.leadUnit);
      expect(errors.filter((e) => /Content Security Policy|unsafe-eval/i.test(e))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 660_000);
});
