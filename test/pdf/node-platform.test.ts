/**
 * What the Node platform changes around pdf.js, and that it changes no result: the engine's own
 * Array.prototype.push stays in place once pdf.js (both halves) has loaded, pdf.js inflates with
 * its own code instead of Node's DecompressionStream — giving the same page text as with it —
 * and pdf.js on a thread of the document's own reads the same text as in process.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { getDocumentText } from '../../lib/pdf/document-text';
import { openPdf } from '../../lib/pdf/open';
import { setPlatform } from '../../lib/platform';
import { nodeInProcessPlatform, nodePlatform } from '../../lib/platform/node';

const enginePush = Array.prototype.push;
type Decompression = new (format: string) => object;
const webDecompression = (globalThis as { DecompressionStream?: Decompression })
  .DecompressionStream;
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/extract');

async function pagesOf(file: string) {
  const pdf = await openPdf(new Uint8Array(readFileSync(path.join(fixtures, file))), {
    fileName: file,
  });
  try {
    return (await getDocumentText(pdf)).pages;
  } finally {
    await pdf.close();
  }
}

afterEach(() => {
  setPlatform(nodePlatform);
  Reflect.deleteProperty(globalThis, 'DecompressionStream');
});

describe('pdf.js in Node', () => {
  it('keeps the engine’s push once a document is open (pdf.js brings a slow copy)', async () => {
    const file = path.join(fixtures, 'ln-prose-pdflib.pdf');
    for (const platform of [nodePlatform, nodeInProcessPlatform]) {
      setPlatform(platform);
      const pdf = await openPdf(new Uint8Array(readFileSync(file)), { fileName: 'ln.pdf' });
      try {
        expect(Array.prototype.push).toBe(enginePush);
      } finally {
        await pdf.close();
      }
    }
  });

  it('reads the same text with pdf.js on its own thread as in process', async () => {
    const files = ['ym-form-chromium.pdf', 'ln-table-pdflib.pdf', 'ym-list-docx.pdf'];
    const threaded = [];
    for (const file of files) threaded.push(await pagesOf(file));
    setPlatform(nodeInProcessPlatform);
    const inProcess = [];
    for (const file of files) inProcess.push(await pagesOf(file));
    expect(threaded).toEqual(inProcess);
    expect(threaded.flat().length).toBeGreaterThan(3);
  });

  it('reads the same text without Node’s DecompressionStream as with it', async () => {
    expect(webDecompression).toBeTypeOf('function');
    Object.assign(globalThis, { DecompressionStream: webDecompression });
    setPlatform(nodeInProcessPlatform);
    const without = [await pagesOf('ym-form-chromium.pdf'), await pagesOf('ym-list-docx.pdf')];
    expect('DecompressionStream' in globalThis).toBe(false);

    // pdf.js in process (where it inflates), with the web stream put back (and counted) after
    // pdf.js has loaded.
    let streams = 0;
    class Counted extends (webDecompression!) {
      constructor(format: string) {
        super(format);
        streams++;
      }
    }
    setPlatform({
      ...nodeInProcessPlatform,
      async loadPdfjs() {
        const pdfjs = await nodeInProcessPlatform.loadPdfjs();
        Object.assign(globalThis, { DecompressionStream: Counted });
        return pdfjs;
      },
    });
    const withIt = [await pagesOf('ym-form-chromium.pdf'), await pagesOf('ym-list-docx.pdf')];
    expect(streams).toBeGreaterThan(0);
    expect(withIt).toEqual(without);
  });
});
