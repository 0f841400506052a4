/**
 * The token this device shows the relay. A member has the one in their invitation; the chair
 * signs its own with the chair key, which only the chair's device holds (SPEC I1).
 */
import { readTokenClaims, signToken } from '../identity/token';
import { internalsOf, type Panel } from '../panel/panel';

/** A token this close to its expiry is renewed (by the chair) rather than shown. */
const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;

export async function relayTokenFor(panel: Panel, now = Date.now()): Promise<string | null> {
  const { identity } = internalsOf(panel);
  const exp = identity.token ? (readTokenClaims(identity.token)?.exp ?? 0) : 0;
  // A member's expired token is still shown: the relay's refusal tells them to ask the chair.
  if (identity.token && (identity.role !== 'chair' || exp - now > RENEW_BEFORE_MS)) {
    return identity.token;
  }
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
