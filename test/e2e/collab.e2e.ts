/**
 * Two devices on one panel, in real Chromium (two browser contexts = two devices) with a real
 * relay on 127.0.0.1: the chair creates a panel and invites a reviewer; the reviewer joins from
 * the downloaded invitation; changes travel first by .rdsync files (a damaged file is refused and
 * changes nothing), then through the relay, including an edit made offline; the chair sees
 * progress and presence but no unsubmitted score until the reviewer submits.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { type RunningRelay, startRelay } from '../../server/relay';
import { openWorkspace, scoreAllAndSubmit } from './support/app';
import { launchBrowser, screenshot } from './support/browser';

let server: Server;
let url: string;
let relay: RunningRelay;
let browser: Browser;
let chairContext: BrowserContext;
let reviewerContext: BrowserContext;
let chair: Page;
let reviewer: Page;
let dir: string;
let panelHref = '';
let appHref = '';

const PANEL = '协同测试评审组';
// Fixture forms that are not among the demo PDFs every device holds (the reviewer must lack them).
const APPLICATION = '小学编程教育网络教研联盟';
const FORM = path.resolve('test/fixtures/extract/ym-form-docx.pdf');
const LATER = '初中人工智能网络教研共同体';
const LATER_FORM = path.resolve('test/fixtures/extract/ym-form-odt.pdf');

async function newDevice(): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 950 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  return [context, page];
}

async function saveDownload(download: Download, name: string): Promise<string> {
  const target = path.join(dir, name);
  await download.saveAs(target);
  return target;
}

async function drawn(page: Page) {
  await page.waitForSelector('.pdf-page[data-page="1"][data-state="drawn"]', { timeout: 30_000 });
}

const syncState = (page: Page) => page.getByTestId('sync-status').getAttribute('data-state');

async function scoreFirstEmpty(page: Page, value: string) {
  await page.getByRole('tab', { name: '评分' }).click();
  const inputs = page.locator('.score-input input');
  for (let i = 0; i < (await inputs.count()); i++) {
    if ((await inputs.nth(i).inputValue()) === '') {
      await inputs.nth(i).fill(value);
      await inputs.nth(i).press('Enter');
      return;
    }
  }
  throw new Error('no empty score left');
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rd-collab-'));
  relay = await startRelay({ dataDir: path.join(dir, 'relay'), port: 0 });
  ({ server, url } = await serveStatic(path.resolve('dist/pwa'), { port: 0 }));
  browser = await launchBrowser();
  [chairContext, chair] = await newDevice();
  [reviewerContext, reviewer] = await newDevice();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await relay?.stop();
});

describe('two devices, one panel', () => {
  it('the chair creates a panel, adds an application and invites a reviewer', async () => {
    await openWorkspace(chair, url);
    const form = chair.getByTestId('new-panel-form');
    await form.getByLabel('评审组名称').fill(PANEL);
    await form.getByLabel('评审标准（申报通知）').selectOption('yueyang-2023-alliance');
    await form.getByLabel('组长姓名（本机使用者）').fill('王组长');
    await form.getByRole('button', { name: '创建' }).click();
    await chair.getByRole('heading', { name: PANEL }).waitFor();
    panelHref = new URL(chair.url()).hash;
    await chair.getByTestId('file-input').setInputFiles(FORM);
    await chair.getByTestId('import-report').waitFor({ timeout: 60_000 });
    const link = chair.getByTestId('application-list').getByRole('link', { name: APPLICATION });
    await link.waitFor();
    appHref = (await link.getAttribute('href'))!;
    const invite = chair.getByTestId('invite-form');
    await invite.getByLabel('姓名').fill('李专家');
    const [download] = await Promise.all([
      chair.waitForEvent('download'),
      invite.getByRole('button', { name: /邀请/ }).click(),
    ]);
    await saveDownload(download, 'invitation.json');
    expect(JSON.parse(await readFile(path.join(dir, 'invitation.json'), 'utf8')).name).toBe(
      '李专家',
    );
    expect(await chair.getByTestId('members').textContent()).toContain('李专家');
    await invite.getByLabel('姓名').fill('赵观察');
    await invite.getByLabel('角色').selectOption('observer');
    const [observer] = await Promise.all([
      chair.waitForEvent('download'),
      invite.getByRole('button', { name: /邀请/ }).click(),
    ]);
    await saveDownload(observer, 'observer.json');
  });

  it('an observer who joins reads the application but gets no annotation or scoring tools', async () => {
    const [context, page] = await newDevice();
    await openWorkspace(page, url);
    await page.getByTestId('invitation-input').setInputFiles(path.join(dir, 'observer.json'));
    await page.getByRole('heading', { name: PANEL }).waitFor({ timeout: 30_000 });
    await page.goto(`${url}${appHref}`);
    await page.getByTestId('review-pane').waitFor();
    await page.getByTestId('missing-file-input').setInputFiles(FORM);
    await page.getByTestId('pdf-viewer').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('tool-area').count()).toBe(0);
    expect(await page.getByTestId('submit-review').count()).toBe(0);
    await context.close();
  });

  it('the reviewer joins on another device from the invitation file, with the application there', async () => {
    await openWorkspace(reviewer, url);
    await reviewer.getByTestId('invitation-input').setInputFiles(path.join(dir, 'invitation.json'));
    await reviewer.getByRole('heading', { name: PANEL }).waitFor({ timeout: 30_000 });
    expect(await reviewer.getByTestId('application-list').textContent()).toContain(APPLICATION);
    expect(await syncState(reviewer)).toBe('local');
  });

  it('changes travel by .rdsync files; a damaged file is refused and changes nothing', async () => {
    await reviewer.goto(`${url}${appHref}`);
    await reviewer.getByTestId('review-pane').waitFor();
    // The invitation carried the document, not the PDFs: pick the same file (a different one is
    // refused: it is not the file the panel names).
    const missing = reviewer.getByTestId('missing-file');
    await missing.waitFor();
    await reviewer
      .getByTestId('missing-file-input')
      .setInputFiles(path.resolve('public/demo/demo-yueyang-2023/ym-01.pdf'));
    await expect.poll(() => missing.textContent()).toContain('不是这份申报中的那个文件');
    await reviewer.getByTestId('missing-file-input').setInputFiles(FORM);
    await drawn(reviewer);
    await scoreFirstEmpty(reviewer, '15');
    await expect
      .poll(() => reviewer.getByTestId('save-status').getAttribute('data-state'))
      .toBe('saved');
    await reviewer.goto(`${url}${panelHref}`);
    const [changes] = await Promise.all([
      reviewer.waitForEvent('download'),
      reviewer.getByTestId('export-changes').click(),
    ]);
    const good = await saveDownload(changes, 'reviewer.rdsync');
    const bytes = await readFile(good);
    const damaged = Buffer.from(bytes);
    for (let i = Math.floor(damaged.length / 2); i < damaged.length / 2 + 16; i++)
      damaged[i]! ^= 0xff;
    await writeFile(path.join(dir, 'damaged.rdsync'), damaged);

    await chair.goto(`${url}${panelHref}`);
    await chair.getByTestId('rdsync-input').setInputFiles(path.join(dir, 'damaged.rdsync'));
    const results = chair.getByTestId('exchange-results');
    await expect.poll(() => results.locator('li[data-ok="false"]').count()).toBe(1);
    expect(await results.textContent()).toMatch(/没有导入|没有改变/);
    await chair.getByTestId('rdsync-input').setInputFiles(good);
    await expect.poll(() => results.locator('li[data-ok="true"]').count()).toBe(1);
    expect(await results.textContent()).toContain('已导入');
    // Importing the same file again is a no-op.
    await chair.getByTestId('rdsync-input').setInputFiles(good);
    await expect.poll(() => results.textContent()).toContain('内容已在本机');
    // The chair sees that the reviewer scored, but not the score: it is sealed until submitted.
    await chair.goto(`${url}${appHref}`);
    await chair.getByRole('tab', { name: '修改记录' }).click();
    const history = chair.getByTestId('history');
    await expect.poll(() => history.textContent()).toContain('李专家');
    expect(await history.textContent()).toContain('提交前加密，内容不可见');
  });

  it('after the chair sets the relay, both devices sync online; presence shows who is where', async () => {
    await chair.goto(`${url}${panelHref}`);
    await chair.getByTestId('relay-url').fill(relay.url);
    await chair.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => syncState(chair), { timeout: 20_000 }).toBe('connected');
    // The reviewer learns the relay address from the chair's changes, by file, and connects.
    const [full] = await Promise.all([
      chair.waitForEvent('download'),
      chair.getByTestId('export-changes').click(),
    ]);
    const file = await saveDownload(full, 'chair.rdsync');
    await reviewer.getByTestId('rdsync-input').setInputFiles(file);
    await expect.poll(() => syncState(reviewer), { timeout: 20_000 }).toBe('connected');

    await reviewer.goto(`${url}${appHref}`);
    await chair.goto(`${url}${appHref}`);
    await expect
      .poll(() => chair.getByTestId('presence').textContent(), { timeout: 20_000 })
      .toContain('李专家');
    await screenshot(chair, 'collab-presence');
  });

  it('a PDF the chair adds later reaches the reviewer through the relay', async () => {
    await chair.goto(`${url}${panelHref}`);
    await chair.getByTestId('file-input').setInputFiles(LATER_FORM);
    await chair.getByTestId('import-report').waitFor({ timeout: 60_000 });
    await reviewer.goto(`${url}${panelHref}`);
    const link = reviewer.getByTestId('application-list').getByRole('link', { name: LATER });
    await link.waitFor({ timeout: 20_000 });
    await link.click();
    await drawn(reviewer);
    await reviewer.goto(`${url}${appHref}`);
    await chair.goto(`${url}${appHref}`);
  });

  it('an edit made offline reaches the chair when the network returns', async () => {
    await reviewer.getByTestId('review-pane').waitFor();
    await reviewerContext.setOffline(true);
    await expect.poll(() => syncState(reviewer), { timeout: 20_000 }).toBe('offline');
    await scoreFirstEmpty(reviewer, '20');
    await expect
      .poll(() => reviewer.getByTestId('sync-status').getAttribute('data-pending'))
      .not.toBe('0');
    const before = await chair
      .getByTestId('history')
      .getByTestId('history-entry')
      .count()
      .catch(() => 0);
    await reviewerContext.setOffline(false);
    await expect.poll(() => syncState(reviewer), { timeout: 30_000 }).toBe('connected');
    await chair.getByRole('tab', { name: '修改记录' }).click();
    await expect
      .poll(() => chair.getByTestId('history-entry').count(), { timeout: 20_000 })
      .toBeGreaterThan(before);
  });

  it('turning sync off on a device is remembered after a reload', async () => {
    await reviewer.goto(`${url}${panelHref}`);
    await reviewer.getByTestId('relay-toggle').click();
    await expect.poll(() => syncState(reviewer)).toBe('local');
    await reviewer.reload();
    await reviewer.getByTestId('relay-settings').waitFor();
    await reviewer.waitForTimeout(1000);
    expect(await syncState(reviewer)).toBe('local');
    await reviewer.getByTestId('relay-toggle').click();
    await expect.poll(() => syncState(reviewer), { timeout: 20_000 }).toBe('connected');
    await reviewer.goto(`${url}${appHref}`);
    await reviewer.getByTestId('review-pane').waitFor();
  });

  it('the chair reissues the reviewer’s token: the old one is refused, the token file brings them back', async () => {
    await chair.goto(`${url}${panelHref}`);
    const member = chair.getByTestId('members').locator('li[data-member="李专家"]');
    const [download] = await Promise.all([
      chair.waitForEvent('download'),
      member.getByTestId('member-reissue').click(),
    ]);
    const tokenFile = await saveDownload(download, 'token.json');
    expect(JSON.parse(await readFile(tokenFile, 'utf8')).kind).toBe('review-desk-token');
    await chair.getByTestId('members').getByRole('status').waitFor();
    // The relay hears of the new epoch from the chair; the reviewer's old token is refused.
    await reviewer.goto(`${url}${panelHref}`);
    await expect.poll(() => syncState(reviewer), { timeout: 30_000 }).toBe('refused');
    await reviewer.goto(url);
    await reviewer.getByTestId('invitation-input').setInputFiles(tokenFile);
    await reviewer.getByRole('heading', { name: PANEL }).waitFor({ timeout: 30_000 });
    await expect.poll(() => syncState(reviewer), { timeout: 30_000 }).toBe('connected');
    await reviewer.goto(`${url}${appHref}`);
    await reviewer.getByTestId('review-pane').waitFor();
  });

  it('once the reviewer submits, the chair sees the scores', async () => {
    await scoreAllAndSubmit(reviewer, '12');
    await chair.goto(`${url}${panelHref}`);
    await expect
      .poll(() => chair.getByTestId('review-progress').first().textContent(), { timeout: 20_000 })
      .toContain('已提交 1/1');
    await chair.goto(`${url}${appHref}`);
    await chair.getByRole('tab', { name: '修改记录' }).click();
    // Submitted: the history now shows the reviewer's values instead of "encrypted".
    await expect
      .poll(() => chair.getByTestId('history').textContent(), { timeout: 20_000 })
      .toContain('打了 15 分');
    await chairContext.close();
    await reviewerContext.close();
  });
});
