/**
 * A member's connection to the relay at the wire level: the Hocuspocus frames written by hand
 * over a `ws` socket, so a test sends exactly the bytes it chose — an update message holding any
 * bytes, or frames that are not Hocuspocus at all — and reads how the relay answered: the close
 * code and reason it gave (a WebSocket close, or Hocuspocus's CLOSE message ending the document's
 * connection), or, when it kept the connection, the sync step 2 it sent back.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';

/** Hocuspocus message types (packages/common) and authentication subtypes. */
const SYNC = 0;
const AUTH = 2;
/** The server ends one document's connection (the socket may stay open): a reason follows. */
const CLOSE = 7;
const AUTH_TOKEN = 0;
const AUTH_DENIED = 1;
const AUTHENTICATED = 2;
const PROVIDER_VERSION = '4.8.0';

export type WireOutcome =
  | { kind: 'closed'; code: number; reason: string }
  | { kind: 'kept' }
  | { kind: 'denied'; reason: string };

function frame(documentName: string, type: number, write: (e: encoding.Encoder) => void) {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, type);
  write(e);
  return encoding.toUint8Array(e);
}

export class WireClient {
  private ws!: WebSocket;
  private closed: { code: number; reason: string } | null = null;
  private waiters: (() => void)[] = [];
  private frames: Uint8Array[] = [];

  private constructor(private readonly documentName: string) {}

  /** Connect and authenticate with `token`; rejects with the reason if the relay denies it. */
  static async open(url: string, documentName: string, token: string): Promise<WireClient> {
    const c = new WireClient(documentName);
    c.ws = new WebSocket(url);
    c.ws.binaryType = 'nodebuffer';
    c.ws.on('message', (data: Buffer) => {
      c.frames.push(new Uint8Array(data));
      c.wake();
    });
    c.ws.on('close', (code, reason) => {
      c.closed = { code, reason: reason.toString() };
      c.wake();
    });
    c.ws.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      c.ws.once('open', () => resolve());
      c.ws.once('error', reject);
    });
    c.ws.send(
      frame(documentName, AUTH, (e) => {
        encoding.writeVarUint(e, AUTH_TOKEN);
        encoding.writeVarString(e, token);
        encoding.writeVarString(e, PROVIDER_VERSION);
      }),
    );
    const answer = await c.next((f) => f.type === AUTH, 30_000);
    if (answer?.sub !== AUTHENTICATED) {
      c.ws.terminate();
      throw new Error(
        `relay did not authenticate: ${answer ? `denied (${answer.text})` : 'no answer'}`,
      );
    }
    return c;
  }

  private wake() {
    for (const w of this.waiters.splice(0)) w();
  }

  /** The next frame for our document matching `accept` (its type and first sub-value). */
  private async next(
    accept: (f: { type: number; sub: number }) => boolean,
    timeoutMs: number,
  ): Promise<{ type: number; sub: number; text: string } | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.frames.length) {
        const d = decoding.createDecoder(this.frames.shift()!);
        const name = decoding.readVarString(d);
        if (name !== this.documentName) continue;
        const type = decoding.readVarUint(d);
        if (type === CLOSE) {
          this.closed ??= { code: 0, reason: decoding.readVarString(d) };
          continue;
        }
        const sub = decoding.hasContent(d) ? decoding.readVarUint(d) : -1;
        const text = type === AUTH && sub === AUTH_DENIED ? decoding.readVarString(d) : '';
        if (accept({ type, sub })) return { type, sub, text };
      }
      if (this.closed || Date.now() > deadline) return null;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /**
   * Send a Yjs update message holding `update` as is, then a sync step 1: if the relay kept the
   * connection it answers the step 1 (messages are handled in order); if it refused the update
   * it closed the connection, with its reason.
   */
  async sendUpdate(update: Uint8Array, timeoutMs = 30_000): Promise<WireOutcome> {
    this.ws.send(frame(this.documentName, SYNC, (e) => syncProtocol.writeUpdate(e, update)));
    return this.probe(timeoutMs);
  }

  /** Send bytes as a WebSocket frame, whatever they are. */
  async sendRaw(bytes: Uint8Array, timeoutMs = 30_000): Promise<WireOutcome> {
    this.ws.send(bytes);
    return this.probe(timeoutMs);
  }

  private async probe(timeoutMs: number): Promise<WireOutcome> {
    if (this.ws.readyState === WebSocket.OPEN) {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep1);
      encoding.writeVarUint8Array(e, new Uint8Array([0]));
      this.ws.send(
        frame(this.documentName, SYNC, (x) =>
          encoding.writeUint8Array(x, encoding.toUint8Array(e)),
        ),
      );
    }
    const answer = await this.next(
      (f) => f.type === SYNC && f.sub === syncProtocol.messageYjsSyncStep2,
      timeoutMs,
    );
    if (answer) return { kind: 'kept' };
    if (this.closed) return { kind: 'closed', ...this.closed };
    throw new Error('the relay neither answered nor closed the connection');
  }

  /** Open, and the document's connection not ended by the relay. */
  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN && !this.closed;
  }

  close(): void {
    this.ws.terminate();
  }
}
