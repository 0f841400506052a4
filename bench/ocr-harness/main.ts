/**
 * The browser side of bench/ocr.bench.ts: the app's own OCR service (Web Worker, onnxruntime-web
 * wasm, models from this origin's /ocr/), timed on page images the benchmark serves as PNGs.
 */
import { createWebOcrService } from '../../lib/platform/web-ocr';

const service = createWebOcrService({ cache: false });

async function pixels(url: string) {
  const bitmap = await createImageBitmap(await (await fetch(url)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
}

Object.assign(globalThis, {
  ocrPrepare: async () => {
    const start = performance.now();
    await service.prepare();
    return (performance.now() - start) / 1000;
  },
  ocrRead: async (url: string, dpi: number) => {
    const image = await pixels(url);
    const start = performance.now();
    const result = await service.read(
      { width: image.width, height: image.height, data: image.data },
      { dpi },
    );
    return {
      seconds: (performance.now() - start) / 1000,
      stages: result.stages,
      lines: result.lines.length,
      chars: result.lines.reduce((n, l) => n + l.chars.length, 0),
    };
  },
});
