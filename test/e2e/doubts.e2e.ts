/**
 * A proposal the document's structure doubts, in real Chromium: the facts list shows it as
 * uncertain and says why in words, as text, beside the value (lib/extract/certainty).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, YUEYANG } from './support/app';
import { screenshot, startPwaSession } from './support/browser';

// A 公函 from a development set whose lead unit is glued to the contact's phone number.
const FORM = 'test/fixtures/heldout-v11/forms/v11-yy14-gonghan-pandoc.pdf';

let session: Awaited<ReturnType<typeof startPwaSession>>;
let url: string;
let page: Page;

beforeAll(async () => {
  session = await startPwaSession();
  ({ url, page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('doubted proposals', () => {
  it('shows a doubted value as uncertain, with the reason in words', async () => {
    await openWorkspace(page, url);
    await page.getByTestId('panel-list').getByRole('link', { name: YUEYANG }).click();
    await page.getByTestId('file-input').setInputFiles({
      name: '公函.pdf',
      mimeType: 'application/pdf',
      buffer: readFileSync(FORM),
    });
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
    // Listed under the project name read from it.
    await page
      .getByTestId('application-list')
      .getByRole('link', { name: '初中开源硬件机器人网络教研联盟' })
      .click();
    const lead = page.locator('.fact-row[data-fact="leadUnit"]');
    await expect
      .poll(() => lead.locator('.fact-value').count(), { timeout: 60_000 })
      .toBeGreaterThan(0);
    expect(await lead.locator('.fact-value').innerText()).toContain('平江县文星中学');
    expect(await lead.locator('[data-uncertain="true"]').count()).toBe(1);
    const doubts = lead.locator('.fact-doubts li');
    expect(await doubts.count()).toBe(1);
    expect(await doubts.first().innerText()).toContain('名称中夹带一长串数字');
    // A fact no check doubts says nothing of the kind.
    const name = page.locator('.fact-row[data-fact="projectName"]');
    expect(await name.locator('.fact-doubts').count()).toBe(0);
    await lead.scrollIntoViewIfNeeded();
    await screenshot(page, 'fact-doubted');
    // 全部接受 takes the other proposals and leaves the doubted one to be checked by hand.
    await page.getByTestId('facts-accept-all').click();
    await expect
      .poll(() => page.locator('.fact-row[data-state="pending"]').count())
      .toBeGreaterThan(0);
    expect(await lead.getAttribute('data-state')).toBe('pending');
    expect(await name.getAttribute('data-state')).toBe('accepted');
  }, 180_000);
});
