/**
 * Reissuing a member's relay token (SPEC M3). The chair raises the member's token epoch — relays
 * refuse every token issued before — and signs a new token at that epoch, handed to the member
 * as a token file. The member opens the file on each of their devices: the token there is
 * replaced and sync reconnects with it. Their identity, reviews and device keys stay as they are.
 */

import { ReviewDeskError } from '../errors';
import { loadEscrow, saveIdentity } from '../identity/store';
import { readTokenClaims, signToken, verifyToken } from '../identity/token';
import { parseTokenFile, type TokenFile } from '../identity/token-file';
import type { MemberId } from '../ids';
import { internalsOf, type Panel } from '../panel/panel';
import type { Workspace } from './workspace';

export async function reissueToken(panel: Panel, memberId: MemberId): Promise<TokenFile> {
  const member = panel.members().find((m) => m.id === memberId);
  if (!member || member.removed) throw new ReviewDeskError('panel/unknownMember', { id: memberId });
  const epoch = await panel.raiseTokenEpoch(memberId);
  const chair = internalsOf(panel).identity;
  const token = await signToken(chair.signing.privateKey, {
    panel: panel.id,
    member: memberId,
    role: member.role,
    chair: chair.signing.publicJwk,
    epoch,
  });
  return {
    kind: 'review-desk-token',
    v: 1,
    panelId: panel.id,
    panelName: panel.meta()?.name ?? '',
    member: memberId,
    name: member.name,
    token,
  };
}

/**
 * Put a token file's token on this device. Refused, with nothing changed, when the file is not
 * a token file, its token is not the chair's or has expired, or it is for someone else.
 */
export async function acceptTokenFile(workspace: Workspace, value: unknown): Promise<Panel> {
  const file = parseTokenFile(value);
  const check = await verifyToken(file.token, file.panelId);
  if (!check.ok && check.reason === 'expired') throw new ReviewDeskError('workspace/tokenExpired');
  if (!check.ok || check.claims.member !== file.member) {
    throw new ReviewDeskError('workspace/tokenInvalid');
  }
  if (!(await workspace.db.panels.get(file.panelId))) {
    throw new ReviewDeskError('workspace/tokenNotHere', { panel: file.panelName || file.panelId });
  }
  const { panel } = await workspace.openPanel(file.panelId);
  const identity = internalsOf(panel).identity;
  if (identity.memberId !== file.member) {
    throw new ReviewDeskError('workspace/tokenNotYours', { name: file.name });
  }
  const current = identity.token ? readTokenClaims(identity.token) : null;
  // An older file opened after a newer one would only get this device refused again.
  if ((current?.epoch ?? 0) > (check.claims.epoch ?? 0)) {
    throw new ReviewDeskError('workspace/tokenOlder');
  }
  identity.token = file.token;
  await saveIdentity(workspace.db, identity, {
    escrow: (await loadEscrow(workspace.db, panel.id)) ?? undefined,
  });
  await workspace.reconnect(panel);
  return panel;
}
