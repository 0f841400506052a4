/**
 * A read-only viewer over a full-state `.rdsync` file, without any member identity: what
 * `review-desk report` reads. The file is imported with the panel's own checks (every part's
 * signature chain, then the update on a scratch copy: lib/sync importRdsync) into an empty
 * document seen by a throwaway observer identity. An observer sees every submitted review and no
 * draft (drafts stay sealed), and cannot write (SPEC D5 of the panel).
 */
import * as Y from 'yjs';
import { generateSigningKey } from '../crypto/ecdsa';
import { randomBytes } from '../crypto/seal';
import { ReviewDeskError } from '../errors';
import type { MemberIdentity } from '../identity/identity';
import type { MemberId, PanelId } from '../ids';
import { Panel } from '../panel/panel';
import { importRdsync } from '../sync/rdsync';
import { decodeContainer } from '../sync/rdsync-format';

export interface ReadOnlyPanel {
  panel: Panel;
  close(): void;
}

/** A member id no panel hands out (ids are short base-36), so the viewer is nobody's twin. */
const READER = 'reader-without-identity' as MemberId;

export async function openRdsyncReadOnly(bytes: Uint8Array): Promise<ReadOnlyPanel> {
  const parts = decodeContainer(bytes);
  const identity: MemberIdentity = {
    panelId: parts[0]!.header.panel as PanelId,
    memberId: READER,
    name: '',
    role: 'observer',
    signing: await generateSigningKey(false),
    inviteKey: null,
    sealSecret: randomBytes(32),
    token: null,
    relayUrl: null,
  };
  const doc = new Y.Doc();
  const panel = new Panel(doc, identity);
  const close = () => {
    panel.destroy();
    doc.destroy();
  };
  try {
    await importRdsync(panel, bytes);
    await panel.settled();
    if (!panel.meta() || panel.rubric() === null)
      throw new ReviewDeskError('reconcile/notFullState');
  } catch (error) {
    close();
    throw error;
  }
  return { panel, close };
}
