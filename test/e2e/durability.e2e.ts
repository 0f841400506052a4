/**
 * "Saved" means on disk: a score that shows as saved survives the browser being killed at once
 * (SIGKILL, no shutdown) and reopened on the same profile, in real Chromium with real IndexedDB.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { openApplication, YUEYANG } from './support/app';
import { CHROMIUM, QUIET_FLAGS } from './support/browser';

let server: Server;
let url: string;
let profile: string;
let running: { process: ChildProcess; browser: Browser } | null = null;

/** Chromium as its own process (so it can be killed), driven over the DevTools protocol. */
async function startChromium(): Promise<{ process: ChildProcess; browser: Browser }> {
  const child = spawn(
    CHROMIUM,
    [
      '--headless',
      ...QUIET_FLAGS,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return { process: child, browser };
}

async function page(browser: Browser): Promise<Page> {
  const context = browser.contexts()[0]!;
  const p = context.pages()[0] ?? (await context.newPage());
  await p.setViewportSize({ width: 1400, height: 900 });
  return p;
}

beforeAll(async () => {
  profile = await mkdtemp(path.join(os.tmpdir(), 'rd-durable-'));
  ({ server, url } = await serveStatic(path.resolve('dist/pwa'), { port: 0 }));
});

afterAll(async () => {
  running?.process.kill('SIGKILL');
  server?.close();
});

describe('durability', () => {
  it('keeps a score shown as saved when the browser is killed right after', async () => {
    running = await startChromium();
    const first = await page(running.browser);
    await openApplication(first, url, YUEYANG, '小学编程启蒙网络教研联盟');
    await first.getByRole('tab', { name: '评分' }).click();
    const input = first.locator('.score-input input').first();
    await input.fill('17');
    await input.press('Enter');
    await expect
      .poll(() => first.getByTestId('save-status').getAttribute('data-state'))
      .toBe('saved');
    // No close, no flush: the process is gone at once.
    running.process.kill('SIGKILL');
    await new Promise((resolve) => running!.process.once('exit', resolve));

    running = await startChromium();
    const again = await page(running.browser);
    await openApplication(again, url, YUEYANG, '小学编程启蒙网络教研联盟');
    await again.getByRole('tab', { name: '评分' }).click();
    expect(await again.locator('.score-input input').first().inputValue()).toBe('17');
    await running.browser.close();
    running.process.kill('SIGKILL');
    running = null;
  });
});
