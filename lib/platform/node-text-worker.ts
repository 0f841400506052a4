/**
 * Node only: a helper thread of node-text-pool.ts (started by node-text-helpers.ts). It opens
 * its own copy of the document and takes pages from the shared counter until none are left,
 * reading each exactly as the caller's thread would (`getPageText`: same budget, same errors),
 * and sends each page's text or failure back. One job at a time, in the order they come.
 */
import { parentPort } from 'node:worker_threads';
import { isReviewDeskError } from '../errors';
import { type OpenedPdf, openPdf } from '../pdf/open';
import { getPageText } from '../pdf/text';
import { setPlatform } from './index';
import { nodeInProcessPlatform } from './node';
import type { HelperJob, HelperMessage } from './node-text-helpers';
import { currentThreadTid } from './thread-cpu';

const port = parentPort;
if (!port) throw new Error('node-text-worker runs only as a worker thread.');

setPlatform(nodeInProcessPlatform);
// pdf.js loads before the helper says it is ready, so it takes no page it cannot start on.
await nodeInProcessPlatform.loadPdfjs();

const send = (message: HelperMessage, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

async function run(job: HelperJob): Promise<void> {
  const slots = new Int32Array(job.slots);
  const slot = 1 + job.lane;
  let pdf: OpenedPdf | undefined;
  try {
    try {
      pdf = await openPdf(job.bytes, { fileName: job.fileName, password: job.password });
    } catch {
      return; // the caller opened it: its other threads read the pages
    }
    for (;;) {
      const page = Atomics.add(slots, 0, 1);
      if (page > job.numPages) return;
      Atomics.store(slots, slot, page);
      try {
        const text = await getPageText(pdf, page, { budgetMs: job.budgetMs, rulings: job.rulings });
        send({ type: 'page', job: job.id, page, text }, [text.toSource.buffer as ArrayBuffer]);
      } catch (error) {
        if (!isReviewDeskError(error)) throw error;
        const { code, params } = error;
        send({ type: 'page', job: job.id, page, error: { code, params } });
      }
      Atomics.store(slots, slot, 0);
    }
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    send({ type: 'fault', job: job.id, name, message });
  } finally {
    await pdf?.close().catch(() => {});
    send({ type: 'end', job: job.id });
  }
}

let queue = Promise.resolve();
port.on('message', (job: HelperJob) => {
  queue = queue.then(() => run(job));
});
send({ type: 'ready', tid: currentThreadTid() });
