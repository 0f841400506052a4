/** Relay test helpers: temp dirs, free ports, clients over real WebSockets, polling. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { MemberIdentity } from '../../lib/identity/identity';
import { Panel } from '../../lib/panel/panel';
import { connectRelay, type RelayConnection } from '../../lib/sync/relay-client';

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface Client {
  panel: Panel;
  doc: Y.Doc;
  conn: RelayConnection;
  identity: MemberIdentity;
}

export function client(
  url: string,
  identity: MemberIdentity,
  opts: { doc?: Y.Doc; token?: string } = {},
): Client {
  const doc = opts.doc ?? new Y.Doc();
  const panel = new Panel(doc, identity);
  const conn = connectRelay(panel, {
    url,
    token: opts.token ?? identity.token ?? undefined,
    WebSocketPolyfill: WebSocket,
    retry: { delay: 50, maxDelay: 300 },
  });
  return { panel, doc, conn, identity };
}

/** Poll until the condition holds (a sync deadline, not a speed assertion). */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error('condition not reached before the deadline');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The relay as the CLI runs it, in its own process (so it can be SIGKILLed). */
export function spawnRelay(port: number, dataDir: string): ChildProcess {
  const bin = path.resolve(__dirname, '../../bin/review-desk.mjs');
  return spawn(
    process.execPath,
    [bin, 'relay', '--port', String(port), '--data', dataDir, '--lang', 'en'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

export function waitForOutput(
  child: ChildProcess,
  text: string,
  timeoutMs = 30_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`no "${text}" in relay output: ${seen}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`relay exited (${code}): ${seen}`)));
  });
}
