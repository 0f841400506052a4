#!/usr/bin/env node
// Everything both builds need in public/ before Vite runs: pdf.js assets and the demo workspace.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const run = (cmd, args) =>
  execFileSync(cmd, args, { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
run(process.execPath, ['scripts/copy-pdfjs-assets.mjs']);
run(process.execPath, ['--import', 'tsx', 'scripts/build-demo.ts']);
