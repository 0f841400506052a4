/**
 * Joining a panel by opening an invitation: this device's identity (a new device key and seal
 * secret), the panel's initial state from the invitation (a signed `.rdsync`, checked like any
 * import), and the device key registered (SPEC I3). The caller saves the identity and attaches
 * persistence and the relay.
 */
import * as Y from 'yjs';
import { fromBase64 } from '../crypto/bytes';
import { identityFromInvitation, type MemberIdentity } from '../identity/identity';
import { type Invitation, parseInvitation } from '../identity/invitation';
import { Panel } from '../panel/panel';
import { importRdsync } from './rdsync';

export async function joinFromInvitation(
  input: Invitation | unknown,
  opts: { extractable?: boolean } = {},
): Promise<{ panel: Panel; identity: MemberIdentity }> {
  const invitation = parseInvitation(input);
  const identity = await identityFromInvitation(invitation, opts);
  const panel = new Panel(new Y.Doc(), identity);
  if (invitation.initial) await importRdsync(panel, fromBase64(invitation.initial));
  if (panel.member(identity.memberId)) await panel.ensureDevice();
  return { panel, identity };
}
