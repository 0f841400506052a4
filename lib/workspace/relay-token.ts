/**
 * The token this device shows the relay. A member has the one in their invitation; the chair
 * signs its own with the chair key, which only the chair's device holds (SPEC I1).
 */
import { signToken } from '../identity/token';
import { internalsOf, type Panel } from '../panel/panel';

export async function relayTokenFor(panel: Panel): Promise<string | null> {
  const { identity } = internalsOf(panel);
  if (identity.token) return identity.token;
  if (identity.role !== 'chair') return null;
  return signToken(identity.signing.privateKey, {
    panel: panel.id,
    member: identity.memberId,
    role: 'chair',
    chair: identity.signing.publicJwk,
  });
}

/** Where this panel syncs: the panel's setting (the chair's choice), else the invitation's. */
export function relayUrlFor(panel: Panel): string | null {
  return panel.meta()?.settings.relayUrl ?? internalsOf(panel).identity.relayUrl ?? null;
}
