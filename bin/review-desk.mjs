#!/usr/bin/env node
// The `review-desk` command. The CLI is TypeScript run through tsx, so it is exactly the code in
// lib/ that the app runs, with no separate build step after `npm ci`.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
