/**
 * Files the Node side reads from installed packages: the CJK font and HarfBuzz's subsetter used
 * to write PDFs with Chinese text. Browsers never load these (the font alone is 10 MB).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createFontSubsetter, type FontSubsetter } from '../docgen/font-subset';
import type { FontAssets } from '../export/fonts';

const require = createRequire(import.meta.url);

export function cjkFontPath(): string {
  const root = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  return path.join(root, '400Regular', 'NotoSansSC_400Regular.ttf');
}

let subsetter: Promise<FontSubsetter> | null = null;

export function loadFontSubsetter(): Promise<FontSubsetter> {
  subsetter ??= (async () => {
    const wasm = await readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    return createFontSubsetter(new Uint8Array(wasm));
  })();
  return subsetter;
}

export async function loadCjkFont(): Promise<Uint8Array> {
  return new Uint8Array(await readFile(cjkFontPath()));
}

/** The font and the subsetter together, as the PDF exports take them (`lib/export/fonts.ts`). */
export async function loadPdfFonts(): Promise<FontAssets> {
  const [font, subset] = await Promise.all([loadCjkFont(), loadFontSubsetter()]);
  return { font, subset };
}
