/**
 * The desk's matrix at 500 applications × 30 reviewers × 20 criteria in real Chromium (a page
 * bundled by Vite from the desk's own components): only the rows in view are in the DOM, the
 * last application is reached by scrolling, sorting reorders all 500, and expanding a row shows
 * its criteria. The frame times while scrolling are printed for the record, never asserted.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';

const ROOT = path.resolve('test/e2e/support/desk-page');
const OUT = path.resolve('.tmp/desk-page-dist');
let close: () => void;
let url: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  // React's production build, as the app ships: vitest sets NODE_ENV to test, which makes the
  // React plugin emit development JSX.
  const environment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    mode: 'production',
    resolve: { alias: { '@': path.resolve('.') } },
    build: { outDir: OUT, emptyOutDir: true, chunkSizeWarningLimit: 100_000 },
  }).finally(() => {
    process.env.NODE_ENV = environment;
  });
  const { serveStatic } = await import('../../scripts/serve.mjs');
  const served = await serveStatic(OUT, { port: 0 });
  url = served.url;
  close = () => served.server.close();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'zh-CN' });
  await page.goto(url);
  await page.waitForFunction(() => document.title !== 'desk at scale', null, { timeout: 60_000 });
  expect(await page.title()).toBe('ready');
}, 300_000);

afterAll(async () => {
  await browser?.close();
  close?.();
});

const rows = () => page.getByTestId('desk-row');

describe('the matrix at 500 × 30', () => {
  it('keeps only the rows in view in the DOM and reaches the last one by scrolling', async () => {
    await rows().first().waitFor();
    expect(await page.locator('table.desk-grid').getAttribute('aria-rowcount')).toBe('501');
    const shown = await rows().count();
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(60);
    // 30 reviewer cells per row.
    expect(await rows().first().locator('td[data-reviewer]').count()).toBe(30);

    // Scroll through in steps, recording the time between frames.
    const frames = await page.evaluate(async () => {
      const scroller = document.querySelector('[data-testid="desk-matrix"]') as HTMLElement;
      const gaps: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 120; i++) {
        scroller.scrollTop += scroller.clientHeight / 3;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const now = performance.now();
        gaps.push(now - last);
        last = now;
      }
      scroller.scrollTop = scroller.scrollHeight;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return gaps.sort((a, b) => a - b);
    });
    console.log(
      `scrolling 500 × 30: median frame ${frames[frames.length >> 1]!.toFixed(1)} ms, 95th percentile ${frames[Math.floor(frames.length * 0.95)]!.toFixed(1)} ms`,
    );
    const last = page.locator('tbody[data-testid="desk-row"] tr[aria-rowindex="501"]');
    await last.waitFor();
    expect(await rows().count()).toBeLessThan(60);
  });

  it('sorts all 500 by a reviewer’s total and expands a row to its 20 criteria', async () => {
    await page.locator('[data-testid="desk-matrix"]').evaluate((el) => {
      el.scrollTop = 0;
    });
    const header = page.locator('th[data-sort="reviewer:r0"] button');
    await header.click();
    await expect.poll(() => header.locator('..').getAttribute('aria-sort')).toBe('descending');
    const total = (i: number) =>
      rows().nth(i).locator('td[data-reviewer="r0"] .desk-total').textContent().then(Number);
    const first = await total(0);
    const second = await total(1);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeGreaterThanOrEqual(second);
    await rows().first().getByRole('button', { name: '展开各评分项' }).click();
    expect(await rows().first().locator('tr[data-criterion]').count()).toBe(20);
  });
});
