/**
 * OCR across the pages of one browser (real Chromium, the built PWA): stopping OCR while the
 * models' sizes are still being asked for (the first step of their first download), and a scanned
 * page shown without text in one tab getting its words when another tab reads the scan.
 *
 * The same fixture as ocr.e2e.ts, first page only (OCR in wasm takes tens of seconds a page on
 * CI's two cores).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { openWorkspace, YUEYANG } from './support/app';
import { launchBrowser } from './support/browser';

const FIXTURE = path.resolve('test/fixtures/ocr/ym-form-sealed.pdf');
const NAME = 'ym-form-sealed';
const TRUTH = JSON.parse(
  await readFile(path.resolve('test/fixtures/ocr/ym-form-sealed.truth.json'), 'utf8'),
) as { facts: { leadUnit: string } };

/** The folder of the scan made for the test, removed after. */
let scanDir: string | undefined;
let app: Server;
let url: string;
let browser: Browser;
let context: BrowserContext;
/** The tab that stops OCR (and so shows the scanned page without text). */
let stopped: Page;
/** While set, the worker's questions for the models' sizes (HEAD requests) get no answer. */
let sizesHeld: Promise<void> | null;
let releaseSizes!: () => void;

const textLayer = (page: Page) => page.locator('.pdf-page[data-page="1"] .textLayer');

async function openScan(page: Page): Promise<void> {
  await openWorkspace(page, url);
  await page.getByTestId('panel-list').getByRole('link', { name: YUEYANG }).click();
  await page.getByTestId('application-list').getByRole('link', { name: NAME }).click();
  await page.getByTestId('review-pane').waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  const whole = await PDFDocument.load(await readFile(FIXTURE));
  const first = await PDFDocument.create();
  first.addPage((await first.copyPages(whole, [0]))[0]!);
  scanDir = await mkdtemp(path.join(os.tmpdir(), 'rd-ocr-pages-'));
  const scan = path.join(scanDir, `${NAME}.pdf`);
  await writeFile(scan, await first.save());
  ({ server: app, url } = await serveStatic(path.resolve('dist/pwa'), { port: 0 }));
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  sizesHeld = new Promise<void>((resolve) => {
    releaseSizes = resolve;
  });
  await context.route('**/ocr/**', async (route) => {
    if (route.request().method() === 'HEAD' && sizesHeld) await sizesHeld;
    // The worker that asked may have been stopped meanwhile.
    await route.continue().catch(() => {});
  });
  stopped = await context.newPage();
  await openWorkspace(stopped, url);
  await stopped.getByTestId('panel-list').getByRole('link', { name: YUEYANG }).click();
  await stopped.getByTestId('file-input').setInputFiles(scan);
  await stopped.getByTestId('import-report').waitFor({ timeout: 60_000 });
}, 180_000);

afterAll(async () => {
  releaseSizes?.();
  await browser?.close();
  app?.close();
  if (scanDir) await rm(scanDir, { recursive: true, force: true });
});

describe('OCR in several pages of one browser', () => {
  it('stops while the models’ sizes are still being asked for', async () => {
    await stopped.getByTestId('application-list').getByRole('link', { name: NAME }).click();
    await stopped.getByTestId('review-pane').waitFor({ timeout: 30_000 });
    // No size has come back, yet the reviewer sees OCR getting ready and can stop it.
    const progress = stopped.getByTestId('ocr-progress');
    await progress.waitFor({ timeout: 60_000 });
    expect(await progress.innerText()).toContain('正在载入文字识别模型');
    await stopped.locator('.pdf-page[data-page="1"][data-state="drawn"]').waitFor({
      timeout: 30_000,
    });
    await stopped.getByTestId('ocr-cancel').click();
    // Stopped: the facts are read from the text there is, and OCR can be asked for again.
    await stopped.getByTestId('ocr-start').waitFor({ timeout: 60_000 });
    expect(await progress.count()).toBe(0);
    expect(await textLayer(stopped).innerText()).not.toContain(TRUTH.facts.leadUnit);
  }, 240_000);

  it('gives the stopped tab’s scanned page its words when another tab reads the scan', async () => {
    sizesHeld = null;
    releaseSizes();
    const reader = await context.newPage();
    await openScan(reader);
    await expect
      .poll(() => reader.getByTestId('ocr-done').count(), { timeout: 600_000, interval: 2_000 })
      .toBe(1);
    expect(await textLayer(reader).innerText()).toContain(TRUTH.facts.leadUnit);
    // The first tab did not read the scan again itself, yet its page now holds the words.
    await expect
      .poll(() => textLayer(stopped).innerText(), { timeout: 30_000 })
      .toContain(TRUTH.facts.leadUnit);
    expect(await stopped.getByTestId('ocr-done').count()).toBe(0);
  }, 720_000);
});
