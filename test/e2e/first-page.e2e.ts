/**
 * Opening an application, the first page comes first (components/application/ApplicationPage.tsx):
 * the review form — and with it the reading of the facts, which starts when the form mounts —
 * waits until the viewer has drawn the first page, and 1.5 s at most when the page is slow.
 *
 * Observed from outside only: a MutationObserver added by the test notes when the form's pane,
 * the form itself and the drawn first page appear; a slow page is made by holding pdf.js's worker
 * script. No service worker, so every file comes through the test's routes.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { openApplication, YUEYANG } from './support/app';
import { launchBrowser } from './support/browser';

/** FORM_WAIT_MS in ApplicationPage.tsx. */
const FORM_WAIT_MS = 1_500;

let server: Server;
let url: string;
let browser: Browser;
let context: BrowserContext;
/** The application's address (its hash route). */
let applicationUrl: string;

interface Timeline {
  formPane?: number;
  reviewPane?: number;
  firstPage?: number;
  factsReading?: number;
}

/** Notes, in the page's clock, when each element first appears. */
function watchTimeline() {
  const times: Record<string, number> = {};
  (window as unknown as { timeline: Record<string, number> }).timeline = times;
  const marks: [string, string][] = [
    ['formPane', '[data-testid="form-pane"]'],
    ['reviewPane', '[data-testid="review-pane"]'],
    ['firstPage', '.pdf-page[data-page="1"][data-state="drawn"]'],
    // The review pane's progress bar while the facts are read. Facts cached by an earlier page
    // (the setup, the first test) are read back in a moment: the bar may show only briefly, so
    // it is noted when it appears rather than waited for.
    [
      'factsReading',
      '[data-testid="review-pane"] progress[aria-label^="正在读取申报材料中的信息"]',
    ],
  ];
  new MutationObserver(() => {
    // One time per batch of changes: elements that appear together get the same time.
    const now = performance.now();
    for (const [name, selector] of marks) {
      if (!(name in times) && document.querySelector(selector)) times[name] = now;
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

const timeline = (page: Page) =>
  page.evaluate(() => (window as unknown as { timeline: Timeline }).timeline);

beforeAll(async () => {
  ({ server, url } = await serveStatic(path.resolve('dist/pwa'), { port: 0 }));
  browser = await launchBrowser();
  context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
  });
  await context.addInitScript(watchTimeline);
  // First start installs the demo; the application's address is then opened in fresh pages.
  const setup = await context.newPage();
  await openApplication(setup, url, YUEYANG, '小学编程启蒙网络教研联盟');
  applicationUrl = setup.url();
  await setup.close();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('opening an application', () => {
  it('mounts the review form only once the first page is drawn', async () => {
    const page = await context.newPage();
    await page.goto(applicationUrl);
    await page.getByTestId('review-pane').waitFor({ timeout: 30_000 });
    const t = await timeline(page);
    expect(t.formPane).toBeDefined();
    expect(t.firstPage).toBeDefined();
    // The pane held a placeholder while the page was drawn; the form came after the page.
    expect(t.formPane!).toBeLessThan(t.firstPage!);
    expect(t.reviewPane!).toBeGreaterThanOrEqual(t.firstPage!);
    await page.close();
  }, 60_000);

  it('mounts the form and starts reading the facts after 1.5 s when the first page is slow', async () => {
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/pdf.worker.min.mjs', async (route) => {
      await held;
      await route.continue().catch(() => {});
    });
    try {
      await page.goto(applicationUrl);
      await page.getByTestId('review-pane').waitFor({ timeout: 30_000 });
      const t = await timeline(page);
      // No page could be drawn (pdf.js has no worker yet), and the form came all the same.
      expect(t.firstPage).toBeUndefined();
      const waited = t.reviewPane! - t.formPane!;
      expect(waited).toBeGreaterThanOrEqual(FORM_WAIT_MS - 100);
      // Not waiting for the page any longer (timers run late on a busy machine).
      expect(waited).toBeLessThan(FORM_WAIT_MS + 3_000);
      // Reading the facts has begun (its progress bar was shown, however briefly).
      await expect
        .poll(async () => (await timeline(page)).factsReading, { timeout: 10_000 })
        .toBeGreaterThanOrEqual(t.reviewPane!);
    } finally {
      release();
      await page.close();
    }
  }, 60_000);
});
