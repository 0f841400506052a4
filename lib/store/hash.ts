/** SHA-256 of bytes as lowercase hex: the identity of every file the app stores or syncs. */
import type { FileHash } from '../ids';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  let out = '';
  for (const b of new Uint8Array(digest)) out += b.toString(16).padStart(2, '0');
  return out;
}

export async function fileHash(bytes: Uint8Array): Promise<FileHash> {
  return (await sha256Hex(bytes)) as FileHash;
}
