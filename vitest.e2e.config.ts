import { defineConfig } from 'vitest/config';

/**
 * Browser tests: real Chromium against the built PWA and extension (built by scripts/test.sh), and
 * the reliability suites that drive a browser (test/reliability/*.e2e.ts: short inside `npm test`,
 * long under `npm run test:reliability`).
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts', 'test/reliability/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/global-tmp.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One browser at a time: CI has two cores.
    fileParallelism: false,
    pool: 'forks',
  },
});
