/**
 * The installable PWA in real Chromium: the demo panels load on first start, an application's
 * PDF is drawn, and with the network off a reload still shows the app and the PDF.
 */

import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { openApplication, openWorkspace, YUEYANG } from './support/app';
import { inkRatio, launchBrowser, screenshot } from './support/browser';

let server: Server;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, url } = await serveStatic(path.resolve('dist/pwa'), { port: 0 }));
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function expectPdfDrawn(p: Page) {
  await p.waitForSelector('.pdf-page[data-page="1"][data-state="drawn"]', { timeout: 30_000 });
  expect(await inkRatio(p, '[data-testid="pdf-page-1"]')).toBeGreaterThan(0.005);
}

describe('PWA', () => {
  it('lists the two demo panels, labelled 示例', async () => {
    await openWorkspace(page, url);
    const list = page.getByTestId('panel-list');
    const text = await list.innerText();
    expect(text).toContain('辽宁省2022年度教育信息化教学应用实践共同体项目');
    expect(text).toContain('岳阳市中小学信息科技（技术）网络教研联盟 2023');
    expect(await list.locator('.badge').allInnerTexts()).toEqual(['示例', '示例']);
  });

  it('opens an application and draws the first page of its PDF', async () => {
    await openApplication(page, url, YUEYANG, '初中编程教育网络教研联盟');
    await expectPdfDrawn(page);
    // Facts not read yet say so, and none is left "being read" once the file has been read.
    await expect
      .poll(() => page.locator('.fact-row[data-state="reading"]').count(), { timeout: 60_000 })
      .toBe(0);
    expect(
      await page.locator('.fact-row[data-fact="projectName"]').getAttribute('data-state'),
    ).toBe('pending');
    await screenshot(page, 'application-page');
  });

  it('still works offline after a reload, PDF included', async () => {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The page must be controlled by the worker before the network goes away.
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), {
        timeout: 30_000,
      })
      .toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expectPdfDrawn(page);
    expect(await page.locator('h1').innerText()).toBe('初中编程教育网络教研联盟');
    await screenshot(page, 'application-page-offline');
    await context.setOffline(false);
  });

  it('switches to English and remembers it', async () => {
    await page.goto(url);
    await page.getByTestId('language-switch').selectOption('en');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Panels');
    await page.reload();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Panels');
    await page.getByTestId('language-switch').selectOption('zh-CN');
  });

  it('removes a demo panel, and the demo does not come back on the next start', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    const list = page.getByTestId('panel-list');
    await list.locator('li', { hasText: '辽宁省' }).getByRole('button').click();
    await expect.poll(() => list.locator('li').count()).toBe(1);
    await page.reload();
    await page.getByTestId('panel-list').waitFor();
    await page.waitForTimeout(1500);
    expect(await list.locator('li').count()).toBe(1);
    expect(await list.textContent()).toContain('岳阳市');
  });
});
