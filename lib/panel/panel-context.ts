/**
 * What the Panel's read and write modules share, one per Panel: the document, who is looking, the
 * materialized view, this viewer's keys, the writing session, the writes gathered by `batch()`, and
 * the queue that keeps signed writes in order. It never leaves lib/panel: components and the CLI
 * see only the Panel's methods.
 */
import type * as Y from 'yjs';
import type { MemberIdentity } from '../identity/identity';
import type { PanelId } from '../ids';
import type { BatchEntry } from './batch';
import type { Session } from './panel-log';
import type { KeyRing } from './reviews';
import type { PanelView } from './view';

export interface PanelContext {
  readonly id: PanelId;
  readonly doc: Y.Doc;
  readonly identity: MemberIdentity;
  readonly view: PanelView;
  readonly ring: KeyRing;
  /** SPEC A3: set once the session is ready; writes before that throw `panel/notReady`. */
  session: Session | null;
  /** Entries gathered inside `batch()`, written as one element when it ends. */
  pending: BatchEntry[] | null;
  /** Signed writes run one at a time (sign, then append); settled() waits. */
  signedQueue: Promise<unknown>;
}
