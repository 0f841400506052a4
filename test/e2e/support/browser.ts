/**
 * Real Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core (test
 * tools cannot download browsers here). Flags keep it quiet on a closed network.
 */
import { type ChildProcess, spawn } from 'node:child_process';
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

/** A Chromium that can crash: its own process group on a profile directory, driven over CDP. */
export interface KillableChromium {
  child: ChildProcess;
  browser: Browser;
  page: Page;
}

/**
 * Chromium as its own process group on `profile` (IndexedDB runs in a separate storage process:
 * a crash must take it too), driven over the DevTools protocol; dialogs are accepted.
 */
export async function startKillableChromium(profile: string): Promise<KillableChromium> {
  assertChromium();
  const child = spawn(
    CHROMIUM,
    [
      '--headless',
      ...QUIET_FLAGS,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--window-size=1400,900',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      if (seen.includes('DevTools listening')) return; // keep draining the pipe
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1400, height: 900 });
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
  return { child, browser, page };
}

/** A crash: SIGKILL to every process of the browser at once, then wait for the main one to go. */
export async function crashChromium(r: KillableChromium): Promise<void> {
  const gone = new Promise((resolve) => {
    if (r.child.exitCode !== null || r.child.signalCode !== null) resolve(null);
    else r.child.once('exit', resolve);
  });
  try {
    process.kill(-r.child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
  await gone;
}
