/**
 * Files and arguments the CLI reads and writes, checked so that every way they can be wrong is a
 * sentence (a `cliInput/…` ReviewDeskError) rather than a Node error with a stack: a missing
 * file, a folder where a file belongs (and the reverse), a port that is not a port, a Redis
 * address that is not one. Writes are atomic: a file is complete or absent, whatever happens
 * to the process or its stdout.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ReviewDeskError } from '../lib/errors';

/** The errno codes a user can act on, as words (cliInput:reasons.*). */
const REASONS = new Set([
  'ENOENT',
  'EACCES',
  'EPERM',
  'EISDIR',
  'ENOTDIR',
  'ENOSPC',
  'EROFS',
  'EEXIST',
  'ENAMETOOLONG',
  'EMFILE',
  'EBUSY',
]);

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code && REASONS.has(code) ? code : 'other';
}

async function kind(target: string): Promise<'file' | 'dir' | 'none' | 'other'> {
  try {
    const s = await stat(target);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
  } catch {
    return 'none';
  }
}

/** The bytes of an input file; missing, a folder or unreadable are sentences. */
export async function readInputFile(cwd: string, file: string): Promise<Uint8Array> {
  const full = path.resolve(cwd, file);
  const what = await kind(full);
  if (what === 'none') throw new ReviewDeskError('cliInput/notFound', { file });
  if (what === 'dir') throw new ReviewDeskError('cliInput/isDirectory', { file });
  try {
    const b = await readFile(full);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch (error) {
    throw new ReviewDeskError(
      'cliInput/notReadable',
      { file, reason: reason(error) },
      { cause: error },
    );
  }
}

/** `--out FILE`: must not be a folder. Returns the absolute path. */
export async function outputFile(cwd: string, out: string, example: string): Promise<string> {
  const full = path.resolve(cwd, out);
  if ((await kind(full)) === 'dir') {
    throw new ReviewDeskError('cliInput/outIsDirectory', {
      path: out,
      example: path.join(out, example),
    });
  }
  return full;
}

/**
 * `--out DIR`: must not be a file; made when missing (unless `create` is false: check only).
 * Returns the absolute path.
 */
export async function outputDirectory(cwd: string, out: string, create = true): Promise<string> {
  const full = path.resolve(cwd, out);
  const what = await kind(full);
  if (what === 'file' || what === 'other') {
    throw new ReviewDeskError('cliInput/outIsFile', { path: out, example: `${out}-dir` });
  }
  if (!create) return full;
  try {
    await mkdir(full, { recursive: true });
  } catch (error) {
    throw new ReviewDeskError(
      'cliInput/cannotWrite',
      { path: out, reason: reason(error) },
      { cause: error },
    );
  }
  return full;
}

/**
 * Write a file completely or not at all: into a temporary name beside it, then renamed. The
 * caller's process may lose its stdout (`| head -1`) at any time; the file is still whole.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: { mode?: number; display?: string } = {},
): Promise<void> {
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(temp, data, options.mode === undefined ? {} : { mode: options.mode });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new ReviewDeskError(
      'cliInput/cannotWrite',
      { path: options.display ?? target, reason: reason(error) },
      { cause: error },
    );
  }
}

/**
 * Several files as one step: each written atomically; if one fails, those already written are
 * removed again, so a half-made panel directory is never left behind.
 */
export async function writeAll(
  files: { path: string; data: string | Uint8Array; mode?: number; display?: string }[],
): Promise<void> {
  const done: string[] = [];
  try {
    for (const f of files) {
      await writeFileAtomic(f.path, f.data, f);
      done.push(f.path);
    }
  } catch (error) {
    for (const written of done) await rm(written, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** `--port`: an integer from 0 (any free port) to 65535. */
export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const text = value.trim();
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isInteger(n) || n < 0 || n > 65_535) {
    throw new ReviewDeskError('cliInput/badPort', { value });
  }
  return n;
}

/** `--redis`: redis://host[:port] (or rediss://). */
export function parseRedisUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ReviewDeskError('cliInput/badRedisUrl', { value });
  }
  const port = url.port === '' ? 6379 : Number(url.port);
  if (!['redis:', 'rediss:'].includes(url.protocol) || !url.hostname || port < 1 || port > 65_535) {
    throw new ReviewDeskError('cliInput/badRedisUrl', { value });
  }
  return value;
}

/** A listening failure (port in use, address not here) as a sentence. */
export function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  // The relay's database is a native addon: built for another Node than the one running now.
  if (code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION/.test(String(error))) {
    return new ReviewDeskError(
      'cliInput/nativeMismatch',
      { node: process.version },
      { cause: error },
    );
  }
  if (code === 'EADDRINUSE') {
    return new ReviewDeskError(
      'cliInput/portInUse',
      { host, port, suggest: port + 1 },
      { cause: error },
    );
  }
  if (code === 'EACCES') {
    return new ReviewDeskError('cliInput/portForbidden', { host, port }, { cause: error });
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new ReviewDeskError('cliInput/hostUnavailable', { host }, { cause: error });
  }
  return error;
}
