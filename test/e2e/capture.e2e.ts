/**
 * The extension beside a web portal, in real Chromium with the unpacked Chrome build: capture a
 * page's PDF links into the active panel (grouped by table row; the cookie-protected file comes
 * with the page's own session, the fake PDF is refused by its bytes, the file the panel has is
 * recognised, the other site's file asks for that origin); open one link the way the context
 * menu does; score in the side panel and see it in the app page.
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIAONING, openWorkspace } from './support/app';
import { inkRatio, launchWithExtension, SCREENSHOTS, screenshot } from './support/browser';
import {
  attachToPopup,
  type ChromeApi,
  pressToolbarButton,
  sideBySide,
  tabIdOf,
} from './support/extension';
import { type Portal, startPortal } from './support/portal';

let context: BrowserContext;
let extensionId: string;
let portal: Portal;
let app: Page;

const ext = (page: string) => `chrome-extension://${extensionId}/${page}`;

beforeAll(async () => {
  portal = await startPortal(path.resolve('public/demo/demo-liaoning-2022/ln-01.pdf'));
  context = await launchWithExtension(path.resolve('.output/chrome-mv3'), [
    '--enable-unsafe-extension-debugging',
  ]);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
  // First start: the demo panels; opening the Liaoning panel makes it the active panel.
  app = await context.newPage();
  app.on('dialog', (dialog) => void dialog.accept());
  await app.setViewportSize({ width: 1400, height: 900 });
  await openWorkspace(app, ext('app.html'));
  await app.getByTestId('panel-list').getByRole('link', { name: LIAONING }).click();
  await app.getByTestId('application-list').waitFor();
});

afterAll(async () => {
  await context?.close();
  await portal?.close();
});

/** A new tab the extension opens (the capture page), once it has loaded. */
async function nextTab(action: () => Promise<unknown>): Promise<Page> {
  const [page] = await Promise.all([context.waitForEvent('page'), action()]);
  await page.waitForLoadState();
  return page;
}

/** The message the context menu and the popup send to the background. */
function sendCapture(from: Page, tabId: number, link: { url: string; frameId: number } | null) {
  return from.evaluate(
    ({ tabId, link }) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return chrome.runtime.sendMessage({
        tag: 'review-desk/1',
        type: 'capture',
        data: { tabId, link },
      });
    },
    { tabId, link },
  );
}

describe('capture from a portal', () => {
  it('imports a page of PDF links into the active panel, grouped by row, and says what failed', async () => {
    const page = await context.newPage();
    await page.goto(`${portal.url}/list`);
    // The toolbar button, then "导入本页的 PDF……" in its popup.
    await pressToolbarButton(context, extensionId, page);
    const popup = await attachToPopup(context, extensionId);
    const capture = await nextTab(() => popup.click('popup-capture'));
    await popup.detach();
    const tabId = await tabIdOf(app, page.url());
    await capture.setViewportSize({ width: 1200, height: 1000 });
    expect(capture.url()).toContain(`app.html#/capture/${tabId}`);

    const groups = capture.getByTestId('capture-group');
    await groups.first().waitFor({ timeout: 30_000 });
    // By table row: five rows, row 1 with its two files; navigation links are not offered.
    expect(await groups.locator('.capture-group-title').allTextContents()).toEqual([
      '大连双师课堂应用共同体',
      '本溪课堂评价实践共同体',
      '锦州智慧课堂共同体',
      '示例共同体（已导入）',
      '丹东乡村英语共同体',
    ]);
    expect(await groups.first().locator('input[type=checkbox]').count()).toBe(2);
    // The grouping rule can be changed: by link text, every "申报书.pdf" is one group.
    await capture.getByTestId('rule-text').check();
    expect(await groups.count()).toBe(2);
    await capture.getByTestId('rule-row').check();
    expect(await groups.count()).toBe(5);

    await capture.getByTestId('capture-import').click();
    const report = capture.getByTestId('capture-report');
    await report.waitFor({ timeout: 60_000 });
    await screenshot(capture, 'extension-capture-report');

    // Titles come from the forms themselves; the cookie-protected file came with the session.
    const created = capture.getByTestId('captured-applications').locator('a');
    expect(await created.allTextContents()).toEqual([
      '大连双师课堂应用共同体',
      '本溪课堂评价实践共同体',
    ]);
    expect(portal.secureHits).toEqual([true]);
    // The demo panel's own first application has these bytes already.
    expect(await capture.getByTestId('capture-known').textContent()).toContain(
      '智慧课堂精准教学实践共同体',
    );
    const failed = capture.getByTestId('capture-failed');
    expect(await failed.locator('li').count()).toBe(2);
    expect(await failed.textContent()).toContain('不是 PDF：服务器返回的是一个网页');
    expect(await failed.textContent()).toContain(portal.otherOrigin);
    // The other site's file: a button asks for that one origin (the prompt itself needs a person).
    expect(await capture.getByTestId('capture-allow').textContent()).toContain(portal.otherOrigin);

    // The app page shows the new applications, with their PDFs drawn.
    await created.first().click();
    await capture.getByTestId('review-pane').waitFor({ timeout: 30_000 });
    await capture.waitForSelector('.pdf-page[data-page="1"][data-state="drawn"]', {
      timeout: 30_000,
    });
    expect(await inkRatio(capture, '[data-testid="pdf-page-1"]')).toBeGreaterThan(0.005);
    expect(await capture.locator('.file-tabs [role=tab]').count()).toBe(2);
    await app.reload();
    const list = app.getByTestId('application-list');
    await list.getByRole('link', { name: '本溪课堂评价实践共同体', exact: true }).waitFor();
    expect(
      await list.getByRole('link', { name: '大连双师课堂应用共同体', exact: true }).count(),
    ).toBe(1);
    await capture.close();
    await page.close();
  });

  it('opens one linked PDF the way the context menu does, in a new application named from the link', async () => {
    const page = await context.newPage();
    await page.goto(`${portal.url}/detail`);
    await pressToolbarButton(context, extensionId, page);
    const tabId = await tabIdOf(app, page.url());
    const link = { url: `${portal.url}/files/e-evidence.pdf`, frameId: 0 };
    const capture = await nextTab(() => sendCapture(app, tabId, link));
    const form = capture.getByTestId('capture-one');
    await form.waitFor({ timeout: 30_000 });
    expect(await capture.getByTestId('capture-one-title').inputValue()).toBe(
      '大连德育评价应用共同体申报书',
    );
    await capture.getByTestId('capture-one-open').click();
    await capture.waitForURL(/#\/panel\/[^/]+\/app\//, { timeout: 30_000 });
    await capture.waitForSelector('.pdf-page[data-page="1"][data-state="drawn"]', {
      timeout: 30_000,
    });
    // Named from the link until the form was read: then the form's own project name wins.
    expect(await capture.locator('.page-head h1').textContent()).toBe('大连德育评价应用共同体');
    await capture.close();
    await page.close();
  });

  it('opens the PDF a tab shows, from the toolbar popup', async () => {
    const page = await context.newPage();
    await page.goto(`${portal.url}/files/f-viewer.pdf`).catch(() => undefined);
    await pressToolbarButton(context, extensionId, page);
    const popup = await attachToPopup(context, extensionId);
    const capture = await nextTab(() => popup.click('popup-capture'));
    await popup.detach();
    await capture.getByTestId('capture-one').waitFor({ timeout: 30_000 });
    await capture.getByTestId('capture-one-open').click();
    await capture.waitForURL(/#\/panel\/[^/]+\/app\//, { timeout: 30_000 });
    expect(await capture.locator('.page-head h1').textContent()).toBe('大连劳动教育应用共同体');
    await capture.close();
    await page.close();
  });
});

describe('side panel and popup', () => {
  it('a score written in the side panel appears in the app page', async () => {
    const title = '本溪课堂评价实践共同体';
    await app
      .getByTestId('application-list')
      .getByRole('link', { name: title, exact: true })
      .click();
    await app.getByTestId('review-pane').waitFor({ timeout: 30_000 });
    await app.getByRole('tab', { name: '评分' }).click();

    const side = await context.newPage();
    await side.setViewportSize({ width: 420, height: 900 });
    await side.goto(ext('sidepanel.html'));
    const chooser = side.getByTestId('side-application');
    await chooser.waitFor({ timeout: 30_000 });
    const value = await chooser.locator('option', { hasText: title }).getAttribute('value');
    await chooser.selectOption(value!);
    await side.getByTestId('review-pane').waitFor({ timeout: 30_000 });
    await side.getByRole('tab', { name: '评分' }).click();
    const input = side.locator('.score-input input').first();
    await input.fill('8');
    await input.press('Enter');
    await side.waitForSelector('[data-testid="save-status"][data-state="saved"]');

    // No reload: the app page's copy of the panel hears the side panel's write at once.
    await app.waitForFunction(
      () => document.querySelector<HTMLInputElement>('.score-input input')?.value === '8',
      null,
      { timeout: 15_000 },
    );

    // The README's picture: the portal page with the side panel beside it.
    const portalPage = await context.newPage();
    await portalPage.setViewportSize({ width: 980, height: 900 });
    await portalPage.goto(`${portal.url}/list`);
    await sideBySide(
      context,
      path.join(SCREENSHOTS, 'extension-side-panel.png'),
      await portalPage.screenshot(),
      await side.screenshot(),
    );
    await portalPage.close();
    await side.close();
  });

  it('the popup shows the active panel with its save and sync state, and opens the side panel', async () => {
    const page = await context.newPage();
    await page.goto(`${portal.url}/detail`);
    await pressToolbarButton(context, extensionId, page);
    const popup = await attachToPopup(context, extensionId);
    const status = (await popup.run(
      `new Promise((ok) => { const wait = () => { const s = document.querySelector('[data-testid=popup-status]'); if (s && document.querySelector('[data-testid=save-status]')?.dataset.state === 'saved') ok({ panel: document.querySelector('[data-testid=active-panel] option:checked').textContent, save: document.querySelector('[data-testid=save-status]').dataset.state, sync: document.querySelector('[data-testid=sync-status]').dataset.state }); else setTimeout(wait, 50); }; wait(); })`,
    )) as { panel: string; save: string; sync: string };
    expect(status.panel).toContain(LIAONING);
    expect(status).toMatchObject({ save: 'saved', sync: 'local' });
    // "在侧边栏中评分": the browser opens the side panel on the review form.
    await popup.click('popup-side-panel');
    await popup.detach();
    const cdp = await context.browser()!.newBrowserCDPSession();
    let opened = false;
    for (let i = 0; i < 100 && !opened; i++) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { url: string }[];
      };
      opened = targetInfos.some((t) => t.url === ext('sidepanel.html'));
      if (!opened) await new Promise((r) => setTimeout(r, 100));
    }
    await cdp.detach();
    expect(opened).toBe(true);

    // "打开评审台": the open app tab comes forward, on the active panel.
    await pressToolbarButton(context, extensionId, page);
    const again = await attachToPopup(context, extensionId);
    await again.click('popup-open-app');
    await again.detach();
    await app.waitForURL(/app\.html#\/panel\/[^/]+$/, { timeout: 15_000 });
    expect(context.pages().filter((p) => p.url().includes('/app.html')).length).toBe(1);
    await page.close();
  });
});
