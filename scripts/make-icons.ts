/**
 * Render public/icon/icon.svg to the PNG sizes the extension and the PWA manifest need, with the
 * system Chromium. Run once when the icon changes; the PNGs are committed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.dirname(fileURLToPath(new URL('../package.json', import.meta.url)));
const svg = await readFile(path.join(root, 'public/icon/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128, 192, 512]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: path.join(root, `public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
