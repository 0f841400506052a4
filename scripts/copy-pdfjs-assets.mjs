#!/usr/bin/env node
// Copy pdf.js's worker, cMaps, standard fonts and wasm decoders into public/pdfjs/, so both the
// PWA and the extension serve them from their own origin (offline, no remote code).
import { cp, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.dirname(fileURLToPath(new URL('../package.json', import.meta.url)));
const pdfjs = path.dirname(require.resolve('pdfjs-dist/package.json'));
const target = path.join(root, 'public', 'pdfjs');

await rm(target, { recursive: true, force: true });
await mkdir(target, { recursive: true });
await cp(path.join(pdfjs, 'build', 'pdf.worker.min.mjs'), path.join(target, 'pdf.worker.min.mjs'));
for (const dir of ['cmaps', 'standard_fonts', 'wasm']) {
  await cp(path.join(pdfjs, dir), path.join(target, dir), { recursive: true });
}
console.log(`pdf.js assets copied to ${path.relative(root, target)}/`);
