import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getFile, hasFile, putFile, sniffType } from '../../lib/store/blobs';
import { ReviewDeskDb } from '../../lib/store/db';
import { sha256Hex } from '../../lib/store/hash';

let db: ReviewDeskDb;
afterEach(async () => {
  await db?.delete();
});

describe('content-addressed file store', () => {
  it('stores bytes once under their SHA-256 and returns them unchanged', async () => {
    db = new ReviewDeskDb(`t-${Math.random()}`);
    const bytes = new TextEncoder().encode('%PDF-1.7\nhello');
    const first = await putFile(db, bytes);
    const again = await putFile(db, bytes.slice());
    expect(first.added).toBe(true);
    expect(again).toEqual({ hash: first.hash, added: false });
    expect(first.hash).toBe(await sha256Hex(bytes));
    expect(await db.files.count()).toBe(1);
    expect(await getFile(db, first.hash)).toEqual(bytes);
    expect(await hasFile(db, first.hash)).toBe(true);
  });

  it('knows a PDF from other bytes, also with junk before the header', () => {
    expect(sniffType(new TextEncoder().encode('%PDF-1.4'))).toBe('application/pdf');
    expect(sniffType(new TextEncoder().encode(`${'x'.repeat(300)}%PDF-1.4`))).toBe(
      'application/pdf',
    );
    expect(sniffType(new TextEncoder().encode('<html>'))).toBe('application/octet-stream');
  });
});
