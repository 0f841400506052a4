/**
 * Child process of the corpus test: opens one file at a time as the app does (lib/pdf/open,
 * then page 1's text) and reports the outcome. Run in its own process so that whatever a file
 * does to pdf.js, the test runner survives, and the CPU time a file costs can be measured.
 */
import { readFile } from 'node:fs/promises';
import { isReviewDeskError } from '../../lib/errors';
import { openPdf } from '../../lib/pdf/open';
import { getPageText } from '../../lib/pdf/text';
import { setPlatform } from '../../lib/platform';
import { nodePlatform } from '../../lib/platform/node';

setPlatform(nodePlatform);

export interface CorpusRequest {
  path: string;
  name: string;
  password?: string;
}

export type CorpusOutcome =
  | { kind: 'opens'; pages: number; page1Chars: number | null }
  | { kind: 'error'; code: string }
  | { kind: 'crash'; message: string };

async function attempt(bytes: Uint8Array, name: string, password?: string): Promise<CorpusOutcome> {
  try {
    const pdf = await openPdf(bytes, { fileName: name, password });
    try {
      const page = pdf.numPages > 0 ? await getPageText(pdf, 1) : null;
      return { kind: 'opens', pages: pdf.numPages, page1Chars: page ? page.text.length : null };
    } finally {
      await pdf.close();
    }
  } catch (error) {
    if (isReviewDeskError(error)) return { kind: 'error', code: error.code };
    return {
      kind: 'crash',
      message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

process.on('message', async (request: CorpusRequest) => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const bytes = new Uint8Array(await readFile(request.path));
  const first = await attempt(bytes, request.name);
  const withPassword =
    request.password !== undefined
      ? await attempt(bytes, request.name, request.password)
      : undefined;
  const used = process.cpuUsage(cpu);
  process.send?.({
    name: request.name,
    first,
    withPassword,
    ms: performance.now() - started,
    // CPU time (every thread of this process): what the file cost, whatever else the machine ran.
    cpuMs: (used.user + used.system) / 1000,
  });
});
/** A one-page PDF with one line of text, built here so the worker needs no file to warm up. */
function tinyPdf(): Uint8Array {
  const stream = 'BT /F1 12 Tf 72 720 Td (warm) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

// Load pdf.js and run its first document through before taking files: on a loaded machine that
// alone takes seconds, which is this process starting, not the next file being slow. (Without it
// the first file of every fresh worker ran into the time limit, and so did the next worker's.)
await attempt(tinyPdf(), 'warm-up.pdf');
process.send?.({ ready: true });
