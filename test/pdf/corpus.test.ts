/**
 * The pdf-edge corpus (../shared/corpus/pdf-edge, see its MANIFEST.tsv): every file meets its
 * expectation within 10 s of CPU time. `opens`: the file opens and page 1's text extracts.
 * `error-clear`: our clear ReviewDeskError (pdf/…), not a crash. `password-required`:
 * pdf/passwordRequired, and with the password from the note it opens. Files run in two child
 * processes; more than 10 s of CPU on a file is a failure, and a worker with no answer after 60 s
 * is killed (the runner never hangs). Without the corpus the test fails, saying where to put it:
 * a skip would pass without testing anything.
 *
 * The manifest was observed with pdfjs-dist 6.5; we run 5.6. Where 5.6 behaves differently and
 * our behaviour is still right, DEVIATIONS says so and why.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  corpusDir,
  DEVIATIONS,
  overLimit,
  type Result,
  readManifest,
  runPool,
  summary,
} from './corpus-run';

describe('pdf-edge corpus', () => {
  // Missing, the corpus is a failure with what to do, not a silent skip.
  const CORPUS = corpusDir();
  const rows = readManifest(CORPUS);
  let results = new Map<string, Result>();

  beforeAll(async () => {
    results = await runPool(
      rows.map((r) => ({
        key: r.file,
        path: path.join(CORPUS, r.file),
        name: path.basename(r.file),
        ...(r.password !== undefined ? { password: r.password } : {}),
      })),
    );
  }, 600_000);

  afterAll(() => {
    // What we did with each kind of file, and the slowest files: for the record, not asserted.
    console.log(`corpus ${summary(results)}`);
  });

  it.each(rows.map((r) => [r.file, r] as const))('%s', (_file, row) => {
    const result = results.get(row.file);
    expect(result, 'no result').toBeDefined();
    expect(overLimit(result!)).toBeNull();
    const first = result!.first!;
    expect(first.kind, JSON.stringify(first)).not.toBe('crash');
    const expected = DEVIATIONS[row.file]?.accept ?? row.expectation;
    if (expected === 'opens') {
      expect(first, row.note).toMatchObject({ kind: 'opens' });
      if (first.kind === 'opens' && first.pages > 0) expect(first.page1Chars).not.toBeNull();
    } else if (expected === 'error-clear') {
      expect(first.kind, row.note).toBe('error');
      if (first.kind === 'error') expect(first.code).toMatch(/^pdf\//);
    } else {
      expect(first, row.note).toEqual({ kind: 'error', code: 'pdf/passwordRequired' });
      expect(result!.withPassword, `with password ${row.password}`).toMatchObject({
        kind: 'opens',
      });
    }
  });
});
