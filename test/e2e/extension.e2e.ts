/** The unpacked Chrome extension in real Chromium: its app page renders the same app. */
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIAONING, openApplication } from './support/app';
import { inkRatio, launchWithExtension, screenshot } from './support/browser';

let context: BrowserContext;
let extensionId: string;

beforeAll(async () => {
  context = await launchWithExtension(path.resolve('.output/chrome-mv3'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
});

afterAll(async () => {
  await context?.close();
});

describe('extension', () => {
  it('has an id and a minimal manifest', async () => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    const manifest = JSON.parse((await page.locator('body').textContent()) ?? '');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions ?? []).toEqual(['unlimitedStorage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    await page.close();
  });

  it('opens the app page with the demo panels and draws a PDF', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await openApplication(
      page,
      `chrome-extension://${extensionId}/app.html`,
      LIAONING,
      '智慧课堂精准教学实践共同体',
    );
    await page.waitForSelector('.pdf-page[data-page="1"][data-state="drawn"]', { timeout: 30_000 });
    expect(await inkRatio(page, '[data-testid="pdf-page-1"]')).toBeGreaterThan(0.005);
    await screenshot(page, 'extension-application-page');
  });
});
