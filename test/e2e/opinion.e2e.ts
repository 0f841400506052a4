/**
 * The opinion and the demo's reviews in real Chromium (issues 9 and 13): the demo panels arrive
 * with five experts' submitted reviews, shown in the progress table with their totals; a
 * reviewer's opinion names the template field it lacks by its label (评审结论), fills only once
 * it has a value, never shows {{…}} or "。。", and a review whose opinion still has an unfilled
 * field is refused on submit.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIAONING, openApplication, openWorkspace } from './support/app';
import { startPwaSession } from './support/browser';

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

describe('demo reviews and the opinion', () => {
  it('the demo panel holds five experts’ submitted reviews with their totals', async () => {
    await openWorkspace(page, url);
    await page.getByTestId('panel-list').getByRole('link', { name: LIAONING }).click();
    const submitted = page.locator('[data-testid="reviewer-progress"] tr[data-status="submitted"]');
    // Five experts × eight applications, written while the demo installs.
    await expect.poll(() => submitted.count(), { timeout: 90_000 }).toBe(40);
    const summaries = await page
      .locator(
        '[data-testid="reviewer-progress"] tr[data-status="submitted"] [data-testid="progress-summary"]',
      )
      .allTextContents();
    expect(summaries.every((s) => /总分 \d+/.test(s))).toBe(true);
  });

  it('names the missing field, fills without placeholders, and refuses an unfilled one on submit', async () => {
    await openApplication(page, url, LIAONING, '智慧课堂精准教学实践共同体');
    await page.getByRole('button', { name: /全部接受/ }).click({ timeout: 30_000 });
    await tab('评分').click();
    const inputs = page.locator('.score-input input');
    for (let i = 0; i < (await inputs.count()); i++) {
      await inputs.nth(i).fill('9');
      await inputs.nth(i).press('Enter');
    }
    // Low scores need comments; the first ends in doubled punctuation on purpose.
    const comments = page.locator('.criterion-comment');
    for (let i = 0; i < (await comments.count()); i++) {
      await comments.nth(i).fill(i === 0 ? '案例丰富。。' : '意见。');
      await comments.nth(i).blur();
    }

    await tab('评审意见').click();
    const missing = page.getByTestId('opinion-missing');
    expect(await missing.textContent()).toContain('评审结论');
    expect(await missing.textContent()).not.toContain('verdict');
    const fill = page.getByTestId('opinion-from-template');
    expect(await fill.isDisabled()).toBe(true);

    await page.locator('input[data-field="verdict"]').fill('推荐。');
    await fill.click();
    const text = await page.locator('textarea.opinion-text').inputValue();
    expect(text).toContain('评审结论：推荐。');
    expect(text).toContain('案例丰富');
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).not.toMatch(/[。，；：][。，；：]/);

    // A placeholder typed by hand is named, and submitting is refused until it is gone.
    const area = page.locator('textarea.opinion-text');
    await area.fill(`${text}{{verdict}}`);
    await area.blur();
    expect(await page.getByTestId('opinion-unresolved').textContent()).toContain('评审结论');
    await page.getByTestId('submit-review').click();
    const alert = page.locator('.review-pane [role="alert"]').first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain('评审意见中还有未填的内容');
    expect(await page.getByTestId('review-pane').getAttribute('data-status')).toBe('draft');

    await area.fill(text);
    await area.blur();
    await page.getByTestId('submit-review').click();
    await page.waitForSelector('[data-testid="review-pane"][data-status="submitted"]', {
      timeout: 15_000,
    });
  });
});
