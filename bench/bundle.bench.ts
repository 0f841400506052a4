/**
 * `bundle.initialJs` (`npm run bench -- bundle`): from the production PWA build (dist/pwa, made by
 * `npm run build:pwa` when missing), the gzip size (zlib's default level, as Vite reports it; kB = 1,000 bytes) of the JavaScript loaded before the first
 * paint — what index.html loads (module scripts, modulepreloads, classic scripts) and, from each
 * of those, every static `import … from` (not `import()`, which loads on use) — and the gzip size
 * of the pdf.js worker the app ships. Baselines: the issue's target for the first (250 KB gzip),
 * pdfjs-dist's own minified worker for the second.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { emit, say } from './lib/record';

const DIST = path.resolve('dist/pwa');
if (!existsSync(path.join(DIST, 'index.html')))
  throw new Error(
    'dist/pwa/index.html is missing: run `npm run build:pwa` first (bench/run.ts does).',
  );

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** Script URLs index.html loads before anything is drawn. */
function entryScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) out.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g))
    out.push(m[1]!);
  return out;
}

/** Static imports of an ES module (minified or not): `import x from"./a.js"`, `import"./b.js"`, `export … from`. */
function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?(["'`])([^"'`]+)\1/g;
  for (const m of code.matchAll(re)) out.push(m[2]!);
  return out;
}

const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
const seen = new Set<string>();
const queue = entryScripts(html).map((src) => path.join(DIST, src.replace(/^\//, '')));
while (queue.length) {
  const file = queue.shift()!;
  if (seen.has(file) || !existsSync(file)) continue;
  seen.add(file);
  for (const spec of staticImports(readFileSync(file, 'utf8')))
    if (spec.startsWith('.') || spec.startsWith('/'))
      queue.push(
        spec.startsWith('/') ? path.join(DIST, spec) : path.resolve(path.dirname(file), spec),
      );
}
const initial = [...seen].map((f) => ({ file: path.relative(DIST, f), gzip: gz(f) }));
const total = initial.reduce((a, b) => a + b.gzip, 0);
say(
  `bundle: before first paint: ${initial.map((f) => `${f.file} ${(f.gzip / 1000).toFixed(1)} kB`).join(', ')}`,
);
emit({
  name: 'bundle.initialJs',
  unit: 'kB gzip',
  value: total / 1000,
  baseline: 'target',
  baselineValue: 250,
  n: 1,
  target: '≤ 250 kB gzip',
  note: `${initial.length} file(s) loaded by index.html before the first paint: ${initial.map((f) => f.file).join(', ')}`,
});

const find = (dir: string): string | null => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const f = find(p);
      if (f) return f;
    } else if (/^pdf\.worker.*\.m?js$/.test(e.name)) return p;
  }
  return null;
};
const worker = find(DIST);
if (!worker) throw new Error('no pdf.js worker in dist/pwa');
const shipped = createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.worker.min.mjs');
emit({
  name: 'bundle.pdfWorker',
  unit: 'kB gzip',
  value: gz(worker) / 1000,
  baseline: "pdfjs-dist's pdf.worker.min.mjs",
  baselineValue: gz(shipped) / 1000,
  n: 1,
  note: `${path.relative(DIST, worker)}, loaded only when a PDF is opened`,
});
