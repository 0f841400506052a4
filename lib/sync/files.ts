/**
 * File bytes through the relay (SPEC Y4): PUT and GET by SHA-256 under the panel, behind the same
 * member token as the document. The relay checks the bytes against the hash on arrival; so does
 * this client on download, so a damaged or substituted file is never stored.
 */
import { sha256HexOf } from '../crypto/hash';
import { ReviewDeskError } from '../errors';
import { type FileHash, isFileHash, type PanelId } from '../ids';

/** ws://host:port/… → http://host:port (the relay serves files on the same port). */
export function relayHttpUrl(relayUrl: string): string {
  const u = new URL(relayUrl);
  u.protocol = u.protocol === 'wss:' ? 'https:' : 'http:';
  u.pathname = '';
  u.search = '';
  return u.toString().replace(/\/$/, '');
}

export function fileUrl(relayUrl: string, panelId: PanelId, hash: FileHash): string {
  return `${relayHttpUrl(relayUrl)}/files/${panelId}/${hash}`;
}

interface Target {
  relayUrl: string;
  panelId: PanelId;
  token: string;
}

async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    throw new ReviewDeskError('sync/relayUnreachable', {}, { cause: error });
  }
}

function statusError(status: number): ReviewDeskError {
  if (status === 401 || status === 403)
    return new ReviewDeskError('sync/refused', { reason: String(status) });
  if (status === 404) return new ReviewDeskError('sync/fileMissing');
  if (status === 413) return new ReviewDeskError('sync/fileTooLarge');
  return new ReviewDeskError('sync/relayError', { status });
}

export async function uploadFile(target: Target, bytes: Uint8Array): Promise<FileHash> {
  const hash = sha256HexOf(bytes) as FileHash;
  const response = await request(fileUrl(target.relayUrl, target.panelId, hash), {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${target.token}`,
      'content-type': 'application/octet-stream',
    },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
  if (!response.ok) throw statusError(response.status);
  return hash;
}

export async function downloadFile(target: Target, hash: FileHash): Promise<Uint8Array> {
  if (!isFileHash(hash)) throw new ReviewDeskError('sync/fileMissing');
  const response = await request(fileUrl(target.relayUrl, target.panelId, hash), {
    headers: { authorization: `Bearer ${target.token}` },
  });
  if (!response.ok) throw statusError(response.status);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (sha256HexOf(bytes) !== hash) throw new ReviewDeskError('sync/fileCorrupt');
  return bytes;
}
