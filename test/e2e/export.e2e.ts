/**
 * The app's exports in real Chromium (issue 10): the demo panel's chair exports the 汇总表, the
 * report, the signed opinions and the bundle with a progress bar; a downloaded opinion is valid
 * for poppler's pdfsig and for our verifier in Node; the verify screen, given the opinion dropped
 * on it, says valid, and given the same opinion with bytes appended, says invalid and why; the
 * chair's identity backs up with the demo passphrase, a wrong one is refused on restore, and on a
 * second profile the restored identity exports opinions that verify against the same panel CA; a
 * member who submitted a review downloads their own opinion, signed on this device, and it verifies.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificatesFromText } from '../../lib/sign/certificates';
import { verifyFile } from '../../lib/sign/verify';
import { nssDbTrusting, pdfsig, run, tmpDir, writeTmp } from '../sign/pdf-tools';
import {
  LIAONING,
  openApplication,
  openWorkspace,
  scoreAllAndSubmit,
  YUEYANG,
} from './support/app';
import { screenshot, startPwaSession } from './support/browser';

let session: Awaited<ReturnType<typeof startPwaSession>>;
let url: string;
let page: Page;
const dir = tmpDir('rd-e2e-export-');
const LOCKED = path.resolve(
  '../shared/corpus/pdf-edge/synthetic/encrypted-aes128-user-password.pdf',
);

beforeAll(async () => {
  session = await startPwaSession({ width: 1400, height: 950 });
  ({ url, page } = session);
});

afterAll(async () => {
  await session?.close();
});

async function saved(download: Download, name = download.suggestedFilename()): Promise<string> {
  const file = path.join(dir, name);
  await download.saveAs(file);
  return file;
}

/** Clicks the download button of one listed export file and returns where it was saved. */
async function downloadListed(exportPath: string): Promise<string> {
  const row = page.locator(`[data-testid="export-files"] li[data-path="${exportPath}"]`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('button').click(),
  ]);
  return saved(download, exportPath.split('/').pop());
}

/** Drops a file on the verify screen the way a user drags one from the desktop. */
async function dropOnVerify(name: string, bytes: Uint8Array) {
  await page.evaluate(
    ({ name, b64 }) => {
      const raw = atob(b64);
      const data = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type: 'application/pdf' }));
      const target = document.querySelector('[data-testid="verify-drop"]')!;
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, dataTransfer: transfer }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, dataTransfer: transfer }));
    },
    { name, b64: Buffer.from(bytes).toString('base64') },
  );
}

let opinionFile = '';
let caFile = '';
let identityFile = '';

describe('exports and verification in the app', () => {
  it('the chair exports 汇总表, report, signed opinions and bundle, with progress', async () => {
    await openWorkspace(page, url);
    await page.getByTestId('panel-list').getByRole('link', { name: LIAONING }).click();
    // The demo experts' reviews are written while the demo installs: all 40 before exporting.
    await expect
      .poll(
        () => page.locator('[data-testid="reviewer-progress"] tr[data-status="submitted"]').count(),
        { timeout: 90_000 },
      )
      .toBe(40);
    // A locked application nobody has opened yet: no decision, no review, so no opinion.
    await page.getByTestId('file-input').setInputFiles({
      name: 'locked-application.pdf',
      mimeType: 'application/pdf',
      buffer: readFileSync(LOCKED),
    });
    await page
      .getByTestId('application-list')
      .getByRole('link', { name: 'locked-application' })
      .waitFor({ timeout: 60_000 });
    await page.getByTestId('panel-export-link').click();
    await page.getByTestId('export-page').waitFor();
    const start = page.getByTestId('export-start');
    await start.click();
    // Loading the font and signing eight opinions takes seconds: the button is disabled and the
    // bar is there meanwhile, at every step.
    expect(await start.isDisabled()).toBe(true);
    await page.locator('[data-testid="chair-export"] progress').waitFor();
    await expect
      .poll(() => page.locator('[data-testid="chair-export"] progress').getAttribute('max'), {
        timeout: 120_000,
        interval: 50,
      })
      .toBe('12');
    expect(await start.isDisabled()).toBe(true);
    const files = page.locator('[data-testid="export-files"] li');
    await files.first().waitFor({ timeout: 120_000 });
    const paths = await files.evaluateAll((items) =>
      items.map((li) => li.getAttribute('data-path') ?? ''),
    );
    expect(paths).toEqual(
      expect.arrayContaining(['汇总表.xlsx', '汇总表.csv', 'report.pdf', 'bundle.json']),
    );
    const opinions = paths.filter((p) => p.startsWith('opinions/') && p.endsWith('.pdf'));
    expect(opinions).toHaveLength(8);
    // The application left out of the opinions is named, with why.
    const omitted = page.getByTestId('export-without-opinion');
    expect(await omitted.locator('li').count()).toBe(1);
    expect(await omitted.textContent()).toMatch(/locked-application——还没有组长的决定/);
    await screenshot(page, 'export-chair');

    const xlsx = readFileSync(await downloadListed('汇总表.xlsx'));
    expect([...xlsx.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const csv = readFileSync(await downloadListed('汇总表.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csv.slice(1).trim().split(/\r?\n/);
    expect(header!.split(',').slice(-3)).toEqual(['等级', '评审结论', '排名']);
    expect(rows).toHaveLength(9);
    const bundle = readFileSync(await downloadListed('bundle.json'));
    expect((await verifyFile(bundle)).valid).toBe(true);

    opinionFile = await downloadListed(opinions[0]!);
    caFile = await downloadListed('panel-ca.pem');
    const report = await verifyFile(readFileSync(opinionFile));
    expect(report.valid).toBe(true);
    const out = pdfsig(opinionFile, nssDbTrusting(dir, readFileSync(caFile, 'utf8')));
    expect(out).toContain('Signature is Valid.');
    expect(out).toContain('Total document signed');
    expect(out).toContain('Certificate is Trusted.');
    expect(run('qpdf', ['--check', opinionFile]).code).toBe(0);
  });

  it('the verify screen checks a dropped opinion, and refuses one with bytes appended', async () => {
    expect(opinionFile).not.toBe('');
    await page.goto(`${url}#/`);
    await page.getByTestId('verify-link').click();
    // The verify screen is loaded on first use.
    await page.getByTestId('verify-drop').waitFor();
    const pdf = readFileSync(opinionFile);
    await dropOnVerify('opinion.pdf', pdf);
    const report = page.getByTestId('verify-report');
    await report.waitFor({ timeout: 60_000 });
    expect(await report.getAttribute('data-valid')).toBe('true');
    const text = (await report.textContent()) ?? '';
    expect(text).toContain('✓ 有效');
    expect(text).toContain('签名覆盖整个文件');
    // Pinned to the panel CA the chair exported (as `verify --ca`), the same file is checked again.
    await page.getByTestId('verify-ca-input').setInputFiles(caFile);
    await expect
      .poll(async () => (await page.getByTestId('verify-report').textContent()) ?? '', {
        timeout: 60_000,
      })
      .toContain('评审组证书与指定的证书一致');
    expect(await page.getByTestId('verify-report').getAttribute('data-valid')).toBe('true');
    await screenshot(page, 'verify-valid');

    // An incremental update after signing: pdfsig still calls it valid, we must not.
    const appended = new Uint8Array([...pdf, ...new TextEncoder().encode('\n% added later\n')]);
    const tampered = writeTmp(dir, 'appended.pdf', appended);
    await page.getByTestId('verify-drop-input').setInputFiles(tampered);
    await expect
      .poll(() => page.getByTestId('verify-report').getAttribute('data-valid'), {
        timeout: 60_000,
      })
      .toBe('false');
    expect(await page.getByTestId('verify-report').textContent()).toContain('追加了');

    // A file that is neither a PDF nor a bundle: a sentence, not a stack trace.
    await page.getByTestId('verify-drop-input').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('不是签名文件'),
    });
    const error = page.locator('[role="alert"]').first();
    await error.waitFor();
    expect(await error.textContent()).toContain('notes.txt');
  });

  it('backs up the chair identity with the demo passphrase; restore refuses a wrong one', async () => {
    await openWorkspace(page, url);
    await page.getByTestId('panel-list').getByRole('link', { name: LIAONING }).click();
    await page.getByRole('link', { name: '备份身份' }).first().click();
    await page.getByTestId('backup-page').waitFor();
    await page.getByTestId('backup-passphrase').fill('demo');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('backup-export').click(),
    ]);
    identityFile = await saved(download);
    expect(identityFile.endsWith('.identity')).toBe(true);
    await page.getByTestId('backup-done').waitFor();

    await page.goto(`${url}#/identity/restore`);
    await page.getByTestId('restore-identity-input').setInputFiles(identityFile);
    await page.getByTestId('restore-passphrase').fill('wrong passphrase');
    await page.getByTestId('restore-submit').click();
    const error = page.locator('[role="alert"]').first();
    await error.waitFor({ timeout: 60_000 });
    expect(await error.textContent()).toContain('口令不对');

    await page.getByTestId('restore-passphrase').fill('demo');
    await page.getByTestId('restore-submit').click();
    const done = page.getByTestId('restore-done');
    await done.waitFor({ timeout: 60_000 });
    expect(await done.textContent()).toContain(LIAONING);
  });

  it('on a second profile, the restored chair identity exports opinions that verify', async () => {
    expect(identityFile).not.toBe('');
    await openWorkspace(page, url);
    await page.getByTestId('panel-list').getByRole('link', { name: LIAONING }).click();
    const [full] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-full').click(),
    ]);
    const stateFile = await saved(full, 'liaoning-full.rdsync');

    const other = await session.browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
    try {
      const second = await other.newPage();
      await second.goto(`${url}#/identity/restore`);
      await second.getByTestId('restore-identity-input').setInputFiles(identityFile);
      await second.getByTestId('restore-state-input').setInputFiles(stateFile);
      await second.getByTestId('restore-passphrase').fill('demo');
      await second.getByTestId('restore-submit').click();
      const done = second.getByTestId('restore-done');
      await done.waitFor({ timeout: 60_000 });
      await done.getByRole('link').click();
      await second.getByTestId('panel-export-link').click();
      // As in a background tab, where the browser runs no animation frames: a chair who switches
      // tabs during the export must not pause it (it waited for a frame between steps).
      await second.evaluate(() => {
        window.requestAnimationFrame = () => 0;
      });
      await second.getByTestId('export-start').click();
      const row = second.locator('[data-testid="export-files"] li[data-path^="opinions/"]');
      await row.first().waitFor({ timeout: 120_000 });
      const [download] = await Promise.all([
        second.waitForEvent('download'),
        row.first().getByRole('button').click(),
      ]);
      const file = await saved(download, 'second-profile-opinion.pdf');
      const report = await verifyFile(readFileSync(file), {
        ca: certificatesFromText(readFileSync(caFile, 'utf8'))[0],
      });
      expect(report.valid).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('a member signs and downloads their own opinion on a review they submitted', async () => {
    await openApplication(page, url, YUEYANG, '初中编程教育网络教研联盟');
    await page.getByRole('button', { name: /全部接受/ }).click({ timeout: 30_000 });
    await scoreAllAndSubmit(page, '10');
    await page.locator('.breadcrumbs a').nth(1).click();
    await page.getByTestId('panel-export-link').click();
    const own = page.getByTestId('own-opinions');
    await own.waitFor();
    // Enabled once this device's certificate is found (the chair's own device issues it).
    const sign = own.locator('button[data-testid^="own-sign-"]:not([disabled])');
    await sign.first().waitFor({ timeout: 60_000 });
    expect(await sign.count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      sign.first().click(),
    ]);
    const file = await saved(download, 'own-opinion.pdf');
    expect(download.suggestedFilename()).toMatch(/初中编程教育网络教研联盟.*\.pdf$/);
    const report = await verifyFile(readFileSync(file));
    expect(report.valid).toBe(true);
    const out = pdfsig(file);
    expect(out).toContain('Signature is Valid.');
    expect(out).toContain('Total document signed');
    await screenshot(page, 'export-own-opinion');
  });
});
