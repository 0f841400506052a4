/**
 * The demo's first-start install cut short by a reload: the next start removes what the cut
 * install left and installs again, so there are two whole demo panels — not four, not half ones —
 * each with its eight applications, and a demo panel is a link only once it is complete.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { LIAONING, openWorkspace, YUEYANG } from './support/app';
import { launchBrowser } from './support/browser';

let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, url } = await serveStatic(path.resolve('dist/pwa'), { port: 0 }));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('demo install', () => {
  it('a reload in the middle of the install ends with the two whole demo panels', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(url);
    // Cut the install once the first panel is listed (still plain text: not yet complete).
    await page
      .locator('[data-testid="panel-list"] li .card-title')
      .first()
      .waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="panel-list"] li a').count()).toBe(0);
    await page.reload();

    await openWorkspace(page, url);
    const list = page.getByTestId('panel-list');
    expect(await list.locator('li').count()).toBe(2);
    for (const name of [LIAONING, YUEYANG]) {
      await page.goto(url);
      await page.getByTestId('panel-list').getByRole('link', { name }).click();
      await page.getByRole('heading', { name }).waitFor({ timeout: 30_000 });
      await expect
        .poll(() => page.getByTestId('application-list').getByRole('link').count(), {
          timeout: 30_000,
        })
        .toBe(8);
    }
    await context.close();
  });
});
