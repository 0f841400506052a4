/**
 * Several pages of this device can hold the same panel open at once: two app tabs, the
 * extension's side panel beside a portal, its toolbar popup. Each has its own copy of the
 * document and appends to the same IndexedDB update log, but nothing tells one page what another
 * wrote: without this link a score typed in the side panel would only show in the app tab after
 * a reload, and one page's compaction of the log could drop rows another page wrote meanwhile.
 *
 * So the pages of one origin link their copies over a BroadcastChannel per panel (and per local
 * database, so two "devices" in one test process stay apart), the way the relay links devices:
 * - on opening, a page says hello with its state vector; every page answers with what the newcomer
 *   lacks, plus its own state vector, and the newcomer sends back what that page lacks;
 * - afterwards every change a page makes, or receives from the relay or a file, goes to the others.
 * Updates applied from another page carry PAGE_ORIGIN: they are not sent on again, and the local
 * persistence stores them too (it stores every origin but `load`), so a row lost to another page's
 * compaction is written again by each page that holds it. Messages are validated on receipt.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { docOf, LOAD_ORIGIN, type Panel } from '../panel/panel';

export const PAGE_ORIGIN = Symbol('review-desk:page');

/** Bigger updates than this are never posted by our code; anything larger is not ours. */
const MAX_UPDATE_BYTES = 256 * 1024 * 1024;
const bytes = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array && value.byteLength <= MAX_UPDATE_BYTES,
);
const pageId = z.string().regex(/^[0-9a-f]{16,32}$/);

const messageSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('hello'), from: pageId, sv: bytes }),
  /** The answer to a hello: what `to` lacks, and the answering page's state vector. */
  z.object({ t: z.literal('state'), from: pageId, to: pageId, update: bytes, sv: bytes }),
  z.object({ t: z.literal('update'), from: pageId, update: bytes }),
]);
type Message = z.infer<typeof messageSchema>;

export interface PagePeers {
  /** Messages that failed validation or whose update could not be applied (for tests, logs). */
  rejected(): number;
  close(): void;
}

function randomPageId(): string {
  let out = '';
  for (const b of crypto.getRandomValues(new Uint8Array(8))) out += b.toString(16).padStart(2, '0');
  return out;
}

export function pageChannelName(databaseName: string, panelId: string): string {
  return `review-desk/panel/${databaseName}/${panelId}`;
}

/** Link this page's copy of a panel with the other pages that have it open. */
export function linkPages(panel: Panel, channelName: string): PagePeers {
  const doc = docOf(panel);
  const me = randomPageId();
  const channel = new BroadcastChannel(channelName);
  let rejected = 0;
  let closed = false;

  const post = (message: Message) => {
    if (!closed) channel.postMessage(message);
  };
  const apply = (update: Uint8Array) => {
    try {
      Y.applyUpdate(doc, update, PAGE_ORIGIN);
    } catch {
      rejected++;
    }
  };

  channel.onmessage = (event: MessageEvent) => {
    const parsed = messageSchema.safeParse(event.data);
    if (!parsed.success) {
      rejected++;
      return;
    }
    const message = parsed.data;
    if (message.from === me) return;
    switch (message.t) {
      case 'hello':
        post({
          t: 'state',
          from: me,
          to: message.from,
          update: Y.encodeStateAsUpdate(doc, message.sv),
          sv: Y.encodeStateVector(doc),
        });
        break;
      case 'state':
        if (message.to !== me) return;
        apply(message.update);
        post({ t: 'update', from: me, update: Y.encodeStateAsUpdate(doc, message.sv) });
        break;
      case 'update':
        apply(message.update);
        break;
    }
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    // Loaded from disk: the other pages read the same log. From another page: it has it.
    if (origin === PAGE_ORIGIN || origin === LOAD_ORIGIN) return;
    post({ t: 'update', from: me, update });
  };
  doc.on('update', onUpdate);
  post({ t: 'hello', from: me, sv: Y.encodeStateVector(doc) });

  const close = () => {
    if (closed) return;
    closed = true;
    doc.off('update', onUpdate);
    doc.off('destroy', close);
    channel.close();
  };
  doc.on('destroy', close);
  return { rejected: () => rejected, close };
}
