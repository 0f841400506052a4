/**
 * A small page for a browser benchmark: a browser entry bundled with esbuild (the same lib/ code
 * the app ships), served from a temporary directory on 127.0.0.1 with whatever data files the
 * benchmark puts beside it, and opened in Debian's Chromium through playwright-core with the
 * browser tests' flags (test/e2e/support/browser.ts).
 */
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../../scripts/serve.mjs';
import { launchBrowser } from '../../test/e2e/support/browser';

export interface BenchPage {
  dir: string;
  url: string;
  browser: Browser;
  page: Page;
  /** A fresh page (new JavaScript heap) on the same profile, so IndexedDB is kept. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export async function openBenchPage(opts: {
  /** Browser entry (TypeScript), bundled to /bench.js. */
  entry?: string;
  /** Files to serve beside it: name → bytes or text. */
  files?: Record<string, Uint8Array | string>;
  /** Directories to serve under a name (symlinked, e.g. pdfjs-dist). */
  links?: Record<string, string>;
  html?: string;
}): Promise<BenchPage> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rd-bench-page-'));
  if (opts.entry) {
    await build({
      entryPoints: [opts.entry],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outfile: path.join(dir, 'bench.js'),
      logLevel: 'warning',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
  }
  for (const [name, bytes] of Object.entries(opts.files ?? {}))
    writeFileSync(path.join(dir, name), bytes);
  for (const [name, target] of Object.entries(opts.links ?? {}))
    symlinkSync(target, path.join(dir, name));
  writeFileSync(
    path.join(dir, 'index.html'),
    opts.html ??
      '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script><body></body>',
  );
  const { server, url } = await serveStatic(dir, { port: 0 });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  let page = await context.newPage();
  const ready = async () => {
    await page.goto(url);
    // Every bench page publishes its functions as `globalThis.bench` once it is ready.
    await page.waitForFunction(() => 'bench' in globalThis, null, { timeout: 120_000 });
  };
  await ready();
  return {
    dir,
    url,
    browser,
    get page() {
      return page;
    },
    async reload() {
      await page.close();
      page = await context.newPage();
      await ready();
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}
