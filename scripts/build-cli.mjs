#!/usr/bin/env node
/**
 * `npm run build:cli` (also run by `postinstall`): bin/cli.ts and everything it imports from
 * lib/ and bin/, bundled by esbuild into plain JavaScript in dist/cli/, so `review-desk`
 * starts without compiling TypeScript through tsx on every run (about 1 s of a 1.1 s start).
 * bin/review-desk.mjs runs the bundle only while every file it was made from is unchanged
 * (dist/cli/inputs.json); otherwise it runs the sources through tsx, as before.
 *
 * What stays outside the bundle, and why:
 * - every npm package (`packages: 'external'`): pdfjs-dist finds its worker, cMaps and fonts by
 *   resolving its own files at run time, onnxruntime-node is a native addon, and the rest load
 *   as Node loads them under tsx, so the bundle holds only our own code.
 * - the helper threads' entry: node-text-helpers.ts starts `node-text-worker.js` beside itself
 *   (`new URL(…, import.meta.url)`), so it is a second entry point in the same folder, and
 *   shared code is split into chunks there too (the lazily loaded commands stay lazy).
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE_DIR = path.join(ROOT, 'dist/cli');

/** Files that shape the bundle without being modules in it: a change to them makes it stale. */
const ALSO_INPUTS = ['tsconfig.json', 'scripts/build-cli.mjs'];

/**
 * Bundles into `outdir` (by default dist/cli), in place. The chunks' names carry a hash of their
 * content, so the new ones are written beside the old; the entries and inputs.json are replaced
 * whole (written aside, then renamed) and last. A CLI starting meanwhile thus runs a whole
 * bundle, old or new, and one already running (a relay) still finds the chunks it loads late:
 * the previous build's files are kept, older ones removed.
 */
export async function buildCli(outdir = BUNDLE_DIR) {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: {
      'review-desk': 'bin/cli.ts',
      'node-text-worker': 'lib/platform/node-text-worker.ts',
    },
    outdir,
    write: false,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    tsconfig: 'tsconfig.json',
    // Linked, not loaded: `node --enable-source-maps bin/review-desk.mjs` maps stacks to lib/.
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs), ...ALSO_INPUTS]) {
    const { mtimeMs, size } = statSync(path.join(ROOT, file));
    inputs[path.relative(outdir, path.join(ROOT, file))] = { mtimeMs, size };
  }
  const manifest = path.join(outdir, 'inputs.json');
  let previous = [];
  try {
    previous = JSON.parse(readFileSync(manifest, 'utf8')).outputs ?? [];
  } catch {
    // first build
  }
  mkdirSync(outdir, { recursive: true });
  const replace = (file, contents) => {
    const aside = `${file}.${process.pid}.tmp`;
    writeFileSync(aside, contents);
    renameSync(aside, file);
  };
  const entries = new Set(['review-desk.js', 'node-text-worker.js']);
  const files = result.outputFiles.map((f) => ({ name: path.basename(f.path), f }));
  // Chunks first, then the entries that import them, then what says the bundle is ready.
  files.sort((a, b) => Number(entries.has(a.name)) - Number(entries.has(b.name)));
  for (const { f } of files) replace(f.path, f.contents);
  // The chunks are ES modules whatever package.json is above them.
  replace(path.join(outdir, 'package.json'), '{ "type": "module" }\n');
  const outputs = files.map(({ name }) => name);
  replace(manifest, `${JSON.stringify({ inputs, outputs }, null, 1)}\n`);
  const keep = new Set([...outputs, ...previous, 'package.json', 'inputs.json']);
  for (const name of readdirSync(outdir)) {
    if (!keep.has(name)) rmSync(path.join(outdir, name), { force: true });
  }
  return { outdir, inputs: Object.keys(inputs).length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const out = process.argv[2] ? path.resolve(process.argv[2]) : BUNDLE_DIR;
  const { inputs } = await buildCli(out);
  const ms = Math.round(performance.now() - t0);
  console.log(
    `review-desk CLI bundled into ${path.relative(ROOT, out)}/ (${inputs} files, ${ms} ms)`,
  );
}
