/**
 * OCR for browser pages (PWA, extension): an OcrService that runs the engine in a Web Worker
 * (web-ocr-worker.ts), started on first use. The worker's files are served by the app itself:
 * models and dictionary from `/ocr/` (copied there at build time, never precached by the
 * service worker), the runtime's wasm as a build asset. The PWA keeps them in Cache Storage
 * after the first download; the extension carries them in its package.
 *
 * Cancelling a read ends the worker (a model run cannot be interrupted); the next use starts a
 * new one, which loads the files from the cache.
 */
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import { isErrorCode } from '../error-codes';
import { ReviewDeskError } from '../errors';
import type { OcrImageResult } from '../ocr/engine';
import type { OcrService, PrepareOptions } from '../ocr/service';
import type { OcrAssets, OcrRequest, OcrResponse } from './web-ocr-protocol';
// Vite bundles the worker as its own module file (both builds set `worker.format: 'es'`).
import OcrWorker from './web-ocr-worker?worker';

/** Bump with the model files, so an old cache is not used for new models. */
const CACHE_NAME = 'review-desk-ocr-v1';

function assets(cache: boolean): OcrAssets {
  const at = (p: string) => new URL(p, self.location.href).href;
  return {
    detection: at('/ocr/ch_PP-OCRv4_det_infer.onnx'),
    recognition: at('/ocr/ch_PP-OCRv4_rec_infer.onnx'),
    dictionary: at('/ocr/ppocr_keys_v1.txt'),
    wasm: at(wasmUrl),
    cacheName: cache ? CACHE_NAME : null,
  };
}

type Request = OcrRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve(value: OcrResponse): void;
  reject(error: unknown): void;
  onProgress?: (loaded: number, total: number) => void;
}

export function createWebOcrService(options: { cache: boolean }): OcrService {
  let worker: Worker | null = null;
  let prepared: Promise<void> | null = null;
  let dictionary: Promise<ReadonlySet<string>> | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const stop = (reason: unknown) => {
    worker?.terminate();
    worker = null;
    prepared = null;
    for (const p of pending.values()) p.reject(reason);
    pending.clear();
  };

  const start = (): Worker => {
    if (worker) return worker;
    const w: Worker = new OcrWorker();
    w.onmessage = (event: MessageEvent<OcrResponse>) => {
      const message = event.data;
      const p = pending.get(message.id);
      if (!p) return;
      if (message.kind === 'progress') {
        p.onProgress?.(message.loaded, message.total);
        return;
      }
      pending.delete(message.id);
      if (message.kind === 'error') {
        // A code from the worker is one of ours; anything else counts as the worker failing.
        const code = isErrorCode(message.code) ? message.code : 'ocr/workerFailed';
        p.reject(new ReviewDeskError(code, { detail: message.detail }));
      } else p.resolve(message);
    };
    w.onerror = (event) => {
      stop(new ReviewDeskError('ocr/workerFailed', { detail: event.message || 'worker error' }));
    };
    worker = w;
    return w;
  };

  const send = (
    request: Request,
    transfer: Transferable[] = [],
    extra: { signal?: AbortSignal; onProgress?: (loaded: number, total: number) => void } = {},
  ): Promise<OcrResponse> => {
    extra.signal?.throwIfAborted();
    const w = start();
    const id = nextId++;
    const signal = extra.signal;
    const abort = () => stop(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', abort, { once: true });
    return new Promise<OcrResponse>((resolve, reject) => {
      pending.set(id, {
        resolve,
        reject,
        ...(extra.onProgress ? { onProgress: extra.onProgress } : {}),
      });
      w.postMessage({ ...request, id } as OcrRequest, transfer);
    }).finally(() => signal?.removeEventListener('abort', abort));
  };

  const prepare = (o: PrepareOptions = {}): Promise<void> => {
    prepared ??= send({ kind: 'prepare', assets: assets(options.cache) }, [], o).then(() => {});
    const current = prepared;
    current.catch(() => {
      if (prepared === current) prepared = null;
    });
    return current;
  };

  return {
    prepare,
    async read(image, readOptions) {
      await prepare(readOptions.signal ? { signal: readOptions.signal } : {});
      // The pixels move to the worker (no copy); the caller does not use them again.
      const buffer = image.data.buffer as ArrayBuffer;
      const response = await send(
        { kind: 'read', image, dpi: readOptions.dpi },
        [buffer],
        readOptions.signal ? { signal: readOptions.signal } : {},
      );
      return (response as { result: OcrImageResult }).result;
    },
    // Asked for twice per scanned application (spellForPack, annotateOcrFacts), and a Set of
    // ~6,600 characters each time: one promise for the service's life, forgotten if it fails.
    dictionary() {
      dictionary ??= prepare()
        .then(() => send({ kind: 'dictionary' }))
        .then((response) => new Set((response as { characters: string[] }).characters));
      const current = dictionary;
      current.catch(() => {
        if (dictionary === current) dictionary = null;
      });
      return current;
    },
  };
}
