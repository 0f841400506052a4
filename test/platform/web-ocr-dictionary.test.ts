/**
 * The browser OCR service's dictionary (lib/platform/web-ocr.ts): asked for twice per scanned
 * application, read from the worker once; a failed read is not remembered.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OcrRequest, OcrResponse } from '../../lib/platform/web-ocr-protocol';

const worker = vi.hoisted(() => ({ asked: [] as string[], failDictionary: 0 }));

vi.mock('onnxruntime-web/ort-wasm-simd-threaded.wasm?url', () => ({ default: '/ort.wasm' }));
vi.mock('../../lib/platform/web-ocr-worker?worker', () => ({
  default: class {
    onmessage: ((event: { data: OcrResponse }) => void) | null = null;
    onerror = null;
    postMessage(request: OcrRequest) {
      worker.asked.push(request.kind);
      const reply = (data: OcrResponse) => queueMicrotask(() => this.onmessage?.({ data }));
      if (request.kind === 'prepare') reply({ id: request.id, kind: 'prepared' });
      else if (request.kind === 'dictionary' && worker.failDictionary-- > 0) {
        reply({ id: request.id, kind: 'error', code: 'ocr/workerFailed', detail: 'no keys' });
      } else if (request.kind === 'dictionary') {
        reply({ id: request.id, kind: 'dictionary', characters: ['金', '杯'] });
      }
    }
    terminate() {}
  },
}));

const { createWebOcrService } = await import('../../lib/platform/web-ocr');

describe('the browser OCR service’s dictionary', () => {
  beforeEach(() => {
    vi.stubGlobal('self', { location: { href: 'https://desk.example/' } });
    worker.asked = [];
    worker.failDictionary = 0;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks the worker once and hands out the same set', async () => {
    const service = createWebOcrService({ cache: false });
    const [a, b] = await Promise.all([service.dictionary(), service.dictionary()]);
    const c = await service.dictionary();
    expect([...a]).toEqual(['金', '杯']);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(worker.asked.filter((k) => k === 'dictionary')).toHaveLength(1);
  });

  it('asks again after a failed read', async () => {
    worker.failDictionary = 1;
    const service = createWebOcrService({ cache: false });
    await expect(service.dictionary()).rejects.toThrow();
    expect([...(await service.dictionary())]).toEqual(['金', '杯']);
    expect(worker.asked.filter((k) => k === 'dictionary')).toHaveLength(2);
  });
});
