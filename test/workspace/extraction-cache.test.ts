/**
 * Facts cached per file and pack: a second read comes from the cache, and an entry without the
 * shape of a result (cut short, or left by another version) is read again instead of breaking
 * the facts list.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPack } from '../../lib/rubric';
import { putFile } from '../../lib/store/blobs';
import { ReviewDeskDb } from '../../lib/store/db';
import {
  cacheKey,
  EXTRACTOR_VERSION,
  extractStoredFile,
} from '../../lib/workspace/extraction-cache';

const FX = path.resolve(__dirname, '../fixtures');
const form = new Uint8Array(readFileSync(path.join(FX, 'extract/ym-list-pdflib.pdf')));
const pack = builtinPack('yueyang-2023-alliance');

async function storedForm() {
  const db = new ReviewDeskDb(`extraction-cache-${Math.random()}`);
  const { hash } = await putFile(db, form);
  return { db, file: { hash, name: 'ym-list-pdflib.pdf' } };
}

describe('extractStoredFile', () => {
  it('reads a file once and answers the second time from the cache', async () => {
    const { db, file } = await storedForm();
    const first = await extractStoredFile(db, pack, file);
    expect(Object.keys(first.facts).length).toBeGreaterThan(3);
    const marked = { ...first, file: 'from the cache' };
    await db.settings.put({ key: cacheKey(pack, file.hash, false), value: marked });
    expect((await extractStoredFile(db, pack, file)).file).toBe('from the cache');
  });

  it('reads a file again when its proposals were cached by an earlier extractor', async () => {
    const { db, file } = await storedForm();
    const current = await extractStoredFile(db, pack, file);
    const key = cacheKey(pack, file.hash, false);
    expect(key).toContain(`:v${EXTRACTOR_VERSION}:`);
    // What an earlier version left on the device: a well-formed result under its own key.
    await db.settings.clear();
    const older = key.replace(`:v${EXTRACTOR_VERSION}:`, `:v${EXTRACTOR_VERSION - 1}:`);
    await db.settings.put({
      key: older,
      value: { ...current, file: 'read by an older extractor' },
    });
    expect((await extractStoredFile(db, pack, file)).file).not.toBe('read by an older extractor');
  });

  for (const [what, value] of [
    ['a string', 'garbage'],
    ['an entry without facts', { pages: 2, pagesWithoutText: [] }],
    ['an entry whose pages are not a list', { pages: 2, facts: {}, pagesWithoutText: 'all' }],
    ['null', null],
  ] as const) {
    it(`reads the file again over ${what} in the cache`, async () => {
      const { db, file } = await storedForm();
      await db.settings.put({ key: cacheKey(pack, file.hash, false), value });
      const result = await extractStoredFile(db, pack, file);
      expect(result.pagesWithoutText).toEqual([]);
      expect(result.facts.projectName?.value).toBeTruthy();
      // The good result replaces the broken entry.
      const stored = (await db.settings.get(cacheKey(pack, file.hash, false)))?.value;
      expect(stored).toMatchObject({ pages: result.pages });
    });
  }
});
