/**
 * Independent scoring on the chair's desk, in real Chromium (two browser contexts = two devices,
 * exchanging real `.rdsync` files): the chair's review-progress table shows which criteria the
 * reviewer scored, never the scores, until the reviewer submits; then it shows the scores.
 */
import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { openWorkspace, scoreAllAndSubmit } from './support/app';
import { launchBrowser, screenshot } from './support/browser';

let server: Server;
let url: string;
let browser: Browser;
let chair: Page;
let reviewer: Page;
let dir: string;
let panelHref = '';
let appHref = '';

const PANEL = '独立评分测试组';
const APPLICATION = '初中编程教育网络教研联盟';

async function device(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 950 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  return page;
}

/** Click what downloads a file and keep it under `name`. */
async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const target = path.join(dir, name);
  await file.saveAs(target);
  return target;
}

/** The reviewer's changes, exported on their device and imported on the chair's. */
async function handOver(name: string) {
  await reviewer.goto(`${url}${panelHref}`);
  const file = await download(reviewer, () => reviewer.getByTestId('export-changes').click(), name);
  await chair.goto(`${url}${panelHref}`);
  await chair.getByTestId('rdsync-input').setInputFiles(file);
  await expect
    .poll(() => chair.getByTestId('exchange-results').locator('li[data-ok="true"]').count())
    .toBe(1);
}

const reviewerRow = () =>
  chair.getByTestId('reviewer-progress').locator('tr[data-reviewer]', { hasText: '李专家' });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rd-sync-e2e-'));
  ({ server, url } = await serveStatic(path.resolve('dist/pwa'), { port: 0 }));
  browser = await launchBrowser();
  chair = await device();
  reviewer = await device();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("the chair's review-progress table", () => {
  it('starts with a panel, an application and a reviewer who joined from the invitation', async () => {
    await openWorkspace(chair, url);
    const form = chair.getByTestId('new-panel-form');
    await form.getByLabel('评审组名称').fill(PANEL);
    await form.getByLabel('评审标准（申报通知）').selectOption('yueyang-2023-alliance');
    await form.getByLabel('组长姓名（本机使用者）').fill('王组长');
    await form.getByRole('button', { name: '创建' }).click();
    await chair.getByRole('heading', { name: PANEL }).waitFor();
    panelHref = new URL(chair.url()).hash;
    await chair
      .getByTestId('file-input')
      .setInputFiles(path.resolve('public/demo/demo-yueyang-2023/ym-01.pdf'));
    const link = chair.getByTestId('application-list').getByRole('link', { name: APPLICATION });
    await link.waitFor({ timeout: 60_000 });
    appHref = (await link.getAttribute('href'))!;
    const invite = chair.getByTestId('invite-form');
    await invite.getByLabel('姓名').fill('李专家');
    const invitation = await download(
      chair,
      () => invite.getByRole('button', { name: /邀请/ }).click(),
      'invitation.json',
    );
    // Before anyone scored: the reviewer's row is there, every criterion unscored.
    await reviewerRow().waitFor();
    expect(await reviewerRow().getAttribute('data-filled')).toBe('0');

    await openWorkspace(reviewer, url);
    await reviewer.getByTestId('invitation-input').setInputFiles(invitation);
    await reviewer.getByRole('heading', { name: PANEL }).waitFor({ timeout: 30_000 });
  });

  it('shows which criteria the reviewer scored, and not the scores, before submission', async () => {
    await reviewer.goto(`${url}${appHref}`);
    await reviewer.getByTestId('review-pane').waitFor();
    await reviewer.getByRole('tab', { name: '评分' }).click();
    const inputs = reviewer.locator('.score-input input');
    await inputs.nth(0).fill('17');
    await inputs.nth(0).press('Enter');
    await inputs.nth(2).fill('13');
    await inputs.nth(2).press('Enter');
    await expect
      .poll(() => reviewer.getByTestId('save-status').getAttribute('data-state'))
      .toBe('saved');
    await handOver('draft.rdsync');

    const row = reviewerRow();
    await expect.poll(() => row.getAttribute('data-filled')).toBe('2');
    expect(await row.getAttribute('data-status')).toBe('draft');
    const marks = row.locator('.progress-mark');
    expect(await marks.nth(0).getAttribute('data-state')).toBe('hidden');
    expect(await marks.nth(1).getAttribute('data-state')).toBe('empty');
    expect(await marks.nth(2).getAttribute('data-state')).toBe('hidden');
    expect(await row.locator('.progress-mark[data-state="value"]').count()).toBe(0);
    // The marks carry no number at all, in their text or in what a screen reader hears.
    for (const text of await marks.allTextContents()) expect(text).toMatch(/^[●○]$/);
    expect(await marks.nth(0).getAttribute('aria-label')).toContain('提交前不显示分值');
    expect(await row.textContent()).not.toMatch(/17|总分/);
    await screenshot(chair, 'review-progress-sealed');
  });

  it('shows the scores once the reviewer has submitted', async () => {
    await reviewer.goto(`${url}${appHref}`);
    await reviewer.getByTestId('review-pane').waitFor();
    await scoreAllAndSubmit(reviewer, '10');
    const inputs = reviewer.locator('.score-input input');
    await expect
      .poll(() => reviewer.getByTestId('save-status').getAttribute('data-state'))
      .toBe('saved');
    const criteria = await inputs.count();
    await handOver('submitted.rdsync');

    const row = reviewerRow();
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 15_000 }).toBe('submitted');
    const marks = row.locator('.progress-mark');
    expect(await row.locator('.progress-mark[data-state="value"]').count()).toBe(criteria);
    expect(await marks.nth(0).textContent()).toBe('17');
    expect(await marks.nth(2).textContent()).toBe('13');
    expect(await row.getByTestId('progress-summary').textContent()).toBe(
      `总分 ${17 + 13 + 10 * (criteria - 2)}`,
    );
  });
});
