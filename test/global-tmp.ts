/**
 * Vitest global setup: the run's temporary files (mkdtemp folders, relay databases, browser
 * profiles, spawned CLIs' caches) go into one folder of its own, removed when the run ends, so
 * a test that forgets its own clean-up leaves nothing behind on a developer's machine. TMPDIR is
 * what `os.tmpdir()` and child processes read; the workers are started after this runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const before = process.env.TMPDIR;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'review-desk-tests-'));
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
