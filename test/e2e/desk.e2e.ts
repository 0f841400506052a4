/**
 * The chair's desk in real Chromium, on the Liaoning demo panel (five experts who submitted every
 * application, with disagreements, a disputed fact, a conflict of interest and a city over its
 * quota). A sixth expert joins on a second device (another browser context) from an invitation,
 * links evidence on page 2 and submits one application; changes travel by .rdsync files. The
 * chair opens the desk, sees the divergence flag, compares the reviewers side by side (the
 * evidence link opens page 2), settles the disputed fact, records a decision that resolves the
 * quota, reads the new expert's thread, returns their review — the expert reads the reason — and
 * watches the ranks and the quota check follow.
 */
import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { LIAONING, linkFirstEvidence, openWorkspace, scoreAllAndSubmit } from './support/app';
import { launchBrowser, screenshot } from './support/browser';

/** Ranked 1st by the mean, with a range of 24 against a threshold of 15. */
const DIVERGENT = '智慧美育云端艺术课堂共同体';
/** One expert confirmed its practice start as 2019-09, the others 2019-03. */
const DISPUTED = '乡村学校双师课堂共同体';
/** The third pick of 鞍山市教育局, whose quota is 2. */
const OVER_QUOTA = '基于人工智能技术的区域中小学德育综合评价共同体';
/** Ranked 7th (mean 62.8) until the sixth expert's low scores count. */
const NEW_REVIEW = '师范生信息化教学能力实践共同体';
const EXPERT = '测试专家';
const RETURN_REASON = '请补充“组织结构与管理制度”的评分依据';

let server: Server;
let url: string;
let browser: Browser;
let chairContext: BrowserContext;
let reviewerContext: BrowserContext;
let chair: Page;
let reviewer: Page;
let dir: string;
let panelHref = '';
let reviewerPanelHref = '';

async function newDevice(): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({
    viewport: { width: 1500, height: 950 },
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

/** Export this device's changes from the panel page, import them on the other device. */
async function carry(from: Page, fromHref: string, to: Page, toHref: string, name: string) {
  await from.goto(`${url}${fromHref}`);
  const [download] = await Promise.all([
    from.waitForEvent('download'),
    from.getByTestId('export-changes').click(),
  ]);
  const file = await saveDownload(download, name);
  await to.goto(`${url}${toHref}`);
  const results = to.getByTestId('exchange-results');
  const before = await results.locator('li[data-ok="true"]').count();
  await to.getByTestId('rdsync-input').setInputFiles(file);
  await expect.poll(() => results.locator('li[data-ok="true"]').count()).toBe(before + 1);
}

const row = (title: string): Locator =>
  chair.getByTestId('desk-row').filter({ has: chair.getByRole('button', { name: title }) });
const rank = (title: string) => row(title).getAttribute('data-rank');
const flags = async (title: string) =>
  ((await row(title).getAttribute('data-flags')) ?? '').split(' ');

async function openDesk(app?: string) {
  await chair.goto(`${url}${panelHref}/desk`);
  await chair.getByTestId('desk-matrix').waitFor({ timeout: 30_000 });
  await row(DIVERGENT).waitFor();
  if (app) {
    await row(app).getByRole('button', { name: app }).click();
    await chair.locator(`[data-testid="desk-detail"]`).waitFor();
  }
}

const detailTab = (name: string) =>
  chair.getByTestId('desk-detail').locator(`[data-tab="${name}"]`);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rd-desk-'));
  ({ server, url } = await serveStatic(path.resolve('dist/pwa'), { port: 0 }));
  browser = await launchBrowser();
  [chairContext, chair] = await newDevice();
  [reviewerContext, reviewer] = await newDevice();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("the chair's desk", () => {
  it('opens on the demo panel: ranked rows, a divergence flag, the quota check', async () => {
    await openWorkspace(chair, url);
    await chair.getByTestId('panel-list').getByRole('link', { name: LIAONING }).click();
    await chair.getByTestId('open-desk').waitFor();
    panelHref = new URL(chair.url()).hash;
    await chair.getByTestId('open-desk').click();
    await chair.getByTestId('desk-matrix').waitFor({ timeout: 30_000 });
    await expect.poll(() => chair.getByTestId('desk-row').count()).toBe(8);
    expect(await rank(DIVERGENT)).toBe('1');
    expect(await flags(DIVERGENT)).toContain('divergent');
    const chip = row(DIVERGENT).locator('[data-flag="divergent"]');
    expect(await chip.getAttribute('title')).toMatch(/总分极差 24 分，超过阈值 15 分/);
    expect(await flags(DISPUTED)).toContain('factDisputed');
    expect(await flags(OVER_QUOTA)).toContain('overQuota');
    expect(await chair.getByTestId('desk-over-quota').getAttribute('data-count')).toBe('1');
    expect(await rank(NEW_REVIEW)).toBe('7');
    // At 1280 px every header reads whole, and 提示 sits over its chips (it sat at the right
    // edge of its wide column, 140 px from them).
    await chair.setViewportSize({ width: 1280, height: 800 });
    const heads = await chair.locator('.desk-head th button').evaluateAll((buttons) =>
      buttons.map((b) => ({
        text: b.textContent,
        cut: b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight,
      })),
    );
    expect(heads.filter((h) => h.cut)).toEqual([]);
    const flagsHead = await chair.locator('th[data-sort="flags"] button').boundingBox();
    const firstChip = await row(DIVERGENT).locator('[data-flag]').first().boundingBox();
    expect(Math.abs(flagsHead!.x - firstChip!.x)).toBeLessThan(12);
    await chair.setViewportSize({ width: 1500, height: 950 });
    // Five reviewer columns, each cell a submitted weighted total.
    const cells = row(DIVERGENT).locator('td[data-reviewer]');
    expect(await cells.count()).toBe(5);
    expect(await cells.first().getAttribute('data-state')).toBe('submitted');
    // Sorting by the range puts the most divergent first; filtering by a flag keeps its rows.
    await chair.locator('th[data-sort="range"] button').click();
    const firstRange = await chair
      .getByTestId('desk-row')
      .first()
      .locator('[data-stat="range"]')
      .textContent();
    expect(Number(firstRange)).toBe(24);
    await chair.getByTestId('filter-flag').selectOption('factDisputed');
    await expect.poll(() => chair.getByTestId('desk-row').count()).toBe(1);
    await chair.getByTestId('filter-flag').selectOption('all');
    // The charts load on demand (ECharts is its own chunk).
    await chair.locator('button[data-view="charts"]').click();
    await chair.locator('[data-testid="chart-totals"][data-ready="true"]').waitFor();
    await chair.locator('[data-testid="chart-severity"] svg').waitFor();
    expect(await chair.getByTestId('desk-reviewers').locator('tbody tr').count()).toBe(5);
    // The printable view lists every application, not only those in view.
    await chair.locator('button[data-view="print"]').click();
    expect(
      await chair.getByTestId('desk-print').locator('tbody tr[data-application]').count(),
    ).toBe(8);
  });

  it('a sixth expert joins on another device, links evidence on page 2, submits and starts a thread', async () => {
    await chair.goto(`${url}${panelHref}`);
    const invite = chair.getByTestId('invite-form');
    await invite.getByLabel('姓名').fill(EXPERT);
    const [download] = await Promise.all([
      chair.waitForEvent('download'),
      invite.getByRole('button', { name: /邀请/ }).click(),
    ]);
    const invitation = await saveDownload(download, 'invitation.json');

    await openWorkspace(reviewer, url);
    await reviewer.getByTestId('invitation-input').setInputFiles(invitation);
    await expect.poll(() => reviewer.url(), { timeout: 30_000 }).toContain('#/panel/');
    await reviewer.getByTestId('application-list').waitFor({ timeout: 30_000 });
    reviewerPanelHref = new URL(reviewer.url()).hash;
    await reviewer
      .getByTestId('application-list')
      .getByRole('link', { name: NEW_REVIEW, exact: true })
      .click();
    await reviewer.getByTestId('review-pane').waitFor({ timeout: 30_000 });
    // An area on page 2, linked as evidence for the first criterion.
    const second = reviewer.locator('.pdf-page[data-page="2"]');
    await second.scrollIntoViewIfNeeded({ timeout: 30_000 });
    await reviewer.locator('.pdf-page[data-page="2"][data-state="drawn"]').waitFor();
    await reviewer.getByTestId('tool-area').click();
    const box = (await second.boundingBox())!;
    await reviewer.mouse.move(box.x + 80, box.y + 120);
    await reviewer.mouse.down();
    await reviewer.mouse.move(box.x + 320, box.y + 200, { steps: 5 });
    await reviewer.mouse.up();
    // Once the area is stored (listed), link it.
    await expect
      .poll(() => reviewer.getByTestId('annotation-list').locator('li').count(), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await linkFirstEvidence(reviewer, 60_000);
    await reviewer.getByTestId('tool-select').click();
    await reviewer.getByRole('tab', { name: '评分' }).click();
    const listed = reviewer.locator('.criterion-row').first().locator('.evidence-link');
    await expect.poll(() => listed.textContent()).toContain('第 2 页');
    await scoreAllAndSubmit(reviewer, '5');

    // The expert opens the desk read-only and starts a thread on this application.
    await reviewer.goto(`${url}${reviewerPanelHref}/desk`);
    await reviewer.getByTestId('desk-read-only').waitFor();
    // Independence: on an application the expert has not submitted, nobody's scores show.
    const unseen = reviewer
      .getByTestId('desk-row')
      .filter({ has: reviewer.getByRole('button', { name: DIVERGENT }) });
    expect(await unseen.locator('td[data-state="hidden"]').count()).toBe(5);
    expect(await unseen.locator('[data-stat="mean"]').textContent()).toBe('—');
    await reviewer
      .getByTestId('desk-row')
      .filter({ has: reviewer.getByRole('button', { name: NEW_REVIEW }) })
      .getByRole('button', { name: NEW_REVIEW })
      .click();
    expect(await reviewer.getByTestId('desk-return').count()).toBe(0);
    await reviewer.getByTestId('desk-detail').locator('[data-tab="threads"]').click();
    const form = reviewer.getByTestId('desk-new-thread');
    await form.getByLabel('话题').fill('组织结构的评分');
    await form.getByLabel('发言').fill('我的评分偏低，因为管理制度没有附件。');
    await form.getByRole('button', { name: '发起讨论' }).click();
    await reviewer.getByTestId('desk-thread').waitFor();

    await carry(reviewer, reviewerPanelHref, chair, panelHref, 'expert.rdsync');
    await openDesk();
    // Six reviewers now; the low scores push this application from 7th to 8th.
    await expect.poll(() => rank(NEW_REVIEW)).toBe('8');
    expect(await rank(OVER_QUOTA)).toBe('7');
    expect(await row(NEW_REVIEW).locator('td[data-reviewer]').count()).toBe(6);
    expect(await row(NEW_REVIEW).getByTestId('desk-unread').textContent()).toBe('1');
    expect(await flags(DIVERGENT)).toContain('reviewMissing');
  });

  it('side by side: each score with the highest and lowest marked, and evidence that opens page 2', async () => {
    await openDesk(NEW_REVIEW);
    await detailTab('threads').click();
    await chair.getByTestId('desk-detail').getByRole('button', { name: '组织结构的评分' }).click();
    await chair.getByTestId('desk-thread').waitFor();
    expect(await chair.getByTestId('desk-thread').textContent()).toContain('管理制度没有附件');
    // Read on this device: the unread count goes.
    await expect.poll(() => row(NEW_REVIEW).getByTestId('desk-unread').count()).toBe(0);

    await detailTab('compare').click();
    await chair.getByTestId('desk-compare-criterion').selectOption('organisation');
    const cards = chair.getByTestId('desk-compare').locator('section[data-reviewer]');
    expect(await cards.count()).toBe(6);
    const expert = cards.filter({ hasText: EXPERT });
    expect(await expert.getAttribute('class')).toContain('desk-lo');
    expect(await expert.locator('[data-score]').getAttribute('data-score')).toBe('5');
    expect(
      await chair.getByTestId('desk-compare').locator('section.desk-hi').count(),
    ).toBeGreaterThan(0);
    const evidence = expert.getByTestId('desk-evidence');
    expect(await evidence.textContent()).toContain('第 2 页');
    await evidence.click();
    await chair.getByTestId('pdf-viewer').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => chair.getByTestId('pdf-viewer').getAttribute('data-current-page'), {
        timeout: 20_000,
      })
      .toBe('2');
  });

  it('the chair settles the disputed fact with a reason, and the flag goes', async () => {
    await openDesk(DISPUTED);
    const fact = chair.getByTestId('desk-facts').locator('tr[data-fact="practiceStart"]');
    expect(await fact.getAttribute('data-state')).toBe('disputed');
    expect(await fact.locator('td[data-differs="true"]').count()).toBe(1);
    await fact.getByTestId('desk-settle').click();
    const form = chair.getByTestId('desk-settle-form');
    // No reason: refused, nothing written.
    await form.getByRole('button', { name: '保存认定' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('理由');
    await form.getByRole('radio', { name: /2019-03/ }).check();
    await form.getByLabel('理由（必填）').fill('核对了申报书附件中的立项文件');
    await form.getByRole('button', { name: '保存认定' }).click();
    await expect.poll(() => fact.getAttribute('data-state')).toBe('settled');
    expect(await fact.textContent()).toContain('2019-03');
    expect(await fact.textContent()).toContain('核对了申报书附件中的立项文件');
    await expect.poll(() => flags(DISPUTED)).not.toContain('factDisputed');
  });

  it('records a decision: consensus prefilled, a reason outside the range, the opinion from the template; the quota check follows', async () => {
    await openDesk(OVER_QUOTA);
    expect(await flags(OVER_QUOTA)).toContain('overQuota');
    await detailTab('decision').click();
    const form = chair.getByTestId('desk-decision-form');
    const organisation = form.locator('tr[data-criterion="organisation"]');
    // Prefilled from the mean of the counted scores, on the criterion's scale.
    expect(await organisation.locator('input[type="number"]').inputValue()).toMatch(/^\d+$/);
    await form.getByTestId('decision-verdict').selectOption('notRecommend');
    // The template needs the main comments: the missing field is named, no placeholder is left.
    await form.getByTestId('decision-generate').click();
    expect(await form.getByTestId('decision-opinion-missing').textContent()).toContain('主要意见');
    expect(await form.getByTestId('decision-opinion').inputValue()).toBe('');
    // A score above every reviewer's needs a reason.
    await organisation.locator('input[type="number"]').fill('15');
    expect(await organisation.getAttribute('data-outside')).toBe('true');
    await form.getByTestId('decision-note').fill('推荐单位名额已满，本项材料亦不够充分');
    await form.getByTestId('decision-save').click();
    expect(await form.getByTestId('decision-problems').textContent()).toContain('请说明理由');
    await organisation.getByTestId('decision-reason').fill('专家组复核了管理制度原件');
    await form.getByTestId('decision-generate').click();
    const opinion = await form.getByTestId('decision-opinion').inputValue();
    expect(opinion).toContain('评审结论：不推荐。');
    expect(opinion).toContain('主要意见：推荐单位名额已满，本项材料亦不够充分。');
    expect(opinion).not.toContain('{{');
    await form.getByTestId('decision-save').click();
    await form.getByTestId('decision-saved').waitFor();
    // Labels and buttons in a row keep apart (the rule lived in the review form's stylesheet).
    const gap = async (left: Locator, right: Locator) =>
      (await right.boundingBox())!.x -
      ((await left.boundingBox())!.x + (await left.boundingBox())!.width);
    expect(
      await gap(form.locator('.desk-opinion strong'), form.getByTestId('decision-generate')),
    ).toBeGreaterThanOrEqual(6);
    expect(
      await gap(form.getByTestId('decision-save'), form.getByTestId('decision-saved')),
    ).toBeGreaterThanOrEqual(6);
    await expect.poll(() => row(OVER_QUOTA).getAttribute('data-decision')).toBe('notRecommend');
    // Not recommended: no longer a pick, so 鞍山's quota holds.
    await expect.poll(() => flags(OVER_QUOTA)).not.toContain('overQuota');
    expect(await chair.getByTestId('desk-over-quota').getAttribute('data-count')).toBe('0');
  });

  it('returns the sixth expert’s review; the ranks follow and the expert reads the reason', async () => {
    await openDesk(NEW_REVIEW);
    await chair.getByTestId('desk-compare-criterion').selectOption('organisation');
    const expert = chair
      .getByTestId('desk-compare')
      .locator('section[data-reviewer]')
      .filter({ hasText: EXPERT });
    await expert.getByTestId('desk-return').click();
    const form = expert.getByTestId('desk-return-form');
    await form.getByRole('textbox').fill(RETURN_REASON);
    await form.getByRole('button', { name: '退回评审' }).click();
    await expect.poll(() => expert.getAttribute('data-status')).toBe('returned');
    // The returned review stops counting: back to 7th, the other one back to 8th.
    await expect.poll(() => rank(NEW_REVIEW)).toBe('7');
    expect(await rank(OVER_QUOTA)).toBe('8');
    const cell = row(NEW_REVIEW).locator('td[data-state="returned"]');
    expect(await cell.count()).toBe(1);

    await carry(chair, panelHref, reviewer, reviewerPanelHref, 'chair.rdsync');
    await reviewer
      .getByTestId('application-list')
      .getByRole('link', { name: NEW_REVIEW, exact: true })
      .click();
    const notice = reviewer.getByTestId('review-returned');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain(RETURN_REASON);
    expect(await reviewer.getByTestId('review-pane').getAttribute('data-status')).toBe('draft');
  });

  it('shows the desk for the README', async () => {
    // Tall enough for the matrix and the side-by-side cards under it.
    await chair.setViewportSize({ width: 1600, height: 1250 });
    await openDesk(DIVERGENT);
    await chair.getByTestId('desk-compare-criterion').selectOption('practice');
    await chair.getByTestId('desk-compare').waitFor();
    await screenshot(chair, 'desk');
    await chairContext.close();
    await reviewerContext.close();
  });
});
