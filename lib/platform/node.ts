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

export const nodePlatform: Platform = {
  kind: 'node',
  async loadPdfjs() {
    const mod = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsModule;
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
