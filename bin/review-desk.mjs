#!/usr/bin/env node
// The `review-desk` command: exactly the code in lib/ that the app runs. Installs bundle it
// into plain JavaScript (dist/cli/, scripts/build-cli.mjs) so it starts in a fraction of the
// time; when any source has changed since, the sources run through tsx (bin/cli-bundle.mjs).
import module from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshBundleEntry } from './cli-bundle.mjs';

// Node 22.1+ keeps the compiled code of the modules it loads (the bundle, pdf.js: about 70 ms of
// a one-shot run) in its compile cache, in the system's temporary folder; Node 20 has no such
// cache and starts as before. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
module.enableCompileCache?.();

const bundle = freshBundleEntry();
let main;
if (bundle) {
  ({ main } = await import(pathToFileURL(bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  ({ main } = await import('./cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
