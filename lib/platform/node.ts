/**
 * Platform for Node: the CLI and unit tests. pdf.js comes from its legacy build (the modern one
 * needs browser globals), with cMaps and standard fonts read from the installed package. Its
 * worker half runs on a thread of its own per open document (node-pdf-thread.ts), so that a page
 * stuck in pdf.js can be stopped; the helper threads that read long documents
 * (node-text-worker.ts) are such threads already and run it in process (`nodeInProcessPlatform`).
 */
import './node-polyfills';
import { createRequire } from 'node:module';
import path from 'node:path';
import { nodeOcrService } from './node-ocr';
import { takeNodePdfWorker } from './node-pdf-thread';
import { readPagesInParallel } from './node-text-pool';
import { ownThreadCpuMs } from './thread-cpu';
import type { PdfjsModule, Platform } from './types';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));

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

/**
 * pdf.js 5 inflates every Flate stream through the web `DecompressionStream` when there is one,
 * and falls back to its own synchronous inflate when there is not (or when the stream fails).
 * In Node that global is web streams in JavaScript over the asynchronous zlib binding: a
 * Chromium-printed page has hundreds of tiny streams (one per Type 3 glyph), each paying a
 * thread-pool round trip and dozens of promises — a third of text extraction time, mostly spent
 * waiting. pdf.js's own inflate gives the same bytes (it is also what it uses on any failure), so
 * in Node we take the global away. Nothing else in the CLI or the tests uses it.
 */
function hideDecompressionStream(): void {
  if (!('DecompressionStream' in globalThis)) return;
  Reflect.deleteProperty(globalThis, 'DecompressionStream');
}

/**
 * pdf.js loads @napi-rs/canvas as it loads (for DOMMatrix and Path2D), and that package scans
 * every system font on load — 150–190 ms here with fonts-noto-cjk, most of a one-shot CLI run's
 * start. Nothing draws text with system fonts: pages are read for their text, and the pages
 * drawn (for OCR) are scans, with no text to draw. So the scan is skipped, unless the user set
 * the package's own switch either way.
 */
async function importPdfjsWithoutSystemFonts(): Promise<PdfjsModule> {
  const SWITCH = 'DISABLE_SYSTEM_FONTS_LOAD';
  const set = SWITCH in process.env;
  if (!set) process.env[SWITCH] = '1';
  try {
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsModule;
  } finally {
    if (!set) delete process.env[SWITCH];
  }
}

async function loadPdfjs(inProcess: boolean): Promise<PdfjsModule> {
  const mod = await importPdfjsWithoutSystemFonts();
  if (inProcess) {
    // The in-process worker code brings its own copy of core-js: load it now (it registers
    // itself as globalThis.pdfjsWorker, which pdf.js then uses) so that push is put back after
    // it too, and the first document is not read with the slow push.
    // @ts-expect-error pdfjs-dist ships no types for its worker module (nothing is used from it)
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  }
  restoreNativePush();
  hideDecompressionStream();
  return mod;
}

/** CPU ms used by this process so far (every thread: pdf.js's, the caller's, the collector's). */
function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export const nodePlatform: Platform = {
  kind: 'node',
  loadPdfjs: () => loadPdfjs(false),
  // Where no thread can start, pdf.js loads its worker code in process itself (fake worker).
  takePdfWorker: takeNodePdfWorker,
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
  readPagesInParallel,
  cpuMs: processCpuMs,
  ocr: () => nodeOcrService,
};

/**
 * pdf.js on the calling thread, for threads that are themselves ended when stuck: the helpers
 * that read long documents (node-text-worker.ts). Their page budgets count their own thread's
 * CPU: with the process's, a helper slowed down by a busy machine saw its siblings' work and
 * called an ordinary page too complex.
 */
export const nodeInProcessPlatform: Platform = {
  ...nodePlatform,
  loadPdfjs: () => loadPdfjs(true),
  takePdfWorker: undefined,
  cpuMs: () => ownThreadCpuMs() ?? processCpuMs(),
};
