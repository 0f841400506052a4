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
  'test/workspace/sync.test.ts',
  'test/workspace/workspace.test.ts',
];

export default mergeConfig(
  base,
  defineConfig({ test: { exclude: ['test/e2e/**', 'node_modules/**', ...NEEDS_MAIN_NODE] } }),
);
