/**
 * Open PDF bytes with pdf.js, the same way in the browser viewer (pdf.js worker) and in Node
 * (in-process fake worker), and turn every way that can fail into a ReviewDeskError whose
 * message names the file and says what to do: `pdf/empty`, `pdf/notPdf`, `pdf/corrupt`,
 * `pdf/passwordRequired`, `pdf/wrongPassword`, `pdf/tooComplex`, `pdf/pageUnreadable`.
 *
 * Every pdf.js call runs against a time budget. pdf.js parses on a worker of the document's own
 * (browsers: a Web Worker; Node: a thread, lib/platform/node-pdf-thread.ts), so the caller's
 * thread stays free and the budget fires whatever pdf.js is doing. When opening runs out, the
 * worker is ended; when a page does (getPageText), the Node thread is terminated with the stuck
 * work and the file opened again on a fresh one (`restart`), so the next pages are still read.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { isReviewDeskError, ReviewDeskError } from '../errors';
import { getPlatform } from '../platform';
import { CPU_SHARE, pastBudget, WALL_STRETCH } from './budget';

export const DEFAULT_OPEN_BUDGET_MS = 10_000;

export const DEFAULT_PAGE_BUDGET_MS = 5_000;

/** How long closing waits for pdf.js's worker to answer before ending it. */
const CLOSE_GRACE_MS = 2_000;

export interface OpenPdfOptions {
  /** Shown in every error message; the user recognises their file by it. */
  fileName: string;
  password?: string;
  /** Time allowed for loading the document structure (default 10 s). */
  budgetMs?: number;
}

export interface OpenedPdf {
  fileName: string;
  numPages: number;
  /** The pdf.js document; page-level helpers in this folder take it. */
  proxy: PDFDocumentProxy;
  /** Release pdf.js's memory (and, in browsers, the worker's). */
  close(): Promise<void>;
  /**
   * Where the document's worker can be ended at once (Node): end it, with the page it is stuck
   * on, and open the file again on a fresh one; `proxy` is then the new document. Resolves
   * false when the file could not be opened again (no later page can be read). Called by
   * getPageText when a page runs over its budget.
   */
  restart?(): Promise<boolean>;
  /** Set when the worker was ended and the file could not be opened again: no page can be read. */
  lost?: boolean;
  /**
   * A clock of the CPU ms spent on this document's work where the platform can tell (Node: its
   * pdf.js thread and the caller's on Linux, else the process's): page budgets then give a busy
   * machine more wall time (`withBudget`).
   */
  cpuMs?: CpuClock;
  /**
   * What it was opened from, kept where the platform can read pages on helper threads (Node),
   * which open their own copy. The caller's bytes, not a copy: left as they are while reading.
   */
  source?: { bytes: Uint8Array; password?: string };
}

const decoder = new TextDecoder('latin1');

/** After pdf.js gave up: is this something else renamed to .pdf (HTML, image, Word, text)? */
export function looksLikeNotPdf(bytes: Uint8Array): boolean {
  const head = decoder.decode(bytes.subarray(0, 65_536));
  if (head.includes('%PDF')) return false;
  // Files without a header that still hold PDF objects are damaged PDFs, not other formats.
  return !/\d+\s+\d+\s+obj\b/.test(head);
}

/** A clock of CPU ms used so far (by this process, in Node); undefined where it cannot be read. */
export type CpuClock = () => number | undefined;

/** The shortest wait before looking at the CPU clock again. */
const RECHECK_MS = 250;

/**
 * Wait for `work`, or fail with `timeoutError()` after `ms` (calling `onTimeout` first).
 *
 * Given `cpu`, a machine too busy to give the work its share of a core does not count against
 * it: after `ms` of wall time the work fails only if it used at least CPU_SHARE of `ms` in CPU
 * meanwhile, by `cpu`'s count (up to WALL_STRETCH budgets of wall time). On a quiet machine nothing changes —
 * a page stuck in a loop burns more than that and fails at `ms` as before — while on a loaded one
 * (ten busy processes on two cores) an ordinary page is no longer called too complex.
 */
export function withBudget<T>(
  work: Promise<T>,
  ms: number,
  timeoutError: () => Error,
  onTimeout?: () => void,
  cpu?: CpuClock,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const startedAt = Date.now();
  const cpuAtStart = cpu?.();
  const expiry = new Promise<never>((_, reject) => {
    const check = () => {
      const cpuNow = cpuAtStart === undefined ? undefined : cpu?.();
      const used = cpuNow === undefined ? undefined : cpuNow - (cpuAtStart ?? 0);
      const waited = Date.now() - startedAt;
      if (!pastBudget(waited, used, ms)) {
        // Look again when the CPU could first reach its share, or at the wall-time cap.
        const cpuLeft = ms * CPU_SHARE - (used ?? 0);
        timer = setTimeout(
          check,
          Math.min(Math.max(RECHECK_MS, cpuLeft), ms * WALL_STRETCH - waited),
        );
        return;
      }
      onTimeout?.();
      reject(timeoutError());
    };
    timer = setTimeout(check, ms);
  });
  return Promise.race([work, expiry]).finally(() => clearTimeout(timer));
}

const PASSWORD_NEEDED = 1;

function errorName(error: unknown): string {
  return error instanceof Error || (typeof error === 'object' && error !== null)
    ? String((error as { name?: unknown }).name ?? '')
    : '';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Resource exhaustion inside pdf.js: nesting bombs, giant allocations. */
function isExhaustion(error: unknown): boolean {
  return /call stack|out of memory|array length|allocation failed|too (large|many|deep)/i.test(
    errorMessage(error),
  );
}

const PDFJS_ERRORS = new Set([
  'InvalidPDFException',
  'UnknownErrorException',
  'FormatError',
  'MissingPDFException',
  'UnexpectedResponseException',
  'ResponseException',
  'RangeError',
  'XRefEntryException',
  'XRefParseException',
]);

/** Map a failure while opening to our error. Errors of our own code pass through untouched. */
export function openError(
  error: unknown,
  bytes: Uint8Array,
  fileName: string,
  passwordGiven: boolean,
): unknown {
  if (isReviewDeskError(error)) return error;
  const name = errorName(error);
  const file = fileName;
  if (name === 'PasswordException') {
    const code = (error as { code?: number }).code;
    if (code === PASSWORD_NEEDED && !passwordGiven) {
      return new ReviewDeskError('pdf/passwordRequired', { file }, { cause: error });
    }
    return new ReviewDeskError('pdf/wrongPassword', { file }, { cause: error });
  }
  if (!PDFJS_ERRORS.has(name) && !(error instanceof RangeError)) return error;
  if (isExhaustion(error)) {
    return new ReviewDeskError(
      'pdf/tooComplex',
      { file, seconds: DEFAULT_OPEN_BUDGET_MS / 1000 },
      { cause: error },
    );
  }
  if (looksLikeNotPdf(bytes)) return new ReviewDeskError('pdf/notPdf', { file }, { cause: error });
  return new ReviewDeskError('pdf/corrupt', { file }, { cause: error });
}

/** Map a failure while reading one page (1-based) to our error. */
export function pageError(error: unknown, fileName: string, page: number): unknown {
  if (isReviewDeskError(error)) return error;
  const name = errorName(error);
  if (!PDFJS_ERRORS.has(name) && !(error instanceof RangeError)) return error;
  if (isExhaustion(error)) {
    return new ReviewDeskError(
      'pdf/tooComplex',
      { file: fileName, seconds: DEFAULT_PAGE_BUDGET_MS / 1000 },
      { cause: error },
    );
  }
  return new ReviewDeskError('pdf/pageUnreadable', { file: fileName, page }, { cause: error });
}

/**
 * The forms a typed password may take in the file. pdf.js 5 compares the password as a string of
 * bytes: AES-256 files (R5/R6) want its UTF-8 bytes after SASLprep (soft hyphens dropped, NFKC),
 * older ones its Latin-1 bytes. Trying each form in turn opens files whose password is not ASCII
 * (a Chinese password, 'pässwört') instead of calling the right password wrong.
 */
export function passwordCandidates(password: string): string[] {
  const saslprep = password
    .replace(
      /\u00ad|\u034f|\u1806|[\u180b-\u180d]|[\u200b-\u200d]|\u2060|[\ufe00-\ufe0f]|\ufeff/g,
      '',
    )
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .normalize('NFKC');
  const utf8 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));
  return [...new Set([password, saslprep, utf8(saslprep), utf8(password)])];
}

/** One pdf.js document on one worker. */
interface Session {
  proxy: PDFDocumentProxy;
  /** Close the document; its worker goes back to the platform. */
  close(): Promise<void>;
  /** End its worker at once, with whatever it is stuck on; where the platform can (Node). */
  end?(): void;
  /** The best CPU clock for its work now (see `OpenedPdf.cpuMs`). */
  clock(): CpuClock | undefined;
}

async function openOnce(
  bytes: Uint8Array,
  fileName: string,
  password: string | undefined,
  budget: number,
): Promise<Session> {
  const platform = getPlatform();
  const pdfjs = await platform.loadPdfjs();
  const worker = platform.takePdfWorker?.(pdfjs);
  // Ending a worker at once: terminating a Node thread; in browsers, destroying the worker.
  const end = () => (worker?.terminate ? worker.terminate() : worker?.destroy());
  // Its worker's own clock once it has one (a fresh thread tells its id a moment after it starts).
  const clock = () => worker?.cpuClock?.() ?? platform.cpuMs;
  const task = pdfjs.getDocument({
    ...platform.pdfDocumentOptions(),
    ...(worker
      ? { worker: (worker.pdfWorker ?? worker) as InstanceType<typeof pdfjs.PDFWorker> }
      : {}),
    data: bytes.slice(),
    password,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    enableXfa: false,
    stopAtErrors: false,
  });
  try {
    const proxy = await withBudget(
      task.promise,
      budget,
      () => new ReviewDeskError('pdf/tooComplex', { file: fileName, seconds: budget / 1000 }),
      () => {
        void task.destroy();
        end();
      },
      clock(),
    );
    let ended = false;
    return {
      proxy,
      clock,
      // A worker given to getDocument is the caller's to end. One that was terminated never
      // answers, nor one still stuck on a page whose budget ran out (file-check, viewer): it is
      // ended after a grace period instead of waiting forever for pdf.js's clean-up.
      close: async () => {
        if (ended) return;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const answered = await Promise.race([
          task.destroy().then(
            () => true,
            () => true,
          ),
          new Promise<false>((resolve) => {
            timer = setTimeout(() => resolve(false), CLOSE_GRACE_MS);
          }),
        ]);
        clearTimeout(timer);
        if (answered) worker?.destroy();
        else end();
      },
      end: worker?.terminate
        ? () => {
            if (ended) return;
            ended = true;
            end();
            void task.destroy().catch(() => {});
          }
        : undefined,
    };
  } catch (error) {
    void task
      .destroy()
      .catch(() => {})
      .finally(() => worker?.destroy());
    throw error;
  }
}

/** The caller's document over a session, opened again on a fresh worker when one is ended. */
function toOpened(
  session: Session,
  bytes: Uint8Array,
  fileName: string,
  password: string | undefined,
  budget: number,
): OpenedPdf {
  let current = session;
  const pdf: OpenedPdf = {
    fileName,
    numPages: session.proxy.numPages,
    proxy: session.proxy,
    close: () => current.close(),
    get cpuMs() {
      return current.clock();
    },
    source: getPlatform().readPagesInParallel ? { bytes, password } : undefined,
  };
  if (session.end) {
    pdf.restart = async () => {
      current.end?.();
      try {
        current = await openOnce(bytes, fileName, password, budget);
        pdf.proxy = current.proxy;
        return true;
      } catch {
        pdf.lost = true;
        return false;
      }
    };
  }
  return pdf;
}

/** Open a PDF. The caller's bytes are copied: pdf.js may transfer (detach) what it is given. */
export async function openPdf(bytes: Uint8Array, options: OpenPdfOptions): Promise<OpenedPdf> {
  const { fileName } = options;
  const password = options.password === '' ? undefined : options.password;
  const budget = options.budgetMs ?? DEFAULT_OPEN_BUDGET_MS;
  if (bytes.byteLength === 0) throw new ReviewDeskError('pdf/empty', { file: fileName });
  const candidates = password === undefined ? [undefined] : passwordCandidates(password);
  let lastError: unknown;
  for (const candidate of candidates) {
    try {
      return toOpened(
        await openOnce(bytes, fileName, candidate, budget),
        bytes,
        fileName,
        candidate,
        budget,
      );
    } catch (error) {
      lastError = error;
      if (errorName(error) !== 'PasswordException' || password === undefined) break;
    }
  }
  throw openError(lastError, bytes, fileName, password !== undefined);
}
