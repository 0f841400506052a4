#!/usr/bin/env node
// Everything both builds need in public/ before Vite runs: pdf.js assets, the OCR models and the
// demo workspace.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const run = (cmd, args) =>
  execFileSync(cmd, args, { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
run(process.execPath, ['scripts/copy-pdfjs-assets.mjs']);
run(process.execPath, ['scripts/copy-ocr-assets.mjs']);
run(process.execPath, ['--import', 'tsx', 'scripts/build-demo.ts']);
