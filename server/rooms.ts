/**
 * One loaded panel on the relay: its Hocuspocus document and the chain index that follows it
 * (whatever the origin: a client, the store, another node through Redis). The index checks every
 * signature in the background; each time it learns something, the room hands the verified member
 * records to the relay, which updates access and closes connections of members who were removed or
 * whose tokens were revoked (SPEC M1–M3).
 */
import type { Document } from '@hocuspocus/server';
import { ChainIndex } from '../lib/panel/chains';
import { LOG_NAME } from '../lib/panel/entry';
import { itemsOf, logElements } from '../lib/panel/view';

export class Room {
  readonly index: ChainIndex;
  private verifying: Promise<void> | null = null;
  private again = false;

  constructor(
    readonly name: string,
    readonly document: Document,
    private readonly learned: (room: Room) => Promise<void>,
  ) {
    this.index = new ChainIndex(name);
    const log = document.getArray(LOG_NAME);
    this.add(logElements(itemsOf(log)));
    log.observe((event) => this.add(logElements(event.changes.added)));
  }

  private add(elements: [number, number, unknown][]) {
    for (const [client, clock, raw] of elements) {
      try {
        this.index.add(client, clock, raw, 'remote');
      } catch {
        // A gap cannot happen in a Yjs document: its structs integrate in clock order.
      }
    }
    this.schedule();
  }

  private schedule() {
    this.again = true;
    if (this.verifying) return;
    this.verifying = (async () => {
      try {
        while (this.again) {
          this.again = false;
          await this.index.verify();
          try {
            await this.learned(this);
          } catch {
            // Recording access failed (its store is unreachable): the next change tries again.
            // Verification goes on, and nothing here may reject unobserved.
          }
        }
      } finally {
        this.verifying = null;
      }
    })();
  }

  async settled(): Promise<void> {
    while (this.verifying) await this.verifying;
  }
}
