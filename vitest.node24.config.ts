import { readdirSync } from 'node:fs';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The Node-side unit suites again under Node 24, the current LTS (scripts/test.sh runs them with
 * `npx -p node@24`). `better-sqlite3` is a native addon built for the Node that installed it
 * (the main Node, 20.19+): the suites that load it — the relay and the workspace tests that start
 * one — run on the main Node only.
 */
export const NEEDS_MAIN_NODE = [
  'test/relay/**',
  'test/integrity/relay-attacks.test.ts',
  'test/integrity/membership.test.ts',
  'test/workspace/sync.test.ts',
  'test/workspace/workspace.test.ts',
  'test/workspace/token-reissue.test.ts',
];

/**
 * The short reliability suites run once, on the main Node: they are about faults (killed relays,
 * damaged files), not the Node version, and keeping them to one run keeps their cost inside
 * `npm test` near a minute and a half. relay-faults also starts relay processes (better-sqlite3).
 */
export const MAIN_NODE_ONLY = [
  ...NEEDS_MAIN_NODE,
  'test/reliability/**',
  // The floors on the development held-out sets (twelve sets, ~580 forms) measure the extractor's
  // figures: the same code on the same bytes gives the same counts on any Node, and every reader's
  // behaviour tests still run under Node 24. Once is enough (about a minute of `npm test` each run).
  'test/extract/heldout-dev.test.ts',
];

/**
 * The fact readers' own tests (ninety files of built pages through pure code: the readers and the
 * certainty checks) run once, on the main Node, as the floors do. Under Node 24 the same path —
 * pdf.js on Node 24, the readers, the CLI — still runs end to end through the fixtures and the CLI
 * tests kept here, and the OCR models through the scans and engine tests; the orientation scans
 * (half a minute of model runs) add no Node-specific path to those. This keeps the Node 24 step
 * near six minutes instead of eight and a half.
 */
const KEPT_UNDER_NODE24 = new Set(['cli.test.ts', 'fixtures.test.ts']);
export const READERS_ONLY = [
  ...readdirSync(new URL('./test/extract/', import.meta.url))
    .filter((name) => name.endsWith('.test.ts') && !KEPT_UNDER_NODE24.has(name))
    .map((name) => `test/extract/${name}`),
  'test/ocr/orientation-scans.test.ts',
];

export default mergeConfig(
  base,
  defineConfig({
    test: { exclude: ['test/e2e/**', 'node_modules/**', ...MAIN_NODE_ONLY, ...READERS_ONLY] },
  }),
);
