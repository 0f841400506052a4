/**
 * The rubric editor in real Chromium against the built PWA: copy a built-in pack, make a range
 * impossible (the error shows at the field, in the reader's language, and Save is disabled), fix
 * it, save, reload (the change stays), import a malformed file (a clear message, the library
 * unchanged), and export (the file parses with parseRubricPack).
 */

import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRubricPack } from '../../lib/rubric';
import { serveStatic } from '../../scripts/serve.mjs';
import { launchBrowser, screenshot } from './support/browser';

let server: Server;
let url: string;
let browser: Browser;
let page: Page;
const COPY = 'yueyang-2023-alliance-copy';

beforeAll(async () => {
  ({ server, url } = await serveStatic(path.resolve('dist/pwa'), { port: 0 }));
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** The folded rule whose summary names `id`, opened. */
async function openRule(id: string): Promise<Locator> {
  const rule = page.locator('details.list-item', {
    has: page.locator('summary', { hasText: `${id} · ` }),
  });
  await expect.poll(() => rule.count(), { timeout: 20_000 }).toBe(1);
  if (!(await rule.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await rule.locator('summary').click();
  }
  return rule;
}

const saveButton = () => page.getByTestId('rubric-save');
const ownPacks = () => page.getByTestId('own-packs').locator('li');

describe('rubric editor', () => {
  it('copies a built-in pack into the library and opens the copy', async () => {
    await page.goto(`${url}#/rubrics`);
    await page.getByRole('link', { name: '规则包', exact: true }).click();
    const builtin = page.locator('[data-pack="yueyang-2023-alliance"]');
    await expect.poll(() => builtin.count(), { timeout: 30_000 }).toBe(1);
    expect(await builtin.innerText()).toContain('汇总表 17 栏');
    await builtin.getByRole('button', { name: /^复制/ }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/rubrics/${COPY}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toContain('编辑规则包');
    expect(await saveButton().isDisabled()).toBe(true);
  });

  it('shows an impossible range at the field, in the reader’s language, and disables Save', async () => {
    const rule = await openRule('core-members');
    const bound = rule.locator('fieldset.bound');
    await bound.getByLabel('下限').fill('16');
    await expect
      .poll(() => bound.locator('.field-problems').innerText())
      .toBe('范围不可能满足（下限 16 大于上限 15）。');
    expect(await saveButton().isDisabled()).toBe(true);
    expect(await page.getByTestId('rubric-status').innerText()).toContain('有 1 个问题');
    expect(await rule.locator('summary').innerText()).toContain('1 个问题');
    await screenshot(page, 'rubric-editor-problem');

    // The summary list names the path and takes the reader to the field.
    const item = page
      .locator('.problem-list')
      .getByRole('button', { name: /\$\.rules\[8\]\.test\.bound/ });
    await item.click();
    expect(
      await page.evaluate(() => document.activeElement?.closest('fieldset.bound') !== null),
    ).toBe(true);

    await page.getByTestId('language-switch').selectOption('en');
    // English is fetched on first choice: the field's message changes once it is here.
    await expect
      .poll(() => bound.locator('.field-problems').innerText())
      .not.toMatch(/[\u4e00-\u9fff]/);
    expect(await bound.locator('.field-problems').innerText()).toContain('16');
    await page.getByTestId('language-switch').selectOption('zh-CN');
    await expect.poll(() => bound.locator('.field-problems').innerText()).toContain('下限');
  });

  it('saves once fixed, and the change is still there after a reload', async () => {
    const rule = await openRule('core-members');
    await rule.locator('fieldset.bound').getByLabel('下限').fill('10');
    await expect.poll(() => saveButton().isEnabled()).toBe(true);
    await saveButton().click();
    await expect
      .poll(() => page.getByTestId('rubric-status').innerText())
      .toContain('已保存（第 2 版）');
    await page.reload();
    const again = await openRule('core-members');
    expect(await again.locator('fieldset.bound').getByLabel('下限').inputValue()).toBe('10');
    expect(await again.locator('fieldset.bound').getByLabel('上限').inputValue()).toBe('15');
    const status = await page.getByTestId('rubric-status').innerText();
    expect(status).toContain('已保存（第 2 版）');
    expect(status).not.toContain('已恢复');
  });

  it('rejects a malformed JSON file with a clear message, leaving the library unchanged', async () => {
    await page.goto(`${url}#/rubrics`);
    await expect.poll(() => ownPacks().count(), { timeout: 20_000 }).toBe(1);
    await page.getByTestId('rubric-import').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "formatVersion": 2,\n  "id": "oops",,\n}'),
    });
    const outcome = page.getByTestId('import-outcome');
    await expect.poll(() => outcome.innerText()).toContain('broken.json 不是有效的 JSON');
    expect(await outcome.innerText()).toContain('第 3 行');
    expect(await outcome.innerText()).toContain('规则包库没有改变');

    const pack = JSON.parse(await readFile('lib/rubric/packs/yueyang-2023-alliance.json', 'utf8'));
    pack.id = 'spoiled';
    pack.rules[0].test.fact = 'noSuchFact';
    await page.getByTestId('rubric-import').setInputFiles({
      name: 'spoiled.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    await expect.poll(() => outcome.innerText()).toContain('spoiled.json 不是有效的规则包');
    expect(await outcome.innerText()).toContain('$.rules[0].test.fact');
    expect(await ownPacks().count()).toBe(1);
  });

  it('exports a pack as JSON that parseRubricPack accepts, with the saved change', async () => {
    const card = page.locator(`[data-pack="${COPY}"]`);
    expect(await card.innerText()).toContain('第 2 版');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /^导出/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${COPY}.rubric.json`);
    const parsed = parseRubricPack(JSON.parse(await readFile(await download.path(), 'utf8')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.pack).toMatchObject({ id: COPY, revision: 2 });
    const rule = parsed.pack.rules.find((r) => r.id === 'core-members');
    expect(rule?.test).toMatchObject({ bound: { op: 'between', min: 10, max: 15 } });
  });

  it('keeps an unsaved edit across leaving and reloading, until it is discarded', async () => {
    await page.goto(`${url}#/rubrics/${COPY}`);
    const issuer = () => page.getByLabel('发文单位', { exact: true });
    await issuer().fill('岳阳市教科院（草稿）');
    // Leaving the editor writes the draft at once.
    await page.getByRole('link', { name: '返回规则包列表' }).click();
    const card = page.locator(`[data-pack="${COPY}"]`);
    await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain('有未保存的修改');
    await page.goto(`${url}#/rubrics/${COPY}`);
    await page.reload();
    await expect
      .poll(() => issuer().inputValue(), { timeout: 20_000 })
      .toBe('岳阳市教科院（草稿）');
    expect(await page.getByTestId('rubric-status').innerText()).toContain('已恢复上次未保存的修改');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '放弃修改' }).click();
    await expect.poll(() => issuer().inputValue()).toBe('岳阳市教育科学技术研究院');
    expect(await saveButton().isDisabled()).toBe(true);
  });

  it('adds an item from the keyboard, focusing its first field', async () => {
    const add = page.getByRole('button', { name: '添加条款' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('field:$.call.clauses[14].id');
    await page.keyboard.type('c-new');
    await expect.poll(() => page.getByTestId('rubric-status').innerText()).toContain('有 2 个问题');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '放弃修改' }).click();
    await expect.poll(() => page.getByTestId('rubric-status').innerText()).toContain('规则包有效');
  });

  it('opens a built-in pack read-only, offering a copy', async () => {
    await page.goto(`${url}#/rubrics/liaoning-2022-community`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toContain('查看内置规则包');
    expect(await page.getByLabel('发文单位', { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByTestId('rubric-save').count()).toBe(0);
    expect(await page.getByRole('button', { name: '复制后编辑' }).count()).toBe(1);
  });

  it('checks the raw JSON tab as it is typed; Escape takes back text that does not parse', async () => {
    await page.goto(`${url}#/rubrics/${COPY}`);
    await page.getByRole('tab', { name: 'JSON' }).click();
    const json = page.getByLabel('规则包 JSON');
    const original = await json.inputValue();
    await json.fill(original.replace('"revision": 2,', '"revision": 2,,'));
    await expect
      .poll(() => page.locator('#rubric-json-error').innerText())
      .toContain('第 4 行第 17 列');
    expect(await saveButton().isDisabled()).toBe(true);
    await json.press('Escape');
    await expect.poll(() => json.inputValue()).toBe(original);
    await json.fill(original.replace('"revision": 2,', '"revision": 2, "colour": "red",'));
    const problem = page.locator('.problem-list').getByRole('button', { name: /\$\.colour/ });
    await expect.poll(() => problem.count()).toBe(1);
    await problem.click();
    // Shown at the pack's own place, at the top of the form.
    await expect
      .poll(() => page.locator('[id="field:$"] .field-problems').innerText())
      .toContain('colour');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '放弃修改' }).click();
    await expect.poll(() => page.getByTestId('rubric-status').innerText()).toContain('规则包有效');
  });
});
