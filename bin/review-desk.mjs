#!/usr/bin/env node
// The `review-desk` command: exactly the code in lib/ that the app runs. Installs bundle it
// into plain JavaScript (dist/cli/, scripts/build-cli.mjs) so it starts in a fraction of the
// time; when any source has changed since, the sources run through tsx (bin/cli-bundle.mjs).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshBundleEntry } from './cli-bundle.mjs';

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
