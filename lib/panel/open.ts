/**
 * Opening a panel on this device: a Y.Doc, the Panel over it, local persistence loaded first and
 * the device key registered (SPEC I3). What the app calls when a joined panel is opened.
 */
import * as Y from 'yjs';
import { ReviewDeskError } from '../errors';
import type { MemberIdentity } from '../identity/identity';
import { internalsOf, Panel } from './panel';
import { attachPersistence, type PanelPersistence } from './persistence';

export interface OpenedPanel {
  panel: Panel;
  persistence: PanelPersistence;
  close(): Promise<void>;
}

export async function openPanel(
  identity: MemberIdentity,
  opts: { databaseName?: string } = {},
): Promise<OpenedPanel> {
  const doc = new Y.Doc();
  const panel = new Panel(doc, identity);
  const persistence = attachPersistence(panel, opts);
  await persistence.loaded;
  await panel.settled();
  if (isFormatOne(panel)) {
    await persistence.close();
    panel.destroy();
    doc.destroy();
    throw new ReviewDeskError('panel/oldFormat');
  }
  // Registration needs the member record; a panel not synced yet registers on a later open.
  if (panel.member(identity.memberId)) await panel.ensureDevice();
  return {
    panel,
    persistence,
    async close() {
      await persistence.close();
      panel.destroy();
      doc.destroy();
    },
  };
}

/**
 * A document stored by an earlier version (format 1: unauthenticated entries) holds elements but
 * no claimed writing session at all; nothing in it can be trusted (README changelog).
 */
function isFormatOne(panel: Panel): boolean {
  const { view } = internalsOf(panel);
  if (view.log.length === 0) return false;
  return view.index.clients().every((c) => !view.index.chain(c)?.owner);
}
