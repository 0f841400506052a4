/**
 * Loading pdf.js in Node (lib/platform/node.ts) skips @napi-rs/canvas's scan of every system
 * font — a sixth of a one-shot CLI run — and leaves the user's environment as it was.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { nodePlatform } from '../../lib/platform/node';

const require = createRequire(import.meta.url);

describe('pdf.js loaded in Node', () => {
  it('loads no system font into the canvas package and puts the environment back', async () => {
    expect(process.env.DISABLE_SYSTEM_FONTS_LOAD).toBeUndefined();
    const pdfjs = await nodePlatform.loadPdfjs();
    expect(typeof pdfjs.getDocument).toBe('function');
    expect(process.env.DISABLE_SYSTEM_FONTS_LOAD).toBeUndefined();
    // The package pdf.js required: the same module instance (Node's require cache).
    const { GlobalFonts } = require('@napi-rs/canvas') as {
      GlobalFonts: { families: { family: string }[] };
    };
    // This machine has fonts-noto-cjk and DejaVu (scripts/ensure-system-deps.sh): a scan would
    // have found them.
    expect(GlobalFonts.families).toEqual([]);
  });
});
