/**
 * Content-addressed file store: bytes are kept once, under their SHA-256. Adding the same bytes
 * again is a no-op. Quota errors become a ReviewDeskError the UI can put into words.
 */
import { ReviewDeskError } from '../errors';
import type { FileHash } from '../ids';
import type { ReviewDeskDb, StoredFile } from './db';
import { fileHash } from './hash';

export function sniffType(bytes: Uint8Array): string {
  // %PDF may follow some junk (pdf.js tolerates up to 1 KiB of it), so look a little way in.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-') ? 'application/pdf' : 'application/octet-stream';
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string; inner?: { name?: string } })?.name;
  const inner = (error as { inner?: { name?: string } })?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

export async function putFile(
  db: ReviewDeskDb,
  bytes: Uint8Array,
): Promise<{ hash: FileHash; added: boolean }> {
  const hash = await fileHash(bytes);
  try {
    const added = await db.transaction('rw', db.files, async () => {
      if (await db.files.get(hash)) return false;
      const record: StoredFile = {
        hash,
        bytes,
        size: bytes.byteLength,
        type: sniffType(bytes),
        addedAt: Date.now(),
      };
      await db.files.add(record);
      return true;
    });
    return { hash, added };
  } catch (error) {
    if (isQuotaError(error)) throw new ReviewDeskError('common/storageQuota', {}, { cause: error });
    throw error;
  }
}

export async function getFile(db: ReviewDeskDb, hash: FileHash): Promise<Uint8Array | undefined> {
  return (await db.files.get(hash))?.bytes;
}

export async function hasFile(db: ReviewDeskDb, hash: FileHash): Promise<boolean> {
  return (await db.files.where('hash').equals(hash).count()) > 0;
}
