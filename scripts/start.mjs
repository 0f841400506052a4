#!/usr/bin/env node
// `npm start`: build the PWA (with the demo panels) and serve it on http://127.0.0.1:4173.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './serve.mjs';

const root = path.dirname(fileURLToPath(new URL('../package.json', import.meta.url)));
execFileSync('npm', ['run', '--silent', 'build:pwa'], { cwd: root, stdio: 'inherit' });
const port = Number(process.env.PORT ?? 4173);
const { url } = await serveStatic(path.join(root, 'dist', 'pwa'), { port });
console.log(`\n评审台 Review Desk 已启动 / is running: ${url}\n(Ctrl+C 停止 / to stop)`);
