/** Run the real `review-desk` binary as a child process, as a user would. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const BIN = path.resolve('bin/review-desk.mjs');

export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, REVIEW_DESK_LANG: 'zh-CN', ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
