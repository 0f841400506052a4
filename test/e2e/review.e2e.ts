/**
 * Reviewing in real Chromium: facts read from the PDF are confirmed, eligibility follows the
 * confirmed facts (with the clause shown), scores are entered from the keyboard and survive a
 * reload, submitting locks the review, and the history shows who changed what.
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApplication, scoreAllAndSubmit, YUEYANG } from './support/app';
import { screenshot, startPwaSession } from './support/browser';

let session: Awaited<ReturnType<typeof startPwaSession>>;
let url: string;
let page: Page;

beforeAll(async () => {
  session = await startPwaSession({ width: 1500, height: 950 });
  ({ url, page } = session);
});

afterAll(async () => {
  await session?.close();
});

const tab = (name: string) => page.getByRole('tab', { name });
const scoreInputs = () => page.locator('.score-input input');

async function acceptAllFacts() {
  await page.getByRole('button', { name: /全部接受/ }).click({ timeout: 30_000 });
  await expect.poll(() => page.locator('.fact-row[data-state="pending"]').count()).toBe(0);
}

describe('review form', () => {
  it('flags an application with seven core members as ineligible, citing the clause', async () => {
    await openApplication(page, url, YUEYANG, '小学人工智能启蒙网络教研联盟');
    await acceptAllFacts();
    await tab('资格审查').click();
    const verdict = page.getByTestId('eligibility-verdict');
    expect(await verdict.getAttribute('data-verdict')).toBe('ineligible');
    const failing = page.locator('.rule-row[data-status="fail"]');
    expect(await failing.count()).toBeGreaterThanOrEqual(1);
    const text = (await failing.first().textContent()) ?? '';
    expect(text).toContain('核心成员');
    await failing.first().locator('summary').click();
    expect(await failing.first().locator('blockquote').textContent()).toMatch(
      /核心成员\s*8-15\s*人/,
    );
  });

  it('scores from the keyboard; scores survive a reload', async () => {
    await openApplication(page, url, YUEYANG, '初中编程教育网络教研联盟');
    await acceptAllFacts();
    await tab('资格审查').click();
    expect(await page.getByTestId('eligibility-verdict').getAttribute('data-verdict')).not.toBe(
      'ineligible',
    );
    await tab('评分').click();
    const first = scoreInputs().first();
    await first.focus();
    await first.fill('15');
    await page.keyboard.press('Enter');
    // Enter moved on to the next criterion; ArrowUp steps from empty to the first step.
    expect(
      await page.evaluate(() => (document.activeElement as HTMLInputElement).dataset.criterion),
    ).toBe(await scoreInputs().nth(1).getAttribute('data-criterion'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('running-total').getAttribute('data-total'))
      .not.toBe('0');
    const total = await page.getByTestId('running-total').getAttribute('data-total');
    // The chart shows the first criterion's share at a glance.
    const firstBar = page.getByTestId('score-chart').locator('.score-chart-bar').first();
    expect(Number(await firstBar.getAttribute('data-share'))).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('save-status').getAttribute('data-state'))
      .toBe('saved');
    // A score typed but not committed is not called saved; Escape takes it back.
    const third = scoreInputs().nth(2);
    await third.fill('3');
    await expect
      .poll(() => page.getByTestId('save-status').getAttribute('data-state'))
      .toBe('unsaved');
    await third.press('Escape');
    await expect
      .poll(() => page.getByTestId('save-status').getAttribute('data-state'))
      .toBe('saved');
    expect(await page.getByTestId('running-total').getAttribute('data-total')).toBe(total);
    // Hiding the page (another tab, the window closing) commits a typed score.
    await third.fill('3');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => 'hidden',
      });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect
      .poll(() => page.getByTestId('save-status').getAttribute('data-state'))
      .toBe('saved');
    await page.reload();
    await page.getByTestId('review-pane').waitFor();
    await tab('评分').click();
    expect(await scoreInputs().first().inputValue()).toBe('15');
    expect(await scoreInputs().nth(2).inputValue()).toBe('3');
    expect(Number(await page.getByTestId('running-total').getAttribute('data-total'))).toBe(
      Number(total) + 3,
    );
  });

  it('lists an area linked as evidence under its criterion, and the link shows it in the viewer', async () => {
    await page.getByTestId('tool-area').click();
    const first = page.locator('.pdf-page[data-page="1"]');
    await first.waitFor();
    const box = (await first.boundingBox())!;
    await page.mouse.move(box.x + 80, box.y + 120);
    await page.mouse.down();
    await page.mouse.move(box.x + 320, box.y + 200, { steps: 5 });
    await page.mouse.up();
    const editor = page.getByTestId('annotation-editor');
    await editor.getByRole('checkbox').first().check();
    await page.getByTestId('tool-select').click();
    await tab('评分').click();
    const evidence = page.locator('.criterion-row').first().locator('.evidence-link');
    await expect.poll(() => evidence.count()).toBe(1);
    expect(await evidence.textContent()).toContain('第 1 页');
    await evidence.click();
    await expect
      .poll(() => page.getByTestId('pdf-viewer').getAttribute('data-current-page'))
      .toBe('1');
  });

  it('refuses to submit with criteria missing, then submits and locks the review', async () => {
    await page.getByTestId('submit-review').click();
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=review-pane]').getAttribute('data-status')).toBe(
      'draft',
    );
    await scoreAllAndSubmit(page, '10');
    expect(await scoreInputs().first().isDisabled()).toBe(true);
    await screenshot(page, 'review-submitted');
  });

  it('shows the history of the application', async () => {
    await tab('修改记录').click();
    const rows = page.getByTestId('history-entry');
    expect(await rows.count()).toBeGreaterThan(5);
    expect(await page.getByTestId('history').textContent()).toContain('示例专家（组长）');
  });

  it('names both applications when a core member is in two alliances', async () => {
    await openApplication(page, url, YUEYANG, '初中人工智能实践网络教研联盟');
    await acceptAllFacts();
    await page.locator('.breadcrumbs a').nth(1).click();
    // The demo also has a reviewer with a conflict of interest: look at the duplicate only.
    const duplicate = page
      .getByTestId('panel-findings')
      .locator('.finding-fail', { hasText: '同时是' });
    await expect.poll(() => duplicate.count(), { timeout: 15_000 }).toBe(1);
    const text = (await duplicate.textContent()) ?? '';
    expect(text).toContain('初中编程教育网络教研联盟');
    expect(text).toContain('初中人工智能实践网络教研联盟');
    // The namesake at another school (小学编程启蒙网络教研联盟) is not named.
    expect(text).not.toContain('小学编程启蒙网络教研联盟');
  });
});
