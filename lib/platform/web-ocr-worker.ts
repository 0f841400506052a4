/**
 * The OCR Web Worker: onnxruntime-web (wasm, one thread) running lib/ocr's engine off the UI
 * thread. Its files (models, dictionary, the runtime's wasm) come from the app's own origin:
 * fetched on first use with progress reported to the page, and kept in Cache Storage so later
 * uses — and offline ones — read them locally. No other host is ever contacted, and nothing is
 * evaluated as code (the extension's CSP allows only 'wasm-unsafe-eval').
 */
/// <reference lib="webworker" />
import * as ort from 'onnxruntime-web/wasm';
import { OcrEngine } from '../ocr/engine';
import { ortRuntime } from '../ocr/runtime';
import type { OcrAssets, OcrRequest, OcrResponse } from './web-ocr-protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: OcrResponse, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

/** Bytes of a file, from the cache or fetched (and then cached), counting progress. */
async function load(
  url: string,
  cache: Cache | null,
  onBytes: (n: number) => void,
): Promise<Uint8Array> {
  const cached = await cache?.match(url);
  if (cached) {
    const bytes = new Uint8Array(await cached.arrayBuffer());
    onBytes(bytes.byteLength);
    return bytes;
  }
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    onBytes(value.byteLength);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  await cache?.put(url, new Response(bytes, { headers: { 'content-length': String(size) } }));
  return bytes;
}

/** Total bytes to load: sizes from the cache or from HEAD requests (0 when unknown). */
async function totalSize(urls: string[], cache: Cache | null): Promise<number> {
  let total = 0;
  for (const url of urls) {
    const hit = await cache?.match(url);
    const header = hit
      ? hit.headers.get('content-length')
      : (await fetch(url, { method: 'HEAD' }).catch(() => null))?.headers.get('content-length');
    total += Number(header ?? 0);
  }
  return total;
}

let engine: Promise<OcrEngine> | null = null;

async function prepare(id: number, assets: OcrAssets): Promise<OcrEngine> {
  const cache = assets.cacheName && 'caches' in self ? await caches.open(assets.cacheName) : null;
  const urls = [assets.wasm, assets.detection, assets.recognition, assets.dictionary];
  const total = await totalSize(urls, cache);
  let loaded = 0;
  const onBytes = (n: number) => {
    loaded += n;
    post({ id, kind: 'progress', loaded, total: Math.max(total, loaded) });
  };
  const [wasm, detection, recognition, keys] = await Promise.all(
    urls.map((url) => load(url, cache, onBytes)),
  );
  ort.env.wasm.numThreads = 1; // two threads were slower here, and need cross-origin isolation
  ort.env.wasm.wasmBinary = wasm!.buffer as ArrayBuffer;
  ort.env.wasm.proxy = false;
  const runtime = ortRuntime(ort, `onnxruntime-web ${ort.env.versions.web ?? ''}`.trim(), {
    executionProviders: ['wasm'],
    graphOptimizationLevel: 'all',
  });
  return OcrEngine.create(runtime, {
    detection: detection!,
    recognition: recognition!,
    dictionary: new TextDecoder().decode(keys!),
  });
}

async function handle(request: OcrRequest): Promise<void> {
  if (request.kind === 'prepare') {
    engine ??= prepare(request.id, request.assets);
    engine.catch(() => {
      engine = null;
    });
    await engine;
    post({ id: request.id, kind: 'prepared' });
    return;
  }
  if (!engine) throw new Error('OCR used before it was prepared');
  const ready = await engine;
  if (request.kind === 'dictionary') {
    post({ id: request.id, kind: 'dictionary', characters: [...ready.dictionary] });
    return;
  }
  const result = await ready.read(request.image, { dpi: request.dpi });
  post({ id: request.id, kind: 'result', result });
}

// One request at a time: the models use the whole thread anyway.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<OcrRequest>) => {
  const request = event.data;
  queue = queue.then(() =>
    handle(request).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      const code = request.kind === 'prepare' ? 'ocr/modelsUnavailable' : 'ocr/workerFailed';
      post({ id: request.id, kind: 'error', code, detail });
    }),
  );
};
