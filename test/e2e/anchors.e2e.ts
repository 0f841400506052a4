/**
 * Re-finding an anchor in real Chromium: a highlight made on one version of an application's
 * form is carried over to a re-exported version whose text moved to another page, found again by
 * its quote and drawn at the new place.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinesePdf } from '../annotations/support';
import { openWorkspace, YUEYANG } from './support/app';
import { screenshot, startPwaSession } from './support/browser';

const PHRASE = '核心成员共十二名';
const SENTENCE = `${PHRASE}，分布在五所学校，自2019年9月起开展网络教研。`;

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

const pageEl = (n: number) => page.locator(`.pdf-page[data-page="${n}"]`);

describe('anchors across versions of a file', () => {
  it('carries a highlight over to a re-exported file where its text moved to page 2', async () => {
    const v1 = await chinesePdf([
      ['联盟申报书', '一、团队', SENTENCE, '二、计划：每年开发资源240条。'],
    ]);
    const v2 = await chinesePdf([
      [
        '联盟申报书（修订版）',
        '说明：按通知要求重新填写，补充了团队分工。',
        '分工：主持人统筹，顾问指导。',
      ],
      ['一、团队', SENTENCE, '二、计划：每年开发资源240条。'],
    ]);
    await openWorkspace(page, url);
    await page.getByTestId('panel-list').getByRole('link', { name: YUEYANG }).click();
    await page.getByTestId('file-input').setInputFiles({
      name: '申报书v1.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(v1),
    });
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
    await page.getByTestId('application-list').getByRole('link', { name: '申报书v1' }).click();

    // Highlight the phrase on v1 by selecting it with the mouse.
    await expect
      .poll(() => pageEl(1).getAttribute('data-state'), { timeout: 30_000 })
      .toBe('drawn');
    const span = pageEl(1).locator('.textLayer span', { hasText: PHRASE });
    await expect.poll(() => span.count()).toBe(1);
    const box = (await span.boundingBox())!;
    const share = PHRASE.length / SENTENCE.length;
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * share, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.getByTestId('highlight-selection').click();
    await expect.poll(() => page.getByTestId('annotation-list').locator('li').count()).toBe(1);
    const original = (await page
      .getByTestId('annotation-list')
      .locator('.excerpt')
      .first()
      .textContent())!;
    expect(original.length).toBeGreaterThan(3);
    expect(PHRASE.startsWith(original)).toBe(true);

    // The applicant's re-exported version is added to the same application.
    await page.locator('.add-files summary').click();
    await page.getByTestId('file-input').setInputFiles({
      name: '申报书v2.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(v2),
    });
    await page.getByRole('tab', { name: '申报书v2.pdf' }).click();
    await page.getByTestId('carry-over').getByRole('button').click();
    await expect
      .poll(() => page.getByTestId('carry-over').textContent(), { timeout: 30_000 })
      .toContain('迁移 1 条');

    const list = page.getByTestId('annotation-list');
    await expect.poll(() => list.locator('li').count()).toBe(1);
    expect(await list.locator('.excerpt').first().textContent()).toBe(original);
    // Drawn on page 2 of v2, over the phrase.
    await page.getByTestId('pdf-page-input').fill('2');
    await page.getByTestId('pdf-page-input').press('Enter');
    await expect
      .poll(() => pageEl(2).locator('.pdf-highlight').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const mark = (await pageEl(2).locator('.pdf-highlight').first().boundingBox())!;
    const moved = pageEl(2).locator('.textLayer span', { hasText: original });
    const target = (await moved.boundingBox())!;
    expect(Math.abs(mark.y + mark.height / 2 - (target.y + target.height / 2))).toBeLessThan(
      target.height,
    );
    await screenshot(page, 'anchor-carried-over');
  });
});
