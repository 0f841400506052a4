/**
 * Platform for Node: the CLI and unit tests. pdf.js comes from its legacy build (the modern one
 * needs browser globals), with cMaps and standard fonts read from the installed package.
 */
import './node-polyfills';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PdfjsModule, Platform } from './types';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));

export function pdfjsAssetDir(): string {
  return pdfjsRoot;
}

/**
 * pdf.js's legacy build bundles core-js, which replaces Array.prototype.push on V8 ≤ 12.1
 * (Node 20) for an edge case of arrays with a read-only length; its JavaScript push then slows
 * every push in the process — a third of text extraction time on Chromium-printed PDFs. We put
 * the engine's own push back once pdf.js has loaded. Browsers run the modern build, which
 * leaves push alone.
 */
const nativePush = Array.prototype.push;

function restoreNativePush(): void {
  if (Array.prototype.push === nativePush || !/\[native code\]/.test(String(nativePush))) return;
  Object.defineProperty(Array.prototype, 'push', {
    value: nativePush,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

export const nodePlatform: Platform = {
  kind: 'node',
  async loadPdfjs() {
    const mod = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsModule;
    restoreNativePush();
    return mod;
  },
  pdfDocumentOptions() {
    return {
      cMapUrl: `${path.join(pdfjsRoot, 'cmaps')}/`,
      cMapPacked: true,
      standardFontDataUrl: `${path.join(pdfjsRoot, 'standard_fonts')}/`,
      wasmUrl: `${path.join(pdfjsRoot, 'wasm')}/`,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
    };
  },
  async requestPersistentStorage() {
    return null;
  },
  async storageEstimate() {
    return null;
  },
};
