/**
 * The signing core in real Chromium (issue 10): bundled by Vite as the app bundles it, with no
 * Buffer polyfill; non-extractable WebCrypto keys sign a PAdES opinion that the page verifies and
 * that poppler's pdfsig, back in Node, calls valid over the whole document; the XLSX is written
 * and an identity backup round trip tells a wrong passphrase apart.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBase64 } from '../../lib/crypto/bytes';
import { verifyFile } from '../../lib/sign/verify';
import { pdfsig, tmpDir, writeTmp } from '../sign/pdf-tools';
import { launchBrowser } from './support/browser';

const ROOT = path.resolve('test/e2e/support/sign-page');
const OUT = path.resolve('.tmp/sign-page-dist');
let close: () => Promise<void>;
let url: string;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@': path.resolve('.') } },
    build: { outDir: OUT, emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 100_000 },
  });
  const { serveStatic } = await import('../../scripts/serve.mjs');
  const served = await serveStatic(OUT, { port: 0 });
  url = served.url;
  close = async () => {
    served.server.close();
  };
}, 300_000);

afterAll(async () => close?.());

describe('signing in Chromium', () => {
  it('signs with a non-extractable key; the page, our verifier and pdfsig agree', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.title === 'ready');
      const result = await page.evaluate(() =>
        (
          window as unknown as { runSignTest: () => Promise<Record<string, unknown>> }
        ).runSignTest(),
      );
      expect(result).toMatchObject({
        extractable: false,
        valid: true,
        signer: '李晓梅',
        missingGlyphs: [],
        xlsxHead: [0x50, 0x4b],
        backupNewDeviceKey: true,
        wrongPassphrase: 'sign/backupWrongPassphrase',
        hasBuffer: false,
      });
      const pdf = fromBase64(result.pdf as string);
      expect((await verifyFile(pdf)).valid).toBe(true);
      const out = pdfsig(writeTmp(tmpDir('rd-browser-sign-'), 'opinion.pdf', pdf));
      expect(out).toContain('Signature is Valid.');
      expect(out).toContain('Total document signed');
    } finally {
      await browser.close();
    }
  });
});
