/**
 * Real Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core (test
 * tools cannot download browsers here). Flags keep it quiet on a closed network.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('test/e2e/screenshots');

/** Flags that keep Chromium quiet on a closed network (see STACK-NOTES). */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function assertChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: QUIET_FLAGS });
}

/**
 * A persistent profile with the unpacked extension loaded. `extraArgs` e.g.
 * `--enable-unsafe-extension-debugging`, which lets a test press the toolbar button over CDP.
 */
export async function launchWithExtension(
  extensionDir: string,
  extraArgs: string[] = [],
): Promise<BrowserContext> {
  assertChromium();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'rd-ext-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...QUIET_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...extraArgs,
    ],
  });
}

/** Share of pixels in a canvas that are not (nearly) white: a drawn page has text and lines. */
export async function inkRatio(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (el) => {
    const canvas = el as HTMLCanvasElement;
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width === 0 || canvas.height === 0) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
    }
    return ink / (data.length / 4);
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** The built PWA served on a free port and one Chromium page on it (dialogs accepted). */
export async function startPwaSession(viewport = { width: 1400, height: 950 }) {
  const { serveStatic } = await import('../../../scripts/serve.mjs');
  const { server, url } = await serveStatic(path.resolve('dist/pwa'), { port: 0 });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  return {
    url,
    browser,
    page,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
