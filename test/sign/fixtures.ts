/**
 * Fixtures for the signing tests: the pure PKI and opinion samples (sample.ts) plus the font,
 * loaded from the installed package once per test file.
 */
import type { FontAssets } from '../../lib/export/fonts';
import { loadCjkFont, loadFontSubsetter } from '../../lib/platform/node-assets';

export * from './sample';

let fonts: Promise<FontAssets> | null = null;
export function testFonts(): Promise<FontAssets> {
  fonts ??= Promise.all([loadCjkFont(), loadFontSubsetter()]).then(([font, subset]) => ({
    font,
    subset,
  }));
  return fonts;
}
