/**
 * The CJK font for the PDFs we write (opinions, panel report). The full Noto Sans SC font is
 * ~10 MB, so callers load it lazily for their platform (`lib/platform/node-assets.ts`,
 * `lib/platform/web-font-assets.ts`) and hand the bytes in; here it is cut down with HarfBuzz to
 * the characters a document uses and embedded whole (pdf-lib's own CJK subsetting drops glyphs,
 * see STACK-NOTES), and every character is checked to have a glyph.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { NO_SHAPING } from '../docgen/font-features';
import type { FontSubsetter } from '../docgen/font-subset';

export interface FontAssets {
  /** The full TrueType font (Noto Sans SC Regular). */
  font: Uint8Array;
  subset: FontSubsetter;
}

export interface EmbeddedFont {
  font: PDFFont;
  /** Characters of the text the font has no glyph for (drawn as empty boxes): should be none. */
  missing: string[];
}

/** Text drawing needs neither control characters nor a BOM; tabs become spaces. */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000b-\u001f\u007f\ufeff]/g, '');
}

export async function embedCjkFont(
  pdf: PDFDocument,
  assets: FontAssets,
  text: string,
): Promise<EmbeddedFont> {
  // Digits and ASCII always: page numbers and dates are drawn after the text is collected.
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
  const chars = new Set(printable(`${text}${ascii}`).replace(/\n/g, ''));
  const subset = assets.subset(assets.font, [...chars].join(''));
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(subset, { subset: false, features: NO_SHAPING });
  const face = fontkit.create(subset as never) as unknown as {
    hasGlyphForCodePoint(cp: number): boolean;
  };
  const missing = [...chars].filter(
    (c) => c.trim() && !face.hasGlyphForCodePoint(c.codePointAt(0)!),
  );
  return { font, missing };
}
