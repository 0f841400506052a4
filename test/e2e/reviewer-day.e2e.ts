/**
 * The reviewer's day in real Chromium: the PDF and the form scroll on their own and an evidence
 * link brings its page and quote into view (1440×900, form scrolled); one column with a PDF/form
 * switch and no sideways scroll at 390 px; facts by their labels; full-width digits in scores; an
 * opinion submitted with no unresolved field; history as sentences, one per change; intake that
 * refuses bad files and keeps the good ones of the same drop, unlocks a locked PDF and reads its
 * facts, and asks about a likely duplicate.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIAONING, openApplication, openWorkspace, YUEYANG } from './support/app';
import { screenshot, startPwaSession } from './support/browser';

let session: Awaited<ReturnType<typeof startPwaSession>>;
let url: string;
let page: Page;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'rd-day-'));
const FX = path.resolve('test/fixtures/extract');

beforeAll(async () => {
  session = await startPwaSession({ width: 1440, height: 900 });
  ({ url, page } = session);
});

afterAll(async () => {
  await session?.close();
});

const tab = (name: string) => page.getByRole('tab', { name });

/** The box of an element in the window, or null when it is not laid out. */
const box = (selector: string) =>
  page.evaluate((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return r
      ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height }
      : null;
  }, selector);

/** A panel from the workspace page (which may hold more than the two demo panels by then). */
async function openPanel(name: string) {
  await page.goto(url);
  const link = page.getByTestId('panel-list').getByRole('link', { name });
  await link.waitFor({ timeout: 60_000 });
  await link.click();
  await page.getByTestId('application-list').waitFor();
}

async function drop(files: { name: string; buffer: Buffer }[]) {
  await page
    .getByTestId('file-input')
    .setInputFiles(files.map((f) => ({ ...f, mimeType: 'application/pdf' })));
}

describe('the application page at 1440×900', () => {
  it('keeps the PDF in view while the form scrolls, and an evidence link shows its page and quote', async () => {
    await openApplication(page, url, YUEYANG, '小学人工智能启蒙网络教研联盟');
    await page.getByTestId('pdf-viewer').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.locator('.evidence-link').count(), { timeout: 30_000 })
      .toBeGreaterThan(5);
    // Both panes fill the window's height.
    const pdf = (await box('[data-testid="pdf-pane"]'))!;
    const form = (await box('[data-testid="form-pane"]'))!;
    expect(pdf.bottom).toBeLessThanOrEqual(900);
    expect(pdf.height).toBeGreaterThan(600);
    expect(form.height).toBeGreaterThan(600);
    // Scroll the form far down: the page itself does not move, the PDF stays where it was.
    await page.getByTestId('form-pane').evaluate((el) => el.scrollBy(0, 900));
    await expect
      .poll(() => page.getByTestId('form-pane').evaluate((el) => el.scrollTop))
      .toBeGreaterThan(300);
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    expect((await box('[data-testid="pdf-pane"]'))!.top).toBeCloseTo(pdf.top, 0);
    // The reader is on the last page; an evidence link of page 1, clicked with the form
    // scrolled, brings page 1 and its quote into view.
    await page.getByTestId('pdf-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect
      .poll(() => page.getByTestId('pdf-viewer').getAttribute('data-current-page'))
      .toBe('2');
    // The first one: a quote near the foot of page 1 of a two-page form is shown with page 2
    // below it, and the viewer then rightly counts page 2 as the current one.
    const link = page.locator('.evidence-link', { hasText: '第 1 页' }).first();
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect
      .poll(() => page.getByTestId('pdf-viewer').getAttribute('data-current-page'))
      .toBe('1');
    const flash = page.locator('.pdf-flash').first();
    await flash.waitFor({ timeout: 5000 });
    const scroller = (await box('[data-testid="pdf-scroll"]'))!;
    const mark = (await flash.boundingBox())!;
    expect(mark.y).toBeGreaterThanOrEqual(scroller.top);
    expect(mark.y + mark.height).toBeLessThanOrEqual(scroller.bottom);
    await screenshot(page, 'application-evidence');
  });

  it('shows facts by their labels, never internal ids, and a name with its length', async () => {
    const rows = page.locator('.fact-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    const text = (await page.locator('.fact-list').textContent()) ?? '';
    expect(text).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]+\b/); // backboneTeacher, researchReport…
    await openApplication(page, url, LIAONING, '智慧课堂精准教学实践共同体');
    await expect
      .poll(() => page.locator('.fact-row').count(), { timeout: 30_000 })
      .toBeGreaterThan(5);
    const name = page.locator('.fact-row[data-fact="projectName"] .fact-value');
    await expect.poll(() => name.textContent(), { timeout: 30_000 }).toMatch(/（\d+ 字）$/);
    const outcomes = page.locator('.fact-row[data-fact="expectedOutcomes"] .fact-value');
    expect(await outcomes.textContent()).toContain('应用指南');
    expect(await outcomes.textContent()).not.toMatch(/researchReport|guide/);
  });
});

describe('eligibility before and after confirming', () => {
  it('says read facts wait for confirmation, not that they are missing', async () => {
    await openApplication(page, url, YUEYANG, '初中信息科技数据与编码联盟');
    await expect
      .poll(() => page.locator('.fact-row[data-state="pending"]').count(), { timeout: 30_000 })
      .toBeGreaterThan(3);
    await tab('资格审查').click();
    const waiting = page.locator('.rule-row[data-awaiting="true"]');
    expect(await waiting.count()).toBeGreaterThan(0);
    for (const text of await waiting.allTextContents()) {
      expect(text).toContain('确认后即可判断');
      expect(text).not.toContain('请从申报材料中补充');
    }
    await tab('事实核对').click();
    await page.getByRole('button', { name: /全部接受/ }).click();
    await tab('资格审查').click();
    expect(await waiting.count()).toBe(0);
    expect(await page.locator('.tab-body').textContent()).not.toContain('未确认');
  });
});

describe('scores, opinion and history', () => {
  it('takes full-width digits and Chinese numerals', async () => {
    await openApplication(page, url, LIAONING, '乡村学校双师课堂共同体');
    await tab('评分').click();
    const inputs = page.locator('.score-input input');
    await inputs.nth(0).fill('１０');
    await inputs.nth(0).press('Enter');
    await inputs.nth(1).fill('十八');
    await inputs.nth(1).press('Enter');
    await expect.poll(() => inputs.nth(0).inputValue()).toBe('10');
    expect(await inputs.nth(1).inputValue()).toBe('18');
    expect(await page.locator('.score-input .field-error').count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('running-total').getAttribute('data-total'))
      .toBe('28');
  });

  it('writes each change once in the history, as sentences that fit the pane', async () => {
    const inputs = page.locator('.score-input input');
    await inputs.nth(0).fill('12');
    await inputs.nth(0).press('Enter');
    await tab('修改记录').click();
    const entries = page.getByTestId('history-entry');
    await expect.poll(() => entries.count()).toBeGreaterThan(2);
    const texts = await entries.allTextContents();
    // The demo's other experts have scored too; this reviewer (the demo's chair) made three
    // changes: typed 10 + Enter (then the focus moved on), typed 十八, changed 10 → 12.
    const mine = texts.filter((t) => t.startsWith('示例专家（组长）'));
    const scored = mine.filter((t) => t.includes('打了') || t.includes('改为'));
    expect(scored).toHaveLength(3);
    expect(texts.some((t) => /从 10 分改为 12 分/.test(t))).toBe(true);
    // Replaced in order, not lost to a concurrent edit.
    expect(mine.some((t) => t.includes('被同时的另一处修改覆盖'))).toBe(false);
    for (const t of texts) expect(t).not.toMatch(/[{}"]|\[|\]/);
    const history = page.getByTestId('history');
    expect(await history.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  });

  it('submits an opinion only once no template field is left unresolved', async () => {
    // Every criterion scored (with comments) so only the opinion can stand in the way.
    await tab('评分').click();
    const inputs = page.locator('.score-input input');
    for (let i = 0; i < (await inputs.count()); i++) {
      if ((await inputs.nth(i).inputValue()) === '') {
        await inputs.nth(i).fill('10');
        await inputs.nth(i).press('Enter');
      }
    }
    const comments = page.locator('.criterion-comment');
    for (let i = 0; i < (await comments.count()); i++) {
      await comments.nth(i).fill('意见');
      await comments.nth(i).blur();
    }
    await tab('评审意见').click();
    const fromTemplate = page.getByTestId('opinion-from-template');
    const fields = page.locator('.opinion-field input');
    if ((await fields.count()) > 0) {
      // What the template cannot fill is named for the reviewer, never by its internal name,
      // and the template waits until the reviewer has typed it.
      const missing = page.getByTestId('opinion-missing');
      expect(await missing.textContent()).not.toMatch(/\{\{|fact\.|\bverdict\b/);
      expect(await fromTemplate.isDisabled()).toBe(true);
      for (let i = 0; i < (await fields.count()); i++) await fields.nth(i).fill('同意推荐');
    }
    await fromTemplate.click();
    const opinion = page.locator('.opinion-text');
    await expect.poll(() => opinion.inputValue()).not.toBe('');
    const generated = await opinion.inputValue();
    expect(generated).not.toMatch(/。。|，，|\{\{/);
    // A placeholder typed by hand into the text is refused at submission, named by its label.
    await opinion.fill(`${generated}{{verdict}}`);
    await opinion.blur();
    await expect.poll(() => page.getByTestId('opinion-unresolved').count()).toBe(1);
    await opinion.fill(generated);
    await opinion.blur();
    await page.getByTestId('submit-review').click();
    await page.waitForSelector('[data-testid="review-pane"][data-status="submitted"]', {
      timeout: 15_000,
    });
    expect(await opinion.inputValue()).not.toMatch(/\{\{/);
  });
});

describe('the keyboard and the focus', () => {
  /** The element holding the focus, as its row's fact id, its tab or its class. */
  const focused = () =>
    page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        fact: a?.closest<HTMLElement>('.fact-row')?.dataset.fact ?? null,
        tab: a?.getAttribute('role') === 'tab' ? a.textContent : null,
        score: a?.closest('.score-input') !== null && a?.tagName === 'INPUT',
        testid: a?.dataset.testid ?? null,
        comment: a?.classList.contains('criterion-comment') ?? false,
        body: a === document.body,
      };
    });

  it('keeps the focus where the reviewer works: facts, tabs, scores, a refused submit', async () => {
    await openApplication(page, url, LIAONING, '中小学智慧体育教学应用共同体');
    const pending = page.locator('.fact-row[data-state="pending"]');
    await expect.poll(() => pending.count(), { timeout: 30_000 }).toBeGreaterThan(3);
    // Accepting removes the pressed button: the focus stays in the row (it fell to the body).
    const fact = (await pending.first().getAttribute('data-fact'))!;
    await pending.first().getByRole('button', { name: '接受' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatchObject({ fact });
    // Correcting, then Esc: back on "更正" in the same row.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toMatchObject({ fact });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe(
      'correct',
    );
    // 全部接受 disappears once nothing is left to accept: the focus stays in the facts list.
    await page.getByTestId('facts-accept-all').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => pending.count()).toBe(0);
    await expect.poll(focused).toMatchObject({ body: false, fact: expect.any(String) });
    // Alt+3 puts the focus on the 评分 tab; ← and → move along the tabs; Tab enters the form.
    await page.keyboard.press('Alt+3');
    await expect.poll(focused).toMatchObject({ tab: '评分' });
    // The tab panel is named by its tab.
    const labelledBy = await page.getByRole('tabpanel').getAttribute('aria-labelledby');
    expect(labelledBy).toBeTruthy();
    expect(await page.locator(`[id="${labelledBy}"]`).textContent()).toBe('评分');
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toMatchObject({ tab: '评审意见' });
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focused).toMatchObject({ tab: '评分' });
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ score: true });
    // A low score makes the comment required, and its empty box says so; Enter goes into it.
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    const comments = page.locator('.criterion-comment');
    await expect.poll(() => comments.nth(0).getAttribute('placeholder')).toBe('评语（必填）');
    expect(await comments.nth(1).getAttribute('placeholder')).toBe('评语（可选）');
    await expect.poll(focused).toMatchObject({ comment: true });
    // The chart cuts long criterion names: each row's tooltip holds the full name.
    const names = await page.locator('.criterion-title').allTextContents();
    expect(await page.locator('[data-testid="score-chart"] g > title').allTextContents()).toEqual(
      names,
    );
    expect(await comments.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
    // A refused submit, with the form scrolled down: the reasons come into view with the focus.
    await page.getByTestId('form-pane').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.getByTestId('submit-review').click();
    await expect.poll(focused).toMatchObject({ testid: 'submit-issues' });
    const pane = (await box('[data-testid="form-pane"]'))!;
    const issues = (await box('[data-testid="submit-issues"]'))!;
    expect(issues.top).toBeGreaterThanOrEqual(pane.top);
    expect(issues.top).toBeLessThan(pane.bottom);
  });
});

describe('a phone, 390×844', () => {
  it('shows one column with a PDF/form switch and never scrolls sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openPanel(YUEYANG);
    await page
      .getByTestId('application-list')
      .getByRole('link', { name: '高中机器人教育网络教研联盟', exact: true })
      .click();
    await page.getByTestId('pdf-viewer').waitFor({ timeout: 30_000 });
    const noSideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await noSideways()).toBe(true);
    // The PDF has the width, not a sliver.
    expect(
      (await box('[data-testid="pdf-scroll"]'))!.right -
        (await box('[data-testid="pdf-scroll"]'))!.left,
    ).toBeGreaterThan(300);
    expect(await page.getByTestId('form-pane').isVisible()).toBe(false);
    await page.waitForSelector('.pdf-page[data-page="1"][data-state="drawn"]', { timeout: 30_000 });
    await screenshot(page, 'application-page-phone');
    await page.getByTestId('show-form').click();
    expect(await page.getByTestId('form-pane').isVisible()).toBe(true);
    expect(await page.getByTestId('pdf-pane').isVisible()).toBe(false);
    expect(await noSideways()).toBe(true);
    // An evidence link switches back to the PDF, at its page (the reader had moved on).
    await page.getByTestId('show-pdf').click();
    await page.getByTestId('pdf-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect
      .poll(() => page.getByTestId('pdf-viewer').getAttribute('data-current-page'))
      .toBe('2');
    await page.getByTestId('show-form').click();
    await expect
      .poll(() => page.locator('.evidence-link').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.locator('.evidence-link', { hasText: '第 1 页' }).first().click();
    expect(await page.getByTestId('pdf-pane').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByTestId('pdf-viewer').getAttribute('data-current-page'))
      .toBe('1');
    expect(await noSideways()).toBe(true);
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});

describe('the panel page', () => {
  it('names its rubric, says the role once, and shows no 已提交 0/0 when the chair scores alone', async () => {
    await openPanel(YUEYANG);
    const summary = (await page.getByTestId('panel-summary').textContent()) ?? '';
    expect(summary).toContain('评审规则：');
    expect(summary).toContain('yueyang-2023-alliance');
    expect(summary.match(/组长/g)).toHaveLength(1);
    // A new panel with the chair alone.
    await openWorkspace(page, url);
    const form = page.getByTestId('new-panel-form');
    await form.getByLabel('评审组名称').fill('独自评审组');
    await form.getByLabel('组长姓名（本机使用者）').fill('王老师');
    await form.getByRole('button', { name: '创建' }).click();
    await page.getByTestId('panel-summary').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('panel-summary').textContent()).toMatch(/王老师\s*组长/);
    await drop([{ name: '独自.pdf', buffer: readFileSync(path.join(FX, 'ym-list-pdflib.pdf')) }]);
    const progress = page.getByTestId('review-progress').first();
    await expect.poll(() => progress.textContent(), { timeout: 60_000 }).toBe('仅你一人评分');
  });
});

describe('intake', () => {
  it('refuses bad files with the reason and keeps the good files of the same drop', async () => {
    await openPanel(YUEYANG);
    const good = readFileSync(path.join(FX, 'ym-form-docx.pdf'));
    await drop([
      { name: '联盟申报书.pdf', buffer: good },
      { name: '说明.pdf', buffer: Buffer.from('这只是文字，不是 PDF。\n'.repeat(30)) },
      { name: '截断.pdf', buffer: good.subarray(0, Math.floor(good.length / 2)) },
    ]);
    const rejected = page.getByTestId('rejected-files');
    await rejected.waitFor({ timeout: 60_000 });
    const reasons = await rejected.locator('li').allTextContents();
    expect(reasons).toHaveLength(2);
    expect(reasons.join('\n')).toContain('“说明.pdf”不是 PDF 文件');
    expect(reasons.join('\n')).toContain('“截断.pdf”已损坏或不完整');
    expect(await page.getByTestId('import-report').textContent()).toContain('已导入 1 份申报');
    const list = (await page.getByTestId('application-list').textContent()) ?? '';
    expect(list).not.toContain('说明');
    expect(list).not.toContain('截断');
  });

  it('asks before adding a second copy of an application', async () => {
    const demo = readFileSync(path.resolve('public/demo/demo-yueyang-2023/ym-03.pdf'));
    const copy = Buffer.from(
      await (await PDFDocument.load(demo)).save({ useObjectStreams: false }),
    );
    expect(copy.equals(demo)).toBe(false);
    const before = await page.getByTestId('application-list').locator('tbody tr').count();
    await drop([{ name: '机器人联盟-重新打印.pdf', buffer: copy }]);
    const question = page.getByTestId('duplicate-question');
    await question.waitFor({ timeout: 60_000 });
    expect(await question.textContent()).toContain('高中机器人教育网络教研联盟');
    await page.getByTestId('drop-zone').scrollIntoViewIfNeeded();
    await screenshot(page, 'intake-duplicate');
    await page.getByTestId('duplicates-continue').click();
    await expect
      .poll(() => page.getByTestId('import-report').textContent())
      .toContain('重复，未添加');
    expect(await page.getByTestId('application-list').locator('tbody tr').count()).toBe(before);
  });

  it('unlocks a locked PDF in the viewer, then reads its facts and title', async () => {
    const plain = path.join(FX, 'ym-list-pdflib.pdf');
    const locked = path.join(tmp, 'encrypted-user.pdf');
    execFileSync('qpdf', ['--encrypt', '评审', 'owner-pw', '256', '--', plain, locked]);
    await drop([{ name: 'encrypted-user.pdf', buffer: readFileSync(locked) }]);
    await expect
      .poll(() => page.getByTestId('import-report').textContent(), { timeout: 60_000 })
      .toContain('设置了打开密码');
    expect(await page.getByTestId('import-report').textContent()).not.toContain('--password');
    // Never opened: my review of it is not started (it read 草稿).
    const lockedRow = page
      .getByTestId('application-list')
      .locator('tr')
      .filter({ has: page.getByRole('link', { name: 'encrypted-user' }) });
    expect(await lockedRow.locator('[data-stage]').textContent()).toBe('未开始');
    // …and it does not wear the draft's amber either (the chip took the record's status).
    expect(await lockedRow.locator('[data-stage]').getAttribute('class')).not.toContain(
      'chip-draft',
    );
    await page
      .getByTestId('application-list')
      .getByRole('link', { name: 'encrypted-user' })
      .click();
    await page.getByTestId('review-pane').waitFor({ timeout: 30_000 });
    await page.getByTestId('file-locked').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('review-pane').textContent()).not.toContain('--password');
    await page.locator('.pdf-password input').fill('评审');
    await page.locator('.pdf-password input').press('Enter');
    await page.getByTestId('pdf-viewer').locator('.pdf-page').first().waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.locator('.fact-row[data-state="pending"]').count(), { timeout: 60_000 })
      .toBeGreaterThan(3);
    // The chair's application now carries the form's own title.
    await expect
      .poll(() => page.locator('.application-head h1').textContent(), { timeout: 15_000 })
      .not.toBe('encrypted-user');
  });

  it('lets the chair delete an application added by mistake, after asking which', async () => {
    const title = (await page.locator('.application-head h1').textContent())!;
    const rows = page.getByTestId('application-list').locator('tbody tr');
    const here = page.url();
    await page.goto(here.replace(/\/app\/[^/]+$/, ''));
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(1);
    const before = await rows.count();
    await page.goto(here);
    await page.getByTestId('remove-application').waitFor({ timeout: 30_000 });
    // The page accepts dialogs (support/app); the question names the application.
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
    });
    await page.getByTestId('remove-application').click();
    await expect.poll(() => asked).toContain(title);
    await page.getByTestId('application-list').waitFor({ timeout: 30_000 });
    // One row fewer (the unlocked form states the title of a demo application, which stays).
    await expect.poll(() => rows.count()).toBe(before - 1);
  });
});
