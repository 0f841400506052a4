/**
 * Node-only. File bytes on the relay (SPEC Y4): `PUT|GET /files/<panel>/<sha256>` with a member
 * token (`Authorization: Bearer …`). Stored content-addressed per panel in the data directory,
 * written to a temporary name and renamed only after the hash matched.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

export const MAX_FILE_BYTES = 200 * 1024 * 1024;
const ROUTE = /^\/files\/(p[0-9a-f]{32})\/([0-9a-f]{64})$/;

export type Authorize = (
  token: string,
  panel: string,
) => Promise<{ ok: true; member: string; readOnly: boolean } | { ok: false; reason: string }>;

/**
 * The app runs on other origins (the PWA's host, an extension page), so browsers ask first.
 * Any origin may ask: access is by the bearer token in a header, never by cookies, so a page
 * without a member's token gets nothing.
 */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, PUT, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-max-age': '600',
};

function send(res: ServerResponse, status: number, body = '') {
  res.writeHead(status, { ...CORS, 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Handles the request if it is a file route; returns false to let Hocuspocus answer it. */
export async function handleFileRequest(
  req: IncomingMessage,
  res: ServerResponse,
  dataDir: string,
  authorize: Authorize,
  log: (event: 'fileStored' | 'fileRefused', params: Record<string, string | number>) => void,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://relay');
  const match = ROUTE.exec(url.pathname);
  if (!match) return false;
  const [, panel, hash] = match as unknown as [string, string, string];
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS);
    res.end();
    return true;
  }
  const auth = req.headers.authorization ?? '';
  const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
  const access = await authorize(token, panel);
  if (!access.ok) {
    log('fileRefused', { panel, reason: access.reason });
    send(res, 403, access.reason);
    return true;
  }
  const file = path.join(dataDir, 'files', panel, hash);
  if (req.method === 'GET') {
    const info = await stat(file).catch(() => null);
    if (!info) {
      send(res, 404);
      return true;
    }
    res.writeHead(200, {
      ...CORS,
      'content-type': 'application/octet-stream',
      'content-length': info.size,
    });
    createReadStream(file).pipe(res);
    return true;
  }
  if (req.method === 'PUT') {
    const refusal = access.readOnly ? 403 : 0;
    const body = refusal ? null : await readBody(req, MAX_FILE_BYTES);
    const status =
      refusal || (!body ? 413 : createHash('sha256').update(body).digest('hex') !== hash ? 400 : 0);
    if (status || !body) {
      send(res, status || 413);
      return true;
    }
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, body);
    await rename(tmp, file);
    log('fileStored', { panel, hash: hash.slice(0, 12), member: access.member, size: body.length });
    send(res, 201);
    return true;
  }
  send(res, 405);
  return true;
}
