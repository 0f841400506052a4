/** Steps through the app that several browser tests share. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const YUEYANG = '岳阳市中小学信息科技（技术）网络教研联盟 2023';
export const LIAONING = '辽宁省2022年度教育信息化教学应用实践共同体项目';

/** First start installs the demo (two real panels, sixteen PDFs): wait for both. */
export async function openWorkspace(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(
    // Both demo panels listed as links: the demo install is done (they are plain text before).
    () => document.querySelectorAll('[data-testid="panel-list"] li a').length === 2,
    null,
    { timeout: 60_000 },
  );
}

/** From the workspace page: the panel, then the application in its list. */
export async function openApplication(page: Page, url: string, panel: string, application: string) {
  await openWorkspace(page, url);
  await page.getByTestId('panel-list').getByRole('link', { name: panel }).click();
  await page
    .getByTestId('application-list')
    .getByRole('link', { name: application, exact: true })
    .click();
  await page.getByTestId('review-pane').waitFor({ timeout: 30_000 });
}

/** In the review form: give every criterion still empty `score`, a comment each, and submit. */
export async function scoreAllAndSubmit(page: Page, score: string): Promise<void> {
  await page.getByRole('tab', { name: '评分' }).click();
  const inputs = page.locator('.score-input input');
  for (let i = 0; i < (await inputs.count()); i++) {
    if ((await inputs.nth(i).inputValue()) === '') {
      await inputs.nth(i).fill(score);
      await inputs.nth(i).press('Enter');
    }
  }
  // Low scores need a comment: give every criterion one so tests do not depend on the bands.
  const comments = page.locator('.criterion-comment');
  for (let i = 0; i < (await comments.count()); i++) {
    await comments.nth(i).fill('意见');
    await comments.nth(i).blur();
  }
  await page.getByTestId('submit-review').click();
  await page.waitForSelector('[data-testid="review-pane"][data-status="submitted"]', {
    timeout: 15_000,
  });
}

/**
 * Link the annotation open in the editor as evidence for the first target, and wait until the
 * panel reads the link back (the box shows the stored link). An unchecked box is clicked again —
 * a click can land while the editor is being replaced — but a refusal the viewer shows fails at
 * once: retrying hid a real one before (evidence keys refused as invalid).
 */
export async function linkFirstEvidence(page: Page, timeout = 30_000): Promise<void> {
  const box = page.getByTestId('annotation-editor').getByRole('checkbox').first();
  const refusals = page.locator('.pdf-viewer [role="alert"]');
  await expect
    .poll(
      async () => {
        const refused = await refusals.allTextContents();
        if (refused.length > 0)
          throw new Error(`the viewer refused the link: ${refused.join(' ')}`);
        if (await box.isChecked()) return true;
        await box.click();
        return false;
      },
      { timeout, interval: 1000 },
    )
    .toBe(true);
}
