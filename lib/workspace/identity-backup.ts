/**
 * Identity backup and restore in the app (lib/sign SPEC B1–B6): export this device's identity in a
 * panel as a passphrase-protected file (with the panel CA and the member's certificates, and for
 * the chair the key opened from its escrow), and restore such a file on this device — beside the
 * panel if it is here, or with the panel's state from a `.rdsync` backup or the relay. A wrong
 * passphrase or a damaged file throws before anything is stored, so nothing changes.
 */
import * as Y from 'yjs';
import { exportPrivateJwk, generateSigningKey, importPrivateJwk } from '../crypto/ecdsa';
import { ReviewDeskError } from '../errors';
import {
  escrowSigningKey,
  exportIdentityBackup,
  type IdentityBackup,
  importIdentityBackup,
  type KeyEscrow,
} from '../identity/backup';
import type { MemberIdentity } from '../identity/identity';
import { loadEscrow, loadIdentity, saveIdentity } from '../identity/store';
import type { PanelId } from '../ids';
import { Panel } from '../panel/panel';
import { importRdsync } from '../sync/rdsync';
import type { Workspace } from './workspace';

/** What the backup screen shows before asking for a passphrase. */
export interface BackupInfo {
  role: MemberIdentity['role'];
  /** False: a chair key that is neither extractable nor escrowed cannot leave this device. */
  canBackUp: boolean;
  /** The chair's backup passphrase must be the one the chair key was sealed with. */
  needsEscrowPassphrase: boolean;
  /** The signing key moves; otherwise the new device makes its own and registers it (B2). */
  movesSigningKey: boolean;
}

export async function backupInfo(workspace: Workspace, id: PanelId): Promise<BackupInfo> {
  const identity = await loadIdentity(workspace.db, id);
  if (!identity) throw new ReviewDeskError('workspace/noIdentity', { panel: id });
  const escrow = await loadEscrow(workspace.db, id);
  const extractable = identity.signing.privateKey.extractable;
  const chair = identity.role === 'chair';
  return {
    role: identity.role,
    canBackUp: chair ? extractable || escrow !== null : extractable || identity.inviteKey !== null,
    needsEscrowPassphrase: chair && !extractable && escrow !== null,
    movesSigningKey: extractable || (chair && escrow !== null),
  };
}

/** The backup file of this device's identity in a panel (SPEC B1–B3). */
export async function backupIdentity(
  workspace: Workspace,
  id: PanelId,
  passphrase: string,
): Promise<IdentityBackup> {
  const identity = await loadIdentity(workspace.db, id);
  if (!identity) throw new ReviewDeskError('workspace/noIdentity', { panel: id });
  const escrow = (await loadEscrow(workspace.db, id)) ?? undefined;
  const { panel } = await workspace.openPanel(id);
  const me = panel.member(identity.memberId);
  const own = (await panel.certificates()).filter((c) => c.member === identity.memberId);
  return exportIdentityBackup(identity, {
    passphrase,
    panelName: panel.meta()?.name ?? '',
    unit: me?.unit ?? '',
    certificates: { ca: await panel.panelCa(), member: own.map((c) => c.der) },
    escrow,
  });
}

export interface RestoreResult {
  panelId: PanelId;
  panelName: string;
  /** The panel was on this device already: its identity was replaced, its data kept. */
  replaced: boolean;
  /** The file held no signing key: this device made its own, registered with the invitation key. */
  newDeviceKey: boolean;
}

/**
 * Restore an identity file on this device. With the panel already here, the identity is replaced
 * (same member only; this device keeps its own registered key when the file carries none). Without
 * it, the panel's state comes from `state` (a `.rdsync` backup) or, failing that, from the relay the
 * identity names; with neither, nothing is stored.
 */
export async function restoreIdentity(
  workspace: Workspace,
  file: unknown,
  passphrase: string,
  opts: { state?: Uint8Array } = {},
): Promise<RestoreResult> {
  // Keys are opened extractable only long enough to seal the chair key again here (SPEC B3);
  // every key this device keeps is non-extractable.
  const probe = await importIdentityBackup(file, passphrase, { extractable: true });
  let identity = probe.identity;
  let escrow: KeyEscrow | undefined;
  if (identity.role === 'chair') {
    const sealed = await escrowSigningKey(identity.signing, passphrase);
    identity = { ...identity, signing: sealed.daily };
    escrow = sealed.escrow;
  } else if (probe.newDeviceKey) {
    identity = { ...identity, signing: await generateSigningKey(false) };
  } else {
    const jwk = await exportPrivateJwk(identity.signing.privateKey);
    identity = { ...identity, signing: await importPrivateJwk(jwk, false) };
  }
  const id = identity.panelId;
  const existing = await loadIdentity(workspace.db, id);
  if (existing) {
    if (existing.memberId !== identity.memberId)
      throw new ReviewDeskError('sign/restoreOtherMember');
    if (probe.newDeviceKey) identity = { ...identity, signing: existing.signing };
    await workspace.closePanel(id);
    await saveIdentity(workspace.db, identity, {
      escrow: escrow ?? (await loadEscrow(workspace.db, id)) ?? undefined,
    });
    const { panel } = await workspace.openPanel(id);
    const panelName = panel.meta()?.name ?? probe.panelName;
    return { panelId: id, panelName, replaced: true, newDeviceKey: false };
  }
  const panel = new Panel(new Y.Doc(), identity);
  try {
    if (opts.state) await importRdsync(panel, opts.state);
    await panel.settled();
    if (!panel.meta() && !identity.relayUrl) throw new ReviewDeskError('sign/restoreNeedsState');
    if (panel.meta() && panel.meta()!.id !== id)
      throw new ReviewDeskError('sign/restoreOtherPanel');
    if (panel.member(identity.memberId)) await panel.ensureDevice();
  } catch (error) {
    panel.destroy();
    throw error;
  }
  const panelName = panel.meta()?.name ?? (probe.panelName || id);
  await workspace.adopt(panel, identity, panelName, false, escrow);
  return { panelId: id, panelName, replaced: false, newDeviceKey: probe.newDeviceKey };
}
