/**
 * The PDF viewer in real Chromium against the built PWA: drawing, virtualisation, zoom, search,
 * keyboard, annotations (highlight from a selection, area, note, evidence link), remembered
 * page and zoom, exports, and the encrypted and corrupt files of the pdf-edge corpus.
 *
 * Test files enter the app the way a chair adds them: the panel page's file picker (demo panels
 * are chaired by this device). Nothing is copied into public/.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { chinesePdf } from '../annotations/support';
import { linkFirstEvidence } from './support/app';
import { inkRatio, launchBrowser, screenshot } from './support/browser';

const CORPUS = path.resolve('../shared/corpus/pdf-edge');
const PAGES = 40;
/** Pages (1-based) whose text has the search word. */
const WORD_PAGES = [3, 17, 33];

let app: Server;
let url: string;
let browser: Browser;
let page: Page;

/** A 40-page Chinese application: a known sentence on page 1, 教研联盟 on three pages. */
async function multiPagePdf(): Promise<Uint8Array> {
  const pages: string[][] = [];
  for (let n = 1; n <= PAGES; n++) {
    const lines = [`第${n}页 申报材料正文。`];
    if (n === 1) lines.push('主要成员单位不少于4个，自2019年9月起开展实践。');
    if (WORD_PAGES.includes(n)) lines.push(`本页介绍网络教研联盟的第${n}项工作安排。`);
    for (let k = 0; k < 12; k++)
      lines.push(`核心成员第${k + 1}条说明：开展常态化网络教研，开发教学资源。`);
    pages.push(lines);
  }
  return chinesePdf(pages);
}

/** The demo panel this device chairs; test files are imported into it. */
const PANEL_NAME = '岳阳市中小学信息科技（技术）网络教研联盟 2023';
let panelHref = '';
/** Application page (hash route) per imported file. */
const apps = new Map<string, string>();

async function applicationLinks(): Promise<string[]> {
  const links = page.getByTestId('application-list').locator('a');
  return links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Add a file with the panel's file picker, as a chair does; remember its application page. */
async function importFile(id: string, name: string, bytes: Uint8Array) {
  await page.goto(`${url}${panelHref}`);
  await page.getByTestId('application-list').waitFor({ timeout: 30_000 });
  // The list fills in as the panel loads: wait until it holds the demo's applications.
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="application-list"] a').length >= 8,
  );
  const before = new Set(await applicationLinks());
  await page.getByTestId('file-input').setInputFiles({
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.from(bytes),
  });
  await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="application-list"] a').length === n,
    before.size + 1,
  );
  const added = (await applicationLinks()).find((h) => !before.has(h));
  apps.set(id, added!);
}

/** Drop a file the intake refuses; what it says about it (one line per refused file). */
async function refuseFile(name: string, bytes: Uint8Array): Promise<string> {
  await page.goto(`${url}${panelHref}`);
  await page.getByTestId('application-list').waitFor({ timeout: 30_000 });
  await page.getByTestId('file-input').setInputFiles({
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.from(bytes),
  });
  const refused = page.getByTestId('rejected-files');
  await refused.waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('application-list').innerText()).not.toContain(
    name.replace(/\.pdf$/, ''),
  );
  return (await refused.innerText()) ?? '';
}

let refusedCorrupt = '';

async function openApp(id: string) {
  await page.goto(`${url}${apps.get(id)}`);
}

const viewer = () => page.getByTestId('pdf-viewer');
const currentPage = async () => Number(await viewer().getAttribute('data-current-page'));
const pageEl = (n: number) => page.locator(`.pdf-page[data-page="${n}"]`);

async function expectDrawn(n: number) {
  await expect.poll(() => pageEl(n).getAttribute('data-state'), { timeout: 30_000 }).toBe('drawn');
  expect(await inkRatio(page, `.pdf-page[data-page="${n}"] canvas`)).toBeGreaterThan(0.002);
}

beforeAll(async () => {
  const corpus = async (name: string) => new Uint8Array(await readFile(path.join(CORPUS, name)));
  ({ server: app, url } = await serveStatic(path.resolve('dist/pwa'), { port: 0 }));
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  page = await context.newPage();
  await page.goto(url);
  const link = page.getByTestId('panel-list').getByRole('link', { name: PANEL_NAME });
  await link.waitFor({ timeout: 60_000 });
  panelHref = (await link.getAttribute('href'))!;
  await importFile('multi', '多页申报书.pdf', await multiPagePdf());
  await importFile(
    'encrypted',
    '加密申报书.pdf',
    await corpus('synthetic/encrypted-aes256-user-password.pdf'),
  );
  // A corrupt file never becomes an application: the intake says so, naming it.
  refusedCorrupt = await refuseFile(
    '损坏的申报书.pdf',
    await corpus('synthetic/header-then-garbage.pdf'),
  );
  await importFile('outline', 'outline.pdf', await corpus('pdfjs/nested_outline.pdf'));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  app?.close();
});

describe('viewer', () => {
  it('opens a multi-page application and draws page 1', async () => {
    await openApp('multi');
    await expect
      .poll(() => viewer().getAttribute('data-pages'), { timeout: 30_000 })
      .toBe(String(PAGES));
    await expectDrawn(1);
    expect(await page.getByTestId('pdf-page-count').innerText()).toContain(String(PAGES));
  });

  it('renders only pages near the viewport while scrolling (virtualisation)', async () => {
    const scroller = page.getByTestId('pdf-scroll');
    let most = 0;
    for (let i = 0; i < 12; i++) {
      await scroller.evaluate((el) => el.scrollBy({ top: el.clientHeight * 1.7 }));
      await page.waitForTimeout(50);
      most = Math.max(most, await page.locator('.pdf-scroll canvas').count());
    }
    expect(await currentPage()).toBeGreaterThan(10);
    // A 900px viewport shows ~2 pages; with 2 pages of overscan either side, never more than 8.
    expect(most).toBeLessThanOrEqual(8);
    expect(await page.locator('.pdf-page').count()).toBeLessThanOrEqual(8);
  });

  it('goes to page N from the page field and by keyboard', async () => {
    const input = page.getByTestId('pdf-page-input');
    await input.fill('30');
    await input.press('Enter');
    await expect.poll(currentPage).toBe(30);
    await expectDrawn(30);
    await page.getByTestId('pdf-scroll').focus();
    await page.keyboard.press('PageDown');
    await expect.poll(currentPage).toBe(31);
    await page.keyboard.press('Home');
    await expect.poll(currentPage).toBe(1);
    await page.keyboard.press('End');
    await expect.poll(currentPage).toBe(PAGES);
    await page.keyboard.press('Home');
  });

  it('zooms in and out and fits the width', async () => {
    const width = () => pageEl(1).evaluate((el) => el.getBoundingClientRect().width);
    const fit = await width();
    const scrollWidth = await page.getByTestId('pdf-scroll').evaluate((el) => el.clientWidth);
    expect(fit).toBeGreaterThan(scrollWidth * 0.85);
    expect(fit).toBeLessThanOrEqual(scrollWidth);
    const zoom = page.getByTestId('pdf-zoom');
    const before = await zoom.innerText();
    await page.getByRole('button', { name: '放大' }).click();
    await expect.poll(() => zoom.innerText()).not.toBe(before);
    await expect.poll(width).toBeGreaterThan(fit);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(width).toBeLessThan(fit);
    await page.getByRole('button', { name: '适合宽度' }).click();
    await expect.poll(width).toBeCloseTo(fit, 0);
    await expectDrawn(1);
  });

  it('goes to a page from its thumbnail, and rotates a page by 90°', async () => {
    await page.getByRole('button', { name: '缩略图' }).click();
    const thumbs = page.getByTestId('pdf-thumbnails');
    await thumbs.getByRole('button', { name: '转到第 2 页' }).waitFor();
    // Thumbnails are virtualised too.
    expect(await thumbs.locator('canvas').count()).toBeLessThan(15);
    await thumbs.getByRole('button', { name: '转到第 2 页' }).click();
    await expect.poll(currentPage).toBe(2);
    const size = () => pageEl(2).evaluate((el) => [el.clientWidth, el.clientHeight]);
    const [w, h] = await size();
    await page.getByRole('button', { name: '旋转本页 90°' }).click();
    // The turned page swaps its proportions (fit-width keeps the widest page in view).
    await expect.poll(async () => (await size())[1]).toBeLessThan(h!);
    const [w2, h2] = await size();
    expect(w2! / h2!).toBeCloseTo(h! / w!, 1);
    await expectDrawn(2);
    await page.getByRole('button', { name: '旋转本页 90°' }).click();
    await page.getByRole('button', { name: '旋转本页 90°' }).click();
    await page.getByRole('button', { name: '旋转本页 90°' }).click();
    await expect.poll(size).toEqual([w, h]);
    await page.getByRole('button', { name: '批注', exact: true }).click();
  });

  it('a page asked for while a search hit is still being placed wins over the hit', async () => {
    // Placing a hit reads its page's text first; on a slow machine that finished after the reader
    // had typed another page, and the late scroll took them away from it (a CI failure).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    try {
      await page.getByTestId('pdf-scroll').focus();
      await page.keyboard.press('Control+f');
      const input = page.getByTestId('pdf-search').getByRole('searchbox');
      // Only page 33 has it, and no page's text has been read yet: its hit is found after the
      // reader went to page 1.
      await input.fill('第33项工作');
      await page.getByTestId('pdf-page-input').fill('1');
      await page.getByTestId('pdf-page-input').press('Enter');
      // Give the pending hit time to land: it must not move the view.
      const count = page.getByTestId('pdf-search-count');
      await expect.poll(() => count.innerText(), { timeout: 30_000 }).toMatch(/共 1 处/);
      for (let i = 0; i < 6; i++) {
        await page.waitForTimeout(500);
        expect(await currentPage()).toBe(1);
      }
      // Asking for the hit again goes to it.
      await input.press('Enter');
      await expect.poll(currentPage, { timeout: 30_000 }).toBe(33);
      await input.press('Escape');
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.detach();
    }
  });

  it('searches a Chinese word: all hits counted and highlighted, next and previous', async () => {
    await page.getByTestId('pdf-scroll').focus();
    await page.keyboard.press('Control+f');
    const input = page.getByTestId('pdf-search').getByRole('searchbox');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('教研联盟');
    const count = page.getByTestId('pdf-search-count');
    await expect.poll(() => count.innerText(), { timeout: 30_000 }).toMatch(/^第 1 处，共 3 处$/);
    await expect.poll(currentPage).toBe(WORD_PAGES[0]);
    await expect.poll(() => pageEl(3).locator('.pdf-hit-current').count()).toBeGreaterThan(0);
    await input.press('Enter');
    await expect.poll(currentPage).toBe(WORD_PAGES[1]);
    await expect.poll(() => count.innerText()).toMatch(/^第 2 处/);
    await expect.poll(() => pageEl(17).locator('.pdf-hit-current').count()).toBeGreaterThan(0);
    await input.press('Shift+Enter');
    await input.press('Shift+Enter');
    await expect.poll(currentPage).toBe(WORD_PAGES[2]);
    // Full-width and spaced forms of the query find the same hits.
    await input.fill('教研 联盟');
    await expect.poll(() => count.innerText()).toMatch(/共 3 处/);
    await input.press('Escape');
    await expect.poll(() => page.getByTestId('pdf-search').count()).toBe(0);
  });

  it('makes a highlight from a text selection; it is listed and drawn', async () => {
    await page.getByTestId('pdf-page-input').fill('1');
    await page.getByTestId('pdf-page-input').press('Enter');
    await expectDrawn(1);
    const span = pageEl(1).locator('.textLayer span', { hasText: '主要成员单位不少于4个' });
    await expect.poll(() => span.count()).toBe(1);
    const button = page.getByTestId('highlight-selection');
    let box = (await span.boundingBox())!;
    // Select by dragging; on a busy machine a drag right after drawing can miss, as a person's
    // can, and is made again.
    await expect
      .poll(
        async () => {
          // Measured each time: the view may still move after the page is drawn.
          box = (await span.boundingBox())!;
          await page.mouse.move(box.x + 1, box.y + box.height / 2);
          await page.mouse.down();
          await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 5 });
          await page.mouse.up();
          return button.isVisible({ timeout: 2000 }).catch(() => false);
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(true);
    await button.click();
    const list = page.getByTestId('annotation-list');
    await expect.poll(() => list.locator('li').count()).toBe(1);
    expect(await list.locator('.excerpt').first().innerText()).toMatch(/^主要成员单位/);
    await expect.poll(() => pageEl(1).locator('.pdf-highlight').count()).toBeGreaterThan(0);
    // The highlight sits over the selected words.
    const mark = (await pageEl(1).locator('.pdf-highlight').first().boundingBox())!;
    expect(Math.abs(mark.y + mark.height / 2 - (box.y + box.height / 2))).toBeLessThan(box.height);
  });

  it('marks an area and pins a note, with a comment and an evidence link', async () => {
    await page.getByTestId('tool-area').click();
    const p1 = (await pageEl(1).boundingBox())!;
    await page.mouse.move(p1.x + 100, p1.y + 300);
    await page.mouse.down();
    await page.mouse.move(p1.x + 300, p1.y + 420, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => pageEl(1).locator('.pdf-area').count()).toBe(1);
    await page.getByTestId('tool-note').click();
    await page.mouse.click(p1.x + 500, p1.y + 200);
    await expect.poll(() => pageEl(1).locator('.pdf-note').count()).toBe(1);
    await expect.poll(() => page.getByTestId('annotation-list').locator('li').count()).toBe(3);
    const editor = page.getByTestId('annotation-editor');
    await editor.getByTestId('annotation-comment').fill('核心成员人数需核对：表中只有7人。');
    await editor.getByTestId('annotation-comment').blur();
    await expect
      .poll(() => page.getByTestId('annotation-list').innerText(), { timeout: 30_000 })
      .toContain('核心成员人数需核对');
    await linkFirstEvidence(page);
    await page.getByTestId('tool-select').click();
    await screenshot(page, 'viewer-annotations');
  });

  it('exports W3C Web Annotation JSON and a PDF carrying the annotations', async () => {
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出批注（JSON）' }).click(),
    ]);
    const collection = JSON.parse(await readFile((await json.path())!, 'utf8'));
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(3);
    const kinds = collection.first.items.map((i: { target: { selector: { type: string }[] } }) =>
      i.target.selector.map((s) => s.type).join('+'),
    );
    expect(kinds).toContain('FragmentSelector+TextQuoteSelector');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出带批注的 PDF' }).click(),
    ]);
    const out = path.join(os.tmpdir(), `rd-viewer-${Date.now()}.pdf`);
    await writeFile(out, await readFile((await pdf.path())!));
    expect(execFileSync('qpdf', ['--check', out], { encoding: 'utf8' })).toContain(
      'No syntax or stream encoding errors found',
    );
    const annots = execFileSync('qpdf', ['--show-npages', out], { encoding: 'utf8' });
    expect(Number(annots)).toBe(PAGES);
  });

  it('remembers page and zoom for the file when it is opened again', async () => {
    await page.getByRole('button', { name: '放大' }).click();
    const zoom = await page.getByTestId('pdf-zoom').innerText();
    await page.getByTestId('pdf-page-input').fill('12');
    await page.getByTestId('pdf-page-input').press('Enter');
    await expect.poll(currentPage).toBe(12);
    await page.waitForTimeout(700); // the viewer saves its place a moment after it settles
    await page.reload();
    await expect.poll(currentPage, { timeout: 30_000 }).toBe(12);
    expect(await page.getByTestId('pdf-zoom').innerText()).toBe(zoom);
    await expectDrawn(12);
  });

  it('asks for the password of an encrypted PDF and says when it is wrong', async () => {
    await openApp('encrypted');
    const form = page.getByTestId('pdf-password');
    await expect.poll(() => form.innerText(), { timeout: 30_000 }).toContain('加密申报书.pdf');
    await form.locator('input').fill('wrong');
    await form.getByRole('button').click();
    await expect
      .poll(() => form.getByRole('alert').innerText(), { timeout: 30_000 })
      .toContain('密码不正确');
    await form.locator('input').fill('secret');
    await form.getByRole('button').click();
    await expectDrawn(1);
  });

  it('lists the document outline; a click goes to the entry', async () => {
    await openApp('outline');
    await expect.poll(() => viewer().getAttribute('data-pages'), { timeout: 30_000 }).toBe('9');
    await page.getByRole('button', { name: '目录', exact: true }).click();
    await page.getByRole('button', { name: '3. Conclusion' }).click();
    await expect.poll(currentPage).toBe(7);
    await page.getByRole('button', { name: '2.1 First Topic' }).click();
    await expect.poll(currentPage).toBe(5);
  });

  it('re-finds a fact’s evidence (page and quote) when the review form asks for it', async () => {
    await page.goto(`${url}${panelHref}`);
    await page.getByRole('link', { name: '初中编程教育网络教研联盟' }).click();
    const link = page.locator('.evidence-link').first();
    await link.waitFor({ timeout: 60_000 });
    const quote = (await link.locator('q').innerText()).trim();
    const pageNo = Number((await link.locator('.evidence-page').innerText()).match(/\d+/)![0]);
    await expect.poll(() => viewer().getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    await link.click();
    await expect.poll(() => pageEl(pageNo).locator('.pdf-flash').count()).toBeGreaterThan(0);
    // The flash covers the quoted words: the text layer under it reads the quote's start.
    const under = await pageEl(pageNo).evaluate((el) => {
      const flash = el.querySelector('.pdf-flash')!.getBoundingClientRect();
      const spans = [...el.querySelectorAll('.textLayer span')].filter((s) => {
        const r = s.getBoundingClientRect();
        return (
          r.bottom > flash.top &&
          r.top < flash.bottom &&
          r.right > flash.left &&
          r.left < flash.right
        );
      });
      return spans.map((s) => s.textContent).join('');
    });
    expect(under.replace(/\s/g, '')).toContain(quote.replace(/\s/g, '').slice(0, 4));
  });

  it('ends each document’s pdf.js worker with its viewer: opening files again and again leaves only the one kept ready', async () => {
    for (let round = 0; round < 3; round++) {
      await openApp('multi');
      // It opens where it was left (an earlier test): any page drawn will do.
      await page.locator('.pdf-page[data-state="drawn"]').first().waitFor({ timeout: 30_000 });
      await page.goto(`${url}${panelHref}`);
      await page.getByTestId('application-list').waitFor({ timeout: 30_000 });
    }
    // One worker is kept ready for the next file (lib/platform/web.ts); every other one ended
    // with its document. A leak would leave one more per open.
    await expect.poll(() => page.workers().length, { timeout: 15_000 }).toBeLessThanOrEqual(1);
  });

  it('names the file in a localised message when the PDF is corrupt', async () => {
    expect(refusedCorrupt).toContain('损坏的申报书.pdf');
    expect(refusedCorrupt).toContain('已损坏');
    expect(refusedCorrupt).not.toContain('pdf/');
    // The app is still responsive: another application opens.
    await openApp('multi');
    await expect
      .poll(() => viewer().getAttribute('data-pages'), { timeout: 30_000 })
      .toBe(String(PAGES));
  });
});
