/**
 * This device's place in the panel (SPEC A3, A5): its writing session, and its registration — the
 * device key signed by the member's invitation key, so peers accept the sessions it delegates.
 */
import type { PanelContext } from './panel-context';
import { ensureRegistered, ensureSession } from './panel-log';

/**
 * Start the writing session and register this device's key if the panel lacks it (the chair
 * signs with the chair key and needs no registration). Returns whether an entry was written.
 */
export async function ensureDevice(ctx: PanelContext): Promise<boolean> {
  await ctx.view.settled();
  const me = ctx.identity;
  if (me.role === 'chair' || !me.inviteKey) {
    await ensureSession(ctx);
    return false;
  }
  const written = await ensureRegistered(ctx);
  await ctx.view.settled();
  return written;
}
