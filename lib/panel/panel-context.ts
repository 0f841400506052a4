/**
 * What the Panel's read and write modules share, one per Panel: the document, who is looking, the
 * materialized view, this viewer's keys, and the queue that keeps signed writes in order. It never
 * leaves lib/panel: components and the CLI see only the Panel's methods.
 */
import type * as Y from 'yjs';
import type { MemberIdentity } from '../identity/identity';
import type { PanelId } from '../ids';
import type { KeyRing } from './reviews';
import type { PanelView } from './view';

export interface PanelContext {
  readonly id: PanelId;
  readonly doc: Y.Doc;
  readonly identity: MemberIdentity;
  readonly view: PanelView;
  readonly ring: KeyRing;
  /** Signed writes run one at a time (sign, re-check the sequence, append); settled() waits. */
  signedQueue: Promise<unknown>;
}
