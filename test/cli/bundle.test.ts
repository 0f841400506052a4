/**
 * The bundled CLI (scripts/build-cli.mjs → dist/cli/) is the same program as the sources run
 * through tsx, and bin/review-desk.mjs runs it only while no source has changed since it was
 * made. Each test bundles into a folder of its own (REVIEW_DESK_BUNDLE=DIR), so it holds
 * whatever state dist/cli/ is in.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleIsFresh } from '../../bin/cli-bundle.mjs';
import { buildCli } from '../../scripts/build-cli.mjs';
import { BIN } from './support';

// Inside the project, as dist/cli/ is: the bundle finds its packages in node_modules above it.
mkdirSync('.tmp', { recursive: true });
const tmp = mkdtempSync(path.resolve('.tmp/cli-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const bundle = path.join(tmp, 'fresh');
const form = path.resolve('test/fixtures/extract/ym-form-docx.pdf');

function run(
  args: string[],
  which: string,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, REVIEW_DESK_LANG: 'zh-CN', REVIEW_DESK_BUNDLE: which },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** A copy of the bundle whose entry says so instead of running the CLI. */
function markedCopy(name: string): string {
  const dir = path.join(tmp, name);
  cpSync(bundle, dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'review-desk.js'),
    "export async function main() { console.log('the bundle ran'); return 0; }\n",
  );
  return dir;
}

function editInputs(dir: string, edit: (inputs: Record<string, { mtimeMs: number }>) => void) {
  const file = path.join(dir, 'inputs.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  edit(manifest.inputs);
  writeFileSync(file, JSON.stringify(manifest));
}

beforeAll(async () => {
  await buildCli(bundle);
}, 120_000);

describe('the bundled CLI', () => {
  it('prints the same `extract --json` as the sources through tsx', async () => {
    expect(bundleIsFresh(bundle)).toBe(true);
    const args = ['extract', form, '--rubric', 'yueyang-2023-alliance', '--json'];
    const [bundled, sources] = await Promise.all([run(args, bundle), run(args, 'off')]);
    expect(bundled.code, bundled.err).toBe(0);
    expect(sources.code, sources.err).toBe(0);
    expect(Object.keys(JSON.parse(bundled.out).facts).length).toBeGreaterThan(5);
    expect(bundled.out).toBe(sources.out);
    expect(bundled.err).toBe(sources.err);
  }, 120_000);

  it('is run while up to date, and not once a source changed or is gone', async () => {
    const fresh = markedCopy('marked');
    expect((await run(['--version'], fresh)).out).toBe('the bundle ran\n');

    const changed = markedCopy('changed');
    editInputs(changed, (inputs) => {
      const lib = Object.keys(inputs).find((f) => f.endsWith('lib/pdf/open.ts'))!;
      inputs[lib]!.mtimeMs -= 1; // as if lib/pdf/open.ts were saved after bundling
    });
    const gone = markedCopy('gone');
    editInputs(gone, (inputs) => {
      inputs['../../no-such-dir/moved-away.ts'] = { mtimeMs: 0 };
    });
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    for (const stale of [changed, gone]) {
      expect(bundleIsFresh(stale)).toBe(false);
      expect((await run(['--version'], stale)).out).toBe(`${version}\n`);
    }
  }, 120_000);

  it('is not run, and does not crash the start, over a broken list of inputs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rd-bundle-inputs-'));
    try {
      for (const broken of [
        'garbage',
        '{"inputs": null}',
        '{"inputs": {"lib/a.ts": null}}',
        '{}',
      ]) {
        writeFileSync(path.join(dir, 'inputs.json'), broken);
        expect(bundleIsFresh(dir)).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('carries the helper threads’ entry beside the chunk that starts them, and it starts', async () => {
    // node-text-helpers.ts starts `./node-text-worker.js` relative to its own (chunk) file.
    const starter = readdirSync(bundle).filter(
      (f) =>
        f.endsWith('.js') &&
        readFileSync(path.join(bundle, f), 'utf8').includes('./node-text-worker.'),
    );
    expect(starter.length).toBeGreaterThan(0);
    const entry = path.join(bundle, 'node-text-worker.js');
    expect(existsSync(entry)).toBe(true);
    const worker = new Worker(pathToFileURL(entry), { execArgv: [] });
    try {
      const first = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(first).toMatchObject({ type: 'ready' });
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});
