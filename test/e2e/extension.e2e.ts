/**
 * The unpacked Chrome extension in real Chromium: a manifest that asks for no site at install,
 * and the app page rendering the same app. The Firefox build passes `web-ext lint`.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
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
  it('has an id and a manifest with no install-time host access', async () => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    const manifest = JSON.parse((await page.locator('body').textContent()) ?? '');
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(
      ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'unlimitedStorage'].sort(),
    );
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    // Sites only on request, one origin at a time.
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_security_policy.extension_pages).toBe(
      "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    );
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    expect(manifest.action.default_popup).toBe('popup.html');
    // What the browser actually granted: no origin at all.
    const granted = await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { permissions: { getAll(): Promise<unknown> } } }
      ).chrome.permissions.getAll(),
    );
    expect(granted).toMatchObject({ origins: [] });
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

describe('Firefox build', () => {
  const dir = path.resolve('.output/firefox-mv3');

  it('asks for no site at install and has a sidebar', () => {
    expect(existsSync(dir), 'build it first: npx wxt build -b firefox --mv3').toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
  });

  it('passes web-ext lint with no errors', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        path.resolve('node_modules/web-ext/bin/web-ext.js'),
        'lint',
        '--source-dir',
        dir,
        '--output',
        'json',
        '--no-config-discovery',
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout);
    expect(report.errors).toEqual([]);
    // Warnings left are pdf.js's and React's own code (eval probes, innerHTML), not ours, and
    // ONNX Runtime's import of its own wasm glue in the OCR worker (a file of this package: the
    // extension's CSP allows no other source).
    for (const warning of report.warnings) {
      const file = String(warning.file);
      if (file.startsWith('assets/web-ocr-worker'))
        expect(warning.code).toBe('UNSAFE_VAR_ASSIGNMENT');
      else expect(file).toMatch(/^(chunks|pdfjs)\//);
    }
    // ~25 s of CPU; on a shared, busy machine far longer in wall time.
  }, 600_000);
});
