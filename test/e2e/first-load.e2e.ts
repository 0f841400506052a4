/**
 * What the first load holds. The app's first page is the list of panels: the panel core (Yjs,
 * signatures, the relay client), the built-in rubric packs and English come when they are used.
 *
 * English is not part of the first load: the page fetches its messages only when someone picks
 * English. And when that file cannot be had (offline before it was ever cached), the app opens,
 * or stays, in Chinese instead of drawing nothing.
 *
 * Which built file holds the English messages is found by its content (a sentence only the
 * English messages have), not by its hashed name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { launchBrowser } from './support/browser';

const DIST = path.resolve('dist/pwa');
/** In lib/i18n/en/workspace.ts and nowhere else. */
const ENGLISH_ONLY = 'There are no panels on this device yet.';
const LANGUAGE_KEY = 'review-desk.language';

let server: Server;
let url: string;
let browser: Browser;

const textOf = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

/** The built JavaScript files whose text holds `marker`. */
const filesWith = (marker: string) =>
  readdirSync(path.join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js') && textOf(`assets/${f}`).includes(marker))
    .map((f) => `/assets/${f}`);
const englishFiles = filesWith(ENGLISH_ONLY);

/** What index.html loads before anything is drawn: its scripts and their static imports. */
function firstLoad(): Set<string> {
  const index = textOf('index.html');
  const queue = [
    ...[...index.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...index.matchAll(/rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  ];
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = textOf(file.replace(/^\//, ''));
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?"(\.\/[^"]+)"/g,
    ))
      queue.push(path.posix.join(path.posix.dirname(file), m[1]!));
  }
  return seen;
}

beforeAll(async () => {
  ({ server, url } = await serveStatic(DIST, { port: 0 }));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A page with no service worker (every file comes from the server, where we can see it). */
async function freshPage(): Promise<{ context: BrowserContext; page: Page; scripts: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) scripts.push(pathname);
  });
  return { context, page, scripts };
}

describe('the first load', () => {
  it('holds neither the panel core nor the built-in rubric packs', () => {
    const first = firstLoad();
    expect(first.size).toBeGreaterThan(1);
    // Yjs's own guard sentence, and the English title of the third built-in pack.
    for (const marker of ['Yjs was already imported', 'Jiangzhou 2024 master-teacher']) {
      const files = filesWith(marker);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(first.has(file)).toBe(false);
    }
  });
});

describe('English messages', () => {
  it('are built into their own file', () => {
    expect(englishFiles.length).toBeGreaterThan(0);
    const index = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    for (const file of englishFiles) expect(index).not.toContain(file);
  });

  it('are fetched only when English is picked', async () => {
    const { context, page, scripts } = await freshPage();
    try {
      await page.goto(url);
      await expect.poll(() => page.locator('h1').innerText()).toBe('评审组');
      await page.getByTestId('panel-list').waitFor();
      expect(scripts.filter((s) => englishFiles.includes(s))).toEqual([]);
      await page.getByTestId('language-switch').selectOption('en');
      await expect.poll(() => page.locator('h1').innerText()).toBe('Panels');
      expect(scripts.some((s) => englishFiles.includes(s))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('that cannot be fetched leave the app in Chinese, at start and on a switch', async () => {
    const { context, page } = await freshPage();
    try {
      await context.route(
        (u) => englishFiles.includes(u.pathname),
        (route) => route.abort('internetdisconnected'),
      );
      // English was chosen on an earlier visit; its file is not to be had now.
      await context.addInitScript(
        ([key]) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(key!, 'en');
            sessionStorage.setItem('seeded', '1');
          }
        },
        [LANGUAGE_KEY],
      );
      await page.goto(url);
      await expect.poll(() => page.locator('h1').innerText()).toBe('评审组');
      expect(await page.getByTestId('language-switch').inputValue()).toBe('zh-CN');
      // Picking English now fails too: the page stays Chinese and so does the saved choice.
      await page.evaluate((key) => localStorage.setItem(key, 'zh-CN'), LANGUAGE_KEY);
      await page.getByTestId('language-switch').selectOption('en');
      await expect
        .poll(() => page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY))
        .toBe('zh-CN');
      expect(await page.locator('h1').innerText()).toBe('评审组');
      expect(await page.getByTestId('language-switch').inputValue()).toBe('zh-CN');
    } finally {
      await context.close();
    }
  });
});
