/**
 * Font features for the PDFs we write with pdf-lib and fontkit (exports, signed opinions, the demo
 * and zoo forms from lib/docgen): which OpenType features stay off, and why.
 */

/**
 * Shaping off: fontkit applies Noto Sans SC's `locl` to Latin text and swaps the digits of
 * "SHA-256" for alternates that have no cmap entry, which pdf-lib then writes with no width and no
 * ToUnicode (drawn spaced out, lost to text extraction); its `liga` turns "fi" into one glyph that
 * extracts as nothing. Chinese needs no shaping; every glyph
 * drawn is then the cmap's own, so the text extracts exactly.
 */
export const NO_SHAPING: Record<string, boolean> = Object.fromEntries(
  [
    'rvrn',
    'ltra',
    'ltrm',
    'frac',
    'numr',
    'dnom',
    'ccmp',
    'locl',
    'rlig',
    'mark',
    'mkmk',
    'calt',
    'clig',
    'liga',
    'rclt',
    'curs',
    'kern',
    'vert',
  ].map((f) => [f, false]),
);
