/**
 * Node only: pdf.js's worker half on a thread of its own (`Platform.takePdfWorker`), as in
 * browsers. In process, pdf.js parses on the caller's thread, where a page that never ends (a
 * damaged font parsed again for every glyph, a loop inside pdf.js) cannot be stopped: no timer
 * fires while it runs, and the CLI never answers. On its own thread, the caller stays free, its
 * time budget fires, and the thread is terminated (`terminate`), the stuck work with it.
 *
 * A thread serves one open document at a time. When the document is closed normally the thread
 * is kept for the next one (its pdf.js already loaded and warmed up), ended after a minute
 * unused; one that was terminated is never used again. An idle thread never keeps the process
 * alive; a thread serving a document does, until the document is closed.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { ownThreadCpuMs, threadCpuMs } from './thread-cpu';
import type { PdfjsModule, PdfWorkerHandle } from './types';

const IDLE_MS = 60_000;
/** Idle threads kept for the next documents. */
const MAX_IDLE = 1;

const require = createRequire(import.meta.url);

/**
 * The thread's code, plain JavaScript (no loader to register): Node 20's missing
 * Promise.withResolvers, pdf.js's worker module, then what lib/platform/node.ts does in process
 * for speed (the engine's own Array.prototype.push put back after pdf.js's core-js; pdf.js's own
 * inflate instead of Node's DecompressionStream), and pdf.js serving the port it was given.
 */
const BOOT = `
const { workerData, parentPort } = require('node:worker_threads');
try {
  // The kernel's id of this thread, for the caller to read its CPU time (thread-cpu.ts).
  parentPort.postMessage({ tid: Number.parseInt(require('node:fs').readFileSync('/proc/thread-self/stat', 'latin1'), 10) });
} catch {}
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = () => {
    let resolve, reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };
}
const push = Array.prototype.push;
import(workerData.entry).then(({ WorkerMessageHandler }) => {
  if (Array.prototype.push !== push && /\\[native code\\]/.test(String(push))) {
    Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
  }
  Reflect.deleteProperty(globalThis, 'DecompressionStream');
  WorkerMessageHandler.initializeFromPort(workerData.port);
});
`;

type PdfjsWorker = InstanceType<PdfjsModule['PDFWorker']>;

interface PdfThread {
  thread: Worker;
  port: MessagePort;
  worker: PdfjsWorker;
  dead: boolean;
  idle?: ReturnType<typeof setTimeout>;
  /** Its kernel thread id, once it has said it (Linux). */
  tid?: number;
}

const idle: PdfThread[] = [];
/** Set when a thread could not be started: pdf.js then runs in process, as before. */
let cannotStart = false;

function end(t: PdfThread): void {
  if (t.dead) return;
  t.dead = true;
  clearTimeout(t.idle);
  const i = idle.indexOf(t);
  if (i >= 0) idle.splice(i, 1);
  t.worker.destroy();
  t.port.close();
  void t.thread.terminate();
}

function spawn(pdfjs: PdfjsModule): PdfThread {
  const { port1, port2 } = new MessageChannel();
  const entry = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  const thread = new Worker(BOOT, {
    eval: true,
    execArgv: [],
    workerData: { port: port2, entry },
    transferList: [port2],
    // The main thread's stack (V8's default, about 1 MB), not a worker's 4 MB: a file nested
    // deeper than pdf.js can follow fails the same way (pdf/tooComplex) whichever thread reads.
    resourceLimits: { stackSizeMb: 1 },
  });
  const t: PdfThread = {
    thread,
    port: port1,
    // pdf.js talks to a Web Worker or a port with postMessage and addEventListener: Node's
    // MessagePort has both (pdf.js's types only name the web ones).
    // Its warnings (damaged files have many) would go to the terminal: errors only, as opening
    // asks of an in-process pdf.js.
    worker: new pdfjs.PDFWorker({
      port: port1 as never,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    }),
    dead: false,
  };
  thread.once('message', (m: { tid?: unknown }) => {
    if (Number.isInteger(m?.tid) && (m.tid as number) > 0) t.tid = m.tid as number;
  });
  thread.on('error', () => {
    cannotStart = true; // pdf.js failed to load in it: it would again
  });
  thread.once('exit', () => end(t));
  return t;
}

/** A thread for one document: an idle one, or a new one; undefined when threads cannot start. */
export function takeNodePdfWorker(pdfjs: PdfjsModule): PdfWorkerHandle | undefined {
  if (cannotStart) return undefined;
  let t = idle.pop();
  if (!t) {
    try {
      t = spawn(pdfjs);
    } catch {
      cannotStart = true;
      return undefined;
    }
  }
  clearTimeout(t.idle);
  // Serving a document: the caller waits on the thread's answers, so it keeps the process up.
  t.thread.ref();
  t.port.ref();
  const thread = t;
  let handedBack = false;
  return {
    pdfWorker: t.worker,
    destroy() {
      if (handedBack) return;
      handedBack = true;
      if (thread.dead) return;
      if (idle.length >= MAX_IDLE) return end(thread);
      thread.thread.unref();
      thread.port.unref();
      thread.idle = setTimeout(() => end(thread), IDLE_MS);
      thread.idle.unref();
      idle.push(thread);
    },
    terminate() {
      handedBack = true;
      end(thread);
    },
    cpuClock() {
      const { tid } = thread;
      if (tid === undefined) return undefined;
      // A page's work: pdf.js parsing on its thread, and the caller assembling the text.
      return () => {
        const parsing = threadCpuMs(tid);
        const calling = ownThreadCpuMs();
        return parsing === undefined || calling === undefined ? undefined : parsing + calling;
      };
    },
  };
}
