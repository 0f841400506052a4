/**
 * "Saved" means on disk: a score that shows as saved survives the browser being killed at once
 * (SIGKILL to every process, no shutdown) and reopened on the same profile, in real Chromium with
 * real IndexedDB.
 */
import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { openApplication, YUEYANG } from './support/app';
import { crashChromium, type KillableChromium, startKillableChromium } from './support/browser';

let server: Server;
let url: string;
let profile: string;
let running: KillableChromium | null = null;

beforeAll(async () => {
  profile = await mkdtemp(path.join(os.tmpdir(), 'rd-durable-'));
  ({ server, url } = await serveStatic(path.resolve('dist/pwa'), { port: 0 }));
});

afterAll(async () => {
  if (running) await crashChromium(running);
  server?.close();
});

describe('durability', () => {
  it('keeps a score shown as saved when the browser is killed right after', async () => {
    running = await startKillableChromium(profile);
    const first = running.page;
    await openApplication(first, url, YUEYANG, '小学编程启蒙网络教研联盟');
    await first.getByRole('tab', { name: '评分' }).click();
    const input = first.locator('.score-input input').first();
    await input.fill('17');
    await input.press('Enter');
    await expect
      .poll(() => first.getByTestId('save-status').getAttribute('data-state'))
      .toBe('saved');
    // No close, no flush: every process of the browser is gone at once.
    await crashChromium(running);

    running = await startKillableChromium(profile);
    const again = running.page;
    await openApplication(again, url, YUEYANG, '小学编程启蒙网络教研联盟');
    await again.getByRole('tab', { name: '评分' }).click();
    expect(await again.locator('.score-input input').first().inputValue()).toBe('17');
    await crashChromium(running);
    running = null;
  });
});
