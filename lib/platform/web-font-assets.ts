/**
 * Browsers: the CJK font (~10 MB) and HarfBuzz's subsetter for the PDFs we write, fetched from
 * the app's own origin on the first PDF export only — never part of the first bundle. The
 * `?url` imports make the bundler emit both files as assets; a service worker should cache them
 * at runtime (they are above Workbox's precache limit) so exports work offline afterwards.
 */
import { createFontSubsetter } from '../docgen/font-subset';
import type { FontAssets } from '../export/fonts';

let assets: Promise<FontAssets> | null = null;

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadWebPdfFonts(): Promise<FontAssets> {
  assets ??= (async () => {
    const [font, wasm] = await Promise.all([
      import('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url'),
      import('harfbuzzjs/dist/harfbuzz-subset.wasm?url'),
    ]);
    const [fontBytes, wasmBytes] = await Promise.all([
      bytesOf(font.default),
      bytesOf(wasm.default),
    ]);
    return { font: fontBytes, subset: await createFontSubsetter(wasmBytes) };
  })();
  assets.catch(() => {
    assets = null;
  });
  return assets;
}
