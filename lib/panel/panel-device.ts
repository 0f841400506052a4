/**
 * Device-key registration (SPEC I3): a member's device signs its submissions with its own key, so
 * that key must first be registered in the document, signed with the member's invitation key.
 */
import { importPrivateJwk } from '../crypto/ecdsa';
import { keys } from './keys';
import type { PanelContext } from './panel-context';
import { writeSigned } from './panel-log';
import { createDeviceKey } from './records/device-key';

/**
 * Register this device's key with the invitation key, once. The chair signs with the chair key
 * and needs no registration. Returns whether an entry was written.
 */
export async function ensureDevice(ctx: PanelContext): Promise<boolean> {
  const me = ctx.identity;
  if (me.role === 'chair' || !me.inviteKey) return false;
  await ctx.view.settled();
  if (ctx.view.deviceKey(me.memberId, me.signing.fingerprint)) return false;
  const invite = await importPrivateJwk(me.inviteKey, false);
  await writeSigned(
    ctx,
    keys.device(me.memberId, me.signing.fingerprint),
    createDeviceKey(me.memberId, me.signing.publicJwk),
    invite.privateKey,
    invite.fingerprint,
  );
  return true;
}
