/**
 * Yjs updates as this panel allows them (SPEC D1, D8, C3): read the log elements an update carries
 * with their positions — refusing deletions, other shared types and any content but plain values
 * — and write an update back holding only a prefix of each client's elements. The filter is what
 * lets an import take the authenticated part of a file and leave the rest, instead of refusing
 * genuine data because of one bad element.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { ReviewDeskError } from '../errors';
import { LOG_NAME } from './entry';
import { LIMITS } from './limits';

export interface DecodedUpdate {
  items: Y.Item[];
  /** [client, clock, raw element], per client in clock order. */
  elements: [number, number, unknown][];
}

/**
 * `lenient` (exporting this replica's own document): leave out what a strict reader refuses
 * instead of throwing — a client's elements after such a struct are left out too, so what remains
 * is contiguous per client.
 */
export function decodePanelUpdate(
  update: Uint8Array,
  opts: { lenient?: boolean } = {},
): DecodedUpdate {
  if (!opts.lenient && update.length > LIMITS.updateBytes)
    throw new ReviewDeskError('sync/tooLarge');
  let decoded: { structs: unknown[]; ds: { clients: Map<number, unknown> } };
  try {
    decoded = Y.decodeUpdate(update) as typeof decoded;
  } catch (error) {
    throw new ReviewDeskError('sync/corrupt', {}, { cause: error });
  }
  if (!opts.lenient && decoded.ds.clients.size > 0) throw new ReviewDeskError('sync/deletions');
  const items: Y.Item[] = [];
  const elements: [number, number, unknown][] = [];
  const stopped = new Set<number>();
  for (const struct of decoded.structs as Y.AbstractStruct[]) {
    if (struct instanceof Y.Skip) continue;
    const problem = structProblem(struct);
    if (problem) {
      if (!opts.lenient) throw new ReviewDeskError(problem);
      stopped.add(struct.id.client);
      continue;
    }
    if (stopped.has(struct.id.client)) continue;
    const item = struct as Y.Item;
    items.push(item);
    const content = item.content.getContent();
    for (let i = 0; i < content.length; i++) {
      elements.push([item.id.client, item.id.clock + i, content[i]]);
    }
    if (!opts.lenient && elements.length > LIMITS.updateElements)
      throw new ReviewDeskError('sync/tooLarge');
  }
  elements.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { items, elements };
}

/** Why a struct cannot be part of a panel document, or null. */
function structProblem(struct: Y.AbstractStruct): 'sync/deletions' | 'sync/foreign' | null {
  // GC structs stand for deleted content: a panel never deletes.
  if (!(struct instanceof Y.Item)) return 'sync/deletions';
  if (!(struct.content instanceof Y.ContentAny) || struct.parentSub !== null) return 'sync/foreign';
  const parent = struct.parent as unknown;
  if (struct.origin === null && struct.rightOrigin === null && parent !== LOG_NAME) {
    return 'sync/foreign';
  }
  if (parent !== null && parent !== LOG_NAME) return 'sync/foreign';
  return null;
}

/**
 * An update with, per client id, only the elements below `until.get(client)`; clients not in the
 * map are left out. Each client's items must be contiguous up to that clock (callers stop at the
 * first gap).
 */
export function filterUpdate(decoded: DecodedUpdate, until: Map<number, number>): Uint8Array {
  const byClient = new Map<number, Y.Item[]>();
  for (const item of decoded.items) {
    const end = until.get(item.id.client);
    if (end === undefined || item.id.clock >= end) continue;
    let kept = item;
    if (item.id.clock + item.length > end) {
      const content = (item.content as Y.ContentAny).getContent().slice(0, end - item.id.clock);
      kept = new Y.Item(
        item.id,
        null,
        item.origin,
        null,
        item.rightOrigin,
        item.parent,
        item.parentSub,
        new Y.ContentAny(content),
      );
    }
    const list = byClient.get(item.id.client);
    if (list) list.push(kept);
    else byClient.set(item.id.client, [kept]);
  }
  const encoder = new Y.UpdateEncoderV1();
  const clients = [...byClient.entries()].sort((a, b) => b[0] - a[0]);
  encoding.writeVarUint(encoder.restEncoder, clients.length);
  for (const [client, items] of clients) {
    items.sort((a, b) => a.id.clock - b.id.clock);
    encoding.writeVarUint(encoder.restEncoder, items.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, items[0]!.id.clock);
    for (const item of items) item.write(encoder, 0);
  }
  // An empty delete set.
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}
